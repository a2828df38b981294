"""The window as Orca reads it: the real AT-SPI stack (a session bus, the accessibility bus and
its registry) on a virtual X display, the window in a program of its own, read by Debian's
pyatspi in another, the way a screen reader on a Linux desktop receives it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
NEEDS = "Debian's xvfb, dbus, at-spi2-core and python3-pyatspi (see .ci/run)"


def stack_missing() -> str | None:
    for program in ("Xvfb", "dbus-daemon"):
        if shutil.which(program) is None:
            return f"{program} is not installed: {NEEDS}"
    if not Path(BUS_LAUNCHER).exists():
        return f"{BUS_LAUNCHER} is not installed: {NEEDS}"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return f"the system Python has no pyatspi: {NEEDS}"
    return None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="AT-SPI is the Linux accessibility bus"),
]


class Started:
    """Programs started for one test, ended (and waited for) in reverse order."""

    def __init__(self) -> None:
        self.processes: list[subprocess.Popen] = []

    def start(self, args: list[str], **kwargs: object) -> subprocess.Popen:
        process = subprocess.Popen(args, **kwargs)  # noqa: S603 - our own programs
        self.processes.append(process)
        return process

    def end(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def read_line(stream, what: str) -> str:  # noqa: ANN001
    line = stream.readline()
    assert line, f"{what} ended before saying it was ready"
    return line.strip()


@pytest.fixture(scope="module")
def accessibility_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A session bus, a virtual display and the accessibility bus: the environment the window
    and the screen reader share."""
    tmp_path = tmp_path_factory.mktemp("at-spi")
    missing = stack_missing()
    if missing and os.environ.get("CI") == "true":
        pytest.fail(missing)
    if missing:
        pytest.skip(missing)
    started = Started()
    try:
        bus = started.start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # as root it says it cannot raise its file limit
            text=True,
        )
        address = read_line(bus.stdout, "the session bus")
        read_fd, write_fd = os.pipe()
        started.start(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1600x1000x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=[write_fd],
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as display_number:
            display = ":" + read_line(display_number, "Xvfb")
        env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        started.start([BUS_LAUNCHER, "--launch-immediately"], env=env, stderr=subprocess.DEVNULL)
        yield env
    finally:
        started.end()


@pytest.fixture(scope="module")
def tree_as_orca_reads_it(
    accessibility_session: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> list[dict]:
    env = accessibility_session
    tmp_path = tmp_path_factory.mktemp("window")
    started = Started()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    try:
        window = started.start(
            [sys.executable, str(HERE / "window_for_screen_reader.py"), str(data_dir)],
            env={**env, "PYTHONPATH": str(HERE.parents[1])},
            stdout=subprocess.PIPE,
            text=True,
        )
        assert read_line(window.stdout, "the window") == "ready"
        reader = subprocess.run(  # noqa: S603 - our own program
            [SYSTEM_PYTHON, str(HERE / "read_with_at_spi.py"), "CMCoord Desktop"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        started.end()
    assert reader.returncode == 0, reader.stdout + reader.stderr
    return [json.loads(line) for line in reader.stdout.splitlines()]


def test_a_screen_reader_finds_a_name_for_every_control(tree_as_orca_reads_it: list[dict]) -> None:
    nodes = tree_as_orca_reads_it
    assert nodes[0]["role"] == "application"
    frames = [n for n in nodes if n["role"] == "frame"]
    assert frames and frames[0]["name"].endswith("CMCoord Desktop")
    reachable = [n for n in nodes if n["focusable"] and n["showing"]]
    assert len(reachable) > 30
    assert [n for n in reachable if not n["name"].strip()] == []
    names = {n["name"] for n in reachable}
    for expected in ("Filter events", "Session title", "Date", "Delegates", "Key outcome 1"):
        assert expected in names
    owners = [n for n in reachable if n["name"].startswith("Owner of next step")]
    assert owners and owners[0]["description"] == "Who follows up"
    deletes = [n for n in nodes if n["name"].startswith("Delete key outcome: ")]
    assert len(deletes) >= 3 and all(n["role"] == "push button" for n in deletes)


def test_a_screen_reader_hears_each_choice_with_its_label(
    tree_as_orca_reads_it: list[dict],
) -> None:
    """On Linux Qt names a combo box by its value ("Marketplace"); Orca says the label from
    the labelled-by relation: "Format, combo box, Marketplace"."""
    combos = [n for n in tree_as_orca_reads_it if n["role"] == "combo box" and n["showing"]]
    assert combos
    labels = [n["labelled_by"] for n in combos]
    assert all(labels), [(n["name"], n["labelled_by"]) for n in combos]
    assert any(label[0] == "Format" for label in labels)
    assert any(label[0].startswith("Status") for label in labels)
