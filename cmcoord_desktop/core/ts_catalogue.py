"""Our .ts catalogues read without Qt, for the command line (which must not import PySide6).

The window loads the compiled .qm through QTranslator; both are made from the same .ts by
scripts/build_translations.py, and tests/i18n checks that both choose the same plural forms.
"""

from __future__ import annotations

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


def catalogue_path(code: str) -> Path:
    return resources_dir() / "translations" / f"cmcoord_{code}.ts"


class CatalogueError(Exception):
    """A catalogue that is missing or cannot be read: the caller falls back to English."""


class TsCatalogue:
    """The finished translations of one .ts file: (context, source) -> text or plural forms."""

    def __init__(self, code: str, path: Path | None = None) -> None:
        self.code = code
        self.plural_form = PLURAL_FORM.get(code, _one_form)
        path = path or catalogue_path(code)
        try:
            if path.stat().st_size > MAX_CATALOGUE_BYTES:
                raise CatalogueError(f"{path.name} is too large to be a catalogue")
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError) as exc:
            raise CatalogueError(f"{path.name} cannot be read ({exc})") from exc
        self.messages: dict[tuple[str, str], list[str]] = {}
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

    def __call__(self, context: str, text: str, n: int = -1) -> str:
        forms = self.messages.get((context, text))
        if forms is None:
            chosen = text
        elif n >= 0:
            chosen = forms[min(self.plural_form(n), len(forms) - 1)]
        else:
            chosen = forms[0]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen
