"""The structure tree and parent tree written as PDF bytes, in one incremental update.

A summary of 200 sessions has ~6,800 structure elements. Made one by one as pikepdf objects
they cost 10–45 µs each (0.2–0.3 s, a fifth of the export); written as the bytes of the objects
they cost ~2 µs each, and qpdf reads them back in C++ when the finishing pass opens the file.
The update is appended after ReportLab's own file (the way a PDF is edited without rewriting
it: new objects, their cross-reference section, a trailer pointing back to the first), so
nothing of what ReportLab wrote is changed here; the finishing pass then rewrites the file
whole, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cmcoord_desktop.export.pdf_tags import StructElement, Tagger, pdf_text

_PLAIN_LANGUAGE = re.compile(r"[A-Za-z0-9-]+")


@dataclass
class TreeUpdate:
    """The appended bytes, and what the finishing pass still sets on ReportLab's objects."""

    data: bytes
    root: int  # the StructTreeRoot's object number
    next_key: int  # ParentTreeNextKey: pages take 0…n-1, link annotations the keys after
    # (page index, order of the link on the page, its parent-tree key, its alternate text)
    links: list[tuple[int, int, int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class FileFacts:
    """What the update must know of the file ReportLab wrote (read with pikepdf)."""

    size: int  # the trailer's /Size: the first free object number
    root: tuple[int, int]
    info: tuple[int, int] | None
    pages: list[int]  # each page's object number
    links: dict[int, list[int]]  # page index -> its link annotations' object numbers


def _string(text: str) -> str:
    return f"({text})" if _PLAIN_LANGUAGE.fullmatch(text) else pdf_text(text)


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def tree_update(data: bytes, facts: FileFacts, tagger: Tagger) -> TreeUpdate:
    """The incremental update that adds the structure tree of `tagger` to the file `data`."""
    first = facts.size
    bodies: list[str] = []  # object `first + i` is bodies[i]

    def reserve() -> int:
        bodies.append("")
        return first + len(bodies) - 1

    root = reserve()
    page_count = len(facts.pages)
    slots: list[list[str]] = [[] for _ in range(page_count)]
    links: list[tuple[int, int, int, str]] = []
    extra: list[str] = []
    next_key = page_count
    kept = with_content(tagger.document)
    pages = [f"{number} 0 R" for number in facts.pages]

    def build(element: StructElement, parent: int) -> int:
        nonlocal next_key
        number = reserve()
        me = f"{number} 0 R"
        # Its page: where its first marked content is (MCIDs there are plain numbers).
        first_page = next(
            (k[1] if k[0] == "annotation" else k[0] for k in element.kids if isinstance(k, tuple)),
            None,
        )
        parts = [f"/Type/StructElem/S/{element.role}/P {parent} 0 R"]
        if first_page is not None:
            parts.append(f"/Pg {pages[first_page]}")
        if element.lang:
            parts.append(f"/Lang{_string(element.lang)}")
        alt = element.alt or ("Link" if element.role == "Link" else "")
        if alt:
            parts.append(f"/Alt{pdf_text(alt)}")
        if element.scope:
            parts.append(f"/A<</O/Table/Scope/{element.scope}>>")
        if element.box is not None:
            box = " ".join(_number(v) for v in element.box)
            parts.append(f"/A<</O/Layout/BBox[{box}]>>")
        kids: list[str] = []
        for kid in element.kids:
            if isinstance(kid, StructElement):
                if id(kid) in kept:
                    kids.append(f"{build(kid, number)} 0 R")
            elif kid[0] == "annotation":
                _, page_index, order = kid
                annotation = facts.links[page_index][order]
                links.append((page_index, order, next_key, alt))
                extra.append(f"{next_key} {me}")
                next_key += 1
                kids.append(f"<</Type/OBJR/Obj {annotation} 0 R/Pg {pages[page_index]}>>")
            else:
                page_index, mcid = kid
                if page_index == first_page:
                    kids.append(str(mcid))
                else:
                    kids.append(f"<</Type/MCR/Pg {pages[page_index]}/MCID {mcid}>>")
                page_slots = slots[page_index]
                if len(page_slots) <= mcid:
                    page_slots.extend(["null"] * (mcid + 1 - len(page_slots)))
                page_slots[mcid] = me
        parts.append(f"/K[{' '.join(kids)}]")
        bodies[number - first] = f"<<{''.join(parts)}>>"
        return number

    document = build(tagger.document, root)
    nums: list[str] = []
    for page_index, page_slots in enumerate(slots):
        array = reserve()
        bodies[array - first] = f"[{' '.join(page_slots)}]"
        nums.append(f"{page_index} {array} 0 R")
    nums.extend(extra)
    parent_tree = reserve()
    bodies[parent_tree - first] = f"<</Nums[{' '.join(nums)}]>>"
    bodies[root - first] = (
        f"<</Type/StructTreeRoot/K[{document} 0 R]/ParentTree {parent_tree} 0 R"
        f"/ParentTreeNextKey {next_key}/RoleMap<<>>>>"
    )
    return TreeUpdate(_appended(data, facts, first, bodies), root, next_key, links)


def _appended(data: bytes, facts: FileFacts, first: int, bodies: list[str]) -> bytes:
    """The objects, their cross-reference section and a trailer that points back to the
    file's own (`/Prev`): PDF's incremental update (ISO 32000-1, 7.5.6)."""
    previous = int(data[data.rindex(b"startxref") + 9 :].split()[0])
    chunks: list[bytes] = [b"\n"]
    offset = len(data) + 1
    offsets: list[int] = []
    for index, body in enumerate(bodies):
        chunk = f"{first + index} 0 obj\n{body}\nendobj\n".encode("latin-1")
        offsets.append(offset)
        offset += len(chunk)
        chunks.append(chunk)
    xref = [f"xref\n{first} {len(bodies)}\n"]
    xref.extend(f"{o:010d} 00000 n \n" for o in offsets)
    info = f"/Info {facts.info[0]} {facts.info[1]} R" if facts.info else ""
    xref.append(
        f"trailer\n<</Size {first + len(bodies)}/Root {facts.root[0]} {facts.root[1]} R{info}"
        f"/Prev {previous}>>\nstartxref\n{offset}\n%%EOF\n"
    )
    chunks.append("".join(xref).encode("latin-1"))
    return b"".join(chunks)


def with_content(root: StructElement) -> set[int]:
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
