"""ReportLab's own objects of a summary (pages, forms, link annotations, bookmarks, fonts)
written in one step, byte for byte as ReportLab writes them.

ReportLab formats every object through one general function that checks each value's type,
registers what must be a reference and encodes every name and number through its PDFDoc
codec: ~90 µs per link annotation or page-label form, ~110 µs per page, ~0.4 ms per font's
/Widths. A summary has one page-label form per page and a link and a bookmark per session,
which the bare ReportLab floor of the benchmark has not: that general path was a tenth of a
200-session export. Here each of those kinds is written directly from its attributes, in
ReportLab's key order and layout, falling back to ReportLab for any value of another kind;
tests/export/test_pdf_object_bytes.py checks the whole file against ReportLab's own path.

Only a summary's save uses this (pdf_finish writes its objects): other documents in the
process (the benchmark's floor among them) keep ReportLab's path unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc as _pdfdoc
from reportlab.pdfbase.pdfdoc import (
    Destination,
    LinkAnnotation,
    NoEncryption,
    OutlineEntryObject,
    PDFArray,
    PDFDestinationXYZ,
    PDFDictionary,
    PDFFormXObject,
    PDFObjectReference,
    PDFPage,
    PDFResourceDictionary,
    PDFStream,
    PDFString,
    PDFTrueTypeFont,
)

pdfdoc: Any = _pdfdoc  # its functions have no type stubs
_names: dict[str, bytes] = {}


def writer_for(content: object) -> Callable[[Any, Any], bytes] | None:
    """How to write `content` as a numbered object of a summary, or None for ReportLab's own
    path (another kind, or a setting it formats otherwise)."""
    if rl_config.pdfMultiLine:
        return None
    return _WRITERS.get(type(content))


def _name(key: str) -> bytes:
    name = _names.get(key)
    if name is None:
        name = _names[key] = pdfdoc.pdfdocEnc(pdfdoc.PDFName(key))
    return name


def _value(value: Any, document: Any) -> bytes:
    return cast(bytes, _value_of(value, document))


def _value_of(value: Any, document: Any) -> Any:
    kind = type(value)
    if kind is int or kind is float:
        return pdfdoc.fp_str(value).encode("ascii")
    if kind is PDFObjectReference:
        return b"%d %d R" % document.idToObjectNumberAndVersion[value.name]
    if kind is str and value.isascii() and value.isprintable():  # the PDFDoc codec's identity
        return value.encode("ascii")
    if kind is bytes:
        return value
    if kind is PDFArray and value.multiline is True:
        items = value.sequence
        if all(type(item) is int or type(item) is float for item in items):
            # A font's widths, a box: `_array`'s layout, ReportLab's numbers ten per call.
            return (
                b"[ "
                + b" \n  ".join(_numbers(items[at : at + 10]) for at in range(0, len(items), 10))
                + b" ]"
            )
        return _array([_value(item, document) for item in items])
    if kind is PDFDictionary and value.multiline is True and type(value.dict) is dict:
        return _dictionary(value.dict, document)
    if kind is PDFString:
        return value.format(document)
    if kind is PDFResourceDictionary:
        return _resources(value, document)
    if kind is Destination and type(value.fmt) is PDFDestinationXYZ and value.page is not None:
        place = value.fmt
        place.page = value.page  # as ReportLab's Destination.format does
        page = document.Reference(value.page)
        return _array(
            [_value(v, document) for v in (page, "/XYZ", place.left, place.top, place.zoom)]
        )
    return pdfdoc.format(value, document)  # ReportLab's: it may register the value too


def _numbers(numbers: list[float]) -> bytes:
    return cast(str, pdfdoc.fp_str(*numbers)).encode("ascii")


def _array(items: list[bytes]) -> bytes:
    """As `PDFArray.format`: a line break before every tenth item."""
    for index in reversed(range(10, len(items), 10)):
        items.insert(index, b"\n ")
    return b"[ " + b" ".join(items) + b" ]"


def _dictionary(entries: dict[str, Any], document: Any) -> bytes:
    """As `PDFDictionary.format`: keys sorted, values formatted in that order (a value may
    register a new object, which takes the next number), a line break before every sixth."""
    items = [_name(key) + b" " + _value(entries[key], document) for key in sorted(entries)]
    for index in reversed(range(6, len(items), 6)):
        items.insert(index, b"\n ")
    return b"<<\n" + b" ".join(items) + b"\n>>"


def _resources(resources: PDFResourceDictionary, document: Any) -> bytes:
    """As `PDFResourceDictionary.format`: its non-empty parts."""
    entries: dict[str, Any] = {}
    for part in resources.dict_attributes:
        value = getattr(resources, part)
        if not isinstance(value, dict):
            entries[part] = value
        elif value:
            entries[part] = PDFDictionary(value)
    procedures = resources.ProcSet
    if not isinstance(procedures, (list, tuple)):
        entries["ProcSet"] = procedures
    elif procedures:
        entries["ProcSet"] = PDFArray(procedures)
    return _dictionary(entries, document)


def _catalog_like(item: Any, document: Any) -> bytes:
    """As `PDFCatalog.format` (which a page inherits): its set keys, the listed ones as
    references."""
    item.check_format(document)
    entries: dict[str, Any] = {}
    for key, default in item.__Defaults__.items():
        value = getattr(item, key, default)
        if value is not None:
            entries[key] = value
    for key in item.__NoDefault__:
        value = getattr(item, key, None)
        if value is not None:
            entries[key] = value
    for key in item.__Refs__:
        if key in entries:
            entries[key] = document.Reference(entries[key])
    return _dictionary(entries, document)


def _stream(stream: PDFStream, document: Any) -> bytes:
    """As `PDFStream.format`: its filters applied, its length, never encrypted (PDF/A)."""
    if not isinstance(document.encrypt, NoEncryption):
        return stream.format(document)
    entries = dict(stream.dictionary.dict)
    content = stream.content
    if content is None:
        return stream.format(document)  # ReportLab's error
    filters = stream.filters if stream.filters is not None else document.defaultStreamFilters
    if filters is not None and "Filter" not in entries:
        names: list[str] = []
        for each in reversed(filters):
            content = each.encode(content)
            names.insert(0, pdfdoc.PDFName(each.pdfname))
        entries["Filter"] = PDFArray(names)
    data: bytes = pdfdoc.format(content, document)
    entries["Length"] = len(content)
    return _dictionary(entries, document) + b"\nstream\n" + data + b"endstream\n"


def _form(form: PDFFormXObject, document: Any) -> bytes:
    """As `PDFFormXObject.format`: the form's stream with its box, matrix and resources."""
    if form.Annots or form.Contents or form.Resources or not form.stream:
        return form.format(document)
    contents = PDFStream()
    contents.content = form.stream
    if form.compression:
        contents.filters = [pdfdoc.PDFZCompress]
        if rl_config.useA85:
            contents.filters.insert(0, pdfdoc.PDFBase85Encode)
    resources: Any = PDFResourceDictionary()
    resources.basicFonts()
    if form.hasImages:
        resources.allProcs()
    else:
        resources.basicProcs()
    if form.XObjects:
        resources.XObject = form.XObjects
    box = form.BBox or PDFArray([form.lowerx, form.lowery, form.upperx, form.uppery])
    contents.dictionary.dict.update(
        Type="/XObject",
        Subtype="/Form",
        FormType=1,
        BBox=box,
        Matrix=form.Matrix or PDFArray([1, 0, 0, 1, 0, 0]),
        Resources=resources,
    )
    return _stream(contents, document)


def _link(annotation: LinkAnnotation, document: Any) -> bytes:
    """As `LinkAnnotation.format`, for the annotations ReportLab would accept."""
    entries = dict(annotation.otherkw)
    if not set(entries) <= set(annotation.permitted) or isinstance(annotation.Rect, str):
        return annotation.format(document)  # ReportLab's message for a bad annotation
    entries.update(
        Type="/Annot",
        Border=annotation.Border,
        Rect=PDFArray(annotation.Rect),
        Contents=PDFString(annotation.Contents),
        Subtype="/Link",
        Dest=annotation.Destination,
    )
    return _dictionary(entries, document)


def _outline_entry(entry: OutlineEntryObject, document: Any) -> bytes:
    """As `OutlineEntryObject.format`: a bookmark with its neighbours."""
    entries: dict[str, Any] = {
        "Title": PDFString(entry.Title),
        "Parent": entry.Parent,
        "Dest": entry.Dest,
    }
    for key in ("Prev", "Next", "First", "Last", "Count"):
        value = getattr(entry, key)
        if value is not None:
            entries[key] = value
    return _dictionary(entries, document)


def _font(font: PDFTrueTypeFont, document: Any) -> bytes:
    """As `PDFType1Font.format`: a font subset's dictionary, with its /Widths."""
    entries: dict[str, Any] = {}
    for key in font.name_attributes:
        if hasattr(font, key):
            entries[key] = pdfdoc.PDFName(getattr(font, key))
    for key in font.local_attributes:
        if hasattr(font, key):
            entries[key] = getattr(font, key)
    return _dictionary(entries, document)


_WRITERS: dict[type, Callable[[Any, Any], bytes]] = {
    PDFPage: _catalog_like,
    PDFStream: _stream,
    PDFFormXObject: _form,
    LinkAnnotation: _link,
    OutlineEntryObject: _outline_entry,
    PDFTrueTypeFont: _font,
}
