"""The words around a match: found again in the record's original text, folded the same way
as the index (core/search_index.py), so a person sees what they typed in what was written."""

from __future__ import annotations

from dataclasses import dataclass

from cmcoord_desktop.core.search_index import CONTEXT_TABLE, is_cjk

CONTEXT_CHARS = 40

Needles = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Context:
    """Words around the first match in one field: `before`, the `match` itself, `after`."""

    field: str
    before: str
    match: str
    after: str

    def marked(self, left: str = "[", right: str = "]") -> str:
        return f"{self.before}{left}{self.match}{right}{self.after}"


def _fold_with_map(original: str) -> tuple[str, list[int] | None]:
    """`original` folded for finding words (no CJK spacing), with for each folded character
    the index of the original character it came from (None: the same index, the usual case)."""
    folded = original.translate(CONTEXT_TABLE)
    if len(folded) == len(original):
        return folded, None
    where: list[int] = []
    for index, char in enumerate(original):
        where.extend([index] * len(CONTEXT_TABLE[ord(char)]))
    return folded, where


def one_line(text: str) -> str:
    return " ".join(text.split())


def needles_for(terms: tuple[str, ...]) -> Needles:
    """Each folded term as it appears in text folded for context, and whether it is Chinese or
    Japanese (found anywhere, not only at the start of a word)."""
    needles = []
    for term in terms:
        cjk = all(_is_cjk_text(part) for part in term.split())
        needles.append((term.replace(" ", "") if cjk else term, cjk))
    return tuple(needles)


def find_context(original: str, terms: tuple[str, ...], name: str) -> Context | None:
    """The first place in `original` where one of the folded terms starts a word (anywhere,
    for Chinese and Japanese), with some words either side."""
    return context_in(original, needles_for(terms), name)


def context_in(original: str, needles: Needles, name: str) -> Context | None:
    if not original:
        return None
    folded, where = _fold_with_map(original)
    best: tuple[int, int, bool] | None = None
    for needle, cjk in needles:
        start = 0
        while (found := folded.find(needle, start)) >= 0:
            if cjk or found == 0 or not folded[found - 1].isalnum():
                if best is None or found < best[0]:
                    best = (found, found + len(needle), cjk)
                break
            start = found + 1
    if best is None:
        return None
    first = best[0] if where is None else where[best[0]]
    last = (best[1] - 1 if where is None else where[best[1] - 1]) + 1
    while not best[2] and last < len(original) and original[last].isalnum():  # a prefix's word
        last += 1
    before = original[max(0, first - CONTEXT_CHARS) : first]
    after = original[last : last + CONTEXT_CHARS]
    if first > CONTEXT_CHARS:
        before = "…" + before
    if last + CONTEXT_CHARS < len(original):
        after += "…"
    return Context(
        name,
        one_line(before) + (" " if before[-1:].isspace() else ""),
        one_line(original[first:last]),
        (" " if after[:1].isspace() else "") + one_line(after),
    )


def _is_cjk_text(text: str) -> bool:
    return bool(text) and all(is_cjk(c) for c in text)
