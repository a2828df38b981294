"""Clocks: "behind" said when behind; a laptop far ahead is held back, never blocking the
others, and never dragging this laptop's clock along; the accepted skew is minutes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cmcoord_desktop.core import clock, sync_states
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file

HOUR_MS = 3_600_000
YEAR_MS = 365 * 24 * HOUR_MS


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def off_by(ms: int):  # noqa: ANN201 - a wall clock that is wrong by `ms`
    return lambda: clock.wall_ms() + ms


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    (tmp_path / "share").mkdir()
    return tmp_path / "share" / "workshop.cmcsync"


def test_a_clock_three_years_behind_is_called_behind(tmp_path: Path, shared: Path) -> None:
    for name in ("anna", "bilal"):
        with Store(tmp_path / name) as store:
            repo.create_event(store, title=f"{name}'s event")
        synced = cli(tmp_path / name, "sync", "--merge-other-workshop", str(shared))
        assert synced.returncode == 0, synced.stderr
    with Store(tmp_path / "chen", wall=off_by(-3 * YEAR_MS)) as chen:  # new, and behind
        with pytest.raises(SharedFileError, match="This laptop's clock is behind") as refused:
            sync_with_shared_file(chen, shared)
        assert "ahead" not in str(refused.value) and "repair-clock" not in str(refused.value)
        assert sync_states.record_states(chen) == []
    # A laptop that synced before, whose clock was then set three years back.
    with Store(tmp_path / "anna", wall=off_by(-3 * YEAR_MS)) as anna:
        with pytest.raises(SharedFileError, match="This laptop's clock is behind") as refused:
            sync_with_shared_file(anna, shared)
        assert "repair-clock" not in str(refused.value)


def test_a_laptop_23_hours_ahead_is_held_back_and_moves_no_clock(
    tmp_path: Path, shared: Path
) -> None:
    with Store(tmp_path / "bilal") as bilal:
        event = repo.create_event(bilal, title="HNPW 2017")
    assert cli(tmp_path / "bilal", "sync", str(shared)).returncode == 0
    assert cli(tmp_path / "anna", "sync", str(shared)).returncode == 0
    with Store(tmp_path / "anna", wall=off_by(23 * HOUR_MS)) as anna:
        repo.update(anna, Event, event.id, host="Anna's host")
        sync_with_shared_file(anna, shared)  # by its own clock, nothing is ahead
        anna_id = anna.device_id
    with Store(tmp_path / "bilal") as bilal:
        repo.update(bilal, Event, event.id, city="Geneva")
    synced = cli(tmp_path / "bilal", "sync", str(shared))
    assert synced.returncode == 0, synced.stderr  # Bilal is not blocked
    assert f"held back {anna_id}.json, the rest synced" in synced.stderr
    with Store(tmp_path / "bilal") as bilal:
        assert repo.get(bilal, Event, event.id).host == ""  # not taken in
        assert not clock.is_far_future(bilal.clock.last)
        assert clock.stamp_ms(bilal.clock.last) < clock.wall_ms() + HOUR_MS  # clock not dragged
    with Store(tmp_path / "chen") as chen:  # the rest syncs: Bilal's new city reaches Chen
        result = sync_with_shared_file(chen, shared)
        assert result.held_back and repo.get(chen, Event, event.id).city == "Geneva"


def test_the_accepted_skew_is_minutes(tmp_path: Path, shared: Path) -> None:
    assert clock.MAX_FUTURE_MS <= 15 * 60 * 1000
    with Store(tmp_path / "anna", wall=off_by(3 * 60 * 1000)) as anna:  # 3 minutes fast
        repo.create_event(anna, title="HNPW 2017")
        sync_with_shared_file(anna, shared)
    with Store(tmp_path / "bilal") as bilal:
        result = sync_with_shared_file(bilal, shared)
        assert not result.held_back and len(repo.events(bilal)) == 1
