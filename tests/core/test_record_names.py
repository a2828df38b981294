"""A record's name for people: one table, read the same way everywhere."""

from __future__ import annotations

from cmcoord_desktop.core import record_names
from cmcoord_desktop.core.models import (
    RECORD_TYPES,
    Attachment,
    Carry,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    Session,
)


def test_every_kind_of_record_and_item_has_its_names() -> None:
    kinds = [k for k in RECORD_TYPES if k != Item.KIND] + [k.value for k in ItemKind]
    for kind in kinds:
        names = record_names.KIND_NAMES[kind]
        assert all((names.alone, names.in_sentence, names.heading, names.untitled)), kind


def test_an_item_is_named_for_what_it_holds() -> None:
    step = Item(id="i", item_kind=ItemKind.NEXT_STEP, text="Write the handbook")
    assert record_names.kind_name(step) == "Next step"
    assert record_names.kind_of(step).in_sentence == "next step"
    assert record_names.item_kind_name(ItemKind.NEXT_STEP).heading == (
        "Next steps to implementing solutions"
    )
    assert record_names.kind_name(Item(id="n", item_kind="decision")) == "Item"  # a newer kind


def test_the_title_is_what_was_typed_or_says_it_is_untitled() -> None:
    assert record_names.record_title(Event(id="e", title="  HNPW 2017 ")) == "HNPW 2017"
    assert record_names.record_title(Session(id="s", title=" ")) == "Untitled session"
    assert record_names.record_title(MarketplaceGroup(id="g", topic="")) == "Untitled table"
    assert record_names.record_title(MarketplaceGroup(id="g", topic="Drills")) == "Drills"
    assert record_names.record_title(Item(id="i", text="")) == "(untitled)"
    assert record_names.record_title(Attachment(id="a", caption="Slide 1")) == "Slide 1"
    assert record_names.record_title(Carry(id="c")) == "(carried next step)"


def test_a_short_title_is_one_line_and_cut_with_an_ellipsis() -> None:
    outcome = Item(id="i", text="Civil and\nmilitary actors " + "meet " * 20_000)
    short = record_names.short_title(outcome, 30)
    assert len(short) == 30 and short.endswith("…") and "\n" not in short
    assert short.startswith("Civil and military actors")
    assert record_names.short_title(Event(id="e", title="HNPW"), 30) == "HNPW"
