"""The benchmarks' code paths work at a tiny size; nothing about timing is asserted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH_DIR))

import large_store  # noqa: E402
import run as bench_runner  # noqa: E402

from cmcoord_desktop.core import repository  # noqa: E402
from cmcoord_desktop.core.models import Item, ItemKind, Session  # noqa: E402
from cmcoord_desktop.core.store import Store  # noqa: E402

TINY = large_store.Size(events=2, sessions_per_event=3, items_per_session=4)


def test_large_store_holds_what_it_says(tmp_path: Path) -> None:
    large_store.build(tmp_path / "data", TINY)
    with Store(tmp_path / "data") as store:
        events = repository.events(store)
        sessions = [s for e in events for s in repository.children(store, Session, e.id)]
        outcomes = repository.children(store, Item, sessions[0].id, ItemKind.KEY_OUTCOME)
        steps = repository.children(store, Item, sessions[0].id, ItemKind.NEXT_STEP)
    assert len(events) == TINY.events
    assert len(sessions) == TINY.sessions
    assert len(outcomes) + len(steps) == TINY.items_per_session
    assert [i.position for i in outcomes] == sorted(i.position for i in outcomes)
    assert all(s.status == "open" for s in steps)


@pytest.mark.slow
@pytest.mark.parametrize(
    "bench",
    [
        "bench_edit",
        "bench_window",
        "bench_typing",
        "bench_search",
        "bench_next_steps_view",
        "bench_search_box",
        pytest.param("bench_server_laptops", marks=pytest.mark.slow),  # its own PostgreSQL
    ],
)
def test_bench_reports_its_figures(bench: str, tmp_path: Path) -> None:
    report = bench_runner.Report(quick=True)
    module = bench_runner.load(BENCH_DIR / f"{bench}.py")
    module.run(report)
    names = {f.name for f in report.figures}
    assert names == set(module.BENCHMARKS)
    assert all(f.value > 0 and f.floor > 0 for f in report.figures)

    table = tmp_path / "benchmarks.md"
    table.write_text("# Benchmarks\n\nWhat the floors are.\n", encoding="utf-8")
    bench_runner.write_markdown(table, report.figures)
    bench_runner.write_markdown(table, report.figures[:1])  # a partial run keeps the other rows
    text = table.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nWhat the floors are.\n")
    assert all(text.count(f"| {name} |") == 1 for name in names)
