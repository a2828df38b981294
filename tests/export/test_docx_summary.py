"""The Word document read back with python-docx, and converted by LibreOffice as a colleague's
word processor would open it."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from cmcoord_desktop.export.docx_events import export_event_docx
from cmcoord_desktop.export.docx_summary import summary_docx
from cmcoord_desktop.export.summary_data import EventSummary, SessionSummary
from cmcoord_desktop.export.summary_options import SummaryOptions
from tests.export.docs_pages import six_languages
from tests.export.summaries import demo_summary
from tests.export.test_hostile_text import hostile_summary, local_image

__all__ = ["local_image"]


# The hostile notes are the point here; a summary prints notes only when asked.
WITH_NOTES = SummaryOptions(notes=True)


def _read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def _list_id(paragraph) -> int | None:
    numbers = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    return None if numbers is None else numbers.numId.val


def test_real_styles_for_title_headings_and_lists() -> None:
    summary = demo_summary()
    document = _read(summary_docx(summary))
    assert _styled(document, "Title") == [summary.title]
    # A session is a Heading 1, or a Heading 2 under its track's Heading 1, as on the web page.
    sessions = [
        p.text
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "Heading 2") and p.text[:1].isdigit()
    ]
    assert sessions == [f"{n}. {s.title}" for n, s in enumerate(summary.sessions, 1)]
    tracks = {s.track for s in summary.sessions if s.track}
    assert tracks and tracks <= set(_styled(document, "Heading 1"))
    listed = _styled(document, "List Number")
    for session in summary.sessions:
        for outcome in session.outcomes:
            assert outcome in listed
    assert document.core_properties.title == summary.title
    assert document.core_properties.language == "en-GB"
    assert document.core_properties.author


def test_each_numbered_list_starts_again_at_one() -> None:
    document = _read(summary_docx(demo_summary()))
    numbering = document.part.numbering_part.numbering_definitions._numbering
    ids: list[int] = []
    previous = None
    for paragraph in document.paragraphs:
        list_id = _list_id(paragraph) if paragraph.style.name == "List Number" else None
        if list_id is not None and list_id != previous:
            ids.append(list_id)
        previous = list_id
    assert len(ids) == len(set(ids)) > 4  # one numbering per list, never shared
    for list_id in ids:
        num = numbering.num_having_numId(list_id)
        starts = num.findall(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        assert [s.get(qn("w:val")) for s in starts] == ["1"]


def test_next_steps_carry_owner_due_date_and_status() -> None:
    document = _read(summary_docx(six_languages("en")))
    steps = [p for p in document.paragraphs if p.text.startswith("Design the humanitarian")]
    assert steps and steps[0].text.endswith(
        "\nOwner: CMCS · Due: 29\u00a0September\u00a02017 · Status: in progress"  # date kept whole
    )


def test_arabic_paragraphs_run_right_to_left_with_language_tags() -> None:
    document = _read(summary_docx(six_languages("en")))
    arabic = [p for p in document.paragraphs if p.text.startswith("أكد المشاركون")]
    assert len(arabic) == 1
    paragraph = arabic[0]
    assert paragraph._p.pPr.find(qn("w:bidi")) is not None
    runs = paragraph.runs
    rtl = [r for r in runs if r._r.rPr.find(qn("w:rtl")) is not None]
    ltr = [r for r in runs if r._r.rPr.find(qn("w:rtl")) is None]
    assert rtl and all(r._r.rPr.find(qn("w:lang")).get(qn("w:bidi")) == "ar-SA" for r in rtl)
    assert all(r._r.rPr.rFonts.get(qn("w:cs")) for r in rtl)
    assert "OCHA" in "".join(r.text for r in ltr)  # the Latin word is its own left-to-right run
    chinese = [p for p in document.paragraphs if p.text.startswith("九十二名代表")][0]
    for run in chinese.runs:
        assert run._r.rPr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
        assert run._r.rPr.rFonts.get(qn("w:eastAsia"))
    english = [p for p in document.paragraphs if p.text.startswith("Ninety-two")][0]
    assert english._p.pPr.find(qn("w:bidi")) is None


def test_arabic_document_is_right_to_left_throughout() -> None:
    document = _read(summary_docx(six_languages("ar")))
    assert document.core_properties.language == "ar-SA"
    headings = [p for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[0].text == "النتائج الرئيسية"
    assert headings[0]._p.pPr.find(qn("w:bidi")) is not None
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in document.tables)


def test_slides_have_alt_text_and_unshowable_ones_a_note(local_image: Path) -> None:
    document = _read(summary_docx(hostile_summary(local_image)))
    pictures = document.element.body.findall(".//" + qn("wp:docPr"))
    assert [p.get("descr") for p in pictures] == ["A very tall slide"]
    notes = [p.text for p in document.paragraphs if "cannot be shown" in p.text]
    assert notes == [
        "This image cannot be shown (huge.png).",
        "This image cannot be shown (broken.png).",
    ]


def test_hostile_text_is_kept_as_text(local_image: Path) -> None:
    document = _read(summary_docx(hostile_summary(local_image), WITH_NOTES))
    text = "\n".join(p.text for p in document.paragraphs)
    for literal in [
        f'<img src="{local_image}"/>',
        '<a href="javascript:alert(1)">click me</a>',
        "<script>alert(1)</script>",
        "emoji 😀🇺🇳",
    ]:
        assert literal in text
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "x" * 20_000 in cells and "<idea/>" in cells
    assert not document.part.rels or all(
        "hyperlink" not in rel.reltype and not rel.is_external
        for rel in document.part.rels.values()
    )


def test_a_huge_outcome_and_a_long_url_are_kept_whole() -> None:
    outcome = "lorem ipsum " * 9_000 + "THE END"
    url = "https://example.org/" + "a" * 5_000
    summary = EventSummary(
        id="e",
        title="Long",
        sessions=(SessionSummary(id="s", title="S", outcomes=(outcome, url)),),
    )
    listed = _styled(_read(summary_docx(summary)), "List Number")
    assert listed == [outcome, url]


@pytest.mark.slow
def test_libreoffice_opens_it_with_headings_lists_and_right_to_left_arabic(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (libreoffice-writer-nogui) is needed, see .ci/run"
    source = export_event_docx(six_languages("en"), tmp_path / "six.docx")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    import pdfplumber

    with pdfplumber.open(tmp_path / "six.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        words = [w for page in pdf.pages for w in page.extract_words()]
        width = pdf.pages[0].width
    assert "UN-CMCoord Regional Workshop 2017" in " ".join(text.split())
    assert "Key outcomes" in text and "1. Ninety-two delegates" in " ".join(text.split())
    # The Arabic outcome's words stand at the right of the page, the English ones at the left.
    arabic_rights = [
        w["x1"] for w in words if unicodedata.normalize("NFKC", w["text"][::-1]) == "المشاركون"
    ]
    english_lefts = [w["x0"] for w in words if w["text"] == "Ninety-two"]
    assert arabic_rights and english_lefts
    assert min(arabic_rights) > width * 0.6 and max(english_lefts) < width * 0.3


def test_an_svg_slide_is_never_embedded_in_any_format(tmp_path: Path) -> None:
    from cmcoord_desktop.export.email_summary import summary_email
    from cmcoord_desktop.export.markdown_summary import export_event_markdown
    from cmcoord_desktop.export.summary_data import Slide

    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><image href="file:///x"/></svg>'
    )
    summary = EventSummary(
        id="e",
        title="E",
        sessions=(
            SessionSummary(id="s", title="S", slides=(Slide(svg, "a.svg", "image/png", "A"),)),
        ),
    )
    document = _read(summary_docx(summary))
    assert not document.element.body.findall(".//" + qn("wp:docPr"))
    assert "This image cannot be shown (a.svg)." in [p.text for p in document.paragraphs]
    markdown = export_event_markdown(summary, tmp_path / "s.md").read_text(encoding="utf-8")
    assert "*This image cannot be shown (a.svg).*" in markdown
    assert not (tmp_path / "s-images").exists()
    message = summary_email(summary)
    assert not [p for p in message.walk() if p.get_content_maintype() == "image"]
