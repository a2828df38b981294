"""The frame of a summary reads like a publication: only what holds a value, numbers as the
language writes them, totals that mean something, notes only when asked, nothing repeated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber

from cmcoord_desktop.export.pdf_summary import SummaryOptions, export_event_summary
from cmcoord_desktop.export.summary_data import EventSummary, MarketplaceTable, SessionSummary
from tests.export.pdf_reading import pdf_text


def _event(**values: object) -> EventSummary:
    sessions = (
        SessionSummary(id="s1", title="Opening", delegates=80, notes="Internal: the mic failed."),
        SessionSummary(
            id="s2",
            title="Marketplace",
            delegates=92,
            tables=(MarketplaceTable("Micro-learning"), MarketplaceTable("Simulations")),
        ),
    )
    return EventSummary(
        **{"id": "e", "title": "Regional Workshop 2017", "sessions": sessions, **values}
    )


def test_numbers_as_the_language_writes_them_and_no_summed_delegates(tmp_path: Path) -> None:
    for language, written in [("en", "14,900"), ("fr", "14 900"), ("es", "14.900")]:
        out = export_event_summary(
            _event(participants=14_900, language=language), tmp_path / f"{language}.pdf"
        )
        text = pdf_text(out).replace("\u00a0", " ")
        assert written in text and "14900" not in text
    assert "172" not in pdf_text(tmp_path / "en.pdf")  # 80 + 92: the same people, twice?


def test_notes_only_when_asked(tmp_path: Path) -> None:
    plain = pdf_text(export_event_summary(_event(), tmp_path / "plain.pdf"))
    asked = pdf_text(
        export_event_summary(_event(), tmp_path / "notes.pdf", SummaryOptions(notes=True))
    )
    assert "mic failed" not in plain and "mic failed" in asked


def test_a_marketplace_of_topics_alone_has_no_empty_columns(tmp_path: Path) -> None:
    text = pdf_text(export_event_summary(_event(), tmp_path / "market.pdf"))
    assert "Micro-learning" in text and "Ideas" not in text and "Host" not in text


def test_the_title_is_not_said_again_in_other_words(tmp_path: Path) -> None:
    summary = _event(
        title="Humanitarian Network and Partnership Week (HNPW) 2017",
        series="Humanitarian Networks and Partnerships Week",
        kind="Networks and partnerships week",
        description="Summary of UN-CMCoord Events. Thank you all.",
    )
    text = pdf_text(export_event_summary(summary, tmp_path / "title.pdf"))
    assert text.lower().count("summary of un-cmcoord events") == 1
    assert "Partnerships Week" not in text
    other = pdf_text(export_event_summary(_event(series="LEP"), tmp_path / "lep.pdf"))
    assert "LEP" in other and "Summary of UN-CMCoord events" in other


def test_dates_in_the_contents_never_split_across_lines(tmp_path: Path) -> None:
    long = "Learning together, Responding together: How can we ensure field effectiveness"
    sessions = tuple(
        SessionSummary(id=f"s{n}", title=long + " x" * n, date=dt.date(2017, 2, 8))
        for n in range(12)
    )
    out = export_event_summary(
        EventSummary(id="e", title="T", sessions=sessions), tmp_path / "c.pdf"
    )
    with pdfplumber.open(out) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    for line in lines:
        assert not line.endswith(" 8") and not line.startswith("February"), line


def test_a_rule_is_never_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    sessions = tuple(
        SessionSummary(
            id=f"s{n}", title=f"Session {n}", outcomes=("An outcome. " * (n % 7 + 1),) * 3
        )
        for n in range(40)
    )
    out = export_event_summary(
        EventSummary(id="e", title="T", sessions=sessions), tmp_path / "r.pdf"
    )
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            rules = [r for r in page.rects + page.lines if r.get("linewidth", 0) > 1]
            words = page.extract_words()
            body = [w for w in words if w["bottom"] < page.height - 60]
            for rule in rules:
                below = [w for w in body if w["top"] > rule["bottom"]]
                assert below, f"a rule alone at the foot of page {page.page_number}"


def test_sessions_of_a_track_come_under_its_heading_once(tmp_path: Path) -> None:
    track = "UN-CMCoord Thematic Sessions at HNPW"
    sessions = (
        SessionSummary(id="a", title="Annual Meeting"),
        SessionSummary(id="b", title="From Policy to Practice", track=track),
        SessionSummary(id="c", title="Data Revolution", track=track),
    )
    text = pdf_text(
        export_event_summary(EventSummary(id="e", title="T", sessions=sessions), tmp_path / "t.pdf")
    )
    body = text[
        text.index("Annual Meeting", text.index("Annual Meeting") + 1) :
    ]  # after the contents
    assert body.count(track) == 1
    assert (
        body.index("Annual Meeting")
        < body.index(track)
        < body.index("From Policy")
        < body.index("Data Revolution")
    )
