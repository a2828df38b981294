"""Time from launch to the window's first paint: the bundle against `python -m cmcoord_desktop`.

Run from the repository root after building the bundle:  python scripts/measure_start.py [RUNS]
Both open the same data folder holding the demo workshop, offscreen, alternately, after one
warm-up run each (so both read from a warm file cache); prints the median and the spread.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cmcoord_desktop.core.store import Store  # noqa: E402
from cmcoord_desktop.demo import load_demo_workshop  # noqa: E402
from cmcoord_desktop.ui.quit_after_start import (  # noqa: E402
    ENVIRONMENT_VARIABLE,
    FIRST_PAINT_LINE,
)

BUNDLE = ROOT / "dist" / "cmcoord-desktop" / "cmcoord-desktop"


def seconds_to_first_paint(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        if line.strip() == FIRST_PAINT_LINE:
            painted = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command[0]} never painted its window")
    process.stderr.read()
    process.wait(timeout=60)
    return painted


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not BUNDLE.exists():
        print("Build the bundle first: pyinstaller --noconfirm build.spec", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        with Store(data_dir) as store:
            load_demo_workshop(store)
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            ENVIRONMENT_VARIABLE: "0",
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        commands = {
            "bundle": [str(BUNDLE), "--data-dir", str(data_dir)],
            "python -m": [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(runs + 1):
            for name, command in commands.items():
                seconds = seconds_to_first_paint(command, environment)
                if run:  # the first round warms the file cache
                    times[name].append(seconds)
    for name, values in times.items():
        print(
            f"{name:10} first paint: median {statistics.median(values) * 1000:.0f} ms "
            f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, {runs} runs)"
        )
    ratio = statistics.median(times["bundle"]) / statistics.median(times["python -m"])
    print(f"bundle / python -m: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
