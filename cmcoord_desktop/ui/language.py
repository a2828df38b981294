"""The window's language: our catalogue and Qt's own, chosen at start and switched at run time.

Installing or removing a QTranslator sends every widget QEvent.LanguageChange; each widget that
shows our words re-reads them in its `changeEvent` (see `retranslate_on_change`), so a switch
needs no restart and leaves every field, and the typing in progress in it, as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core import words
from cmcoord_desktop.core.languages import (
    BY_CODE,
    ENGLISH,
    Language,
    choose_language,
    primary_code,
)
from cmcoord_desktop.core.paths import resources_dir
from cmcoord_desktop.ui import mirroring

SETTINGS_KEY = "window/language"  # a language code; absent or "" follows the system
log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm are: Qt's translations folder, else the one beside PySide6's
    package (the bundle keeps them there; build.spec keeps the six languages' only)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]


def _qt_translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


class WindowLanguage(QObject):
    """Which language the window speaks; `problem` is the one sentence to show when it is not
    the one asked for (a damaged catalogue, an unknown code, an untranslated system locale)."""

    changed = Signal(str)  # the language code now in use

    def __init__(
        self,
        settings: QSettings,
        catalogue_dir: Path | None = None,
        qt_catalogue_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.catalogue_dir = catalogue_dir or translations_dir()
        self.qt_catalogue_dirs = [qt_catalogue_dir] if qt_catalogue_dir else qt_translations_dirs()
        self.code = ENGLISH
        self.problem: str | None = None
        self._installed: list[QTranslator] = []

    def saved_choice(self) -> str:
        return str(self.settings.value(SETTINGS_KEY, "") or "")

    def start(self, requested: str | None = None) -> str:
        """At start: `requested` (--language) if given, else the remembered choice, else the
        system's language. Returns the code in use."""
        choice = choose_language(
            requested or self.saved_choice() or None, QLocale.system().uiLanguages()
        )
        self.problem = choice.message
        self._apply(choice.language)
        return self.code

    def switch(self, code: str) -> str:
        """View › Language: `code`, or "" for the system's language; remembered."""
        self.settings.setValue(SETTINGS_KEY, code)
        choice = choose_language(code or None, QLocale.system().uiLanguages())
        self.problem = choice.message
        if choice.language.code != self.code or self.problem:
            self._apply(choice.language)
        return self.code

    def _apply(self, language: Language) -> None:
        app = QCoreApplication.instance()
        assert app is not None, "the QApplication comes first"
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()  # a switch to and fro many times keeps no old catalogue
        self._installed = []
        if language.code != ENGLISH:
            ours = QTranslator(self)
            path = self.catalogue_dir / f"cmcoord_{language.code}.qm"
            if not (ours.load(str(path)) and not ours.isEmpty()):
                # A damaged or missing catalogue: English, with no empty label anywhere.
                self.problem = (
                    f"The {language.name} translation ({path.name}) is missing or damaged: "
                    "the window is in English. Reinstalling CMCoord Desktop brings it back."
                )
                log.warning("cannot load %s", path)
                language = BY_CODE[ENGLISH]
            else:
                self._installed.append(ours)
                qt_own = QTranslator(self)
                # Qt's buttons and dialogs; without them those stay English, nothing else.
                name = f"qtbase_{language.qt_catalogue}"
                if any(qt_own.load(name, str(folder)) for folder in self.qt_catalogue_dirs):
                    self._installed.append(qt_own)
                else:
                    log.warning("no %s.qm in %s", name, self.qt_catalogue_dirs)
        # Dates and numbers as the language writes them; the system's own region when it speaks
        # that language (en_US keeps month-first dates, fr_CA its own), else the language's.
        system = QLocale.system()
        same = primary_code(system.name()) == language.code
        QLocale.setDefault(system if same else QLocale(language.locale))
        if language.code == ENGLISH:
            # English's plural forms ("1 delegate", "92 delegates"); without them "(s)" shows.
            plurals = QTranslator(self)
            if plurals.load(str(self.catalogue_dir / "cmcoord_en.qm")):
                self._installed.append(plurals)
        for translator in self._installed:
            app.installTranslator(translator)
        if isinstance(app, QApplication):  # the window mirrors for Arabic, docks and icons too
            mirroring.apply_layout_direction(app, language.code)
        words.set_translator(_qt_translate if self._installed else None)
        self.code = language.code
        self.changed.emit(self.code)
