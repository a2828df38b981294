"""The window in French says in French what it used to say in English only: undo steps, Needs
review's tool tips, the last sync's date, the session form's suggestions and "to" between dates
and between times (two words in French)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import meta
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Attachment, Event, Session
from cmcoord_desktop.core.slide_store import drop_slide_bytes
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.item_models.roles import Role
from cmcoord_desktop.ui.language import WindowLanguage
from cmcoord_desktop.ui.main_window import MainWindow
from tests.isolates import plain
from tests.ui.editor_helpers import open_the_session


def _conflict_on_kind(store: Store, tmp_path: Path) -> Event:
    """Two laptops set the event's kind offline, each its own way."""
    shared = tmp_path / "workshop.cmcsync"
    event = repo.create_event(store, title="HNPW 2017")
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)
        repo.update(bilal, Event, event.id, event_kind="Conference")
        sync_with_shared_file(bilal, shared)
    repo.update(store, Event, event.id, event_kind="Workshop")
    sync_with_shared_file(store, shared)
    return event


def _french_window(qtbot, store: Store, tmp_path: Path, language: WindowLanguage) -> MainWindow:  # noqa: ANN001
    language.switch("fr")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, Dialogs(), language=language)
    qtbot.addWidget(window)
    window.show()
    return window


def _labels(widget) -> set[str]:  # noqa: ANN001
    return {label.text() for label in widget.findChildren(QLabel)}


def test_undo_steps_review_tips_and_the_last_sync_are_french(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,
) -> None:
    event = _conflict_on_kind(store, tmp_path)
    session = repo.create_session(store, event.id, title="Ouverture")
    # Synced on 7 February: the month is the window's language's, not strftime's English "Feb".
    meta.remember_last_sync(store, tmp_path / "workshop.cmcsync", dt.datetime(2017, 2, 7, 14, 2))
    window = _french_window(qtbot, store, tmp_path, language)

    assert window.sync.status.text() == (
        "Dernière synchronisation\u00a0: 7 févr. 14:02, avec workshop.cmcsync"
    )

    # An edit typed into the event form: the Edit menu offers to undo it in French.
    window.events_panel.select_id(event.id)
    host = window.editor.form.bindings["host"].widget
    host.setFocus()
    qtbot.keyClicks(host, "OCHA")
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Modifier l'hôte", timeout=5000)
    assert window.actions_by_id["undo"].text() == "&Annuler Modifier l'hôte"
    assert repo.get(store, Event, event.id).host == "OCHA"

    # Edit › Delete on a session: one French sentence for a feminine "séance".
    window.sessions_panel.select_id(session.id)
    window.sessions_panel.focus_list()
    window.actions_by_id["delete"].trigger()
    assert repo.get(store, Session, session.id).deleted
    assert plain(window.undo_stack.undoText()) == "Supprimer la séance «\u00a0Ouverture\u00a0»"
    hint = window.statusBar().currentMessage()
    assert plain(hint).startswith("Séance «\u00a0Ouverture\u00a0» placée dans la corbeille"), hint
    window.actions_by_id["show_trash"].trigger()
    trash = window.trash.model
    qtbot.waitUntil(lambda: trash.rowCount() == 1)
    assert trash.headerData(0, Qt.Orientation.Horizontal) == "Type"
    assert [trash.index(0, c).data() for c in (0, 1)] == ["Séance", "Ouverture"]
    assert trash.index(0, 2).data().startswith(("aujourd'hui à ", "hier à "))  # past midnight

    # Needs review: the row, the Keep button's tip and the undo step, all French.
    window.actions_by_id["show_review"].trigger()
    review = window.review
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    assert plain(review.model.index(0, 0).data()) == "Événement «\u00a0HNPW 2017\u00a0» — Type"
    values = [v["v"] for v in repo.get(store, Event, event.id).versions["event_kind"]]
    keep = review.findChild(QPushButton, f"keep_event_kind_{values.index('Workshop')}")
    assert keep.toolTip() == "Conserver cette valeur sur tous les ordinateurs"
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert repo.get(store, Event, event.id).event_kind == "Workshop"
    assert plain(window.undo_stack.undoText()) == "Conserver «\u00a0Workshop\u00a0» (Type)"
    window.close()


def test_the_forms_show_french_suggestions_and_store_english_ones(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,
) -> None:
    event = repo.create_event(store, title="HNPW 2017", event_kind="Workshop")
    session = repo.create_session(store, event.id, title="Ouverture", format="Panel discussion")
    window = _french_window(qtbot, store, tmp_path, language)

    window.events_panel.select_id(event.id)
    form = window.editor.form
    assert "au" in _labels(form) and "à" not in _labels(form)  # Dates [premier jour] au [dernier]
    kind = form.bindings["event_kind"].widget
    assert isinstance(kind, QComboBox) and kind.currentText() == "Atelier"

    window.sessions_panel.select_id(session.id)
    form = window.editor.form
    assert {"de", "à"} <= _labels(form) and "au" not in _labels(form)  # de 09:00 à 10:30
    combo = form.bindings["format"].widget
    assert isinstance(combo, QComboBox) and combo.currentText() == "Table ronde"
    row = window.sessions_panel.model.index_of(session.id)
    assert "Table ronde" in row.data(Role.DETAIL).split(" · ")  # the panel's line under it
    assert combo.itemText(combo.findData("Plenary")) == "Séance plénière"
    # Typing a suggestion as it reads in French stores the English value the summary knows.
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Atelier")  # QTest types ASCII only
    qtbot.waitUntil(lambda: repo.get(store, Session, session.id).format == "Workshop", timeout=5000)
    assert window.undo_stack.undoText() == "Modifier le format"
    # Anything else is stored as typed.
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Visite de terrain")
    qtbot.waitUntil(
        lambda: repo.get(store, Session, session.id).format == "Visite de terrain", timeout=5000
    )
    window.close()


def test_steps_made_in_english_are_french_after_view_language(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,
) -> None:
    event = repo.create_event(store, title="HNPW 2017")
    session = repo.create_session(store, event.id, title="Learning together")
    first = repo.create_group(store, session.id, topic="Micro-learning")
    repo.create_group(store, session.id, topic="Simulations and exercises")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, Dialogs(), language=language)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    window.groups_panel.select_id(first.id)
    window.groups_panel.focus_list()
    window.actions_by_id["move_down"].trigger()  # one step made of Qt's macro
    window.groups_panel.focus_list()
    window.actions_by_id["delete"].trigger()
    undo, redo = window.actions_by_id["undo"], window.actions_by_id["redo"]
    assert plain(undo.text()) == "&Undo Delete marketplace table “Micro-learning”"

    window.findChild(QAction, "language_fr").trigger()
    qtbot.waitUntil(lambda: window.events_panel.heading.text() == "Événements")
    # The prefix and the step, both French: Qt's undo action kept the prefix it was made with.
    assert (
        plain(undo.text()) == "&Annuler Supprimer la table thématique «\u00a0Micro-learning\u00a0»"
    )
    window.undo_stack.undo()
    assert undo.text() == "&Annuler Descendre la table thématique"
    assert (
        plain(redo.text()) == "&Rétablir Supprimer la table thématique «\u00a0Micro-learning\u00a0»"
    )
    window.close()


def test_a_removed_slide_card_is_french(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,
) -> None:
    """A slide restored from the Trash after every laptop gave its image up (the sync's
    clean-up, core/slide_store.py): "Diapositive supprimée", and why, in the tool tip."""
    event = repo.create_event(store, title="HNPW 2017")
    session = repo.create_session(store, event.id, title="Ouverture")
    gone = repo.add_attachment(store, session.id, b"\x89PNG not much", "carte.png", "image/png")
    repo.delete(store, Attachment, gone.id)
    assert drop_slide_bytes(store, [gone.id]) == [gone.id]
    repo.restore(store, Attachment, gone.id)
    window = _french_window(qtbot, store, tmp_path, language)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    open_the_session(qtbot, window, session)
    [card] = window.editor.form.strip.cards
    assert card.thumbnail.text() == "Diapositive supprimée"
    assert plain(card.accessibleName()) == "Diapositive supprimée\u00a0: carte.png"
    assert card.toolTip().startswith("Son image a été supprimée de tous les ordinateurs")
