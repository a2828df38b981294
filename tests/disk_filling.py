"""A data folder whose disk fills up, for real as far as SQLite can tell.

SQLite's limit on a database's size (PRAGMA max_page_count) stands in for the disk: once the
file has no free page left, every write that needs room fails with SQLITE_FULL, the error a
full disk gives, through the same engine, pool and commit the program uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from cmcoord_desktop.core.store import Store


@contextmanager
def full_disk(store: Store) -> Iterator[Callable[[], None]]:
    """Fills the store's "disk"; yields `free_space()`, which makes room again."""
    limit: dict[str, int | None] = {"pages": None}

    def cap(dbapi_conn, _record) -> None:  # noqa: ANN001 - DBAPI types
        if limit["pages"] is not None:
            dbapi_conn.execute(f"PRAGMA max_page_count = {limit['pages']}")

    def set_limit(pages: int | None) -> None:
        limit["pages"] = pages
        store.engine.dispose()  # pooled connections reopen with the new limit

    event.listen(store.engine, "connect", cap)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS other_files (data BLOB)")
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        set_limit(pages)
        size = 1 << 20
        while size >= 8:  # fill every free page, large pieces first
            try:
                with store.engine.begin() as conn:
                    conn.exec_driver_sql("INSERT INTO other_files VALUES (zeroblob(?))", (size,))
            except OperationalError:
                size //= 2
        yield lambda: set_limit(None)
    finally:
        event.remove(store.engine, "connect", cap)
        set_limit(None)
