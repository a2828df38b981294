"""Several events in one summary, as the reference page lists them: upcoming, then past, each
event whole (facts, contents, sessions under their track), in every format that offers it,
read back from the files the command line writes."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest
from pdfua import Severity, validate

from cmcoord_desktop.cli import main
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.export.summary_data import EventSummary, events_summary, find_event
from tests.export.pdf_structure import structure
from tests.export.summaries import DEMO_EVENTS, DEMO_TITLE, REFERENCE_DAY

TRACK = "UN-CMCoord Thematic Sessions at HNPW"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("several") / "data"
    with Store(folder) as store:
        load_demo_workshop(store)
    return folder


def export(folder: Path, out: Path, *extra: str, events: tuple[str, ...] = DEMO_EVENTS) -> int:
    fmt = out.suffix.lstrip(".")
    fmt = {"eml": "email"}.get(fmt, fmt)
    return main(
        ["--data-dir", str(folder), "export", *events, "--format", fmt, "--out", str(out)]
        + list(extra)
    )


def in_order(text: str, words: list[str]) -> None:
    """Each of `words` found after the one before it (ValueError when one is not)."""
    position = 0
    for word in words:
        position = text.index(word, position) + len(word)


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(entries: list, depth: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                found.append((depth, entry.title))

    walk(reader.outline, 0)
    return found


def test_upcoming_soonest_first_past_latest_first_undated_last() -> None:
    def event(title: str, start: dt.date | None) -> EventSummary:
        return EventSummary(id=title, title=title, start_date=start)

    today = dt.date(2023, 1, 1)
    summary = events_summary(
        [
            event("undated", None),
            event("2017", dt.date(2017, 2, 6)),
            event("far", dt.date(2024, 5, 1)),
            event("today", today),  # its first day is not after today: it is no longer upcoming
            event("soon", dt.date(2023, 4, 17)),
            event("later 2017", dt.date(2017, 11, 4)),
        ],
        today,
    )
    assert [e.title for e in summary.upcoming] == ["soon", "far"]
    assert [e.title for e in summary.past] == ["today", "later 2017", "2017", "undated"]
    assert [kind for kind, _ in summary.sections()] == ["upcoming", "past"]


@pytest.fixture(scope="module")
def several_pdf(demo_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("several-pdf") / "events.pdf"
    assert export(demo_folder, out, "--as-of", REFERENCE_DAY.isoformat()) == 0
    return out


def test_the_pdf_reads_like_the_reference_page(several_pdf: Path) -> None:
    reader = pypdf.PdfReader(several_pdf)
    outline = _outline(reader)
    # Sections, their events under them, each event's sessions under it.
    assert outline[:5] == [
        (0, "Upcoming events"),
        (1, "Leading Edge Programme"),
        (0, "Past events"),
        (1, "Revision of the UN-CMCoord Field Handbook"),
        (1, DEMO_TITLE),
    ]
    sessions = [title for depth, title in outline if depth == 2]
    assert len(sessions) == 5 and sessions[1].startswith("From Policy to Practice")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    order = [
        "UN-CMCoord events",
        "Upcoming events",
        "Leading Edge Programme",
        "Past events",
        "Revision of the UN-CMCoord Field Handbook",
        "Humanitarian Network and Partnership Week",
        TRACK,
        "Data Revolution",
    ]
    in_order(text, order)
    assert "Delegates 294" not in text and "Numbers" not in text  # no per-event totals here


def test_the_pdf_is_tagged_with_headings_under_their_sections(several_pdf: Path) -> None:
    report = validate(str(several_pdf))
    findings = [(f.rule_id, f.message) for f in report.findings if f.severity != Severity.INFO]
    assert findings == [] and report.exit_code == 0
    headings = [
        (e.role, " ".join(e.text.split()))
        for e in structure(several_pdf).walk()
        if re.fullmatch(r"H\d", e.role)
    ]
    assert headings[:4] == [
        ("H1", "UN-CMCoord events"),
        ("H2", "Upcoming events"),
        ("H3", "Leading Edge Programme"),
        ("H2", "Past events"),
    ]
    levels = [int(role[1]) for role, _ in headings]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))  # none skipped
    assert ("H4", TRACK) in headings


def test_the_pdf_carries_every_events_records(several_pdf: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "import", str(several_pdf)]) == 0
    with Store(fresh) as store:
        titles = sorted(e.title for e in repository.events(store))
        hnpw = find_event(store, DEMO_TITLE)
        assert len(repository.children(store, Session, hnpw.id)) == 5
    assert titles == sorted(DEMO_EVENTS)


def test_as_of_today_the_demo_events_are_all_past(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "today.txt"
    assert export(demo_folder, out) == 0  # the demo's events were all over by 2024
    text = out.read_text(encoding="utf-8")
    assert "UPCOMING EVENTS" not in text
    past = text.index("PAST EVENTS")
    assert past < text.index("Leading Edge Programme") < text.index("Revision of the UN-CMCoord")


def test_plain_text_lists_sections_events_and_tracks(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.txt"
    assert export(demo_folder, out, "--as-of", "2023-01-01") == 0
    text = out.read_text(encoding="utf-8")
    order = ["UPCOMING EVENTS", "Leading Edge Programme", "PAST EVENTS", "Prague", DEMO_TITLE]
    order += [TRACK, "Data Revolution"]
    in_order(text, order)
    assert "Participants: 12" in text


class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.levels: list[int] = []
        self.ids: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if tag == "a" and str(values.get("href", "")).startswith("#"):
            self.links.append(str(values["href"])[1:])


def test_web_page_nests_headings_and_keeps_ids_apart(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.html"
    assert export(demo_folder, out, "--as-of", "2023-01-01") == 0
    page = out.read_text(encoding="utf-8")
    parsed = _Headings()
    parsed.feed(page)
    assert parsed.levels[:4] == [1, 2, 3, 2]
    assert all(b <= a + 1 for a, b in zip(parsed.levels, parsed.levels[1:], strict=False))
    assert len(parsed.ids) == len(set(parsed.ids))
    assert set(parsed.links) <= set(parsed.ids)  # every contents link and slide link lands
    assert page.index("Upcoming events") < page.index("Leading Edge") < page.index("Past events")
    assert f">{TRACK}</h4>" in page


def test_markdown_nests_headings_and_names_slides_apart(demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.md"
    assert export(demo_folder, out, "--as-of", "2023-01-01") == 0
    text = out.read_text(encoding="utf-8")
    levels = [len(m[1]) for m in re.finditer(r"^(#+) ", text, re.MULTILINE)]
    assert levels[:4] == [1, 2, 3, 2]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))
    assert f"#### {TRACK}" in text
    images = sorted(p.name for p in (tmp_path / "events-images").iterdir())
    assert len(images) == len(set(images)) == 2
    for name in images:
        assert f"events-images/{name}" in text


def test_word_nests_sections_events_tracks_and_sessions(demo_folder: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "events.docx"
    assert export(demo_folder, out, "--as-of", "2023-01-01") == 0
    document = docx.Document(str(out))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith(("Title", "Heading"))
    ]
    assert headings[0] == ("Title", "UN-CMCoord events")
    names = [text for _, text in headings]
    in_order(" | ".join(names), ["Upcoming events", *DEMO_EVENTS[:1], "Past events"])
    level = dict((text, style) for style, text in headings)
    assert level["Upcoming events"] == level["Past events"] == "Heading 1"
    assert all(level[title] == "Heading 2" for title in DEMO_EVENTS)
    assert level[TRACK] == "Heading 3"
    under_track = [t for s, t in headings if s == "Heading 4" and t[:1].isdigit()]
    assert len(under_track) == 4 and under_track[0].startswith("2. ")
    # No heading jumps more than one level down (the navigation pane's tree holds).
    depth = [0 if s == "Title" else int(s.split()[-1]) for s, _ in headings]
    assert all(b <= a + 1 for a, b in zip(depth, depth[1:], strict=False))
    assert any(p.style.name == "List Number" for p in document.paragraphs)


def test_email_holds_every_event_in_both_parts(demo_folder: Path, tmp_path: Path) -> None:
    import email
    from email import policy

    out = tmp_path / "events.eml"
    assert export(demo_folder, out, "--as-of", "2023-01-01", "--attach-pdf") == 0
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["Subject"] == "UN-CMCoord events"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for text in (plain, " ".join(html.split())):  # the plain text's sections are in capitals
        words = ["Upcoming events", DEMO_EVENTS[0], "Past events", *DEMO_EVENTS[1:]]
        in_order(text.casefold(), [w.casefold() for w in words])
    related = [p for p in message.walk() if p.get_content_maintype() == "image"]
    cids = [p["Content-ID"] for p in related]
    assert len(cids) == len(set(cids)) == 2 and all(c[1:-1] in html for c in cids)
    attached = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(attached) == 1


def test_sessions_belong_to_one_event(
    demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.pdf"
    assert export(demo_folder, out, "--sessions", "Data Revolution") == 2
    assert "--sessions" in capsys.readouterr().err and not out.exists()


def test_notes_print_only_when_asked(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store(folder) as store:
        load_demo_workshop(store)
        event = find_event(store, DEMO_TITLE)
        session = repository.children(store, Session, event.id)[0]
        repository.update(store, type(session), session.id, notes="Internal: ask Norway again")
    for extra, shown in [((), False), (("--notes",), True)]:
        for suffix in (".pdf", ".txt", ".html", ".md"):
            out = tmp_path / f"notes{len(extra)}{suffix}"
            assert export(folder, out, *extra, events=(DEMO_TITLE,)) == 0
            if suffix == ".pdf":
                text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(out).pages)
            else:
                text = out.read_text(encoding="utf-8")
            assert ("ask Norway again" in " ".join(text.split())) is shown, (suffix, extra)


def test_the_command_line_titles_a_summary_of_several_events(
    demo_folder: Path, tmp_path: Path
) -> None:
    untitled, titled = tmp_path / "untitled.md", tmp_path / "titled.md"
    assert export(demo_folder, untitled, "--as-of", "2023-01-01") == 0
    assert export(demo_folder, titled, "--as-of", "2023-01-01", "--title", "CMCoord in 2017") == 0
    assert untitled.read_text(encoding="utf-8").startswith("# UN-CMCoord events")
    first_line = titled.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# CMCoord in 2017"
