"""Schema versions: a numbered ladder of upgrades, with the database copied aside first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Connection, text

from cmcoord_desktop.core import search_index
from cmcoord_desktop.core.models import Base
from cmcoord_desktop.core.words import translate

# Each step takes the schema from version N to N + 1. Append only; never edit a released step.
UPGRADES: dict[int, list[str]] = {
    # 2: events carry the language their summary is written in.
    1: ["ALTER TABLE events ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en'"],
    # 3: sessions keep their agenda order within a day; older sessions stay unplaced (""), so no
    # laptop invents an order for them that would conflict with another laptop's.
    2: ["ALTER TABLE sessions ADD COLUMN position VARCHAR(64) NOT NULL DEFAULT ''"],
    # 4: sessions may be grouped under a heading the facilitator names (a track); none before.
    3: ["ALTER TABLE sessions ADD COLUMN track TEXT NOT NULL DEFAULT ''"],
    # 5: every record's words in an FTS5 index kept by triggers (core/search_index.py), built
    # from the records already there; next steps carried into other events (the carries table,
    # made by create_all below).
    4: search_index.create_statements(),
    # 6: the index keeps each record's rowid beside its id, for a search's lookups; its words
    # and numbering are kept. (Step 4 builds the current index; this step copies it once more.)
    5: search_index.record_rows_statements(),
}
SCHEMA_VERSION = 1 + len(UPGRADES)


class NewerSchemaError(RuntimeError):
    """The database was written by a newer CMCoord Desktop; opening it could damage it."""


def stored_schema_version(db_path: Path) -> int | None:
    """The schema version in the file, read without changing it; None when there is no file."""
    if not db_path.exists():
        return None
    # The URI needs an absolute path: --data-dir may be relative to the current folder.
    with closing(sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_newer_schema(db_path: Path) -> None:
    """Checked read-only before the engine opens the file, which would already change it."""
    version = stored_schema_version(db_path)
    if version is not None and version > SCHEMA_VERSION:
        raise NewerSchemaError(
            translate(
                "store",
                "This data folder was written by a newer CMCoord Desktop (schema {version}, "
                "this program knows up to {known}). Please update the program.",
            ).format(version=version, known=SCHEMA_VERSION)
        )


def schema_version(conn: Connection) -> int:
    return int(conn.execute(text("PRAGMA user_version")).scalar_one())


def backup_before_upgrade(db_path: Path, from_version: int) -> Path:
    """A consistent copy (SQLite's online backup, WAL included) beside the database."""
    target = db_path.with_name(
        f"{db_path.stem}.before-v{SCHEMA_VERSION}-from-v{from_version}.sqlite3"
    )
    with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def prepare(conn: Connection, db_path: Path) -> Path | None:
    """Create a new schema or upgrade an old one. Returns the backup made, if any."""
    version = schema_version(conn)
    has_tables = conn.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='events'")
    ).scalar_one()
    if not has_tables:
        Base.metadata.create_all(conn)
        search_index.create(conn)  # virtual tables and triggers: not in the models' metadata
        conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))
        return None
    if version >= SCHEMA_VERSION:  # newer ones were refused by refuse_newer_schema
        return None
    backup = backup_before_upgrade(db_path, version)
    for step in range(max(version, 1), SCHEMA_VERSION):
        for statement in UPGRADES[step]:
            conn.execute(text(statement))
    Base.metadata.create_all(conn)  # tables that a later version added whole
    conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))
    return backup
