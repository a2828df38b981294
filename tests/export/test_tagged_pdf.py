"""Summaries are tagged PDF/UA-1: checked by the `pdfua` validator and by our own reading of the
structure tree (reading order, every painted thing tagged or an Artifact, links, figures)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pikepdf
import pytest
from pdfua import Severity, validate

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import (
    EventSummary,
    NextStep,
    SessionSummary,
    find_event,
    gather_event_summary,
)
from tests.export.pdf_structure import PAINTING, read_content, structure
from tests.export.test_hostile_text import hostile_summary
from tests.export.test_languages import OUTCOMES

DEMO_TITLE = "Humanitarian Network and Partnership Week (HNPW) 2017"
CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def squeezed(text: str) -> str:
    """As typed, minus bidi controls (they print nothing) and whitespace (line breaks)."""
    return "".join(unicodedata.normalize("NFC", text).translate(CONTROLS).split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[EventSummary, Path]:
    folder = tmp_path_factory.mktemp("tagged")
    with Store(folder / "data") as store:
        load_demo_workshop(store)
        summary = gather_event_summary(store, find_event(store, DEMO_TITLE).id)
    return summary, export_event_summary(summary, folder / "demo.pdf")


def six_languages() -> EventSummary:
    sessions = tuple(
        SessionSummary(
            id=f"s{language}",
            title=f"Session {language}",
            outcomes=(outcome,),
            next_steps=(NextStep(outcome, "CMCS"),),
        )
        for language, outcome in OUTCOMES.items()
    )
    return EventSummary(id="e", title="Six languages", sessions=sessions)


@pytest.fixture(scope="module")
def summaries(
    demo, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[EventSummary, Path]]:
    folder = tmp_path_factory.mktemp("tagged-more")
    image = folder / "private.png"
    image.write_bytes(b"not an image")
    made = {"demo": demo}
    for name, summary in [
        ("six", six_languages()),
        ("arabic", EventSummary(**{**six_languages().__dict__, "language": "ar", "title": "ملخص"})),
        ("hostile", hostile_summary(image)),
    ]:
        made[name] = (summary, export_event_summary(summary, folder / f"{name}.pdf"))
    return made


@pytest.mark.parametrize("name", ["demo", "six", "arabic", "hostile"])
def test_the_pdfua_validator_finds_nothing(summaries, name: str) -> None:
    _, out = summaries[name]
    report = validate(str(out))
    findings = [(f.rule_id, f.message) for f in report.findings if f.severity != Severity.INFO]
    assert findings == [] and report.exit_code == 0


@pytest.mark.parametrize("name", ["demo", "six", "arabic", "hostile"])
def test_everything_painted_is_tagged_or_an_artifact(summaries, name: str) -> None:
    _, out = summaries[name]
    content = read_content(out)
    assert content.unmarked == []
    with pikepdf.open(out) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert str(root.Lang)
        nums = list(root.StructTreeRoot.ParentTree.Nums)
        tree = dict(zip(nums[0::2], nums[1::2], strict=True))
        for index, page in enumerate(pdf.pages):
            slots = tree[int(page.obj.StructParents)]
            for page_index, mcid in content.mcids:
                if page_index == index:
                    assert slots[mcid].Type == "/StructElem"
            for annotation in page.obj.get("/Annots", []):
                assert int(annotation.F) & 4  # printed
                assert str(annotation.Contents)
                link = tree[int(annotation.StructParent)]
                assert link.S == "/Link"
                assert any(kid.get("/Type") == "/OBJR" for kid in link.K)


@pytest.mark.parametrize("name", ["demo", "six", "arabic", "hostile"])
def test_every_marked_content_sequence_paints_something(summaries, name: str) -> None:
    """No MCID marks nothing (a list item's body once opened an empty one before its number:
    an entry of the parent tree and a kid of the element per list item, for nothing)."""
    _, out = summaries[name]
    empty = []
    with pikepdf.open(out) as pdf:
        for index, page in enumerate(pdf.pages):
            stack: list[list[object]] = []  # [MCID or None, painted]
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    props = operands[1] if op == "BDC" else None
                    mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                    stack.append([None if mcid is None else int(mcid), False])
                elif op == "EMC":
                    mcid, painted = stack.pop()
                    if mcid is not None and not painted:
                        empty.append((index, mcid))
                elif op in PAINTING:
                    for mark in stack:
                        mark[1] = True
    assert empty == []


def _reading_text(out: Path) -> str:
    return squeezed(structure(out).all_text())


def test_demo_reads_in_order_without_footers(summaries) -> None:
    summary, out = summaries["demo"]
    text = _reading_text(out)
    assert "Page1of" not in text
    position = text.index(squeezed(summary.title))
    for session in summary.sessions:
        position = text.index(squeezed(session.title), position)
        for item in [*session.outcomes, *(s.text for s in session.next_steps)]:
            position = text.index(squeezed(item), position)


@pytest.mark.parametrize("name", ["six", "arabic"])
def test_every_language_reads_back_exactly_as_typed(summaries, name: str) -> None:
    summary, out = summaries[name]
    text = _reading_text(out)
    position = 0
    for session in summary.sessions:
        position = text.index(squeezed(session.outcomes[0]), position)


def test_headings_lists_tables_figures_and_languages(summaries) -> None:
    summary, out = summaries["demo"]
    tree = structure(out)
    roles = [e.role for e in tree.walk()]
    assert tree.role == "Document" and roles.count("H1") == 1
    # Sessions are H2, or H3 under the H2 of the track they are grouped in.
    headings = [(e.role, squeezed(e.all_text())) for e in tree.walk() if e.role in ("H2", "H3")]
    titles = {squeezed(s.title) for s in summary.sessions}
    assert [squeezed(s.title) for s in summary.sessions] == [t for _, t in headings if t in titles]
    assert ("H2", squeezed("UN-CMCoord Thematic Sessions at HNPW")) in headings
    for session in summary.sessions:
        role = next(r for r, t in headings if t == squeezed(session.title))
        assert role == ("H3" if session.track else "H2")
    assert {"H3", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "TOC", "TOCI"} <= set(roles)
    for item in (e for e in tree.walk() if e.role == "LI"):
        assert [k.role for k in item.kids] == ["Lbl", "LBody"]
        assert item.kids[0].text.rstrip(".").isdigit()
    figures = [e for e in tree.walk() if e.role == "Figure"]
    assert figures and all(f.alt for f in figures)
    six = structure(summaries["six"][1])
    bodies = {e.lang for e in six.walk() if e.role == "LBody"}
    assert {"ar", "zh", "ru"} <= bodies  # in an English summary


def test_a_slide_without_caption_is_described_by_its_session(tmp_path: Path) -> None:
    from cmcoord_desktop.export.summary_data import Slide
    from tests.export.test_hostile_text import huge_flat_png

    slide = Slide(huge_flat_png(40, 30), "s.png", "image/png", "")
    summary = EventSummary(
        id="e",
        title="T",
        sessions=(SessionSummary(id="s", title="Data Revolution", slides=(slide,)),),
    )
    out = export_event_summary(summary, tmp_path / "slide.pdf")
    (figure,) = [e for e in structure(out).walk() if e.role == "Figure"]
    assert figure.alt == "Presentation slide of Data Revolution"
