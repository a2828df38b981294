"""The disk under the data folder fills up during a session: the window says so at once, keeps
what was typed on screen, takes nothing into the undo history that was not stored, and saves the
text as soon as there is room again."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Attachment, Item, ItemKind, Session
from cmcoord_desktop.ui.main_window import MainWindow
from tests.disk_filling import full_disk
from tests.ui.dialogs_fake import ScriptedDialogs

from .conftest import focused

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CAPTION = "The gateway slide, with the speaker's notes pasted in. " * 500  # ~28 kB, a line edit
PASTED = "Civil-military coordination in the field, as the panel put it. " * 3000  # ~190 kB


def open_session_with_outcome(window: MainWindow) -> tuple[Session, str]:
    store = window.store
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title="Dangerous Work")
    outcome = repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "Access first")
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    return session, outcome.id


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    """The window's error reports shown as a person sees them (they do not block)."""
    return ScriptedDialogs(show_reports=True)


def stored_text(window: MainWindow, session: Session) -> str:
    return repository.children(window.store, Item, session.id, ItemKind.KEY_OUTCOME)[0].text


def error_reports() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "error_report" and w.isVisible()
    ]


def test_typing_on_a_full_disk_is_kept_on_screen_and_saved_once_there_is_room(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    session, _ = open_session_with_outcome(window)
    [row] = window.editor.form.lists[ItemKind.KEY_OUTCOME].rows
    row.text.setFocus()
    row.text.moveCursor(row.text.textCursor().MoveOperation.End)
    undo_steps = window.undo_stack.count()

    with full_disk(window.store) as free_space:
        QApplication.clipboard().setText(" " + PASTED)
        qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)  # a long passage pasted into the outcome
        qtbot.waitUntil(lambda: "Not saved" in window.saved_label.text())
        assert "full" in window.saved_label.toolTip()
        [report] = error_reports()
        assert "disk holding it is full" in report.text()
        assert row.text.toPlainText() == "Access first " + PASTED  # nothing typed is lost
        assert stored_text(window, session) == "Access first"
        assert window.undo_stack.count() == undo_steps, "no undo step for what was not stored"
        assert "Not saved yet" in row.bindings[0].message.text()
        report.close()  # the report does not block: back to the window, the text still there
        window.activateWindow()
        qtbot.waitUntil(row.text.hasFocus)

        free_space()
        qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)  # leaving the field writes it
        assert stored_text(window, session) == "Access first " + PASTED
        assert window.saved_label.text().startswith("Saved ")
        assert window.undo_stack.count() == undo_steps + 1
        assert error_reports() == [], "one report per failing spell, none after it is over"


def test_a_slide_pasted_on_a_full_disk_is_refused_without_a_trace(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    session, _ = open_session_with_outcome(window)
    noise = os.urandom(500 * 500 * 4)  # a photo-like slide: it does not compress
    image = QImage(noise, 500, 500, QImage.Format.Format_ARGB32).copy()
    undo_steps = window.undo_stack.count()
    with full_disk(window.store) as free_space:
        QApplication.clipboard().setImage(image)
        window.editor.focus_first_field()
        qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)
        assert repository.children(window.store, Attachment, session.id) == []
        assert window.editor.form.strip.cards == []
        assert window.undo_stack.count() == undo_steps
        assert "Not saved" in window.saved_label.text()
        for report in error_reports():
            report.close()
        free_space()
        qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)  # the same paste, now there is room
    assert len(repository.children(window.store, Attachment, session.id)) == 1
    assert window.undo_stack.count() == undo_steps + 1


def test_unsaved_typing_survives_looking_at_another_session(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session, _ = open_session_with_outcome(window)
    other = repository.create_session(window.store, session.event_id, title="Data Revolution")
    row = window.editor.form.lists[ItemKind.KEY_OUTCOME].rows[0]
    row.text.setFocus()
    row.text.moveCursor(row.text.textCursor().MoveOperation.End)
    with full_disk(window.store) as free_space:
        QApplication.clipboard().setText(" " + PASTED)
        qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)
        qtbot.waitUntil(lambda: "Not saved" in window.saved_label.text())
        for report in error_reports():
            report.close()
        window.sessions_panel.select_id(other.id)  # a look at another session, and back
        window.sessions_panel.select_id(session.id)
        [row] = window.editor.form.lists[ItemKind.KEY_OUTCOME].rows
        assert row.text.toPlainText() == "Access first " + PASTED
        assert "Not saved yet" in row.bindings[0].message.text()
        assert stored_text(window, session) == "Access first"

        free_space()
        window.activateWindow()
        row.text.setFocus()
        qtbot.waitUntil(row.text.hasFocus)
        qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    assert stored_text(window, session) == "Access first " + PASTED


def test_an_unsaved_slide_caption_survives_looking_at_another_session(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    session, _ = open_session_with_outcome(window)
    other = repository.create_session(window.store, session.event_id, title="Data Revolution")
    repository.add_attachment(window.store, session.id, b"\x89PNG", "slide.png", "image/png")
    qtbot.waitUntil(lambda: len(window.editor.form.strip.cards) == 1)  # the editor catches up
    [card] = window.editor.form.strip.cards
    card.caption.setFocus()
    with full_disk(window.store) as free_space:
        QApplication.clipboard().setText(CAPTION)
        qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)
        qtbot.waitUntil(lambda: "Not saved" in window.saved_label.text())
        for report in error_reports():
            report.close()
        window.sessions_panel.select_id(other.id)
        window.sessions_panel.select_id(session.id)
        [card] = window.editor.form.strip.cards
        assert card.caption.text() == CAPTION
        free_space()
        window.activateWindow()
        card.caption.setFocus()
        qtbot.waitUntil(card.caption.hasFocus)
        qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    [attachment] = repository.children(window.store, Attachment, session.id)
    assert attachment.caption == CAPTION
