"""A slide restored from the Trash after every laptop gave its image up: the web page, Word
document and Markdown print its caption with "(slide removed)" in the summary's language, and
no image, empty picture or "cannot be shown" note that would read as a broken slide.

A real store: the slide is added, deleted, its bytes given way to their marker by the function
the sync's clean-up calls (core/slide_store.py), and restored from the Trash.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import lxml.html
import pytest
from PIL import Image

from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Attachment
from cmcoord_desktop.core.slide_store import drop_slide_bytes
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.docx_summary import summary_docx
from cmcoord_desktop.export.html_summary import summary_html
from cmcoord_desktop.export.markdown_summary import summary_markdown
from cmcoord_desktop.export.summary_data import EventSummary, gather_event_summary


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 180), "#3a6ea5").save(out, "PNG")
    return out.getvalue()


def removed_slide_summary(data_dir: Path, language: str, caption: str = "Map") -> EventSummary:
    """An event with two slides: one kept, one whose image every laptop gave up, restored."""
    with Store(data_dir) as store:
        event = repo.create_event(store, title="HNPW 2017", language=language)
        session = repo.create_session(store, event.id, title="Dangerous work")
        repo.add_attachment(store, session.id, png(), "kept.png", "image/png", "Kept")
        slide = repo.add_attachment(store, session.id, png(), "slide.png", "image/png", caption)
        repo.delete(store, Attachment, slide.id)
        assert drop_slide_bytes(store, [slide.id]) == [slide.id]
        repo.restore(store, Attachment, slide.id)
        restored = repo.get(store, Attachment, slide.id)
        assert not restored.deleted and restored.data == b""
        return gather_event_summary(store, event.id)


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "Presentation: Map (slide removed)"), ("fr", "(diapositive supprimée)")],
)
def test_web_page_prints_the_caption_and_says_the_slide_was_removed(
    tmp_path: Path, language: str, said: str
) -> None:
    summary = removed_slide_summary(tmp_path, language)
    page = lxml.html.document_fromstring(summary_html(summary))
    figures = page.findall(".//figure")
    assert len(figures) == 2
    kept, removed = figures
    assert len(kept.findall(".//img")) == 1  # the kept slide is shown as before
    assert removed.findall(".//img") == [] and removed.findall(".//a") == []
    assert removed.find_class("image-note") == []
    text = " ".join(removed.text_content().split())
    assert said in text and "Map" in text
    assert "cannot be shown" not in text and "slide.png" not in text


def test_word_document_prints_the_caption_and_says_the_slide_was_removed(tmp_path: Path) -> None:
    summary = removed_slide_summary(tmp_path, "es")
    document = docx.Document(io.BytesIO(summary_docx(summary)))
    texts = [p.text for p in document.paragraphs]
    assert "Presentación: Map (diapositiva eliminada)" in texts, texts
    assert not any("slide.png" in t or "no se puede mostrar" in t for t in texts)
    assert len(document.inline_shapes) == 1  # only the kept slide's picture


def test_markdown_says_the_slide_was_removed(tmp_path: Path) -> None:
    summary = removed_slide_summary(tmp_path, "en", caption="")
    text = summary_markdown(summary)
    assert "*Presentation (slide removed)*" in text
    assert "cannot be shown" not in text
