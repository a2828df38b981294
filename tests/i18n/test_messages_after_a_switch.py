"""What the window still shows after View › Language is in the new language: the messages
under the fields (made by the Qt-free rules in core/validation.py when the field was left) and
the status bar's "Not saved" (the core's DataFolderError) are said again, not kept in the
language they were first said in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.language import WindowLanguage
from cmcoord_desktop.ui.language_menu import LanguageMenu
from cmcoord_desktop.ui.main_window import MainWindow
from tests.disk_filling import full_disk
from tests.ui.dialogs_fake import ScriptedDialogs
from tests.ui.editor_helpers import field_message, form_field, open_the_event, open_the_session


def choose_language(window: MainWindow, code: str) -> None:
    """View › Language › the language, as a person picks it."""
    menu = window.findChild(LanguageMenu, "menu_language")
    action = menu.findChild(QAction, f"language_{code}")
    assert action is not None and action in menu.actions()
    action.trigger()


def shown_window(qtbot, store: Store, tmp_path: Path, language, dialogs=None):  # noqa: ANN001, ANN201
    """The window shown and active, as a person has it in front of them."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, *([dialogs] if dialogs else []), language=language)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_fields_refusal_follows_the_language_switch(
    qtbot,
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,  # noqa: ANN001
) -> None:
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title="Opening plenary", delegates=92)
    window = shown_window(qtbot, store, tmp_path, language)
    open_the_session(qtbot, window, session)
    delegates = form_field(window, "delegates")
    delegates.setFocus()
    delegates.selectAll()
    qtbot.keyClicks(delegates, "about 90")
    form_field(window, "notes").setFocus()  # leaving the field tries to write it
    assert field_message(window, "delegates") == "Type a whole number, like 35"

    choose_language(window, "fr")
    qtbot.waitUntil(lambda: field_message(window, "delegates") != "Type a whole number, like 35")
    assert field_message(window, "delegates") == "Saisissez un nombre entier, par exemple 35"
    assert delegates.text() == "about 90"  # still there, still not stored
    choose_language(window, "es")
    qtbot.waitUntil(
        lambda: field_message(window, "delegates") == "Escriba un número entero, por ejemplo 35"
    )
    choose_language(window, "en")
    qtbot.waitUntil(lambda: field_message(window, "delegates") == "Type a whole number, like 35")


def test_a_date_refused_against_another_field_follows_the_language_switch(
    qtbot,
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,  # noqa: ANN001
) -> None:
    event = repository.create_event(store, title="HNPW 2017", start_date=dt.date(2017, 11, 4))
    window = shown_window(qtbot, store, tmp_path, language)
    open_the_event(qtbot, window, event.id)
    end = form_field(window, "end_date")
    end.setFocus()
    qtbot.keyClicks(end, "2017-11-03")
    form_field(window, "host").setFocus()
    assert field_message(window, "end_date") == "The end date is before the start date"

    choose_language(window, "fr")
    qtbot.waitUntil(
        lambda: (
            field_message(window, "end_date") == "La date de fin est antérieure à la date de début"
        )
    )
    assert end.text() == "2017-11-03"
    assert repository.get(store, type(event), event.id).end_date is None


def test_not_saved_says_why_in_the_new_language(
    qtbot,
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,  # noqa: ANN001
) -> None:
    """The disk filled up while typing: the status bar's "Not saved" and its tool tip (the
    store's DataFolderError, made in the Qt-free core) and the field's line follow the switch."""
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title="Dangerous Work", notes="Access")
    window = shown_window(qtbot, store, tmp_path, language, ScriptedDialogs())
    open_the_session(qtbot, window, session)
    notes = form_field(window, "notes")
    notes.setFocus()
    with full_disk(store):
        QApplication.clipboard().setText(" Civil-military coordination in the field." * 3000)
        qtbot.keyClick(notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # pasted
        form_field(window, "panel").setFocus()
        qtbot.waitUntil(lambda: "Not saved" in window.saved_label.text())
        assert "the disk holding it is full" in window.saved_label.toolTip()
        assert field_message(window, "notes").startswith("Not saved yet")

        choose_language(window, "fr")
        qtbot.waitUntil(lambda: window.saved_label.text().startswith("Non enregistré"))
        tip = window.saved_label.toolTip()
        assert "le disque qui le contient est plein" in tip, tip
        assert "Ce que vous avez saisi reste à l'écran" in tip, tip
        assert "the disk" not in tip and "What you typed" not in tip, tip
        assert field_message(window, "notes").startswith("Pas encore enregistré")


def test_a_passing_hint_in_the_status_bar_does_not_stay_in_the_old_language(
    qtbot,
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,  # noqa: ANN001
) -> None:
    window = shown_window(qtbot, store, tmp_path, language, ScriptedDialogs())
    window.events_panel.focus_list()
    qtbot.keyClick(
        window.events_panel.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    english = window.statusBar().currentMessage()
    assert english.startswith("Select a session first"), english

    choose_language(window, "fr")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != english)
    assert window.statusBar().currentMessage() == ""
    assert (
        window.saved_label.text()
        == "Toutes les modifications sont enregistrées au fil de la saisie"
    )
