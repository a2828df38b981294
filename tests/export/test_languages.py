"""One outcome in each UN language prints with real glyphs and reads back as typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cmcoord_desktop.export import fonts
from cmcoord_desktop.export.headings import headings_for
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import EventSummary, NextStep, SessionSummary
from tests.export.pdf_reading import normalised, pdf_text, right_to_left_lines

OUTCOMES = {
    "en": "Participants agreed to share situational awareness through one gateway.",
    "fr": "Les participants ont convenu d’une coordination civilo-militaire renforcée à Genève.",
    "es": "Los participantes acordaron compartir información: ¿cómo mejorar la coordinación?",
    "ru": "Участники договорились о совместном обучении военных и гуманитарных работников.",
    "zh": "与会者同意通过一个门户网站共享态势感知信息，并加强军民协调培训。",
    # One Latin word and one number amid Arabic words: both must keep their own order.
    "ar": "اتفق المشاركون على تعزيز التنسيق المدني العسكري في عام 2017 مع OCHA وتبادل المعلومات"
    " بين الشركاء في الميدان خلال الاستجابة الإنسانية للكوارث الطبيعية والنزاعات المسلحة",
}


def _summary(language: str, outcome: str) -> EventSummary:
    session = SessionSummary(
        id="s1",
        title=f"Session {language}",
        date=dt.date(2017, 2, 7),
        delegates=40,
        outcomes=(outcome,),
        next_steps=(NextStep(outcome, "CMCS", dt.date(2017, 3, 1), "open"),),
    )
    return EventSummary(
        id="e1", title=f"Workshop {language}", language=language, sessions=(session,)
    )


def test_every_character_has_a_glyph_in_the_font_chosen_for_it() -> None:
    fonts.register_fonts()
    for text in OUTCOMES.values():
        for font, run in fonts.font_runs(text):
            for char in run:
                assert fonts._covers(font, char), (char, font)


@pytest.mark.parametrize("language", sorted(OUTCOMES))
def test_outcome_reads_back_as_typed_with_headings_in_the_language(
    language: str, tmp_path: Path
) -> None:
    outcome = OUTCOMES[language]
    out = export_event_summary(_summary(language, outcome), tmp_path / f"{language}.pdf")
    if language == "ar":
        lines = right_to_left_lines(out)
        text = "".join(w for line in lines for _, w in line)
    else:
        text = pdf_text(out)
    assert normalised(outcome) in normalised(text)
    assert normalised(headings_for(language).key_outcomes) in normalised(text)


def test_arabic_words_stand_right_to_left_on_each_line(tmp_path: Path) -> None:
    outcome = OUTCOMES["ar"]
    out = export_event_summary(_summary("ar", outcome), tmp_path / "ar.pdf")
    logical_words = outcome.split()
    for line in right_to_left_lines(out):
        words = [w for _, w in line]
        # A line of the outcome: its words, read right to left by x, are consecutive words
        # of the outcome in logical order.
        if words and words[0] in logical_words and len(words) > 3:
            start = logical_words.index(words[0])
            assert words == logical_words[start : start + len(words)], words
            assert [x for x, _ in line] == sorted((x for x, _ in line), reverse=True)
            break
    else:
        pytest.fail("no line of the Arabic outcome found")
    assert logical_words.index("2017") < logical_words.index("OCHA")
