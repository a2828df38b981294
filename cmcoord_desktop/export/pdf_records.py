"""The records a summary PDF carries: which records belong to the exported event, and getting
them back out of a PDF (for `import summary.pdf`).

The records file embedded is the same as `export --all --format json` writes, cut down to the
event and everything under it (sessions, tables, items, attachments, tombstones included), as a
PDF/A-3 associated file. Reading it back checks only that it is there and of a sane size; the
records file itself is then checked as strictly as any other (sync/shared_file.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from cmcoord_desktop.core.words import translate
from cmcoord_desktop.export.pdf_finish import RECORDS_NAME

MAX_EMBEDDED_BYTES = 256 * 1024 * 1024
# Which fixed field names a record's parent, by kind (see core/models.py FIXED).
_PARENT_FIELDS = {
    "session": "event_id",
    "group": "session_id",
    "item": "parent",
    "attachment": "parent",
}


class EmbeddedRecordsError(ValueError):
    """The PDF carries no readable records (the message says why, in one sentence)."""


def event_records(
    records: Iterable[dict[str, Any]], event_ids: str | Collection[str]
) -> list[dict[str, Any]]:
    """The events' records and every record under them, in the order given (parents first)."""
    events = {event_ids} if isinstance(event_ids, str) else set(event_ids)
    wanted = set(events)
    chosen = []
    for record in records:
        kind = record.get("kind")
        if kind == "event":
            keep = record.get("id") in events
        else:
            keep = record.get("fixed", {}).get(_PARENT_FIELDS.get(str(kind), ""), None) in wanted
        if keep:
            wanted.add(record["id"])
            chosen.append(record)
    return chosen


def is_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(1024).lstrip().startswith(b"%PDF-")
    except OSError:
        return False


def embedded_records(path: Path) -> bytes:
    """The records file a summary PDF carries; EmbeddedRecordsError if it carries none."""
    import pikepdf

    name = Path(path).name
    try:
        with pikepdf.open(path) as pdf:
            attachment = pdf.attachments.get(RECORDS_NAME)
            if attachment is None:
                raise EmbeddedRecordsError(
                    translate(
                        "import",
                        "{file} is a PDF without CMCoord Desktop records (only summaries "
                        "exported by version 0.2 or later carry them).",
                    ).format(file=name)
                )
            stream = attachment.get_file().obj
            size = int(stream.get("/Length", 0))
            if size > MAX_EMBEDDED_BYTES:
                raise EmbeddedRecordsError(
                    translate(
                        "import", "{file} carries records too large to read ({size} bytes)."
                    ).format(file=name, size=f"{size:,}")
                )
            data = attachment.get_file().read_bytes()
    except EmbeddedRecordsError:
        raise
    except (pikepdf.PdfError, OSError, ValueError, KeyError) as exc:
        raise EmbeddedRecordsError(
            translate(
                "import", "{file} is a damaged PDF: its records cannot be read ({reason})."
            ).format(file=name, reason=exc)
        ) from None
    if len(data) > MAX_EMBEDDED_BYTES:
        raise EmbeddedRecordsError(
            translate("import", "{file} carries records too large to read.").format(file=name)
        )
    return bytes(data)
