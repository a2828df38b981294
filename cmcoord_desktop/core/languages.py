"""The languages the window speaks, and which one a requested code or the system's locale means."""

from __future__ import annotations

import os
from dataclasses import dataclass

ENGLISH = "en"


@dataclass(frozen=True)
class Language:
    code: str  # the catalogue's suffix: resources/translations/cmcoord_<code>.qm
    name: str  # in its own script: a person finds their language without reading the others
    locale: str  # the QLocale for dates, times and numbers
    qt_catalogue: str  # Qt's own strings (buttons, file dialogs): qtbase_<this>.qm


LANGUAGES: tuple[Language, ...] = (
    Language("ar", "العربية", "ar", "ar"),
    Language("zh", "中文", "zh_CN", "zh_CN"),
    Language(ENGLISH, "English", "en_GB", ""),
    Language("fr", "Français", "fr_FR", "fr"),
    Language("ru", "Русский", "ru_RU", "ru"),
    Language("es", "Español", "es_ES", "es"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
TRANSLATED = tuple(language.code for language in LANGUAGES if language.code != ENGLISH)


def primary_code(name: str) -> str:
    """'fr_CA.UTF-8', 'fr-ca', 'FR' -> 'fr'; 'C' and 'POSIX' -> ''."""
    base = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    return "" if base in ("c", "posix") else base


def language_for(name: str) -> Language | None:
    """The language we have for a locale name or code (zh_TW reads the Chinese we have)."""
    return BY_CODE.get(primary_code(name))


def system_locale_names(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[str]:
    """The system's languages in order of preference, as the command line sees them (POSIX)."""
    names: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            names.extend(part for part in value.split(":") if part)
            if variable != "LANGUAGE":
                break
    return names


@dataclass(frozen=True)
class Choice:
    language: Language
    message: str | None  # why it is not what was asked for, said once; None when it is


def choose_language(requested: str | None, system_names: list[str]) -> Choice:
    """The language to use: the one asked for (View › Language, --language), else the
    system's first language we translate, else English; with a sentence when that is not
    what was asked for."""
    if requested:
        found = language_for(requested)
        if found is not None:
            return Choice(found, None)
        return Choice(
            BY_CODE[ENGLISH],
            f"There is no translation for the language “{requested}”: CMCoord Desktop speaks "
            f"English instead (available: {', '.join(sorted(BY_CODE))}).",
        )
    for name in system_names:
        found = language_for(name)
        if found is not None:
            return Choice(found, None)
    first = next((n for n in system_names if primary_code(n)), None)
    if first is None:
        return Choice(BY_CODE[ENGLISH], None)
    return Choice(
        BY_CODE[ENGLISH],
        f"The system's language ({first}) has no translation yet: the window is in English. "
        "View › Language offers Arabic, Chinese, French, Russian and Spanish.",
    )
