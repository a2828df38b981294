"""A database made by an older release opens, is copied aside first, and keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import search_index, sync_states
from cmcoord_desktop.core.migrations import SCHEMA_VERSION, NewerSchemaError
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.search import search
from cmcoord_desktop.core.store import Store

V1_SQL = Path(__file__).parent / "data" / "schema_v1.sql"
EVENT_ID = "6f1c1f0e-3b7a-4b7e-9a55-0d2f0c4a1e01"
SESSION_ID = "0c9a8e51-1d7e-4f52-8d0b-7a6f4b9e2c02"


def make_v1_database(data_dir: Path) -> Path:
    db = data_dir / DATABASE_NAME
    with sqlite3.connect(db) as conn:
        conn.executescript(V1_SQL.read_text(encoding="utf-8"))
    return db


def test_a_version_1_database_is_upgraded_and_keeps_its_data(data_dir: Path) -> None:
    db = make_v1_database(data_dir)
    with Store(data_dir) as store:
        assert store.upgrade_backup is not None and store.upgrade_backup.exists()
        assert store.device_id == "a1b2c3d4e5f6"
        event = repo.get(store, Event, EVENT_ID)
        assert (event.title, event.participants, event.language) == (
            "Revision of the UN-CMCoord Field Handbook",
            12,
            "en",
        )
        [session] = repo.children(store, Session, EVENT_ID)
        assert session.start_time.strftime("%H:%M") == "09:30"
        assert session.position == "", "no laptop invents an agenda place for an old session"
        later = repo.create_session(
            store, EVENT_ID, title="Afternoon", date=session.date, start_time=session.start_time
        )
        assert [s.id for s in repo.children(store, Session, EVENT_ID)] == [SESSION_ID, later.id]
        outcomes = repo.children(store, Item, SESSION_ID, ItemKind.KEY_OUTCOME)
        assert [i.text for i in outcomes] == ["Share good practice with the Consultative Group"]
        # The upgraded database takes new edits, and stamps keep growing from the old clock.
        repo.update(store, Event, EVENT_ID, language="fr")
        assert repo.get(store, Event, EVENT_ID).changed > 98765432109876543
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with sqlite3.connect(store.upgrade_backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 1


def test_a_database_from_a_newer_release_is_refused_untouched(data_dir: Path) -> None:
    db = make_v1_database(data_dir)
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = db.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer CMCoord Desktop"):
        Store(data_dir)
    assert db.read_bytes() == before
    with Store(data_dir / "elsewhere"):  # the lock was released: nothing is left half-open
        pass


def test_an_old_database_gains_session_tracks_empty_and_takes_them(data_dir: Path) -> None:
    from cmcoord_desktop.core.models import Session

    make_v1_database(data_dir)
    with Store(data_dir) as store:
        [session] = repo.children(store, Session, EVENT_ID)
        assert session.track == "", "no old session is put under a heading by the upgrade"
        repo.update(store, Session, SESSION_ID, track="UN-CMCoord Thematic Sessions")
        assert repo.get(store, Session, SESSION_ID).track == "UN-CMCoord Thematic Sessions"
        states = [r for r in sync_states.record_states(store) if r["id"] == SESSION_ID]
        assert "track" in states[0]["fields"]  # it syncs like any other field


def test_a_version_5_search_index_gains_the_rowids_and_keeps_its_words(data_dir: Path) -> None:
    db = data_dir / DATABASE_NAME
    with sqlite3.connect(db) as conn:
        sql = (Path(__file__).parent / "data" / "schema_v5.sql").read_text(encoding="utf-8")
        conn.executescript(sql)
        before = conn.execute("SELECT rowid, body FROM search_text ORDER BY rowid").fetchall()
    with Store(data_dir) as store:
        assert store.upgrade_backup is not None and store.upgrade_backup.name.endswith("v5.sqlite3")
        [outcome] = search(store, "delegues")
        assert (outcome.record_kind, outcome.place) == ("item", "Séance plénière")
        assert outcome.event_title == "Atelier de révision du manuel"
        assert search(store, "abandonnee", include_deleted=True).events != []
        assert [m.record_kind for m in search(store, "人道")] == ["item"]
        with store.unit_of_work() as session:
            assert search_index.drift(session.connection()) == []
        # The old index is kept as it was (nothing folded again), and edits keep it in step.
        new = repo.add_item(store, "b2b37d97-7fa3-4dee-b45a-a2e97185eeee", ItemKind.IDEA, "Oslo")
        assert [m.record_id for m in search(store, "oslo")] == [new.id]
        repo.update(store, Item, outcome.record_id, text="Les délégués ont tout adopté")
        with store.unit_of_work() as session:
            assert search_index.drift(session.connection()) == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        after = conn.execute("SELECT rowid, body FROM search_text ORDER BY rowid").fetchall()
        assert after[:2] == before[:2] and after[3 : len(before)] == before[3:]
        assert after[2][0] == 3 and "tout adopte" in after[2][1]
        rows = conn.execute(
            "SELECT r.n, r.record_row, i.rowid FROM search_rows r "
            "JOIN items i ON i.id = r.record_id WHERE r.kind = 'item' ORDER BY r.n"
        ).fetchall()
        assert [n for n, _, _ in rows[:4]] == [3, 4, 5, 6], "the index keeps its numbering"
        assert all(record_row == rowid for _, record_row, rowid in rows)
