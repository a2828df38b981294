"""What the Export summary window hands its background runner: the formats it offers, the job
that writes a summary, the records a PDF carries and the file name it suggests."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from cmcoord_desktop.core import meta, sync_states
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.export.summary_data import EventsSummary, EventSummary
from cmcoord_desktop.export.summary_options import SummaryOptions
from cmcoord_desktop.ui.background import Cancelled, Progress, Work

# format: (what the Format list says, the save dialog's filter, the file's suffix)
FORMATS = {
    "pdf": ("PDF", QT_TRANSLATE_NOOP("ExportDialog", "PDF document (*.pdf)"), ".pdf"),
    "html": (
        QT_TRANSLATE_NOOP("ExportDialog", "Web page (for a website or CMS)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Web page (*.html)"),
        ".html",
    ),
    "docx": (
        QT_TRANSLATE_NOOP("ExportDialog", "Word (for comments and translators)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Word document (*.docx)"),
        ".docx",
    ),
    "md": (
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown (wikis, repositories)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"),
        ".md",
    ),
    "email": (
        QT_TRANSLATE_NOOP("ExportDialog", "E-mail (.eml, to send or forward)"),
        QT_TRANSLATE_NOOP("ExportDialog", "E-mail message (*.eml)"),
        ".eml",
    ),
}


def export_work(
    summary: EventSummary | EventsSummary,
    out: Path,
    options: SummaryOptions,
    file_format: str,
    records: bytes | None = None,
) -> Work:
    """The job that writes one summary (of one event or several), for the background runner:
    plain data in, the file's path out; it stops at the next session once cancelled (raising
    ExportCancelled)."""

    def work(progress: Progress, cancelled: Cancelled) -> Path:
        # Imported here, on the worker thread: ReportLab, python-docx and the rest stay out of
        # the window's start-up (write_summary imports only the one writer asked for).
        from cmcoord_desktop.export.commands import write_summary

        write_summary(
            summary,
            file_format,
            out,
            options,
            records=records,
            progress=lambda done, total: progress("", done, total),
            cancelled=cancelled,
        )
        return out

    return work


def session_count(summary: EventSummary | EventsSummary) -> int:
    if isinstance(summary, EventsSummary):
        return summary.sessions
    return len(summary.sessions)


def event_records_file(store: Store, event_ids: str | Sequence[str]) -> bytes:
    """The events' records as a records file, embedded in their PDF for `import summary.pdf`
    (as the command line's export does: the file's format belongs to sync/)."""
    from cmcoord_desktop.export.pdf_records import event_records
    from cmcoord_desktop.sync import shared_file

    chosen = event_records(sync_states.record_states(store), event_ids)
    return shared_file.encode(chosen, meta.device_names(store))


def file_name(title: str, extension: str) -> str:
    """The summary's suggested file name: its title, less what a disk refuses."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = " ".join(name.split()).strip(" .")[:80] or "summary"
    return f"{name} - summary{extension}"
