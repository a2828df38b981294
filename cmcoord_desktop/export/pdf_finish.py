"""The finishing pass (pikepdf): the structure tree, PDF/UA and PDF/A-3u identification, the
sRGB output intent and the summary's own records as an associated file.

ReportLab writes the pages with their marked content (see pdf_tags); the structure tree is
appended to its file as bytes (pdf_tree); this pass adds the rest ReportLab has no API for, in
one rewrite of the file.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from cmcoord_desktop import __version__
from cmcoord_desktop.export.pdf_tags import Tagger
from cmcoord_desktop.export.pdf_tree import FileFacts, TreeUpdate, tree_update

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


def _facts(data: bytes, tagger: Tagger) -> FileFacts:
    """Object numbers of ReportLab's pages and links, read lazily (qpdf parses little)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = [page.obj for page in pdf.pages]
        links: dict[int, list[int]] = {}
        for page_index in tagger.annotations:
            annots: Any = pages[page_index].get("/Annots", [])
            links[page_index] = [a.objgen[0] for a in annots if a.get("/Subtype") == "/Link"]
        info = pdf.trailer.get("/Info")
        return FileFacts(
            size=int(pdf.trailer.Size),
            root=pdf.Root.objgen,
            info=info.objgen if info is not None else None,
            pages=[page.objgen[0] for page in pages],
            links=links,
        )


def _structure(pdf: pikepdf.Pdf, update: TreeUpdate, language: str) -> None:
    """Hang the appended tree on the catalogue and mark ReportLab's pages and links."""
    pdf.Root.StructTreeRoot = pdf.get_object((update.root, 0))
    pages = pdf.pages
    for page_index, page in enumerate(pages):
        page.obj.StructParents = page_index
        if "/Annots" in page.obj:
            page.obj.Tabs = Name.S  # tab through links in structure order
    page_links: dict[int, list[pikepdf.Object]] = {}
    for page_index, order, key, alt in update.links:
        links = page_links.get(page_index)
        if links is None:
            annots: Any = pages[page_index].obj.get("/Annots", [])
            links = page_links[page_index] = [a for a in annots if a.get("/Subtype") == "/Link"]
        annotation = links[order]
        annotation.StructParent = key
        annotation.F = 4  # printed (PDF/A)
        annotation.Contents = String(alt)
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(language)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)


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
    data = path.read_bytes()
    update = tree_update(data, _facts(data, tagger), tagger)
    with pikepdf.open(io.BytesIO(data + update.data)) as pdf:
        _structure(pdf, update, finish.language)
        _metadata(pdf, finish)
        _output_intent(pdf)
        if finish.records is not None:
            _records(pdf, finish.records)
        pdf.save(path, min_version="1.7", fix_metadata_version=False)
