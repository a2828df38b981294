"""The finishing pass (pikepdf): the structure tree, PDF/UA and PDF/A-3u identification, the
sRGB output intent and the summary's own records as an associated file.

ReportLab writes the pages with their marked content (see pdf_tags); this pass adds what
ReportLab has no API for, in one rewrite of the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from cmcoord_desktop import __version__
from cmcoord_desktop.export.pdf_tags import StructElement, Tagger

RECORDS_NAME = "cmcoord-records.json"
CREATOR_TOOL = f"CMCoord Desktop {__version__}"


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
    """An sRGB ICC profile made by LittleCMS (through Pillow): no file to ship or licence."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return bytes(profile.tobytes())


def _structure(pdf: pikepdf.Pdf, tagger: Tagger, language: str) -> None:
    pages = pdf.pages
    parent_tree: dict[int, list[pikepdf.Object]] = {}
    next_key = len(pages)
    extra_keys: list[tuple[int, pikepdf.Object]] = []
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))

    page_objects = [page.obj for page in pages]
    null = pikepdf.Object.parse(b"null")
    kept = _with_content(tagger.document)
    # Each pikepdf object made costs ~10 µs and a summary has thousands of elements: the few
    # distinct names and languages are made once, each page's links listed once.
    struct_elem = Name.StructElem
    roles: dict[str, pikepdf.Name] = {}
    languages: dict[str, pikepdf.String] = {}
    page_links: dict[int, list[pikepdf.Object]] = {}

    def build(element: StructElement, parent: pikepdf.Object) -> pikepdf.Object:
        nonlocal next_key
        # Its page: where its first marked content is (MCIDs there are plain numbers).
        first_page = next(
            (k[1] if k[0] == "annotation" else k[0] for k in element.kids if isinstance(k, tuple)),
            None,
        )
        role = roles.get(element.role)
        if role is None:
            role = roles[element.role] = Name("/" + element.role)
        values: dict[str, object] = {"/Type": struct_elem, "/S": role, "/P": parent}
        if first_page is not None:
            values["/Pg"] = page_objects[first_page]
        if element.lang:
            lang = languages.get(element.lang)
            if lang is None:
                lang = languages[element.lang] = String(element.lang)
            values["/Lang"] = lang
        if element.role == "Link":
            values["/Alt"] = String(element.alt or "Link")
        elif element.alt:
            values["/Alt"] = String(element.alt)
        if element.scope:
            values["/A"] = Dictionary(O=Name.Table, Scope=Name("/" + element.scope))
        if element.box is not None:
            values["/A"] = Dictionary(O=Name.Layout, BBox=Array(element.box))
        node = pdf.make_indirect(Dictionary(values))
        kids: list[object] = []
        for kid in element.kids:
            if isinstance(kid, StructElement):
                if id(kid) in kept:
                    kids.append(build(kid, node))
            elif kid[0] == "annotation":
                _, page_index, order = kid
                page = page_objects[page_index]
                links = page_links.get(page_index)
                if links is None:
                    annots = page.get("/Annots", [])
                    links = [a for a in annots if a.get("/Subtype") == "/Link"]
                    page_links[page_index] = links
                annotation = links[order]
                annotation.StructParent = next_key
                annotation.F = 4  # printed (PDF/A)
                annotation.Contents = String(element.alt or "Link")
                extra_keys.append((next_key, node))
                next_key += 1
                kids.append(Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page))
            else:
                page_index, mcid = kid
                if page_index == first_page:
                    kids.append(mcid)
                else:
                    kids.append(Dictionary(Type=Name.MCR, Pg=page_objects[page_index], MCID=mcid))
                slots = parent_tree.setdefault(page_index, [])
                slots.extend([null] * (mcid + 1 - len(slots)))
                slots[mcid] = node
        node.K = Array(kids)
        return node

    document = build(tagger.document, root)
    root.K = Array([document])
    nums = Array()
    for page_index in range(len(pages)):
        slots = parent_tree.get(page_index, [])
        nums.append(page_index)
        nums.append(pdf.make_indirect(Array(slots)))
        pages[page_index].obj.StructParents = page_index
        if "/Annots" in pages[page_index].obj:
            pages[page_index].obj.Tabs = Name.S  # tab through links in structure order
    for key, node in extra_keys:
        nums.append(key)
        nums.append(node)
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = next_key
    root.RoleMap = Dictionary()
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(language)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)


def _with_content(root: StructElement) -> set[int]:
    """Ids of the elements to write: those with marked content or annotations below them, and
    every table cell (a table keeps its grid even where a cell is empty)."""
    kept: set[int] = set()

    def visit(element: StructElement) -> bool:
        found = element.role in ("TD", "TH")
        for kid in element.kids:
            # Visit every child element, even once something was found: each is kept or not.
            below = visit(kid) if isinstance(kid, StructElement) else True
            found = below or found
        if found:
            kept.add(id(element))
        return found

    visit(root)
    return kept


def _metadata(pdf: pikepdf.Pdf, finish: Finish) -> None:
    info = pdf.docinfo
    info.Title = String(finish.title)
    info.Author = String(finish.author)
    info.Subject = String(finish.subject)
    info.Keywords = String(finish.keywords)
    info.Creator = String(CREATOR_TOOL)
    info.Producer = String(f"ReportLab, pikepdf ({CREATOR_TOOL})")
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = finish.title
        meta["dc:creator"] = [finish.author]
        meta["dc:description"] = finish.subject
        meta["dc:language"] = [finish.language]
        meta["pdf:Keywords"] = finish.keywords
        meta["pdf:Producer"] = str(info.Producer)
        meta["xmp:CreatorTool"] = CREATOR_TOOL
        meta["pdfaid:part"] = "3"
        meta["pdfaid:conformance"] = "U"
        meta["pdfuaid:part"] = "1"


def _output_intent(pdf: pikepdf.Pdf) -> None:
    icc = pdf.make_stream(srgb_profile())
    icc.N = 3
    pdf.Root.OutputIntents = Array(
        [
            Dictionary(
                Type=Name.OutputIntent,
                S=Name.GTS_PDFA1,
                OutputConditionIdentifier=String("sRGB"),
                Info=String("sRGB IEC61966-2.1"),
                DestOutputProfile=icc,
            )
        ]
    )


def _records(pdf: pikepdf.Pdf, records: bytes) -> None:
    now = dt.datetime.now(dt.UTC)
    spec = pikepdf.AttachedFileSpec(
        pdf,
        records,
        description="The event's records (CMCoord Desktop records file)",
        filename=RECORDS_NAME,
        mime_type="application/json",
        creation_date=now.strftime("D:%Y%m%d%H%M%SZ"),
        mod_date=now.strftime("D:%Y%m%d%H%M%SZ"),
    )
    pdf.attachments[RECORDS_NAME] = spec
    spec_object = pdf.Root.Names.EmbeddedFiles.Names[1]
    spec_object.AFRelationship = Name.Data
    spec_object.UF = String(RECORDS_NAME)
    pdf.Root.AF = Array([spec_object])


def finish_pdf(path: Path, tagger: Tagger, finish: Finish) -> None:
    """Rewrite the PDF at `path` in place as tagged PDF/UA-1 and PDF/A-3u."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        _structure(pdf, tagger, finish.language)
        _metadata(pdf, finish)
        _output_intent(pdf)
        if finish.records is not None:
            _records(pdf, finish.records)
        pdf.save(path, min_version="1.7", fix_metadata_version=False)
