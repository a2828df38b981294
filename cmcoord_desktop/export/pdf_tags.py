"""The summary's structure (PDF/UA tags), built with the story and filled in as it is drawn.

ReportLab's canvas writes no marked content and no structure tree. The story builder makes the
tree of structure elements in reading order (Document, H1, H2 per session, L/LI/Lbl/LBody,
Table/TR/TH/TD, Figure, Link) and hangs each leaf on the flowable that prints it; when the
flowable is drawn, `Tagger` wraps what it draws in BDC/EMC with a fresh MCID and notes the
(page, MCID) on the element. Everything else the canvas draws (footers, rules, table lines) is
marked as an Artifact. `pdf_finish` turns the notes into the StructTreeRoot and ParentTree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

import reportlab.platypus.paragraph as _rl_paragraph
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas


@dataclass(eq=False, slots=True)
class StructElement:
    """One structure element; `kids` are elements or (page index, MCID) marked content, and
    link annotations as ("annotation", page index, order on the page). No reference back to
    the parent (the finishing pass writes /P as it walks down): a tree without cycles is
    freed as soon as the export ends, where one with them, thousands of elements, cost the
    cycle collector a walk of 0.05 s after a 200-session export (8 % of it)."""

    role: str
    kids: list[Any] = field(default_factory=list)
    lang: str = ""
    alt: str = ""
    scope: str = ""  # for TH: "Row" or "Column"
    box: list[float] | None = None  # a Figure's bounding box on its page

    def add(self, role: str, **values: Any) -> StructElement:
        element = StructElement(role, **values)
        self.kids.append(element)
        return element

    def has_content(self) -> bool:
        return any(not isinstance(k, StructElement) or k.has_content() for k in self.kids)


class _ContentStream(Protocol):
    _code: list[str]  # the page's content operators so far


def _emit(canvas: Canvas, operator: str) -> None:
    """Write a marked-content operator (BDC, EMC) into the page's content: ReportLab has no
    public call for them. `Canvas._code` is ReportLab's own list of the page's operators; its
    type stubs do not declare private attributes, hence the cast."""
    cast(_ContentStream, canvas)._code.append(operator)


_LATIN_ONLY = re.compile(r"[\u0000-\u036f\u2000-\u206f\u20a0-\u20cf]*")


class Artifact:
    """What a flowable is tagged with when it prints only decoration (a rule)."""


ARTIFACT = Artifact()
Tag = StructElement | Artifact | None


def text_language(text: str, document: str) -> str:
    """The language of a paragraph when its script says it is not the document's: an Arabic
    outcome in an English summary is read in Arabic ("" when it is the document's)."""
    if text.isascii() or _LATIN_ONLY.fullmatch(text):
        return ""
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")
    cyrillic = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    letters = sum(1 for c in text if c.isalpha()) or 1
    for code, count in (("ar", arabic), ("zh", cjk), ("ru", cyrillic)):
        if count * 2 > letters:
            return "" if document.startswith(code) else code
    return ""


class Tagger:
    """Marked content on one canvas: MCIDs per page, and what each element was drawn as."""

    def __init__(self) -> None:
        self.document = StructElement("Document")
        self._next_mcid: dict[int, int] = {}
        self._open: list[StructElement] = []  # the elements being drawn, innermost last
        # The innermost element is entered but its marked content not begun yet (a list item's
        # body, whose number is drawn first): see `enter`.
        self._deferred = False
        self._artifact_depth = 0
        self.annotations: dict[int, int] = {}  # page index -> annotations made on it
        # A list number's text object after its origin, and its width (see _draw_bullet_once).
        self.bullets: dict[tuple[Any, ...], tuple[str, float]] = {}

    @staticmethod
    def of(canvas: Canvas) -> Tagger | None:
        return getattr(canvas, "tagger", None)

    def _page(self, canvas: Canvas) -> int:
        return canvas.getPageNumber() - 1

    def _begin(self, canvas: Canvas, element: StructElement, actual_text: str) -> None:
        page = canvas.getPageNumber() - 1
        next_mcid = self._next_mcid
        mcid = next_mcid.get(page, 0)
        next_mcid[page] = mcid + 1
        element.kids.append((page, mcid))
        head = _MARK_HEADS.get(element.role)
        if head is None:
            head = _MARK_HEADS[element.role] = f"/{_content_role(element.role)} << /MCID "
        if actual_text:
            operator = f"{head}{mcid} /ActualText {_pdf_text(actual_text)} >> BDC"
        else:
            operator = f"{head}{mcid} >> BDC"
        cast(_ContentStream, canvas)._code.append(operator)

    def enter(
        self,
        canvas: Canvas,
        element: StructElement,
        actual_text: str = "",
        deferred: bool = False,
    ) -> bool:
        """Content drawn from now belongs to `element` (a nested mark closes the outer one's
        sequence); False inside an artifact, where nothing is marked (then no `leave`).
        `deferred`: the caller draws a nested mark first (a list item's number before its
        text), so the element's own sequence begins only when that one ends, instead of an
        empty sequence before it (one MCID and BDC/EMC less per list item)."""
        if self._artifact_depth:
            return False
        if self._open and not self._deferred:
            cast(_ContentStream, canvas)._code.append("EMC")
        self._deferred = deferred
        if not deferred:
            self._begin(canvas, element, actual_text)
        self._open.append(element)
        return True

    def leave(self, canvas: Canvas) -> None:
        """End what `enter` began; the outer element goes on in a new marked-content sequence."""
        if not self._deferred:
            cast(_ContentStream, canvas)._code.append("EMC")
        self._deferred = False
        opened = self._open
        opened.pop()
        if opened:
            self._begin(canvas, opened[-1], "")

    def _resume(self, canvas: Canvas) -> None:
        """Begin a deferred element's sequence now: something else comes first after all."""
        if self._deferred:
            self._deferred = False
            self._begin(canvas, self._open[-1], "")

    @contextmanager
    def marked(
        self, canvas: Canvas, element: StructElement, actual_text: str = ""
    ) -> Iterator[None]:
        """Content drawn inside belongs to `element` (nested marks close the outer one)."""
        if not self.enter(canvas, element, actual_text):
            yield
            return
        try:
            yield
        finally:
            self.leave(canvas)

    @contextmanager
    def artifact(self, canvas: Canvas, kind: str = "Layout") -> Iterator[None]:
        """Decoration: page furniture, rules, table lines; readers skip it."""
        if self._artifact_depth:
            self._artifact_depth += 1
            try:
                yield
            finally:
                self._artifact_depth -= 1
            return
        self._resume(canvas)
        if self._open:
            _emit(canvas, "EMC")
        _emit(canvas, f"/Artifact << /Type /{kind} >> BDC")
        self._artifact_depth += 1
        try:
            yield
        finally:
            self._artifact_depth -= 1
            _emit(canvas, "EMC")
            if self._open:
                self._begin(canvas, self._open[-1], "")

    @contextmanager
    def spoken_as(self, canvas: Canvas, text: str) -> Iterator[None]:
        """Glyphs that stand for `text` (shaped Arabic, a run in visual order): a Span with
        ActualText, so extraction and screen readers get the characters as typed."""
        if self._artifact_depth or not self._open:
            yield
            return
        self._resume(canvas)
        _emit(canvas, f"/Span << /ActualText {_pdf_text(text)} >> BDC")
        try:
            yield
        finally:
            _emit(canvas, "EMC")

    def link(self, canvas: Canvas, alt: str, parent: StructElement | None = None) -> None:
        """A link annotation was just made on this page: a Link element in `parent` (by
        default the element being drawn)."""
        page = self._page(canvas)
        order = self.annotations.get(page, 0)
        self.annotations[page] = order + 1
        if parent is None:
            parent = self._open[-1] if self._open else self.document
        parent.add("Link", alt=alt, kids=[("annotation", page, order)])


# A role's marked-content operator up to its MCID ("/P << /MCID "), made once per role.
_MARK_HEADS: dict[str, str] = {}


def _content_role(role: str) -> str:
    return role if role.isalnum() else "Span"


def _pdf_text(text: str) -> str:
    """A PDF text string in UTF-16BE with BOM, as hex: any character, no escaping pitfalls."""
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


class TaggedDrawing:
    """Mixin for flowables that print a leaf of the structure: their drawing goes inside the
    marked content of `tag` (an element, or ARTIFACT). A flowable drawn a second time (a table
    header row repeated on the next page) is an Artifact: it was read the first time."""

    tag: Tag = None
    label_tag: StructElement | None = None  # a list item's number, drawn by the flowable
    _drawn_once = False

    def defers_its_mark(self) -> bool:
        """Whether the flowable's own marked content begins only after a nested mark ends:
        it draws its `label_tag` before anything else (a ReportLab paragraph's bullet), or
        it draws nothing at all (then no empty sequence is marked)."""
        return False

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        tagger = Tagger.of(canvas)
        if tagger is None or self.tag is None:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
            return
        if isinstance(self.tag, Artifact) or self._drawn_once:
            with tagger.artifact(canvas):
                super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
            return
        self._drawn_once = True
        canvas.bullet_label = self.label_tag  # type: ignore[attr-defined]
        # enter/leave rather than `marked`: a context manager per paragraph costs more.
        entered = tagger.enter(canvas, self.tag, deferred=self.defers_its_mark())
        try:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
        finally:
            if entered:
                tagger.leave(canvas)
            canvas.bullet_label = None  # type: ignore[attr-defined]

    def tag_parts(self, parts: list[Any]) -> list[Any]:
        """The parts a split makes print the same element; only the first has the number."""
        for index, part in enumerate(parts):
            if hasattr(part, "tag"):
                part.tag = self.tag
                part.label_tag = self.label_tag if index == 0 else None
        return parts


def tag(flowable: Any, element: Tag, label: StructElement | None = None) -> Any:
    """Hang a structure element on a flowable (and on the parts it splits into); a list item
    and the note under it (ItemWithNote) both print the element."""
    inner = [
        getattr(flowable, name) for name in ("item", "note", "inner") if hasattr(flowable, name)
    ]
    if inner:
        for index, part in enumerate(inner):
            tag(part, element, label if index == 0 else None)
    elif hasattr(flowable, "tag"):
        flowable.tag = element
        flowable.label_tag = label
    return flowable


# ReportLab draws a paragraph's list number (its "bullet") inside the paragraph's own drawing,
# with no hook; the number is the list item's Lbl, not part of its LBody. So the module
# function that draws it is wrapped, once, to mark what it draws as the label the paragraph
# being drawn names (`canvas.bullet_label`); with no tagger on the canvas it does as before.
# (Through the module's dict: the type stubs leave out ReportLab's private functions.)
_original_draw_bullet: Callable[..., Any] = vars(_rl_paragraph)["_drawBullet"]


def _draw_labelled_bullet(
    canvas: Canvas, offset: float, cur_y: float, bullet: Any, style: Any, rtl: Any
) -> Any:
    tagger = Tagger.of(canvas)
    label = getattr(canvas, "bullet_label", None)
    if tagger is None or label is None:
        return _original_draw_bullet(canvas, offset, cur_y, bullet, style, rtl)
    entered = tagger.enter(canvas, label)
    try:
        return _draw_bullet_once(canvas, tagger, offset, cur_y, bullet, style, rtl)
    finally:
        if entered:
            tagger.leave(canvas)


def _draw_bullet_once(
    canvas: Canvas, tagger: Tagger, offset: float, cur_y: float, bullet: Any, style: Any, rtl: Any
) -> Any:
    """A list number as ReportLab draws it (`_drawBullet`), its text object made once per
    number and style in this document: "BT <origin> Tm" then the same font, colour and glyph
    codes each time (a character's code in the font subset does not change once given). The
    operators written are ReportLab's own, byte for byte; only the origin is new."""
    if (
        rtl
        or type(bullet) is not str
        or style.bulletAnchor != "start"
        or not canvas.bottomup
        or getattr(style, "bulletOffsetY", 0)
    ):
        return _original_draw_bullet(canvas, offset, cur_y, bullet, style, rtl)
    size = style.bulletFontSize
    key = (bullet, style.bulletFontName, size, getattr(style, "bulletColor", style.textColor))
    cached = tagger.bullets.get(key)
    x = style.bulletIndent
    if cached is None:
        code = cast(_ContentStream, canvas)._code
        start = len(code)
        offset = _original_draw_bullet(canvas, offset, cur_y, bullet, style, rtl)
        written = code[start:]
        origin = f"BT 1 0 0 1 {fp_str(x, cur_y)} Tm"
        if len(written) == 1 and written[0].startswith(origin):
            width = canvas.stringWidth(bullet, style.bulletFontName, size)
            tagger.bullets[key] = (written[0][len(origin) :], width)
        return offset
    tail, width = cached
    _emit(canvas, f"BT 1 0 0 1 {fp_str(x, cur_y)} Tm{tail}")
    return max(offset, x + width + size * 0.6 - style.leftIndent)


vars(_rl_paragraph)["_drawBullet"] = _draw_labelled_bullet
