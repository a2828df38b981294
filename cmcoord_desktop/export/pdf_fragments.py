"""Paragraph fragments for our own markup, made without ReportLab's markup parser.

A summary has thousands of paragraphs and ReportLab parses each one's markup with an HTML parser
(about a third of the time spent building the story). Our markup only ever has the shapes
`rich` and `TextMaker` write: escaped user text, `<font ...>` switches and `<br/>`. So each shape
is parsed once, with a placeholder for every piece of text, and each paragraph of that shape
gets copies of those fragments holding its own text. User text never reaches the parser at all.

The text is cleaned as `Paragraph` cleans markup first (whitespace runs become one space, the
ends are stripped), so the fragments carry the same characters the parser would give.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

_TAG = re.compile(r"(<[^>]*>)")
_PLACEHOLDER = "x"


def _unescape(text: str) -> str:
    # `escape_markup` writes only these three entities (and `<br/>`, a tag).
    if "&" not in text:
        return text
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class FragmentMaker:
    """Fragments of our markup in one paragraph style; parses each shape of markup once."""

    def __init__(self) -> None:
        self._shapes: dict[tuple[str, str], list[ParaFrag] | None] = {}

    def fragments(self, markup: str, style: ParagraphStyle) -> list[ParaFrag] | None:
        """The fragments ReportLab's parser would make of `markup` (adjacent pieces of one font
        joined), or None for a shape this cannot copy (the caller then parses the markup)."""
        parts = _TAG.split(cleanBlockQuotedText(markup))
        texts = [_unescape(text) for text in parts[0::2] if text]
        shape = "".join(
            part if index % 2 else (_PLACEHOLDER if part else "")
            for index, part in enumerate(parts)
        )
        key = (style.name, shape)
        if key not in self._shapes:
            self._shapes[key] = _parse_shape(shape, style, len(texts))
        template = self._shapes[key]
        if template is None:
            return None
        pieces = iter(texts)
        frags = []
        for frag in template:
            copy = frag.clone()
            if not getattr(frag, "lineBreak", False):
                copy.text = next(pieces)
            frags.append(copy)
        return frags


def _parse_shape(shape: str, style: ParagraphStyle, pieces: int) -> list[ParaFrag] | None:
    frags: list[ParaFrag] | None  # ReportLab's parser: (style, fragments, bullet fragments)
    _, frags, bullet_frags = ParaParser().parse(shape, style)
    if frags is None or bullet_frags:
        return None
    texts = [f for f in frags if not getattr(f, "lineBreak", False)]
    if len(texts) != pieces or any(f.text != _PLACEHOLDER for f in texts):
        return None
    if any(f.text for f in frags if getattr(f, "lineBreak", False)):
        return None
    return frags
