"""Right in every direction: bidi controls as the Unicode algorithm says, one line ordering for
every line the summary sets, no character lost, long text and links cut only where they may be."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata
from pathlib import Path

import pdfplumber
import pypdf

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.glyph_report import missing_glyphs
from cmcoord_desktop.export.pdf_styles import chunk_text
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import EventSummary, SessionSummary
from tests.export.pdf_reading import normalised, pdf_text

CONTROLS = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _export(tmp_path: Path, *outcomes: str, language: str = "en", **session: object) -> Path:
    values = {"id": "s1", "title": "Session", "outcomes": outcomes, **session}
    summary = EventSummary(
        id="e1", title="Workshop", language=language, sessions=(SessionSummary(**values),)
    )
    return export_event_summary(summary, tmp_path / "summary.pdf")


def _words(path: Path) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        return [w for page in pdf.pages for w in page.extract_words(x_tolerance=1.5)]


def _logical(word: str) -> str:
    """A word as typed: an Arabic word's glyphs stand right to left, in presentation forms."""
    arabic = any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)
    return unicodedata.normalize("NFKC", word[::-1] if arabic else word)


def _x(words: list[dict], text: str) -> float:
    """Where the first word that reads `text` begins."""
    return next(w["x0"] for w in words if _logical(w["text"]) == text)


def _drawn_characters(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join(c["text"] for page in pdf.pages for c in page.chars)


def test_isolates_amid_arabic_export_and_keep_their_order(tmp_path: Path) -> None:
    # python-bidi's Python algorithm asserted "LRI not allowed here": the export crashed.
    out = _export(
        tmp_path, "قال \u2066OCHA 2017\u2069 ذلك", "وقال \u2067مرحبا\u2069 \u2068CMCS\u2069"
    )
    words = _words(out)
    assert _x(words, "قال") > _x(words, "OCHA") > _x(words, "ذلك")  # right to left
    assert _x(words, "OCHA") < _x(words, "2017")  # the isolate reads left to right inside
    assert not CONTROLS & set(_drawn_characters(out))


def test_embedded_latin_and_digits_read_forwards_in_an_arabic_summary(tmp_path: Path) -> None:
    out = _export(tmp_path, "قال \u202aOCHA 123\u202c ذلك", language="ar")
    text = pdf_text(out)
    assert "OCHA 123" in text and "AHCO" not in text and "321" not in text
    words = _words(out)
    assert _x(words, "قال") > _x(words, "OCHA") > _x(words, "ذلك")


def test_embedded_arabic_reads_right_to_left_in_an_english_summary(tmp_path: Path) -> None:
    out = _export(tmp_path, "He said \u202bمرحبا بكم\u202c today")
    words = _words(out)
    assert _x(words, "said") < _x(words, "بكم") < _x(words, "مرحبا") < _x(words, "today")


def test_bidi_controls_in_latin_text_steer_and_never_print(tmp_path: Path) -> None:
    out = _export(tmp_path, "left\u200e mark, \u202eabc\u202c override and \u2067x\u2069 end")
    drawn = _drawn_characters(out)
    assert not CONTROLS & set(drawn)
    assert "cba" in normalised(pdf_text(out))  # right-to-left override, as UAX #9 says


def test_an_arabic_title_in_an_english_contents_line_stays_before_its_date(
    tmp_path: Path,
) -> None:
    sessions = (
        SessionSummary(id="s1", title="التنسيق المدني العسكري", date=dt.date(2017, 2, 7)),
        SessionSummary(id="s2", title="Second session", date=dt.date(2017, 2, 8)),
    )
    summary = EventSummary(id="e", title="Workshop", sessions=sessions)
    out = export_event_summary(summary, tmp_path / "contents.pdf")
    with pdfplumber.open(out) as pdf:
        words = pdf.pages[0].extract_words(x_tolerance=1.5)
    first_line = min(
        (w for w in words if w["text"] == "1."), key=lambda w: w["top"]
    )  # the contents' first entry
    line = sorted(
        (w for w in words if abs(w["bottom"] - first_line["bottom"]) < 6), key=lambda w: w["x0"]
    )
    texts = [_logical(w["text"]) for w in line]
    assert texts[0] == "1."
    assert texts.index("التنسيق") > texts.index("العسكري")  # the title right to left
    assert max(texts.index(t) for t in ("التنسيق", "المدني", "العسكري")) < texts.index("7")
    assert texts[texts.index("7") : texts.index("7") + 3] == ["7", "February", "2017"]


def test_a_fact_line_with_an_arabic_format_keeps_its_parts_in_order(tmp_path: Path) -> None:
    out = _export(tmp_path, "x", format="حلقة نقاش", delegates=40, date=dt.date(2017, 2, 7))
    words = _words(out)
    assert _x(words, "Format:") < _x(words, "نقاش") < _x(words, "حلقة") < _x(words, "Delegates:")
    assert _x(words, "Delegates:") < _x(words, "40")


def test_characters_no_font_has_are_reported_and_kept_in_the_text_layer(
    tmp_path: Path,
) -> None:
    thai, math = "สวัสดี", "𝐀𝐁𝐂"
    summary = EventSummary(
        id="e",
        title="Workshop",
        sessions=(
            SessionSummary(
                id="s1", title="Glyphs", outcomes=("fine", f"Thai {thai} and math {math}")
            ),
        ),
    )
    out = export_event_summary(summary, tmp_path / "missing.pdf")
    text = pdf_text(out)
    assert thai in text and math in text
    (report,) = missing_glyphs(summary)
    assert report.record == 'session 1 "Glyphs", key outcome 2'
    assert set(report.characters) == set(thai + math)


def test_the_command_line_names_each_record_with_missing_glyphs(tmp_path: Path) -> None:
    with Store(tmp_path / "data") as store:
        event = repository.create_event(store, title="Glyph workshop")
        session = repository.create_session(store, event.id, title="Thai 1")
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "สวัสดี")
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "fine")
        repository.add_item(store, session.id, ItemKind.NEXT_STEP, "call 𝐀")
    out = tmp_path / "g.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--data-dir", str(tmp_path / "data")]
        + ["export", "Glyph workshop", "--format", "pdf", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2, lines
    assert "key outcome 1" in lines[0] and "สวัสดี"[0] in lines[0]
    assert "next step 1" in lines[1] and "U+1D400" in lines[1]


def test_long_text_is_split_only_after_a_sentence() -> None:
    text = " ".join(
        f"Sentence number {n} says something quite long, with commas." for n in range(400)
    )
    chunks = chunk_text(text)
    assert len(chunks) > 3 and " ".join(chunks) == text
    for chunk in chunks[:-1]:
        assert chunk.endswith("commas."), chunk[-40:]
    paragraphs = "\n".join(["a" * 2000, "b" * 2000, "c " * 1200])
    assert chunk_text(paragraphs)[0] == "a" * 2000


def test_a_long_paragraph_of_sentences_reads_back_whole(tmp_path: Path) -> None:
    text = " ".join(f"Point {n} is made here in full." for n in range(300))
    out = _export(tmp_path, text)
    pages = [page.extract_text().splitlines() for page in pypdf.PdfReader(out).pages]
    read = normalised("".join(line for page in pages for line in page[:-2]))  # no footer
    assert normalised(text) in read


URL = "https://vosocc.unocha.org/" + "-".join(["leading-edge-programme"] * 6) + "?lang=en"


def test_urls_are_links_and_never_cut_after_their_own_hyphens(tmp_path: Path) -> None:
    summary = EventSummary(
        id="e",
        title="Online",
        platform="Virtual OSOCC",
        platform_link="https://vosocc.unocha.org",
        sessions=(SessionSummary(id="s", title="S", outcomes=(f"See {URL} for more.",)),),
    )
    out = export_event_summary(summary, tmp_path / "links.pdf")
    lines = pdf_text(out).splitlines()
    start = next(
        i for i, line in enumerate(lines) if "https://vosocc.unocha.org/" in line and "See" in line
    )
    url_lines = lines[start : start + 4]
    assert URL in "".join(url_lines).replace("See ", "")
    for line in url_lines:
        assert not line.endswith("-"), url_lines
    targets = [
        annotation.get_object()["/A"]["/URI"]
        for page in pypdf.PdfReader(out).pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object() and "/URI" in annotation.get_object()["/A"]
    ]
    assert URL in targets and "https://vosocc.unocha.org" in targets


def test_item_numbers_line_up_from_item_ten_on(tmp_path: Path) -> None:
    out = _export(tmp_path, *[f"Outcome{n} text" for n in range(1, 13)])
    words = _words(out)
    starts = {w["text"]: w["x0"] for w in words if w["text"].startswith("Outcome")}
    assert len(starts) == 12
    assert max(starts.values()) - min(starts.values()) < 0.5
    ends = {w["text"]: w["x1"] for w in words if w["text"] in ("9.", "10.", "12.")}
    assert max(ends.values()) - min(ends.values()) < 0.5
