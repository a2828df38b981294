"""The capture forms in the window's language: row headings, placeholders and the context line
read in French when the window starts in French, and follow View › Language at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit

from cmcoord_desktop.app import WindowStart
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
from tests.isolates import plain


def headings(form) -> list[str]:  # noqa: ANN001
    return [label.text() for label in form.findChildren(QLabel, "fieldLabel")]


def placeholders(form) -> list[str]:  # noqa: ANN001
    return [edit.placeholderText() for edit in form.findChildren(QLineEdit) if edit.isVisible()]


def test_the_session_form_reads_in_french_and_follows_the_language_switch(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    with Store(data_dir) as store:
        event = repository.create_event(store, title="HNPW 2017")
        session = repository.create_session(store, event.id, title="Opening plenary")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, Dialogs(), settings, language="fr")
    try:
        qtbot.addWidget(start.window)
        start.window.show()
        qtbot.waitUntil(lambda: start.store is not None and start.window.filled, timeout=20_000)
        window = start.window
        window.events_panel.select_id(event.id)
        window.sessions_panel.select_id(session.id)
        qtbot.waitUntil(
            lambda: window.editor.form is not None and bool(headings(window.editor.form))
        )
        form = window.editor.form
        shown = headings(form)
        for french in ("Date et heure", "de", "Format", "Délégués", "Panel", "Notes"):
            assert french in shown, (french, shown)
        for english in ("When", "from", "Delegates", "Panel members"):
            assert english not in shown, (english, shown)
        # The date field shows once the form is laid out on screen.
        qtbot.waitUntil(lambda: "Date, p. ex. 2017-02-07" in placeholders(form))
        assert plain(form.context_line.text()) == "Séance de l'événement HNPW 2017"

        start.language.switch("es")
        qtbot.waitUntil(lambda: "Fecha y hora" in headings(form))
        assert plain(form.context_line.text()) == "Sesión del evento HNPW 2017"
        start.language.switch("en")
        qtbot.waitUntil(lambda: "When" in headings(form))
        assert plain(form.context_line.text()) == "Session of HNPW 2017"
    finally:
        start.language.switch("en")
        start.close()


def test_the_sync_status_line_reads_in_french_and_follows_the_language_switch(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    with Store(data_dir) as store:  # a workshop, so the window opens (not the welcome page)
        repository.create_event(store, title="HNPW 2017")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, Dialogs(), settings, language="fr")
    try:
        qtbot.addWidget(start.window)
        start.window.show()
        qtbot.waitUntil(lambda: start.store is not None and start.window.filled, timeout=20_000)
        status = start.window.findChild(QLabel, "sync_status")
        assert status.text() == "Pas encore synchronisé"
        start.language.switch("es")
        qtbot.waitUntil(lambda: status.text() == "Aún no sincronizado")
        start.language.switch("en")
        qtbot.waitUntil(lambda: status.text() == "Not synced yet")
    finally:
        start.language.switch("en")
        start.close()
