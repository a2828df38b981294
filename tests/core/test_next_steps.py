"""Every next step of every event: filters, owners completion, marks, and carrying forward."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.carry_forward import (
    CannotCarry,
    carry_id,
    carry_next_step,
    carry_open_next_steps,
    uncarry,
)
from cmcoord_desktop.core.event_copy import copy_event_agenda
from cmcoord_desktop.core.models import Carry, Event, Item, ItemKind, NextStepStatus, Session
from cmcoord_desktop.core.next_steps import Due, Filters, count_next_steps, next_steps, owners
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file

TODAY = dt.date(2026, 12, 2)  # a Wednesday


@pytest.fixture
def steps(store: Store) -> dict[str, str]:
    prague = repo.create_event(
        store, title="Prague 2025", series="Field Handbook", start_date=dt.date(2025, 11, 4)
    )
    hnpw = repo.create_event(store, title="HNPW 2026", series="HNPW")
    session = repo.create_session(
        store, prague.id, title="Recommendations", date=dt.date(2025, 11, 5)
    )
    ids = {"prague": prague.id, "hnpw": hnpw.id, "session": session.id}

    def add(name: str, parent: str, text: str, **values: object) -> None:
        ids[name] = repo.add_item(store, parent, ItemKind.NEXT_STEP, text, **values).id

    add(
        "overdue",
        session.id,
        "Share results with the CG",
        owner="Hélène",
        due_date=TODAY - dt.timedelta(days=3),
    )
    add(
        "week", session.id, "Draft chapter 4", owner="helene", due_date=TODAY + dt.timedelta(days=4)
    )
    add("nodate", prague.id, "Translate into Arabic", owner="Ahmed", status="in progress")
    add(
        "done",
        hnpw.id,
        "Book the room",
        owner="HÉLÈNE",
        status="done",
        due_date=TODAY - dt.timedelta(days=9),
    )
    add("dropped", hnpw.id, "Print badges", status=NextStepStatus.DROPPED)
    repo.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Not a next step")
    return ids


def listed(store: Store, **filters: object) -> list[str]:
    return [row.id for row in next_steps(store, Filters(**filters), today=TODAY)]  # type: ignore[arg-type]


def test_every_next_step_with_its_event_and_session(store: Store, steps: dict[str, str]) -> None:
    rows = {row.id: row for row in next_steps(store, today=TODAY)}
    assert set(rows) == {steps[n] for n in ("overdue", "week", "nodate", "done", "dropped")}
    overdue = rows[steps["overdue"]]
    assert (overdue.event_title, overdue.session_title, overdue.owner, overdue.status) == (
        "Prague 2025",
        "Recommendations",
        "Hélène",
        "open",
    )
    assert overdue.overdue and not rows[steps["done"]].overdue, "a done step is not overdue"
    assert (
        rows[steps["nodate"]].session_id is None
        and rows[steps["nodate"]].series == "Field Handbook"
    )


def test_filters(store: Store, steps: dict[str, str]) -> None:
    assert listed(store, statuses=["dropped"]) == [steps["dropped"]]
    assert set(listed(store, statuses=["open", "in progress"])) == {
        steps["overdue"],
        steps["week"],
        steps["nodate"],
    }
    assert set(listed(store, owner="helene")) == {steps["overdue"], steps["week"], steps["done"]}
    assert set(listed(store, event=steps["hnpw"])) == {steps["done"], steps["dropped"]}
    assert set(listed(store, series="field handbook")) == {
        steps["overdue"],
        steps["week"],
        steps["nodate"],
    }
    assert listed(store, due=[Due.OVERDUE]) == [steps["overdue"]]
    assert listed(store, due=[Due.THIS_WEEK]) == [steps["week"]]
    assert set(listed(store, due=[Due.NO_DATE])) == {steps["nodate"], steps["dropped"]}
    assert listed(store, words="chapitre") == []
    assert listed(store, words="ARABIC translate") == [steps["nodate"]]
    assert listed(store, owner="hélène", due=[Due.OVERDUE, Due.THIS_WEEK]) == [
        steps["overdue"],
        steps["week"],
    ], "by due date"


def test_the_count_is_what_would_be_listed(store: Store, steps: dict[str, str]) -> None:
    for filters in (
        Filters(),
        Filters(statuses=["open", "in progress"]),
        Filters(owner="HELENE"),
        Filters(event=steps["hnpw"]),
        Filters(due=[Due.NO_DATE], words="arabic"),
        Filters(words="no such words"),
    ):
        assert count_next_steps(store, filters, TODAY) == len(next_steps(store, filters, TODAY))
    assert count_next_steps(store, Filters(), TODAY) == len(next_steps(store, today=TODAY)) > 0


def test_deleted_steps_and_steps_of_deleted_sessions_are_not_listed(
    store: Store, steps: dict[str, str]
) -> None:
    repo.delete(store, Item, steps["dropped"])
    repo.delete(store, Session, steps["session"])
    assert set(listed(store)) == {steps["nodate"], steps["done"]}


def test_owners_complete_from_those_already_used(store: Store, steps: dict[str, str]) -> None:
    assert owners(store) == ["Hélène", "Ahmed"], "one spelling per person, most used first"
    assert owners(store, "HEL") == ["Hélène"]
    assert owners(store, "ah") == ["Ahmed"]
    assert owners(store, "x") == []


def test_odd_steps_are_kept_and_marked(store: Store, steps: dict[str, str]) -> None:
    early = repo.add_item(
        store, steps["session"], ItemKind.NEXT_STEP, "Before its time", due_date=dt.date(2025, 1, 1)
    )
    long_owner = "Ministry of Defence " * 250
    long = repo.add_item(store, steps["prague"], ItemKind.NEXT_STEP, "Long", owner=long_owner)
    rows = {row.id: row for row in next_steps(store, today=TODAY)}
    assert rows[early.id].warnings == ("due 2025-01-01, before its session on 2025-11-05",)
    assert rows[long.id].owner == long_owner
    assert rows[long.id].warnings == ("owner is 5,000 characters long",)
    assert rows[steps["week"]].warnings == ()


def test_a_carried_step_is_the_same_step_in_both_events(
    store: Store, steps: dict[str, str]
) -> None:
    carry_next_step(store, steps["overdue"], steps["hnpw"])
    [carried] = [
        r for r in next_steps(store, Filters(event=steps["hnpw"]), TODAY) if r.carried_from
    ]
    assert (carried.id, carried.event_title, carried.carried_from) == (
        steps["overdue"],
        "HNPW 2026",
        "Prague 2025",
    )
    home = [r for r in next_steps(store, today=TODAY) if r.id == steps["overdue"]]
    assert [r.carried_into for r in home] == [("HNPW 2026",)], "listed once across events"
    repo.update(store, Item, steps["overdue"], status="done")  # closed in the new event ...
    [closed] = [
        r
        for r in next_steps(store, Filters(event=steps["prague"]), TODAY)
        if r.id == steps["overdue"]
    ]
    assert closed.status == "done"  # ... is closed in its own event
    uncarry(store, steps["overdue"], steps["hnpw"])
    assert steps["overdue"] not in listed(store, event=steps["hnpw"])
    again = carry_next_step(store, steps["overdue"], steps["hnpw"])
    assert not again.deleted and again.id == carry_id(steps["overdue"], steps["hnpw"])


def test_what_cannot_be_carried_says_why(store: Store, steps: dict[str, str]) -> None:
    outcome = repo.add_item(store, steps["session"], ItemKind.KEY_OUTCOME, "An outcome")
    with pytest.raises(CannotCarry, match="Only next steps"):
        carry_next_step(store, outcome.id, steps["hnpw"])
    with pytest.raises(CannotCarry, match="already belongs"):
        carry_next_step(store, steps["overdue"], steps["prague"])
    repo.delete(store, Event, steps["hnpw"])
    with pytest.raises(CannotCarry, match="Trash"):
        carry_next_step(store, steps["overdue"], steps["hnpw"])


def test_copying_the_agenda_brings_the_open_steps_along(
    store: Store, steps: dict[str, str]
) -> None:
    new = copy_event_agenda(store, steps["prague"], store, "Prague 2026", carry_open=True)
    carried = next_steps(store, Filters(event=new.id), TODAY)
    assert {r.id for r in carried} == {steps["overdue"], steps["week"], steps["nodate"]}
    assert {r.carried_from for r in carried} == {"Prague 2025"}
    # A year later, what is still open goes on to the next one, still the same steps.
    repo.update(store, Item, steps["week"], status="done")
    later = copy_event_agenda(store, new.id, store, "Prague 2027", carry_open=True)
    assert {r.id for r in next_steps(store, Filters(event=later.id), TODAY)} == {
        steps["overdue"],
        steps["nodate"],
    }
    assert carry_open_next_steps(store, later.id, steps["prague"]) == [], "never into its home"


def test_two_laptops_carrying_the_same_step_agree(
    tmp_path: Path, store: Store, steps: dict[str, str]
) -> None:
    shared = tmp_path / "share" / "workshop.cmcoord"
    shared.parent.mkdir()
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "laptop2") as other:
        sync_with_shared_file(other, shared)
        carry_next_step(other, steps["overdue"], steps["hnpw"])  # both, offline
        carry_next_step(other, steps["week"], steps["hnpw"])
        carry_next_step(store, steps["overdue"], steps["hnpw"])
        sync_with_shared_file(other, shared)
        sync_with_shared_file(store, shared)
        sync_with_shared_file(other, shared)
        for laptop in (store, other):
            shown = {r.id for r in next_steps(laptop, Filters(event=steps["hnpw"]), TODAY)}
            assert shown >= {steps["overdue"], steps["week"]}
            assert (
                repo.get(laptop, Carry, carry_id(steps["overdue"], steps["hnpw"])).needs_review
                is False
            )


def test_pages_of_next_steps_in_order(store: Store, steps: dict[str, str]) -> None:
    everything = listed(store)
    pages = [
        [r.id for r in next_steps(store, today=TODAY, limit=2, offset=start)] for start in (0, 2, 4)
    ]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert sum(pages, []) == everything
    assert everything[:2] == [steps["done"], steps["overdue"]], "earliest due first"
    assert [r.due for r in next_steps(store, today=TODAY)[-2:]] == [None, None], "no date last"
