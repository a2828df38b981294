"""Write an event summary as an e-mail (.eml): plain text and HTML alternatives, slides as
related images, and the PDF attached when asked.

Mail programs block `data:` images and strip style sheets, so the HTML part is the page's body
alone with its slides as `cid:` parts. `X-Unsent: 1` makes Outlook open the file as a draft to
send; other programs open it as a message to forward.
"""

from __future__ import annotations

import re
import secrets
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.export.events_words import events_words_for
from cmcoord_desktop.export.headings import headings_for
from cmcoord_desktop.export.html_event import PageOptions
from cmcoord_desktop.export.html_summary import summary_article
from cmcoord_desktop.export.plain_text import is_right_to_left, safe_line
from cmcoord_desktop.export.plain_text_summary import summary_plain_text
from cmcoord_desktop.export.slide_images import ShownSlide
from cmcoord_desktop.export.summary_data import EventsSummary, EventSummary
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions

# Message ids and content ids name a domain; ours must not name this machine.
_DOMAIN = "cmcoord-desktop.invalid"
_SUBJECT_LENGTH = 200


class _RelatedImages:
    """Slides as parts of the message, referred to by content id."""

    linkable = False

    def __init__(self) -> None:
        self.parts: list[tuple[str, str, ShownSlide]] = []

    def add(self, session_number: int, slide_number: int, slide: ShownSlide) -> str:
        # Short enough that the header is never folded (some mail programs lose a folded id).
        cid = f"<slide-{session_number}-{slide_number}.{secrets.token_hex(6)}@{_DOMAIN}>"
        name = f"session-{session_number}-slide-{slide_number}.{slide.extension}"
        self.parts.append((cid, name, slide))
        return f"cid:{cid[1:-1]}"


def file_name_for(title: str, extension: str) -> str:
    """A file name from the event's title that every mail program and disk accepts."""
    stem = re.sub(r"[^\w.-]+", "-", safe_line(title), flags=re.UNICODE).strip("-.")[:80]
    return f"{stem or 'summary'}.{extension}"


def _mail_html(
    summary: EventSummary | EventsSummary, options: SummaryOptions, images: _RelatedImages
) -> str:
    article = summary_article(summary, options, PageOptions(body_only=True), images)
    language = article.get("lang") or "en"
    html = ET.Element("html", lang=language, dir="rtl" if is_right_to_left(language) else "ltr")
    head = ET.SubElement(html, "head")
    ET.SubElement(head, "meta", charset="utf-8")
    ET.SubElement(head, "title").text = _title(summary)
    ET.SubElement(html, "body").append(article)
    return "<!DOCTYPE html>\n" + ET.tostring(html, encoding="unicode", method="html") + "\n"


def _title(summary: EventSummary | EventsSummary) -> str:
    """The subject: the event's title, or for several events the summary's own title."""
    if isinstance(summary, EventsSummary):
        return safe_line(summary.shown_title) or events_words_for(summary.language).title
    return safe_line(summary.title) or headings_for(summary.language).summary


def summary_email(
    summary: EventSummary | EventsSummary,
    options: SummaryOptions | None = None,
    attach_pdf: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> EmailMessage:
    options = options or SummaryOptions()
    title = _title(summary)
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = title if len(title) <= _SUBJECT_LENGTH else title[:199] + "…"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=_DOMAIN)
    message["Content-Language"] = (summary.language or "en").strip() or "en"
    message["X-Unsent"] = "1"
    message.set_content(summary_plain_text(summary, options), cte="quoted-printable")
    images = _RelatedImages()
    message.add_alternative(_mail_html(summary, options, images), subtype="html")
    html_part = message.get_body(("html",))
    assert isinstance(html_part, EmailMessage)  # the part just added
    for cid, name, slide in images.parts:
        maintype, subtype = slide.mime.split("/", 1)
        html_part.add_related(
            slide.data, maintype, subtype, cid=cid, filename=name, disposition="inline"
        )
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")
    if attach_pdf:
        message.add_attachment(
            _pdf_bytes(summary, options, cancelled),
            maintype="application",
            subtype="pdf",
            filename=file_name_for(title, "pdf"),
        )
    return message


def _pdf_bytes(
    summary: EventSummary | EventsSummary,
    options: SummaryOptions,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    from cmcoord_desktop.export.pdf_summary import export_event_summary

    with tempfile.TemporaryDirectory(prefix="cmcoord-mail-") as folder:
        pdf = export_event_summary(summary, Path(folder) / "summary.pdf", options, None, cancelled)
        return pdf.read_bytes()


def export_event_email(
    summary: EventSummary | EventsSummary,
    out: Path,
    options: SummaryOptions | None = None,
    attach_pdf: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the summary as an .eml file at `out`, replacing it only once complete."""
    out = Path(out)
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")
    if progress is not None:
        progress(0, 2)
    message = summary_email(summary, options, attach_pdf, cancelled)
    write_atomically(out, message.as_bytes())
    if progress is not None:
        progress(2, 2)
    return out
