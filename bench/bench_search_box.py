"""The search box as one types, on the six-language store of bench_search.py: each prefix
typed, searched and the results painted, against a raw FTS5 MATCH of the same expression.

Figure:
- `search_box_as_typed`: median time from the box's text set to the result list painted
  (SearchPanel.run: core/search.py's query, grouping, words in context; the model reset; the
  list painted with the matches highlighted); floor: a raw FTS5 `MATCH` of the same expression
  through a bare sqlite3 connection, fetching as many rows as the box lists (100).
- `search_box_frame`: the same median against one frame (16 ms).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_search  # noqa: E402

from cmcoord_desktop.core.paths import DATABASE_NAME  # noqa: E402
from cmcoord_desktop.core.search import parse_query  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402

BENCHMARKS = ("search_box_as_typed", "search_box_frame")
FRAME_MS = 16.0


def measure(data_dir: Path, rounds: int) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from cmcoord_desktop.ui.data_signal import DataSignal
    from cmcoord_desktop.ui.search.search_panel import LIMIT, SearchPanel

    app = QApplication.instance() or QApplication([])
    typed = [p for word in bench_search.TYPED for p in bench_search._prefixes(word)]
    raw = sqlite3.connect(data_dir / DATABASE_NAME)
    box_times: list[float] = []
    raw_times: list[float] = []
    with Store(data_dir) as store:
        signal = DataSignal(store)
        panel = SearchPanel(store, signal)
        panel.resize(640, 700)
        panel.show()
        app.processEvents()
        for query in typed[:3]:  # warm both: statements compiled, pages cached
            panel.box.setText(query)
            panel.run()
        for _ in range(rounds):
            for query in typed:
                expression = parse_query(query).expression
                if expression is None:
                    continue
                start = time.perf_counter()
                raw.execute(
                    "SELECT rowid, body FROM search_text WHERE search_text MATCH ? LIMIT ?",
                    (expression, LIMIT),
                ).fetchall()
                raw_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                panel.box.setText(query)
                panel.run()
                panel.results.viewport().repaint()
                box_times.append(time.perf_counter() - start)
        panel.close()
        panel.deleteLater()
        app.processEvents()
    raw.close()
    return statistics.median(box_times), statistics.median(raw_times)


def run(report) -> None:  # noqa: ANN001 - the runner's Report
    items = 2_000 if report.quick else 100_000
    with tempfile.TemporaryDirectory(prefix="cmcoord-bench-search-box-") as tmp:
        data_dir = bench_search.build(Path(tmp) / "six-languages", items)
        box, floor = measure(data_dir, rounds=1 if report.quick else 3)
        report("search_box_as_typed", box * 1000, "ms", floor * 1000, target=2.0)
        report("search_box_frame", box * 1000, "ms", FRAME_MS, target=1.0)
