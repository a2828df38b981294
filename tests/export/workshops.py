"""Test workshops built through the repository, as a person would enter them."""

from __future__ import annotations

import datetime as dt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store


def add_session(
    store: Store,
    event_id: str,
    title: str,
    day: dt.date,
    outcomes: list[str],
    next_steps: list[tuple[str, str, dt.date | None, str]],
    **values: object,
) -> str:
    session = repository.create_session(store, event_id, title=title, date=day, **values)
    for text in outcomes:
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text)
    for text, owner, due, status in next_steps:
        repository.add_item(
            store, session.id, ItemKind.NEXT_STEP, text, owner=owner, due_date=due, status=status
        )
    return session.id


def hnpw_like_event(store: Store, language: str = "en") -> str:
    """A small HNPW-like week: three sessions, one of them a marketplace with tables."""
    event = repository.create_event(
        store,
        title="Humanitarian Network and Partnership Week 2017",
        series="HNPW",
        host="OCHA Civil-Military Coordination Section",
        city="Geneva",
        country="Switzerland",
        start_date=dt.date(2017, 2, 6),
        end_date=dt.date(2017, 2, 10),
        participants=350,
        language=language,
        description="Summary of UN-CMCoord events. Thank you all for your active participation.",
    )
    add_session(
        store,
        event.id,
        "From Policy to Practice: Operationalizing Key Concepts",
        dt.date(2017, 2, 7),
        [
            "Identified the need to be more systematic and inclusive with policy development.",
            "Identified gaps in current CMCoord policy for complex emergencies.",
        ],
        [
            (
                "Investigate a framework for a CMCoord policy development cycle.",
                "CMCS",
                dt.date(2017, 6, 30),
                "open",
            ),
            ("Continue developing the Standards.", "Consultative Group", None, "in progress"),
        ],
        start_time=dt.time(9, 0),
        end_time=dt.time(10, 30),
        format="Panel discussion",
        delegates=80,
        panel="A. Example (OCHA); B. Example (WFP)",
    )
    add_session(
        store,
        event.id,
        "Data Revolution: Humanitarians and Militaries alike have a lot to share",
        dt.date(2017, 2, 7),
        [
            "Ninety-two delegates participated in a lively discussion.",
            "Many actors invest in protecting personally identifiable information.",
        ],
        [("Bilateral discussions on the design of the Gateway.", "CMCS", None, "open")],
        format="Panel discussion",
        delegates=92,
    )
    learning = add_session(
        store,
        event.id,
        "Learning together, Responding together",
        dt.date(2017, 2, 8),
        ["One hundred and two delegates generated and exchanged ideas."],
        [("PREP should become the flagship training programme.", "LEP Network", None, "done")],
        format="Marketplace",
        delegates=102,
        notes="Tables rotated every 20 minutes.",
    )
    for topic, host, ideas in [
        ("Simulations and exercises", "SimEx TFT", ["Link with the SimEx TFT", "Share scenarios"]),
        ("Micro-learning", "OCHA", ["Five-minute modules on phones"]),
    ]:
        group = repository.create_group(store, learning, topic=topic, host=host)
        for idea in ideas:
            repository.add_item(store, group.id, ItemKind.IDEA, idea)
    return event.id
