"""The Qt-free seam for words people read: core, export, sync and the command line translate here.

`translate(context, text, n)` is the name pyside6-lupdate reads (as it reads Qt's own
`QCoreApplication.translate`), so these strings land in the same catalogues as the window's.
The window fills the hook with Qt's translators (ui/language.py); the command line with the
catalogue read without Qt (core/ts_catalogue.py). Unfilled, the text comes back in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source text, count or -1) -> the text people read; %n already replaced by count.
Translator = Callable[[str, str, int], str]


def _english(_context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: list[Translator] = [_english]  # one slot: the hook is filled once per program


def set_translator(translator: Translator | None) -> None:
    """The window or the command line says how to translate; None puts English back."""
    _translator[0] = translator or _english


def translate(context: str, text: str, n: int = -1) -> str:
    """`text` in the program's language; with n >= 0 the plural form for n, %n replaced."""
    said = _translator[0](context, text, n)
    return said if n < 0 else _english_plural(said, n)


# Plural sources may be written as English reads them with both forms marked: "%n conflict(s)",
# "%n conflicted (copy|copies)". A catalogue with the sentence's forms (any language's, English's
# too) gives the right one; where none did (no catalogue, or English's lacking that sentence) the
# mark is resolved here for n. Plural translations never hold these marks.
_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def _english_plural(text: str, n: int) -> str:
    if "(" not in text:
        return text
    one = n == 1
    text = text.replace("(s)", "" if one else "s")
    return _CHOICE.sub(lambda m: m.group(1) if one else m.group(2), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks a string in a table for the catalogues; it is translated where it is shown."""
    del context
    return text


class Plurals:
    """Plural sentences of the Qt-free layers: `plurals.tr("Searched the first %n words.", "",
    count)`.

    pyside6-lupdate marks a string as a plural (numerus) only in a `.tr(text, "", count)` call,
    in the context named by what stands before `.tr` (it ignores the count of a
    `translate(context, text, count)` whose count is not a literal number): so the one object
    below is named as its context, "plurals"."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        del disambiguation  # part of Qt's call, which lupdate reads; none of ours needs one
        return translate(self.context, text, n)


plurals = Plurals("plurals")
