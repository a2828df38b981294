"""The Next steps view on 20,000 next steps: opening it, and filtering it, against a bare
QTableView over the same rows.

Figures:
- `next_steps_view_open`: median time from building the view (filter bar, table, delegates,
  model loading its first page through core/next_steps.py) to its first paint; floor: a bare
  QTableView over a minimal QAbstractTableModel holding the same first page, read with the same
  SQL (same joins, order and LIMIT) through a bare sqlite3 connection, shown and painted.
- `next_steps_view_filter`: median time from a filter chosen (still to do, owner, words) to the
  table painted with its rows; floor: the bare table's model reset on the same SQL with the same
  WHERE, painted. Interleaved, so disk and scheduler hiccups hit both sides alike.

The store: 50 events, 1,000 sessions, 20,000 next steps (owners, due dates and the four
statuses spread over them) and 20,000 key outcomes, written through merge_states.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import large_store  # noqa: E402
from fractional_indexing import generate_n_keys_between  # noqa: E402

from cmcoord_desktop.core import next_steps as core_steps  # noqa: E402
from cmcoord_desktop.core import sync_states  # noqa: E402
from cmcoord_desktop.core.models import ItemKind  # noqa: E402
from cmcoord_desktop.core.paths import DATABASE_NAME  # noqa: E402
from cmcoord_desktop.core.search_index import fold  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402

BENCHMARKS = ("next_steps_view_open", "next_steps_view_filter")
TARGET = 1.5
OWNERS = ("CMCS", "Norwegian Red Cross", "OCHA ROAP", "WFP Logistics Cluster", "Délégation")
STATUSES = ("open", "open", "in progress", "done", "dropped")
FILTERS = (
    core_steps.Filters(statuses=("open", "in progress")),
    core_steps.Filters(owner="ocha roap"),
    core_steps.Filters(words="coordination"),
    core_steps.Filters(statuses=("done",), words="liaison officers"),
)


def states(events: int, sessions: int, steps: int, seed: int = 20) -> Iterator[dict[str, Any]]:
    make = large_store._States(random.Random(seed))
    rng = make.rng
    positions = generate_n_keys_between(None, None, 2 * steps)
    today = dt.date.today()
    for e in range(events):
        start = today - dt.timedelta(days=30 * (events - e))
        event = make.state(
            "event",
            {},
            {
                "title": f"Workshop {e + 1}: " + make.sentence(4),
                "series": f"Series {e % 4}",
                "start_date": start.isoformat(),
                "end_date": (start + dt.timedelta(days=3)).isoformat(),
            },
        )
        yield event
        for s in range(sessions):
            session = make.state(
                "session",
                {"event_id": event["id"]},
                {"title": make.sentence(6), "date": (start + dt.timedelta(days=s % 4)).isoformat()},
            )
            yield session
            for i in range(2 * steps):
                kind = ItemKind.KEY_OUTCOME if i % 2 == 0 else ItemKind.NEXT_STEP
                values: dict[str, Any] = {"text": make.sentence(20), "position": positions[i]}
                if kind is ItemKind.NEXT_STEP:
                    due = start + dt.timedelta(days=rng.randint(0, 200))
                    values |= {
                        "owner": rng.choice(OWNERS),
                        "status": rng.choice(STATUSES),
                        "due_date": due.isoformat() if rng.random() < 0.8 else None,
                    }
                yield make.state("item", {"parent": session["id"], "item_kind": str(kind)}, values)


def build(data_dir: Path, quick: bool) -> Path:
    events, sessions, steps = (5, 10, 10) if quick else (50, 20, 20)
    with Store(data_dir) as store:
        batch: list[dict[str, Any]] = []
        for state in states(events, sessions, steps):
            batch.append(state)
            if len(batch) >= 5000:
                sync_states.merge_states(store, batch)
                batch = []
        if batch:
            sync_states.merge_states(store, batch)
    return data_dir


def _bare_table(raw: sqlite3.Connection, page: int):  # noqa: ANN202 - Qt imported late
    """The floor: a QTableView over a QAbstractTableModel that holds rows and nothing else."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Bare(QAbstractTableModel):
        rows: list[tuple[Any, ...]] = []

        def load(self, filters: core_steps.Filters) -> None:
            where, params = core_steps._where(filters, dt.date.today())
            query = core_steps._SELECT + where + core_steps._ORDER + f" LIMIT {page}"
            self.beginResetModel()
            self.rows = raw.execute(query, params).fetchall()
            self.endResetModel()

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008, N802
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008, N802
            return 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            row = self.rows[index.row()]
            return str(row[(1, 6, 9, 2, 3, 4)[index.column()]] or "")

    model = Bare()
    table = QTableView()
    table.setModel(model)
    # As cheap as the view's own table: one line per cell, no row numbers.
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table, model


def _painted(app, widget) -> None:  # noqa: ANN001
    app.processEvents()
    widget.repaint()


def measure(data_dir: Path, rounds: int) -> dict[str, tuple[float, float]]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from cmcoord_desktop.ui.data_signal import DataSignal
    from cmcoord_desktop.ui.dialogs import Dialogs
    from cmcoord_desktop.ui.next_steps.steps_model import PAGE
    from cmcoord_desktop.ui.next_steps.steps_view import NextStepsView

    app = QApplication.instance() or QApplication([])
    raw = sqlite3.connect(data_dir / DATABASE_NAME)
    raw.create_function("cmcoord_fold", -1, lambda *parts: fold(*parts), deterministic=True)
    times: dict[str, list[float]] = {
        k: [] for k in ("open", "open_floor", "filter", "filter_floor")
    }
    with Store(data_dir) as store:
        signal, stack = DataSignal(store), QUndoStack()
        for round_number in range(rounds + 1):  # the first round warms both: pages cached
            start = time.perf_counter()
            view = NextStepsView(store, stack, Dialogs(), signal)
            view.resize(1300, 700)
            view.show()
            _painted(app, view)
            opened = time.perf_counter() - start

            start = time.perf_counter()
            table, bare = _bare_table(raw, PAGE)
            bare.load(core_steps.Filters())
            table.resize(1300, 700)
            table.show()
            _painted(app, table)
            opened_floor = time.perf_counter() - start

            filtered, filtered_floor = [], []
            for filters in FILTERS:
                start = time.perf_counter()
                view.set_filters(filters)
                _painted(app, view.table)
                filtered.append(time.perf_counter() - start)
                start = time.perf_counter()
                bare.load(filters)
                _painted(app, table)
                filtered_floor.append(time.perf_counter() - start)
            view.close()
            table.close()
            view.deleteLater()
            table.deleteLater()
            app.processEvents()
            if round_number:
                times["open"].append(opened)
                times["open_floor"].append(opened_floor)
                times["filter"] += filtered
                times["filter_floor"] += filtered_floor
    raw.close()
    median = {k: statistics.median(v) for k, v in times.items()}
    return {
        "open": (median["open"], median["open_floor"]),
        "filter": (median["filter"], median["filter_floor"]),
    }


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-next-steps-") as tmp:
        data_dir = build(Path(tmp) / "steps", report.quick)
        figures = measure(data_dir, rounds=2 if report.quick else 7)
        app, floor = figures["open"]
        report("next_steps_view_open", app * 1000, "ms", floor * 1000, target=TARGET)
        app, floor = figures["filter"]
        report("next_steps_view_filter", app * 1000, "ms", floor * 1000, target=TARGET)
