"""Our catalogues read without Qt, for the command line (which must not import PySide6).

The window loads the compiled .qm through QTranslator; the command line reads the same .qm
files here (`QmCatalogue`), so the program carries no .ts sources. Both are made from the .ts
by scripts/build_translations.py; `TsCatalogue` reads the sources themselves, for the tests,
which check that both give the same translations and that Qt chooses the same plural forms.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

from cmcoord_desktop.core.paths import resources_dir

MAX_CATALOGUE_BYTES = 5_000_000  # ours are ~100 kB: anything far larger is not one of them


def _arabic(n: int) -> int:
    # Qt's six Arabic forms: zero, one, two, few (3-10), many (11-99), other (100, 101, 102...)
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if n % 100 >= 11:
        return 4
    return 5


def _russian(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _one_form(_n: int) -> int:
    return 0


# Which numerus form Qt picks for n, per language (Qt's own rules in qtranslator's table).
PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "ar": _arabic,
    "zh": _one_form,
    "fr": lambda n: 0 if n <= 1 else 1,
    "ru": _russian,
    "es": lambda n: 0 if n == 1 else 1,
    "en": lambda n: 0 if n == 1 else 1,
}


def catalogue_path(code: str, suffix: str = ".ts") -> Path:
    return resources_dir() / "translations" / f"cmcoord_{code}{suffix}"


class CatalogueError(Exception):
    """A catalogue that is missing or cannot be read: the caller falls back to English."""


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_CATALOGUE_BYTES:
            raise CatalogueError(f"{path.name} is too large to be a catalogue")
        return path.read_bytes()
    except OSError as exc:
        raise CatalogueError(f"{path.name} cannot be read ({exc})") from exc


class _Catalogue:
    """Translations by (context, source): one text, or the plural forms in Qt's order."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.plural_form = PLURAL_FORM.get(code, _one_form)
        self.messages: dict[tuple[str, str], list[str]] = {}

    def __call__(self, context: str, text: str, n: int = -1) -> str:
        forms = self.messages.get((context, text))
        if forms is None:
            chosen = text
        elif n >= 0:
            chosen = forms[min(self.plural_form(n), len(forms) - 1)]
        else:
            chosen = forms[0]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen


# Qt's .qm layout (qttools' translator, as lrelease writes it): a magic number, then blocks of
# a tag byte and a big-endian length; the messages block holds one record per message, each
# a list of tagged fields up to an end tag. Translations are UTF-16BE (one field per plural
# form), sources and contexts UTF-8. The hash block (for Qt's lookup) is not needed here.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


class QmCatalogue(_Catalogue):
    """The translations of one compiled .qm file: what the window shows, read without Qt."""

    def __init__(self, code: str, path: Path | None = None) -> None:
        super().__init__(code)
        path = path or catalogue_path(code, ".qm")
        try:
            self._parse(_read(path))
        except (struct.error, UnicodeDecodeError, ValueError) as exc:
            raise CatalogueError(f"{path.name} is not a Qt catalogue ({exc})") from exc

    def _parse(self, data: bytes) -> None:
        if not data.startswith(QM_MAGIC):
            raise ValueError("no .qm magic number")
        position = len(QM_MAGIC)
        while position < len(data):
            tag, length = struct.unpack_from(">BI", data, position)
            position += 5
            if tag == _QM_MESSAGES:
                self._messages(data[position : position + length])
            position += length

    def _messages(self, block: bytes) -> None:
        position = 0
        forms: list[str] = []
        fields: dict[int, str] = {}
        while position < len(block):
            tag = block[position]
            position += 1
            if tag == _END:
                if all(forms):
                    self.messages[(fields.get(_CONTEXT, ""), fields.get(_SOURCE, ""))] = forms
                forms, fields = [], {}
                continue
            if tag == _OBSOLETE1:
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                raise ValueError(f"unknown field {tag:#x}")
            (length,) = struct.unpack_from(">I", block, position)
            position += 4
            value = block[position : position + length]
            position += length
            if tag == _TRANSLATION:
                forms.append(value.decode("utf-16-be"))
            else:
                fields[tag] = value.decode("utf-8")
        if forms or fields:
            raise ValueError("the last message has no end")


class TsCatalogue(_Catalogue):
    """The finished translations of one .ts source file (the tests compare it with the .qm)."""

    def __init__(self, code: str, path: Path | None = None) -> None:
        super().__init__(code)
        path = path or catalogue_path(code)
        data = _read(path)
        try:
            root = ElementTree.fromstring(data)
        except ElementTree.ParseError as exc:
            raise CatalogueError(f"{path.name} cannot be read ({exc})") from exc
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms or [translation.text or ""]
                if all(texts):
                    self.messages[(name, message.findtext("source", ""))] = texts
