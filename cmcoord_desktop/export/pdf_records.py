"""The records a summary PDF carries: which records belong to the exported event, and getting
them back out of a PDF (for `import summary.pdf`).

The records file embedded is the same as `export --all --format json` writes, cut down to the
event and everything under it (sessions, tables, items, attachments, tombstones included), as a
PDF/A-3 associated file. Reading it back (with pypdf, pure Python: the bundle carries no qpdf)
checks only that it is there and of a sane size; the records file itself is then checked as
strictly as any other (sync/shared_file.py). pypdf inflates at most 75 MB of one stream by
default: larger records are refused as too large, as those over MAX_EMBEDDED_BYTES are.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from cmcoord_desktop.core.words import translate
from cmcoord_desktop.export.pdf_finish import RECORDS_NAME

MAX_EMBEDDED_BYTES = 256 * 1024 * 1024
_MAX_TREE_DEPTH = 32  # a name tree deeper than this is a hostile file, not a summary
# Which fixed field names a record's parent, by kind (see core/models.py FIXED).
_PARENT_FIELDS = {
    "session": "event_id",
    "group": "session_id",
    "item": "parent",
    "attachment": "parent",
}


log = logging.getLogger(__name__)


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
    import pypdf
    import pypdf.errors

    _pypdf_warnings_to_our_log()
    name = Path(path).name
    try:
        try:
            reader = pypdf.PdfReader(path, strict=False)
        except pypdf.errors.DependencyError:
            # pypdf tries the empty password of an AES-encrypted file at once, and the bundle
            # has no AES for it (no cryptography): encrypted either way.
            raise pypdf.errors.FileNotDecryptedError("the file is encrypted") from None
        if reader.is_encrypted:
            # Our summaries are never encrypted: someone else's PDF, or one changed since.
            raise pypdf.errors.FileNotDecryptedError("the file is encrypted")
        stream = _records_stream(reader.trailer["/Root"].get_object())
        if stream is None:
            raise EmbeddedRecordsError(
                translate(
                    "import",
                    "{file} is a PDF without CMCoord Desktop records (only summaries "
                    "exported by version 0.2 or later carry them).",
                ).format(file=name)
            )
        params = stream.get("/Params")
        declared = params.get_object().get("/Size") if params is not None else None
        size = int(declared if declared is not None else stream.get("/Length", 0))
        if size > MAX_EMBEDDED_BYTES:
            raise EmbeddedRecordsError(
                translate(
                    "import", "{file} carries records too large to read ({size} bytes)."
                ).format(file=name, size=f"{size:,}")
            )
        data = stream.get_data()
    except EmbeddedRecordsError:
        raise
    except pypdf.errors.LimitReachedError:
        raise EmbeddedRecordsError(
            translate("import", "{file} carries records too large to read.").format(file=name)
        ) from None
    except (
        pypdf.errors.PyPdfError,
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
    ) as exc:
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


class _IntoOurLog(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        log.info("pypdf: %s", record.getMessage())


def _pypdf_warnings_to_our_log() -> None:
    """What pypdf says about a damaged PDF ("EOF marker not found") goes to the program's log:
    by itself it would reach stderr, beside the one sentence that says why nothing was read."""
    pypdf_log = logging.getLogger("pypdf")
    if not any(isinstance(handler, _IntoOurLog) for handler in pypdf_log.handlers):
        pypdf_log.addHandler(_IntoOurLog())
        pypdf_log.propagate = False


def _records_stream(catalog: Any) -> Any | None:
    """The embedded file named RECORDS_NAME: in the catalog's EmbeddedFiles name tree, else
    among its PDF/A-3 associated files (/AF); None when neither holds it."""
    names = catalog.get("/Names")
    tree = names.get_object().get("/EmbeddedFiles") if names is not None else None
    specs = list(_name_tree_values(tree.get_object(), RECORDS_NAME)) if tree is not None else []
    associated = catalog.get("/AF")
    for spec in associated.get_object() if associated is not None else []:
        spec = spec.get_object()
        if str(spec.get("/UF", spec.get("/F", ""))) == RECORDS_NAME:
            specs.append(spec)
    for spec in specs:
        files = spec.get_object().get("/EF")
        if files is None:
            continue
        files = files.get_object()
        stream = files.get("/UF", files.get("/F"))
        if stream is not None:
            return stream.get_object()
    return None


def _name_tree_values(node: Any, key: str, depth: int = 0) -> Iterator[Any]:
    """The values for `key` in a PDF name tree (its /Names pairs and /Kids, a bounded depth)."""
    if depth > _MAX_TREE_DEPTH:
        raise ValueError("the embedded files' name tree is too deep")
    pairs = node.get("/Names")
    if pairs is not None:
        pairs = pairs.get_object()
        for index in range(0, len(pairs) - 1, 2):
            if str(pairs[index].get_object()) == key:
                yield pairs[index + 1]
    kids = node.get("/Kids")
    for kid in kids.get_object() if kids is not None else []:
        yield from _name_tree_values(kid.get_object(), key, depth + 1)
