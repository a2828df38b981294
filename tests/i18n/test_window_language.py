"""The window in another language: at start, switched at run time, and when a catalogue fails."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cmcoord_desktop.app import WindowStart, build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.languages import TRANSLATED
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.ts_catalogue import TsCatalogue
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.language import SETTINGS_KEY, WindowLanguage, translations_dir

ROOT = Path(__file__).resolve().parents[2]


def menu_titles(window) -> list[str]:  # noqa: ANN001
    return [action.text() for action in window.menuBar().actions()]


def language_menu(window):  # noqa: ANN001, ANN201
    from cmcoord_desktop.ui.language_menu import LanguageMenu

    return window.findChild(LanguageMenu, "menu_language")


def test_started_with_language_fr_the_window_is_french(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    with Store(data_dir) as store:
        repository.create_event(store, title="HNPW 2017")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, Dialogs(), settings, language="fr")
    try:
        qtbot.addWidget(start.window)
        start.window.show()
        qtbot.waitUntil(lambda: start.store is not None and start.window.filled, timeout=20_000)
        window = start.window
        assert start.language.code == "fr" and start.language.problem is None
        assert language_menu(window).title() == "&Langue"
        assert menu_titles(window) == ["&Fichier", "&Édition", "&Affichage", "Aid&e"]
        assert window.actions_by_id["new_event"].text() == "Nouvel &événement"
        assert window.events_panel.heading.text() == "Événements"
        assert window.sessions_panel.heading.text() == "Séances"
        # Qt's own words come in French too (qtbase_fr.qm): a standard button.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
        # --language is for this run: the remembered choice is untouched.
        assert settings.value(SETTINGS_KEY) is None
    finally:
        start.language.switch("en")
        start.close()


def test_switching_language_keeps_the_typing_in_progress(
    qtbot,
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,  # noqa: ANN001
) -> None:
    repository.create_event(store, title="HNPW 2017")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, language=language)
    qtbot.addWidget(window)
    window.show()
    window.events_panel.filter_box.setFocus()
    qtbot.keyClicks(window.events_panel.filter_box, "HNPW")
    assert window.events_panel.heading.text() == "Events"

    language_menu(window).findChild(type(window.menuBar().actions()[0]), "language_es").trigger()

    assert language.code == "es"
    # Qt posts LanguageChange to every widget: shown on the next turn of the event loop.
    qtbot.waitUntil(lambda: window.events_panel.heading.text() == "Eventos")
    assert window.events_panel.filter_box.text() == "HNPW"  # the typing is still there
    assert menu_titles(window)[0] == "&Archivo"
    assert window.actions_by_id["export_summary"].text() == "E&xportar resumen…"
    assert window.events_panel.filter_box.placeholderText().startswith("Filtrar eventos")
    assert QApplication.focusWidget() is window.events_panel.filter_box
    assert language.settings.value(SETTINGS_KEY) == "es"  # remembered for the next start

    language_menu(window).findChild(type(window.menuBar().actions()[0]), "language_ar").trigger()
    qtbot.waitUntil(lambda: window.events_panel.heading.text() == "الفعاليات")
    # Qt's Arabic catalogue turns the whole window right to left by itself.
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    language.switch("en")
    qtbot.waitUntil(lambda: window.events_panel.heading.text() == "Events")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_remembered_language_is_used_at_the_next_start(language: WindowLanguage) -> None:
    language.switch("ru")
    again = WindowLanguage(language.settings)
    assert again.start() == "ru"


@pytest.mark.parametrize("requested", ["de", "xx-YY", "klingon"])
def test_an_unknown_language_gives_english_and_one_sentence(
    language: WindowLanguage, requested: str
) -> None:
    assert language.start(requested) == "en"
    assert language.problem is not None and requested in language.problem
    assert "\n" not in language.problem and "Traceback" not in language.problem


def test_a_regional_code_finds_the_language_we_have(language: WindowLanguage) -> None:
    assert language.start("fr_CA") == "fr"
    assert language.start("zh-TW") == "zh"
    assert language.problem is None


@pytest.mark.parametrize("damage", [b"", b"not a catalogue at all", None])
def test_a_damaged_or_missing_catalogue_gives_english_and_one_sentence(
    qtbot,
    store: Store,
    tmp_path: Path,
    damage: bytes | None,  # noqa: ANN001
) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    target = folder / "cmcoord_fr.qm"
    if damage is None:
        target.unlink()
    else:
        target.write_bytes(damage)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    language = WindowLanguage(settings, catalogue_dir=folder)
    try:
        assert language.start("fr") == "en"
        assert "cmcoord_fr.qm" in (language.problem or "")
        window = build_window(store, settings, language=language)
        qtbot.addWidget(window)
        qtbot.wait(50)  # any LanguageChange still on its way
        # Every label still says something: English, never an empty text.
        assert window.events_panel.heading.text() == "Events"
        assert [t for t in menu_titles(window) if not t.replace("&", "").strip()] == []
        assert window.statusBar().currentMessage() == language.problem
    finally:
        language.switch("en")


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_command_line_chooses_the_same_plural_forms_as_qt(code: str) -> None:
    qt = QTranslator()
    assert qt.load(str(translations_dir() / f"cmcoord_{code}.qm"))
    ours = TsCatalogue(code)
    source = "%n deleted record(s)"
    for n in range(0, 260):
        from_qt = qt.translate("TrashDock", source, None, n)
        assert ours("TrashDock", source, n) == from_qt.replace("%n", str(n)), n


def test_the_command_lines_help_in_french() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--language", "fr", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    shown = " ".join(done.stdout.split())  # argparse wraps the lines
    assert "travailler sur une copie neuve de l'atelier de démonstration" in shown


def test_the_command_line_with_an_unknown_language_says_so_once(
    store: Store, data_dir: Path
) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cmcoord_desktop",
            "--language",
            "xx",
            "--data-dir",
            str(data_dir),
            "export",
            "--all",
            "--format",
            "json",
            "--out",
            str(data_dir.parent / "out.json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("“xx”") == 1 and "Traceback" not in done.stderr


def test_untranslated_system_locale_gives_english(language: WindowLanguage, monkeypatch) -> None:  # noqa: ANN001
    from cmcoord_desktop.core.languages import choose_language

    choice = choose_language(None, ["de-DE", "de"])
    assert choice.language.code == "en" and "de-DE" in (choice.message or "")
    assert choose_language(None, ["de-DE", "fr-FR"]).language.code == "fr"
    assert QCoreApplication.translate("Panels", "Events") == "Events"


def test_dates_and_numbers_follow_the_language(language: WindowLanguage) -> None:
    import datetime as dt

    from PySide6.QtCore import QLocale

    from cmcoord_desktop.ui.local_format import day_month_year

    day = dt.date(2017, 2, 7)
    language.start("fr")
    assert day_month_year(day) == "7 févr. 2017"
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
    language.start("ru")
    assert day_month_year(day) == "7 февр. 2017"
    language.start("zh")
    assert day_month_year(day) == "2017年2月7日"
    language.start("en")
    assert day_month_year(day) == "7 Feb 2017"


def test_english_keeps_the_systems_own_region(language: WindowLanguage) -> None:
    """A US system stays month-first in English (typed dates are read that way too)."""
    from PySide6.QtCore import QLocale

    from cmcoord_desktop.core.languages import primary_code

    language.start("en")
    if primary_code(QLocale.system().name()) == "en":
        assert QLocale().name() == QLocale.system().name()
    else:
        assert QLocale().name() == "en_GB"
