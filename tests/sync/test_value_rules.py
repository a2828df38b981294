"""A records file cannot carry what a person could not type: one set of rules for the editor,
import and sync (core/value_rules.py), each refusal one sentence, nothing changed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cmcoord_desktop.core import meta, sync_states, value_rules
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync import shared_file
from tests.sync.workshop import snapshot


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _with_value(states: list[dict[str, Any]], record_id: str, field: str, value: Any) -> None:
    state = next(s for s in states if s["id"] == record_id)
    version = state["fields"][field][0]
    version["v"] = value  # the same stamp: as if the other laptop had typed it


HOSTILE = {
    "delegates below zero": ("session", "delegates", -5, "a count below zero (-5)"),
    "a status not on the list": ("item", "status", "hacked", "a status not on the list"),
    "a time with seconds and a zone": (
        "session",
        "start_time",
        "09:30:15.123456+05:00",
        "a time that is not HH:MM",
    ),
    "a date without dashes": ("session", "date", "20170207", "a date that is not YYYY-MM-DD"),
    "a right-to-left override in a title": (
        "session",
        "title",
        "Dangerous \u202eWork",
        "a direction-override character",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_value_no_one_could_type_is_refused_by_import_and_sync(tmp_path: Path, case: str) -> None:
    kind, field, value, reason = HOSTILE[case]
    with Store(tmp_path / "bilal") as bilal:
        event = repo.create_event(bilal, title="HNPW 2017")
        session = repo.create_session(
            bilal,
            event.id,
            title="Dangerous Work",
            delegates=40,
            start_time=dt.time(9, 30),
            date=dt.date(2017, 2, 7),
        )
        step = repo.add_item(bilal, session.id, ItemKind.NEXT_STEP, "Share the calendar")
        repo.update(bilal, type(step), step.id, status="open")
        states = sync_states.record_states(bilal)
        devices = meta.device_names(bilal)
    target = session.id if kind == "session" else step.id
    _with_value(states, target, field, value)
    hostile = tmp_path / "hostile.cmcsync"
    hostile.write_bytes(shared_file.encode(states, devices))

    with Store(tmp_path / "anna") as anna:
        repo.create_event(anna, title="Prague workshop")
        before = snapshot(anna)
    for command in ("import", "sync"):
        refused = cli(tmp_path / "anna", command, str(hostile))
        assert refused.returncode == 2, refused.stdout
        (line,) = refused.stderr.strip().splitlines()
        assert f"holds a {kind} {field} no one could have typed: {reason}" in line
        assert "Traceback" not in refused.stderr
    with Store(tmp_path / "anna") as anna:
        assert snapshot(anna) == before


def test_the_rules_are_those_the_editor_can_use() -> None:
    assert value_rules.problem("session", "delegates", 40) is None
    assert value_rules.problem("event", "participants", -1) is not None
    assert value_rules.problem("item", "status", "in progress") is None
    assert value_rules.problem("session", "start_time", "09:30") is None
    assert value_rules.problem("session", "start_time", "9:30") is not None
    assert value_rules.problem("event", "start_date", "2017-02-30") is not None
    assert value_rules.problem("event", "title", "القمة الإنسانية") is None  # Arabic is fine
    assert value_rules.problem("event", "title", "a\u2066b") is not None
