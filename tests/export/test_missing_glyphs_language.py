"""The notice of characters no font can print names the record in the person's language, one
whole phrase per field (never "session" glued to a translated "key outcome")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cmcoord_desktop.core import words
from cmcoord_desktop.core.ts_catalogue import TsCatalogue
from cmcoord_desktop.export.glyph_report import missing_glyphs
from cmcoord_desktop.export.summary_data import EventSummary, SessionSummary

THAI = "สวัสดี"


@pytest.fixture
def french() -> Iterator[None]:
    words.set_translator(TsCatalogue("fr"))
    yield
    words.set_translator(None)


def summary() -> EventSummary:
    return EventSummary(
        id="e",
        title="Atelier",
        city=f"Bangkok {THAI}",
        sessions=(SessionSummary(id="s1", title="Glyphes", outcomes=("bien", f"Thaï {THAI}")),),
    )


def test_the_records_with_missing_glyphs_are_named_in_french(french: None) -> None:
    city, outcome = missing_glyphs(summary())
    assert city.record == 'événement "Atelier", ville'
    assert outcome.record == 'séance 1 "Glyphes", principal résultat 2'
    assert str(outcome).startswith(
        'séance 1 "Glyphes", principal résultat 2\u00a0: aucune police ne contient '
    )
    assert "U+0E2A" in str(outcome)


def test_and_in_english_as_before() -> None:
    city, outcome = missing_glyphs(summary())
    assert city.record == 'event "Atelier", city'
    assert str(outcome).startswith('session 1 "Glyphes", key outcome 2: no font has ')
