"""Reading a tagged PDF back as a screen reader would: the structure tree in order, the text of
each marked-content sequence (ActualText where the glyphs stand for other characters), and
every painting operator checked to be tagged or an Artifact."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "BI"}


@dataclass
class TaggedContent:
    texts: dict[tuple[int, int], str] = field(default_factory=dict)  # (page, MCID) -> text
    unmarked: list[tuple[int, str]] = field(default_factory=list)  # (page, operator)
    mcids: set[tuple[int, int]] = field(default_factory=set)


def _decoded(value: object) -> str:
    return str(value)


def read_content(path: Path) -> TaggedContent:
    found = TaggedContent()
    actual: dict[tuple[int, int], list[str]] = defaultdict(list)
    with pikepdf.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            stack: list[tuple[str, int | None]] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    tag = str(operands[0])
                    props = operands[1] if op == "BDC" else None
                    mcid = None
                    if isinstance(props, pikepdf.Dictionary):
                        if "/MCID" in props:
                            mcid = int(props.MCID)
                            found.mcids.add((index, mcid))
                        if "/ActualText" in props:
                            current = next((m for _, m in reversed(stack) if m is not None), None)
                            if current is not None:
                                actual[(index, current)].append(_decoded(props.ActualText))
                    stack.append((tag, mcid))
                elif op == "EMC":
                    stack.pop()
                elif op in PAINTING:
                    tagged = any(m is not None for _, m in stack)
                    artifact = any(t == "/Artifact" for t, _ in stack)
                    if not tagged and not artifact:
                        found.unmarked.append((index, op))
    chars: dict[tuple[int, int], list[str]] = defaultdict(list)
    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            for char in page.chars:
                if char.get("mcid") is not None:
                    chars[(index, char["mcid"])].append(char["text"])
    for key in found.mcids:
        found.texts[key] = " ".join(actual[key]) if key in actual else "".join(chars.get(key, []))
    return found


@dataclass
class Element:
    role: str
    text: str  # its own marked content, in order
    kids: list[Element]
    lang: str = ""
    alt: str = ""

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def all_text(self) -> str:
        return self.text + "".join(kid.all_text() for kid in self.kids)


def structure(path: Path) -> Element:
    """The document's structure tree, each element with the text of its marked content."""
    content = read_content(path)
    with pikepdf.open(path) as pdf:
        pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}

        def build(node: pikepdf.Dictionary) -> Element:
            kids_value = node.get("/K")
            kids = kids_value if isinstance(kids_value, pikepdf.Array) else [kids_value]
            text = []
            children = []
            page = pages.get(node.Pg.objgen) if "/Pg" in node else None
            for kid in kids:
                if kid is None:
                    continue
                if isinstance(kid, int):
                    text.append(content.texts.get((page, kid), ""))
                elif kid.get("/Type") == "/MCR":
                    text.append(content.texts.get((pages[kid.Pg.objgen], int(kid.MCID)), ""))
                elif kid.get("/Type") == "/OBJR":
                    continue
                else:
                    children.append(build(kid))
            return Element(
                str(node.S)[1:],
                "".join(text),
                children,
                str(node.get("/Lang", "")),
                str(node.get("/Alt", "")),
            )

        return build(pdf.Root.StructTreeRoot.K[0])
