"""The local store: one SQLite file in the data folder, its engine, and one session per unit of work."""

from __future__ import annotations

import getpass
import platform
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock
from sqlalchemy import Connection, Engine, PoolProxiedConnection, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from cmcoord_desktop.core import device_home, migrations, search_index, store_errors, store_reading
from cmcoord_desktop.core import meta as store_meta
from cmcoord_desktop.core.clock import HybridClock, wall_ms
from cmcoord_desktop.core.models import Meta
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.store_change import EVERYTHING, Change
from cmcoord_desktop.core.store_errors import DataFolderError
from cmcoord_desktop.core.words import translate

ChangeListener = Callable[[Change], None]


class DataFolderInUse(RuntimeError):
    """Another CMCoord Desktop already has this data folder open."""


class Store:
    """Owns the database of one data folder for as long as the program runs.

    Opening takes an exclusive lock on the folder, so two windows never write the same records;
    the operating system drops the lock if the process dies. With read_only (the exports) it
    takes no lock and writes nothing, so it can read a folder that the window holds.
    """

    def __init__(
        self, data_dir: Path, wall: Callable[[], int] = wall_ms, *, read_only: bool = False
    ) -> None:
        # Absolute: a relative --data-dir must name the same folder whatever happens later.
        self.data_dir = Path(data_dir).absolute()
        self.wall = wall  # this laptop's clock, in ms; tests hand in one that is wrong
        self._listeners: list[ChangeListener] = []
        self._failure_listeners: list[Callable[[DataFolderError], None]] = []
        self.path = self.data_dir / DATABASE_NAME
        self._lock: filelock.FileLock | None = None
        self._reader: PoolProxiedConnection | None = None  # reading_cursor's, once it is asked
        self._reader_free = threading.Lock()
        if read_only:
            self._open_for_reading()
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = filelock.FileLock(str(self.data_dir / ".cmcoord.lock"))
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            raise DataFolderInUse(
                translate(
                    "store",
                    "CMCoord Desktop is already open on {folder}. "
                    "Switch to that window, or close it first.",
                ).format(folder=self.data_dir)
            ) from None
        try:
            migrations.refuse_newer_schema(self.path)
            self.engine = _make_engine(self.path)
            with self.engine.begin() as conn:
                self.upgrade_backup = migrations.prepare(conn, self.path)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            self._readers = _reading_sessions(self.engine)
            self._load_identity()
        except BaseException:
            self._lock.release()
            raise

    def _load_identity(self) -> None:
        with self.unit_of_work() as db:
            meta = {m.key: m.value for m in db.query(Meta)}
            if "device_id" not in meta:
                meta["device_id"] = uuid.uuid4().hex[:12]
                meta["device_name"] = _default_name()
                db.add_all([Meta(key=k, value=meta[k]) for k in ("device_id", "device_name")])
        self.device_id: str = meta["device_id"]
        self.device_name: str = meta["device_name"]
        self.clock = HybridClock(int(meta.get("clock", "0")), wall=self.wall)
        self.copied_from: str | None = self._new_id_if_copied(meta)

    def _new_id_if_copied(self, meta: dict[str, str]) -> str | None:
        """A data folder copied or restored elsewhere is a new laptop: it takes a new device id
        before its first edit (core/device_home.py). Returns the id it had, if it changed."""
        try:
            here = device_home.home_of(self.data_dir)
        except OSError:
            return None
        remembered = device_home.Home.from_json(meta.get(device_home.HOME_KEY, ""))
        old_id = None
        if remembered == here:
            return None  # the usual case: no write at start-up
        with self.unit_of_work() as db:
            if device_home.is_a_copy(remembered, here):
                store_meta.keep_own_old_name(db, self.device_id, self.device_name)
                old_id, self.device_id = self.device_id, make_device_id()
                self.device_name = _default_name()
                db.execute(_SAVE_DEVICE_ID, {"value": self.device_id})
                db.execute(
                    text("UPDATE meta SET value = :value WHERE key = 'device_name'"),
                    {"value": self.device_name},
                )
            db.execute(_SAVE_HOME, {"value": here.to_json()})
        return old_id

    def _open_for_reading(self) -> None:
        """No lock, no upgrade, nothing written: core/store_reading.py says why that is safe."""
        store_reading.check_readable(self.path)
        self.upgrade_backup = None
        self.engine = store_reading.make_reading_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = self._sessions  # its engine only ever begins deferred transactions
        with self.reading() as db:
            meta = {m.key: m.value for m in db.query(Meta)}
        self.device_id = meta.get("device_id", "")
        self.device_name = meta.get("device_name", "")
        self.clock = HybridClock(int(meta.get("clock", "0")), wall=self.wall)

    @contextmanager
    def unit_of_work(self) -> Iterator[DbSession]:
        """A session that commits when the block ends (durably: WAL with synchronous=FULL).

        A full disk or a vanished drive raises DataFolderError saying so, after telling the
        on_failure listeners (the window shows it until a later change is saved)."""
        with self._told_of_failure(), self._sessions() as db, db.begin():
            yield db

    @contextmanager
    def reading(self) -> Iterator[DbSession]:
        """A session that only reads: a deferred transaction (plain BEGIN), so it takes no write
        lock and never waits behind a sync's commit; it sees one consistent snapshot. Anything
        it would write is rolled back."""
        with self._told_of_failure(), self._readers() as db:
            yield db  # begun by the first query; closing the session ends it

    @contextmanager
    def reading_cursor(self) -> Iterator[sqlite3.Cursor]:
        """A plain DBAPI cursor in one deferred transaction, like `reading` (a consistent
        snapshot, no lock taken) without an ORM session: for the search at every keystroke,
        where the session's bookkeeping and BEGIN IMMEDIATE were a third of its time.

        It reads through one connection kept out of the pool for it (taking a connection from
        the pool and giving it back was a seventh of a search, 0.1-0.2 ms under load); while
        that one is in use (another thread, or a reading_cursor inside another) the pool lends
        one as before."""
        with self._told_of_failure():
            if not self._reader_free.acquire(blocking=False):
                pooled = self.engine.raw_connection()
                try:
                    yield from _in_a_read(pooled.driver_connection)
                finally:
                    pooled.close()
                return
            try:
                if self._reader is None:
                    self._reader = self.engine.raw_connection()
                yield from _in_a_read(self._reader.driver_connection)
            finally:
                self._reader_free.release()

    @contextmanager
    def _told_of_failure(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            problem = store_errors.explain(exc, self.data_dir)
            if problem is None:
                raise
            for listener in list(self._failure_listeners):
                listener(problem)
            raise problem from exc

    def save_clock(self, db: DbSession) -> None:
        """Persist the clock in the same commit as the edit, so stamps never repeat after a restart."""
        # One upsert: merge() would SELECT the row first, about a quarter of an edit (bench_edit).
        db.execute(_SAVE_CLOCK, {"value": str(self.clock.last)})

    @contextmanager
    def take_device_id(self, device_id: str, clock_last: int) -> Iterator[DbSession]:
        """A unit of work that ends with this laptop under a new device id (make_device_id), its
        clock set to `clock_last`, both saved in the same commit as the block's writes.

        Only the clock repair uses it (sync/clock_repair_flow.py): per-device stamps must only
        grow, so a clock that ran ahead is lowered under a new id, never under the old one. The
        laptop keeps its name. Edits from other threads wait for the commit (BEGIN IMMEDIATE)
        and then stamp with the new id; if the commit fails, the old id and clock stay.
        """
        old_id, old_last = self.device_id, self.clock.last
        try:
            with self.unit_of_work() as db:
                yield db
                db.execute(_SAVE_DEVICE_ID, {"value": device_id})
                self.device_id, self.clock.last = device_id, clock_last
                self.save_clock(db)
        except BaseException:
            self.device_id, self.clock.last = old_id, old_last
            raise

    def on_change(self, listener: ChangeListener) -> None:
        """Called after any committed change with what it changed (the window refreshes from
        it what it shows and the change affects)."""
        self._listeners.append(listener)

    def on_failure(self, listener: Callable[[DataFolderError], None]) -> None:
        """Called, from the thread that tried, when reading or writing the database failed."""
        self._failure_listeners.append(listener)

    def changed(self, change: Change = EVERYTHING) -> None:
        for listener in list(self._listeners):
            listener(change)

    def close(self) -> None:
        with self._reader_free:
            if self._reader is not None:
                self._reader.close()  # back to the pool, which dispose() closes
                self._reader = None
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _in_a_read(connection: object) -> Iterator[sqlite3.Cursor]:
    assert isinstance(connection, sqlite3.Connection)
    cursor = connection.cursor()
    cursor.execute("BEGIN")
    try:
        yield cursor
    finally:
        cursor.execute("ROLLBACK")


def make_device_id() -> str:
    """A new laptop id for the clock repair, shaped like the first one (_load_identity)."""
    return uuid.uuid4().hex[:12]


def _default_name() -> str:
    return f"{getpass.getuser()} on {platform.node() or 'this laptop'}"


_SAVE_HOME = text(
    "INSERT INTO meta (key, value) VALUES ('device_home', :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_SAVE_DEVICE_ID = text("UPDATE meta SET value = :value WHERE key = 'device_id'")
_SAVE_CLOCK = text(
    "INSERT INTO meta (key, value) VALUES ('clock', :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # The DBAPI's implicit transactions would hide BEGIN from SQLAlchemy; let it emit them.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()
        # The search index's triggers fold text with it (core/search_index.py).
        dbapi_conn.create_function(
            search_index.FOLD_FUNCTION, -1, search_index.fold_arguments, deterministic=True
        )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A writer takes the write lock at once, so it never fails half-way on SQLITE_BUSY; a
        # reader (Store.reading) defers, taking no lock at all.
        reading = conn.get_execution_options().get(_READING, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


_READING = "cmcoord_reading"


def _reading_sessions(engine: Engine) -> sessionmaker[DbSession]:
    """Sessions on the same connections whose transactions begin deferred (see _begin)."""
    return sessionmaker(engine.execution_options(**{_READING: True}), expire_on_commit=False)
