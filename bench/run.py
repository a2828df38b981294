"""Runs every bench/bench_*.py and prints one line per figure: `name value unit floor ratio`.

Each benchmark module has `run(report)` and calls `report(name, value, unit, floor)` once per
figure, where `floor` is the same work done by the simplest thing that could do it (a bare Qt
window, a raw sqlite3 commit, json alone ...), measured in the same run on the same machine, so
the ratio means something on any laptop. Lower ratio is better.

`report` also carries `report.quick` (smaller sizes, for smoke runs) and `report.wants(name)`
(whether `--only` selects that figure, so a module can skip work nobody asked for; `--only`
matching a file name, e.g. `--only window`, selects all of that file's figures). A module may
declare `BENCHMARKS = ("name", ...)`; it is then skipped when `--only` selects none of them.

    python bench/run.py [--only SUBSTRING] [--quick] [--markdown docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import platform
import sys
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
TABLE_START = "<!-- figures:start -->"
TABLE_END = "<!-- figures:end -->"
QUICK_ENV = "CMCOORD_BENCH_QUICK"  # child processes of a benchmark see --quick through this


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    floor: float
    target: float | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    def line(self) -> str:
        return f"{self.name} {self.value:.4g} {self.unit} {self.floor:.4g} {self.ratio:.2f}"


class Report:
    """The callable handed to each benchmark's `run`; prints and keeps every figure."""

    def __init__(self, only: str | None = None, quick: bool = False) -> None:
        self.only = only
        self.quick = quick
        self.figures: list[Figure] = []

    def wants(self, name: str) -> bool:
        return self.only is None or self.only in name or self.whole_module

    whole_module = False  # set while running a module that --only selected by its file name

    def __call__(
        self, name: str, value: float, unit: str, floor: float, target: float | None = None
    ) -> None:
        """`target` (optional) is the highest acceptable ratio; it only goes into the markdown."""
        if not self.wants(name):
            return
        figure = Figure(name, float(value), unit, float(floor), target)
        self.figures.append(figure)
        print(figure.line(), flush=True)


def discover(bench_dir: Path = BENCH_DIR) -> list[Path]:
    return sorted(bench_dir.glob("bench_*.py"))


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def selected(module: ModuleType, only: str | None) -> bool:
    names: Iterable[str] | None = getattr(module, "BENCHMARKS", None)
    if only is None or names is None or only in module.__name__:
        return True
    return any(only in name for name in names)


def run_all(report: Report, paths: Iterable[Path]) -> list[str]:
    """Runs each module; a failing one is reported on stderr and does not stop the others."""
    failed = []
    for path in paths:
        try:
            module = load(path)
            if selected(module, report.only):
                report.whole_module = report.only is not None and report.only in path.stem
                module.run(report)
        except Exception:  # one broken benchmark must not hide the figures of the others
            traceback.print_exc()
            print(f"{path.stem} FAILED", file=sys.stderr, flush=True)
            failed.append(path.stem)
    return failed


def machine_info() -> str:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {pyside_version})"
    except ImportError:
        qt = "Qt not installed"
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Measured {now} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {qt}."
    )


def _row(figure: Figure) -> str:
    target = f"≤ {figure.target:g}×" if figure.target else ""
    verdict = ""
    if figure.target:
        verdict = "met" if figure.ratio <= figure.target else "missed"
    return (
        f"| {figure.name} | {figure.value:.4g} {figure.unit} | {figure.floor:.4g} {figure.unit} "
        f"| {figure.ratio:.2f}× | {target} | {verdict} |"
    )


def _old_rows(block: str) -> dict[str, str]:
    rows = {}
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if (
            line.startswith("| ")
            and cells
            and cells[0] not in ("benchmark", "")
            and "---" not in line
        ):
            rows[cells[0]] = line
    return rows


def write_markdown(path: Path, figures: list[Figure]) -> None:
    """Rewrites the figures table between the markers; rows not measured this time are kept."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    if TABLE_START in text and TABLE_END in text:
        before, rest = text.split(TABLE_START, 1)
        block, after = rest.split(TABLE_END, 1)
    else:
        before, block, after = text.rstrip("\n") + "\n\n", "", "\n"
    rows = _old_rows(block)
    rows.update({f.name: _row(f) for f in figures})
    table = "\n".join(
        [
            machine_info(),
            "",
            "| benchmark | value | floor | ratio | target | |",
            "|---|---|---|---|---|---|",
            *rows.values(),
        ]
    )
    path.write_text(f"{before}{TABLE_START}\n{table}\n{TABLE_END}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", metavar="SUBSTRING", help="only figures (or bench_*.py files) whose name has it"
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes (a smoke run)")
    parser.add_argument("--markdown", type=Path, metavar="FILE", help="rewrite the table in FILE")
    args = parser.parse_args(argv)
    for path in (str(REPO_DIR), str(BENCH_DIR)):  # the package and bench helpers, from a checkout
        if path not in sys.path:
            sys.path.insert(0, path)
    # Child processes started by a benchmark find the package and see --quick too.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_DIR), os.environ.get("PYTHONPATH", "")) if p
    )
    if args.quick:
        os.environ[QUICK_ENV] = "1"
    report = Report(only=args.only, quick=args.quick)
    failed = run_all(report, discover())
    if args.markdown:
        write_markdown(args.markdown, report.figures)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
