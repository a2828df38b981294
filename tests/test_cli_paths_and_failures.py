"""The command line as a newcomer types it: relative paths, a folder the window holds, and
failures that reach the person as one sentence (the traceback in the log). Real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.paths import DATABASE_NAME
from cmcoord_desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str | Path, cwd: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **environ}
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    return lines[0]


def workshop(data_dir: Path, outcome: str = "Liaison officers named") -> str:
    with Store(data_dir) as store:
        event = repo.create_event(store, title="Oslo workshop")
        session = repo.create_session(store, event.id, title="Opening")
        repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, outcome)
    return event.id


# --- defect 5: relative paths ------------------------------------------------------------------


@pytest.mark.slow
def test_relative_data_folders_and_files_work_in_every_command(tmp_path: Path) -> None:
    workshop(tmp_path / "data")  # the database exists: the second start is what crashed
    (tmp_path / "out").mkdir()
    steps = [
        ("data", "export", "--all", "--format", "json", "--out", "out/backup.json"),
        ("./data", "export", "Oslo workshop", "--format", "pdf", "--out", "./out/summary.pdf"),
        ("out/../data", "export", "Oslo workshop", "--format", "md", "--out", "out/summary.md"),
        ("data", "import", "out/backup.json"),
        ("./data", "sync", "./out/shared.cmcsync"),
        ("data", "repair-clock", "out/shared.cmcsync"),
    ]
    for data_dir, *step in steps:
        result = cli("--data-dir", data_dir, *step, cwd=tmp_path)
        assert result.returncode == 0, (data_dir, step, result.stderr[-3000:])
    assert "Liaison officers named" in (tmp_path / "out" / "summary.md").read_text("utf-8")
    assert (tmp_path / "out" / "shared.cmcsync").stat().st_size > 0
    assert not (tmp_path / "out" / "data").exists()  # "data" meant tmp_path/data every time


@pytest.mark.slow
def test_the_window_opens_on_a_relative_data_folder(tmp_path: Path) -> None:
    workshop(tmp_path / "data")
    result = cli("--data-dir", "./data", cwd=tmp_path, CMCOORD_QUIT_AFTER_START_MS="300")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "first paint" in result.stderr and "Traceback" not in result.stderr
    log = (tmp_path / "data" / "logs" / "cmcoord-desktop.log").read_text(encoding="utf-8")
    assert "started" in log and "Could not open" not in log


# --- defect 10: exports beside the window ------------------------------------------------------


@pytest.mark.slow
def test_every_export_reads_a_data_folder_the_window_holds(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    event_id = workshop(data_dir)
    with Store(data_dir) as window_store:  # what the open window holds
        repo.add_item(window_store, event_id, ItemKind.NEXT_STEP, "Typed while the window is open")
        written = {}
        for fmt, what in (("json", "--all"), ("pdf", "Oslo workshop"), ("md", "Oslo workshop")):
            out = tmp_path / f"backup.{fmt}"
            result = cli(
                "--data-dir", data_dir, "export", what, "--format", fmt, "--out", out, cwd=tmp_path
            )
            assert result.returncode == 0, result.stderr[-3000:]
            written[fmt] = out
        # The window goes on writing after the exports: nothing was left locked.
        repo.add_item(window_store, event_id, ItemKind.NEXT_STEP, "Typed after the backup")
        # Writing commands still refuse, with the message they have.
        for command in (("import", written["json"]), ("sync", tmp_path / "shared.cmcsync")):
            refused = cli("--data-dir", data_dir, *command, cwd=tmp_path)
            assert refused.returncode == 2
            assert "already open" in one_plain_line(refused)
    texts = [
        r["fields"].get("text", [{}])[0].get("v")
        for r in json.loads(written["json"].read_text())["records"]
    ]
    assert "Typed while the window is open" in texts and "Typed after the backup" not in texts
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(written["pdf"]).pages)
    assert "Liaison officers named" in pdf_text
    assert "Typed while the window is open" in written["md"].read_text(encoding="utf-8")
    assert not (tmp_path / "shared.cmcsync").exists()


def test_an_export_never_changes_the_data_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    workshop(data_dir)
    before = (data_dir / DATABASE_NAME).read_bytes()
    result = cli(
        "--data-dir",
        data_dir,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        tmp_path / "b.json",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (data_dir / DATABASE_NAME).read_bytes() == before


def test_an_export_of_an_older_database_says_to_open_it_in_the_window_once(tmp_path: Path) -> None:
    import sqlite3

    data_dir = tmp_path / "data"
    workshop(data_dir)
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:  # as an older program left it
        conn.execute("PRAGMA user_version = 2")
    result = cli(
        "--data-dir",
        data_dir,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        "b.json",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "older CMCoord Desktop: open it once in the window" in one_plain_line(result)
    assert not (tmp_path / "b.json").exists()


# --- no traceback reaches the person -----------------------------------------------------------


@pytest.mark.slow
def test_a_damaged_database_is_one_sentence_and_the_traceback_is_in_the_log(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    damaged = b"a file that someone's backup tool wrote over the database" * 100
    (data_dir / DATABASE_NAME).write_bytes(damaged)
    (tmp_path / "b.json").write_bytes(b"")
    log = data_dir / "logs" / "cmcoord-desktop.log"
    for command in (
        ("export", "--all", "--format", "json", "--out", "b.json"),
        ("export", "Oslo", "--format", "pdf", "--out", "s.pdf"),
        ("import", "b.json"),
        ("sync", "shared.cmcsync"),
    ):
        result = cli("--data-dir", "data", *command, cwd=tmp_path)
        assert result.returncode == 1
        line = one_plain_line(result)
        assert line.startswith(f"cmcoord-desktop: Could not {command[0]}: the database file in")
        assert "is damaged" in line and str(log) in line
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "file is not a database" in logged
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged  # left as it was


def test_without_a_usable_data_folder_the_log_goes_to_the_users_log_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DATABASE_NAME).write_bytes(b"not a database" * 100)
    (data_dir / "logs").write_text("a file where the log folder should be")
    state = tmp_path / "state"
    result = cli(
        "--data-dir",
        data_dir,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        "b.json",
        cwd=tmp_path,
        XDG_STATE_HOME=str(state),
    )
    assert result.returncode == 1
    log = state / "CMCoord Desktop" / "log" / "cmcoord-desktop.log"
    assert str(log) in one_plain_line(result)
    assert "file is not a database" in log.read_text(encoding="utf-8")


def test_an_export_into_a_folder_names_the_folder(tmp_path: Path) -> None:
    workshop(tmp_path / "data")
    (tmp_path / "USB stick").mkdir()
    result = cli(
        "--data-dir",
        "data",
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        "USB stick",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert one_plain_line(result) == (
        f"cmcoord-desktop: {tmp_path / 'USB stick'} is a folder: name the file to write in it"
    )
