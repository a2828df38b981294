"""The core's refusals shown in the window read in the window's language: a count below zero
typed into the session form, in a window started in French, is refused in French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from cmcoord_desktop.app import WindowStart
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import plurals
from cmcoord_desktop.ui.dialogs import Dialogs
from tests.ui.editor_helpers import field_message, form_field, open_the_session


def test_delegates_below_zero_are_refused_in_french(qtbot, data_dir: Path, tmp_path: Path) -> None:  # noqa: ANN001
    with Store(data_dir) as store:
        event = repository.create_event(store, title="HNPW 2017")
        repository.create_session(store, event.id, title="Plénière d'ouverture", delegates=92)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    start = WindowStart(data_dir, False, Dialogs(), settings, language="fr")
    try:
        qtbot.addWidget(start.window)
        start.window.show()
        qtbot.waitUntil(lambda: start.store is not None and start.window.filled, timeout=20_000)
        window = start.window
        [session] = repository.children(window.store, Session, event.id)
        open_the_session(qtbot, window, session)
        delegates = form_field(window, "delegates")
        delegates.setFocus()
        delegates.selectAll()
        qtbot.keyClicks(delegates, "-5")
        form_field(window, "notes").setFocus()  # leaving the field tries to write it
        qtbot.waitUntil(lambda: field_message(window, "delegates") != "")
        assert field_message(window, "delegates") == "Un nombre ne peut pas être inférieur à zéro"
        assert delegates.text() == "-5"  # kept, to be corrected
        assert repository.get(window.store, Session, session.id).delegates == 92

        delegates.setFocus()
        delegates.selectAll()
        qtbot.keyClicks(delegates, "environ 90")
        form_field(window, "notes").setFocus()
        qtbot.waitUntil(
            lambda: (
                field_message(window, "delegates") == "Saisissez un nombre entier, par exemple 35"
            )
        )
        # The core's plurals reach the window through Qt's translator, with French forms.
        assert plurals.tr("Searched the first %n words.", "", 32) == (
            "Recherche limitée aux 32 premiers mots."
        )
        assert plurals.tr("Searched the first %n words.", "", 1) == (
            "Recherche limitée au premier mot (1)."
        )
    finally:
        start.language.switch("en")
        start.close()
