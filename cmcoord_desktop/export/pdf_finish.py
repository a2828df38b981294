"""The finishing objects of a summary: the structure tree, PDF/UA and PDF/A-3u identification,
the sRGB output intent and the summary's own records as an associated file.

ReportLab writes the pages with their marked content (see pdf_tags); what it has no API for is
added here to its own document just before it saves, as objects that format to bytes made
here, so the file is written once. (Reopening and saving it again with pikepdf cost a third
of a 20-session export; an incremental update was no faster, qpdf parsing each object.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import dataclass
from functools import cache
from typing import Any, cast
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFDictionary, PDFObject, PDFString
from reportlab.pdfgen.canvas import Canvas

from cmcoord_desktop import __version__
from cmcoord_desktop.core.paths import resources_dir
from cmcoord_desktop.export.pdf_object_bytes import writer_for
from cmcoord_desktop.export.pdf_tags import StructElement, Tagger

RECORDS_NAME = "cmcoord-records.json"
CREATOR_TOOL = f"CMCoord Desktop {__version__}"
PRODUCER = f"ReportLab ({CREATOR_TOOL})"
RECORDS_DESCRIPTION = "The event's records (CMCoord Desktop records file)"


@dataclass(frozen=True)
class Finish:
    title: str
    author: str
    subject: str
    language: str
    keywords: str
    records: bytes | None = None  # the event's records file, embedded as an associated file


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile of the output intent (resources/color/README.md says where it is
    from): a file, so the program needs no colour-management library for 588 bytes."""
    return (resources_dir() / "color" / "sRGB.icc").read_bytes()


@cache
def _compressed_srgb_profile() -> bytes:
    return zlib.compress(srgb_profile())


class _Raw(PDFObject):
    """An object ReportLab writes as it is: bytes made here (the PDF syntax of a dictionary,
    an array or a whole stream), filled in once every object it refers to has its number."""

    def __init__(self, data: bytes = b"") -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


def _document_bytes(document: Any) -> bytes:
    """As ReportLab's `PDFDocument.format`, for a summary: the numbered objects in order (new
    ones may be registered while earlier ones are written), then the cross-reference table
    from the offsets noted on the way, then the trailer. ReportLab's own loop adds, per
    object, an indirect-object wrapper, its file's encoding of bytes already encoded and a
    cross-reference entry made through its general checks: ~3 µs for each of a 200-session
    summary's ~7,700 objects, most of them the structure tree's."""
    if (
        not isinstance(document.encrypt, pdfdoc.NoEncryption)  # PDF/A is never encrypted
        or getattr(document, "_digiSigs", None)
        or (rl_config.pdfComments and not rl_config.invariant)  # a comment before each object
    ):
        return pdfdoc.PDFDocument.format(document)
    document.encrypt.prepare(document)
    catalog, info = document.Catalog, document.info
    document.Reference(catalog)
    document.Reference(info)
    numbers = document.idToObjectNumberAndVersion
    objects = document.idToObject
    number_to_id = document.numberToId
    offsets = document.idToOffset
    # Objects that ask where they are in the file look here, as in ReportLab's loop.
    document.__accum__ = file = pdfdoc.PDFFile(document._pdfVersion)
    chunks: list[bytes] = file.strings
    offset = file.offset
    entries = [b"0000000000 65535 f \n"]
    number = 0
    while (name := number_to_id.get(number + 1)) is not None:
        number += 1
        content, generation = objects[name], numbers[name][1]
        write = _Raw.format if type(content) is _Raw else writer_for(content)
        if write is None:
            chunk = pdfdoc.PDFIndirectObject(name, content).format(document)
        else:
            data = write(content, document)
            end = b"endobj\n" if data.endswith(b"\n") else b"\nendobj\n"
            chunk = b"%d %d obj\n%s%s" % (number, generation, data, end)
        offsets[name] = offset
        entries.append(b"%010d %05d n \n" % (offset, generation))
        chunks.append(chunk)
        offset += len(chunk)
    del document.__accum__
    if number != len(number_to_id):
        raise ValueError(f"object {number + 1} of {len(number_to_id)} has no number")
    chunks.append(b"xref\n0 %d\n" % (number + 1) + b"".join(entries))
    trailer = pdfdoc.PDFTrailer(
        startxref=offset,
        Size=number + 1,
        Root=document.Reference(catalog),
        Info=document.Reference(info),
        ID=document.ID(),
    )
    chunks.append(trailer.format(document))
    return b"".join(chunks)


class _Objects:
    """New objects in ReportLab's document, each with its reference ("12 0 R") known at once."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbers: dict[str, tuple[int, int]] = document.idToObjectNumberAndVersion
        self.number_to_id: dict[int, str] = document.numberToId
        self.id_to_object: dict[str, Any] = document.idToObject

    def add(self, data: bytes = b"") -> tuple[_Raw, bytes]:
        """Registered as ReportLab's `PDFDocument.Reference` registers a new unnamed object
        (the next number, named "R<number>"), without its checks for named and known ones."""
        document = self.document
        number = document.objectcounter = document.objectcounter + 1
        raw = _Raw(data)
        name = f"R{number}"
        vars(raw)["__InternalName__"] = name  # ReportLab's mark of a registered object
        self.numbers[name] = (number, 0)
        self.number_to_id[number] = name
        self.id_to_object[name] = raw
        return raw, b"%d 0 R" % number

    def ref(self, name: str) -> bytes:
        number, generation = self.numbers[name]
        return b"%d %d R" % (number, generation)


def _text(text: str) -> bytes:
    """A PDF text string: literal when plain ASCII, else UTF-16BE with BOM as hex."""
    if text.isascii() and text.isprintable() and not any(c in text for c in "()\\"):
        return b"(" + text.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper().encode() + b">"


def _name(value: str) -> bytes:
    return b"/" + value.encode("ascii")


def _stream(dictionary: bytes, content: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream\n" % (dictionary, len(content), content)


def _is_link(annotation: object) -> bool:
    if isinstance(annotation, LinkAnnotation):
        return True
    return isinstance(annotation, PDFDictionary) and annotation.dict.get("Subtype") == "/Link"


def _tag_link(annotation: object, key: int, alt: str) -> None:
    """The link annotation's place in the ParentTree, printed (PDF/A), with its alternate text."""
    if isinstance(annotation, LinkAnnotation):
        # ReportLab checks an annotation's keys against the names it permits: add ours.
        vars(annotation)["permitted"] = (*LinkAnnotation.permitted, "StructParent")
        annotation.otherkw.update(StructParent=key, F=4)
        annotation.Contents = alt
    elif isinstance(annotation, PDFDictionary):
        annotation.dict.update(StructParent=key, F=4, Contents=PDFString(alt))


def _structure(objects: _Objects, tagger: Tagger) -> _Raw:
    """The StructTreeRoot and everything under it; pages get StructParents."""
    document = objects.document
    idToObject = document.idToObject  # noqa: N806 (ReportLab's name)
    pages = document.Pages.pages
    page_refs = [objects.ref(vars(page)["__InternalName__"]) for page in pages]
    parent_tree: dict[int, list[bytes]] = {}
    next_key = len(pages)
    extra_keys: list[tuple[int, bytes]] = []
    root, root_ref = objects.add()
    kept = _with_content(tagger.document)
    roles: dict[str, bytes] = {}
    languages: dict[str, bytes] = {}
    page_links: dict[int, list[Any]] = {}

    add = objects.add

    def build(element: StructElement, parent: bytes) -> bytes:
        nonlocal next_key
        node, node_ref = add()
        # Its page: where its first marked content is (MCIDs there are plain numbers).
        first_page = None
        for kid in element.kids:
            if type(kid) is tuple:
                first_page = kid[1] if kid[0] == "annotation" else kid[0]
                break
        role = roles.get(element.role)
        if role is None:
            role = roles[element.role] = _name(element.role)
        head = b"<< /Type /StructElem /S %s /P %s" % (role, parent)
        if first_page is not None:
            head += b" /Pg " + page_refs[first_page]
        if element.lang:
            lang = languages.get(element.lang)
            if lang is None:
                lang = languages[element.lang] = _text(element.lang)
            head += b" /Lang " + lang
        if element.role == "Link":
            head += b" /Alt " + _text(element.alt or "Link")
        elif element.alt:
            head += b" /Alt " + _text(element.alt)
        if element.box is not None:
            box = b" ".join(b"%.4f" % v for v in element.box)
            head += b" /A << /O /Layout /BBox [" + box + b"] >>"
        elif element.scope:
            head += b" /A << /O /Table /Scope " + _name(element.scope) + b" >>"
        kids: list[bytes] = []
        for kid in element.kids:
            if type(kid) is not tuple:
                if id(kid) in kept:
                    kids.append(build(kid, node_ref))
            elif kid[0] == "annotation":
                _, page_index, order = kid
                links = page_links.get(page_index)
                if links is None:
                    refs = pages[page_index].Annots or []
                    links = [ref for ref in refs if _is_link(idToObject[ref.name])]
                    page_links[page_index] = links
                link = links[order]
                _tag_link(idToObject[link.name], next_key, element.alt or "Link")
                extra_keys.append((next_key, node_ref))
                next_key += 1
                kids.append(
                    b"<< /Type /OBJR /Obj %s /Pg %s >>"
                    % (objects.ref(link.name), page_refs[page_index])
                )
            else:
                page_index, mcid = kid
                if page_index == first_page:
                    kids.append(b"%d" % mcid)
                else:
                    kids.append(b"<< /Type /MCR /Pg %s /MCID %d >>" % (page_refs[page_index], mcid))
                slots = parent_tree.get(page_index)
                if slots is None:
                    slots = parent_tree[page_index] = []
                if mcid >= len(slots):
                    slots.extend([b"null"] * (mcid + 1 - len(slots)))
                slots[mcid] = node_ref
        node.data = b"%s /K [%s] >>" % (head, b" ".join(kids))
        return node_ref

    document_ref = build(tagger.document, root_ref)
    nums: list[bytes] = []
    for page_index, page in enumerate(pages):
        _, slots_ref = objects.add(b"[" + b" ".join(parent_tree.get(page_index, [])) + b"]")
        nums.append(b"%d %s" % (page_index, slots_ref))
        names = ["StructParents"]
        page.StructParents = page_index
        if page.Annots:
            page.Tabs = "/S"  # tab through links in structure order
            names.append("Tabs")
        # ReportLab writes the page keys it lists: these two as well, for this page.
        vars(page)["__NoDefault__"] = [*type(page).__NoDefault__, *names]
    nums += [b"%d %s" % (key, node) for key, node in extra_keys]
    _, parent_tree_ref = objects.add(b"<< /Nums [" + b" ".join(nums) + b"] >>")
    root.data = (
        b"<< /Type /StructTreeRoot /K [%s] /ParentTree %s /ParentTreeNextKey %d "
        % (
            document_ref,
            parent_tree_ref,
            next_key,
        )
        + b"/RoleMap << >> >>"
    )
    return root


def _with_content(root: StructElement) -> set[int]:
    """Ids of the elements to write: those with marked content or annotations below them, and
    every table cell (a table keeps its grid even where a cell is empty)."""
    kept: set[int] = set()

    def visit(element: StructElement) -> bool:
        found = element.role in ("TD", "TH")
        for kid in element.kids:
            # Visit every child element, even once something was found: each is kept or not.
            if type(kid) is tuple or visit(kid):
                found = True
        if found:
            kept.add(id(element))
        return found

    visit(root)
    return kept


def _xmp_date(document: Any) -> str:
    """The document's time as its Info dictionary says it (ReportLab's), in XMP's form."""
    stamp = document._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{stamp.dhh:+03d}:{stamp.dmm:02d}"
    )


def _xmp(finish: Finish, date: str) -> bytes:
    """PDF/A wants the XMP to say what the Info dictionary says (title, author, dates...)."""
    dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    pdf = 'xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
    xmp = 'xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
    pdfaid = 'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
    pdfuaid = 'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        ' <rdf:Description rdf:about="">'
        f'<dc:title {dc}><rdf:Alt><rdf:li xml:lang="x-default">{escape(finish.title)}'
        "</rdf:li></rdf:Alt></dc:title>"
        f"<dc:creator {dc}><rdf:Seq><rdf:li>{escape(finish.author)}</rdf:li></rdf:Seq>"
        "</dc:creator>"
        f'<dc:description {dc}><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{escape(finish.subject)}</rdf:li></rdf:Alt></dc:description>"
        f"<dc:language {dc}><rdf:Bag><rdf:li>{escape(finish.language)}</rdf:li></rdf:Bag>"
        "</dc:language>"
        f"<pdf:Keywords {pdf}>{escape(finish.keywords)}</pdf:Keywords>"
        f"<pdf:Producer {pdf}>{escape(PRODUCER)}</pdf:Producer>"
        f"<xmp:CreatorTool {xmp}>{escape(CREATOR_TOOL)}</xmp:CreatorTool>"
        f"<xmp:CreateDate {xmp}>{date}</xmp:CreateDate>"
        f"<xmp:ModifyDate {xmp}>{date}</xmp:ModifyDate>"
        f"<pdfaid:part {pdfaid}>3</pdfaid:part>"
        f"<pdfaid:conformance {pdfaid}>U</pdfaid:conformance>"
        f"<pdfuaid:part {pdfuaid}>1</pdfuaid:part>"
        "</rdf:Description></rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def _records(objects: _Objects, records: bytes) -> bytes:
    """The records as a PDF/A-3 associated file: the file specification's reference."""
    now = dt.datetime.now(dt.UTC).strftime("D:%Y%m%d%H%M%SZ").encode()
    content = zlib.compress(records)
    checksum = hashlib.md5(records, usedforsecurity=False).hexdigest().encode()
    _, stream_ref = objects.add(
        _stream(
            b"/Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode "
            b"/Params << /Size %d /CheckSum <%s> /CreationDate (%s) /ModDate (%s) >>"
            % (len(records), checksum, now, now),
            content,
        )
    )
    name = _text(RECORDS_NAME)
    _, spec_ref = objects.add(
        b"<< /Type /Filespec /F %s /UF %s /Desc %s /AFRelationship /Data "
        b"/EF << /F %s /UF %s >> >>"
        % (name, name, _text(RECORDS_DESCRIPTION), stream_ref, stream_ref)
    )
    return spec_ref


def finish_document(canvas: Canvas, tagger: Tagger, finish: Finish) -> None:
    """Make ReportLab's document, about to be saved, tagged PDF/UA-1 and PDF/A-3u."""
    document = cast(Any, canvas)._doc  # ReportLab's PDFDocument (no public accessor)
    objects = _Objects(document)
    document._pdfVersion = max(document._pdfVersion, (1, 7))
    info = document.info
    info.title, info.author, info.subject = finish.title, finish.author, finish.subject
    info.keywords, info.creator, info.producer = finish.keywords, CREATOR_TOOL, PRODUCER
    catalog = document.Catalog
    catalog.StructTreeRoot = _structure(objects, tagger)  # written as its reference
    catalog.MarkInfo = b"<< /Marked true >>"
    catalog.Lang = PDFString(finish.language)
    catalog.ViewerPreferences = b"<< /DisplayDocTitle true >>"
    xmp = _xmp(finish, _xmp_date(document))
    catalog.Metadata, _ = objects.add(_stream(b"/Type /Metadata /Subtype /XML", xmp))
    _, profile_ref = objects.add(_stream(b"/N 3 /Filter /FlateDecode", _compressed_srgb_profile()))
    catalog.OutputIntents = (
        b"[<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) "
        b"/Info (sRGB IEC61966-2.1) /DestOutputProfile %s >>]" % profile_ref
    )
    names = ["OutputIntents"]
    if finish.records is not None:
        spec_ref = _records(objects, finish.records)
        catalog.Names = b"<< /EmbeddedFiles << /Names [%s %s] >> >>" % (
            _text(RECORDS_NAME),
            spec_ref,
        )
        catalog.AF = b"[%s]" % spec_ref
        names.append("AF")
    # ReportLab writes the catalog keys it lists: these as well, for this document.
    vars(catalog)["__NoDefault__"] = [*type(catalog).__NoDefault__, *names]
    # ReportLab's save writes the file with the document's `format`: this one's is ours.
    vars(document)["format"] = lambda: _document_bytes(document)
