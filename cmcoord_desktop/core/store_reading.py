"""Opening a data folder only to read it (an export while the window has it open).

SQLite in WAL mode lets readers in beside the one writer, so reading needs none of what the
writing store does: no lock on the folder, no identity or clock written, no upgrade of the
schema. The connection is opened read-only, so nothing done through it can change the folder.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from cmcoord_desktop.core import migrations, search_index
from cmcoord_desktop.core.words import translate


class NothingToRead(RuntimeError):
    """The data folder holds no database (yet): a mistyped --data-dir, most likely."""


class OlderSchemaError(RuntimeError):
    """The database is in an older format, which only the writing store upgrades."""


def check_readable(db_path: Path) -> None:
    """Refuse, in the person's words, a database this program cannot read as it is."""
    version = migrations.stored_schema_version(db_path)
    if version is None:
        raise NothingToRead(
            translate(
                "store",
                "There is no CMCoord Desktop data in {folder}: check the folder "
                "(--data-dir) and try again.",
            ).format(folder=db_path.parent)
        )
    migrations.refuse_newer_schema(db_path)
    if version < migrations.SCHEMA_VERSION:
        raise OlderSchemaError(
            translate(
                "store",
                "The data in {folder} was written by an older CMCoord Desktop: open it "
                "once in the window (cmcoord-desktop --data-dir FOLDER), which brings it up to "
                "date, then try again.",
            ).format(folder=db_path.parent)
        )


def make_reading_engine(db_path: Path) -> Engine:
    """An engine whose connections can only read (SQLite's mode=ro)."""
    uri = f"{db_path.absolute().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        dbapi_conn.execute("PRAGMA busy_timeout=5000")  # a checkpoint of the window's writes
        # Next steps filter on folded owners and words with it (core/next_steps.py).
        dbapi_conn.create_function(
            search_index.FOLD_FUNCTION, -1, search_index.fold_arguments, deterministic=True
        )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A deferred transaction: one consistent snapshot of the records, no write lock taken.
        conn.exec_driver_sql("BEGIN")

    return engine
