"""A next step's status is printed when someone follows the step up, not as noise under each."""

from __future__ import annotations

import datetime as dt

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.markdown_summary import summary_markdown
from cmcoord_desktop.export.summary_data import gather_event_summary


def test_status_is_printed_only_for_steps_being_followed_up(store: Store) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    session = repo.create_session(store, event.id, title="Dangerous Work")
    repo.add_item(store, session.id, ItemKind.NEXT_STEP, "Continue training together")
    repo.add_item(
        store,
        session.id,
        ItemKind.NEXT_STEP,
        "Brief the SimEx TFT",
        owner="CMCS",
        due_date=dt.date(2017, 3, 1),
    )
    repo.add_item(store, session.id, ItemKind.NEXT_STEP, "Draft the gateway", status="done")

    text = summary_markdown(gather_event_summary(store, event.id))

    lines = text.splitlines()

    def note_under(step: str) -> str:
        following = lines[next(n for n, line in enumerate(lines) if step in line) + 1]
        return following if following.startswith("   *") else ""

    assert note_under("Continue training together") == ""
    assert "Owner: CMCS" in note_under("Brief the SimEx TFT")
    assert "Status: open" in note_under("Brief the SimEx TFT")
    assert "Status: done" in note_under("Draft the gateway")
