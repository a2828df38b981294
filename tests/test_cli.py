"""The command line as a user runs it: real processes, real data folders, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmcoord_desktop import __version__
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core import sync_states
from cmcoord_desktop.core.models import Item, ItemKind
from cmcoord_desktop.core.store import Store

DEMO_EVENT = "Humanitarian Network and Partnership Week (HNPW) 2017"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", *map(str, args)], capture_output=True, text=True
    )


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"cmcoord-desktop {__version__}"


@pytest.mark.slow
def test_backup_and_restore_through_a_json_export(tmp_path: Path) -> None:
    source, target, backup = tmp_path / "source", tmp_path / "target", tmp_path / "backup.json"
    with Store(source) as store:
        event = repo.create_event(store, title="Prague workshop")
        kept = repo.add_item(store, event.id, ItemKind.NEXT_STEP, "Share results at HNPW 2018")
        gone = repo.add_item(store, event.id, ItemKind.NEXT_STEP, "Dropped idea")
        repo.delete(store, Item, gone.id)

    exported = cli("--data-dir", source, "export", "--all", "--format", "json", "--out", backup)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(backup.read_text(encoding="utf-8"))
    assert {r["id"] for r in document["records"]} == {event.id, kept.id, gone.id}

    first = cli("--data-dir", target, "import", backup)
    second = cli("--data-dir", target, "import", backup)
    assert first.returncode == 0 and "3 new" in first.stdout
    assert second.returncode == 0 and "0 new, 0 updated" in second.stdout
    with Store(target) as store:
        assert [i.text for i in repo.children(store, Item, event.id, ItemKind.NEXT_STEP)] == [
            "Share results at HNPW 2018"
        ]
        assert [r.id for r in repo.trash(store)] == [gone.id]


def test_demo_never_touches_the_users_data(tmp_path: Path) -> None:
    out = tmp_path / "demo.json"
    result = cli(
        "--data-dir",
        tmp_path / "mine",
        "--demo",
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        out,
    )
    assert result.returncode == 0, result.stderr
    titles = {
        r["fields"]["title"][0]["v"]
        for r in json.loads(out.read_text())["records"]
        if r["kind"] == "event"
    }
    assert "Humanitarian Network and Partnership Week (HNPW) 2017" in titles
    assert not (tmp_path / "mine").exists()


def test_importing_a_file_that_is_not_ours_is_refused_with_a_reason(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.json"
    foreign.write_text('{"hello": "world"}', encoding="utf-8")
    result = cli("--data-dir", tmp_path / "data", "import", foreign)
    assert result.returncode != 0
    assert "not a CMCoord Desktop" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_second_program_on_the_same_data_folder_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "data"):
        result = cli("--data-dir", tmp_path / "data", "import", tmp_path / "whatever.json")
    assert result.returncode == 2
    assert "already open" in result.stderr


def test_a_backup_that_contradicts_this_laptop_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    from cmcoord_desktop.sync import shared_file

    with Store(tmp_path / "data") as store:
        event = repo.create_event(store, title="HNPW 2017")
        orphan = repo.add_item(store, event.id, ItemKind.KEY_OUTCOME, "an outcome")
        states = sync_states.record_states(store)
    forged = [dict(s) for s in states if s["id"] == orphan.id]
    forged[0]["fixed"] = {**forged[0]["fixed"], "parent": "7d3c1c5e-0c1e-4a8e-9a55-0d2f0c4a1e99"}
    path = tmp_path / "forged.json"
    path.write_bytes(shared_file.encode(forged, {}))

    result = cli("--data-dir", tmp_path / "data", "import", path)

    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "not imported" in result.stderr
    with Store(tmp_path / "data") as store:
        assert sync_states.record_states(store) == states


def test_a_headless_demo_command_leaves_no_temporary_copy_behind(tmp_path: Path) -> None:
    env_tmp = tmp_path / "tmp"
    env_tmp.mkdir()
    out = tmp_path / "demo.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cmcoord_desktop",
            "--demo",
            "export",
            "--all",
            "--format",
            "json",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(env_tmp)},
    )
    assert result.returncode == 0, result.stderr
    assert out.exists() and list(env_tmp.iterdir()) == []


def test_a_data_folder_that_cannot_be_written_is_refused_in_one_line(tmp_path: Path) -> None:
    # A path under a regular file can never be written, whoever runs the test (root included).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    backup = tmp_path / "backup.json"
    backup.write_bytes(b"")
    result = cli("--data-dir", blocker / "data", "import", backup)
    assert result.returncode == 2
    assert "cannot write" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_exporting_a_folder_with_no_data_says_so_and_creates_nothing(tmp_path: Path) -> None:
    # An export only reads: it needs no writable folder, and must not make one for a typo.
    out = tmp_path / "backup.json"
    for data_dir in (tmp_path / "not-a-folder" / "data", tmp_path / "typo"):
        (tmp_path / "not-a-folder").write_text("x")
        result = cli("--data-dir", data_dir, "export", "--all", "--format", "json", "--out", out)
        assert result.returncode == 2
        assert result.stderr.strip() == (
            f"cmcoord-desktop: There is no CMCoord Desktop data in {data_dir}: "
            "check the folder (--data-dir) and try again."
        )
    assert not out.exists() and not (tmp_path / "typo").exists()


@pytest.mark.slow
def test_a_summary_into_a_folder_that_is_gone_is_refused_naming_the_chosen_file(
    tmp_path: Path,
) -> None:
    gone = tmp_path / "USB stick" / "summary.pdf"  # the stick was pulled out
    for fmt, out in (("pdf", gone), ("md", gone.with_suffix(".md"))):
        result = cli("--demo", "export", DEMO_EVENT, "--format", fmt, "--out", out)
        assert result.returncode == 1
        assert result.stderr.strip() == f"cmcoord-desktop: No such file or directory ({out})"
        assert "Traceback" not in result.stderr
    assert not gone.parent.exists()
