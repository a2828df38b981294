"""Export summary window: exports off the GUI thread, can be cancelled, offers to open the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.export_dialog import open_export_dialog
from tests.export.workshops import hnpw_like_event


class SaveTo(Dialogs):
    """The person picks this file in the save dialog."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.asked: list[Path] = []

    def ask_save_path(self, parent, title, suggested, filters):  # noqa: ANN001, ANN201
        self.asked.append(suggested)
        return self.path


def test_export_all_sessions_to_pdf(qtbot, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    event_id = hnpw_like_event(store)
    out = tmp_path / "summary.pdf"
    dialogs = SaveTo(out)
    dialog = open_export_dialog(None, store, dialogs, event_id)
    qtbot.addWidget(dialog)
    assert not dialog.isModal()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and dialog.open_button.isVisible(), timeout=20_000)
    assert dialogs.asked[0].suffix == ".pdf"
    assert len(pypdf.PdfReader(out).outline) == 3
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Exported" in dialog.status.text()


def test_export_one_chosen_session(qtbot, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    event_id = hnpw_like_event(store)
    sessions = repository.sessions(store, event_id)
    out = tmp_path / "one.pdf"
    dialog = open_export_dialog(None, store, SaveTo(out), event_id, [sessions[1].id])
    qtbot.addWidget(dialog)
    assert dialog.chosen_session_ids() == [sessions[1].id]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=20_000)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert sessions[1].title in text and sessions[0].title not in text


def test_cancel_leaves_no_file_and_window_stays_usable(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    event = repository.create_event(store, title="Long week", start_date=dt.date(2017, 2, 6))
    for number in range(120):
        repository.create_session(store, event.id, title=f"Session {number}")
    out = tmp_path / "cancelled.pdf"
    dialog = open_export_dialog(None, store, SaveTo(out), event.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running() and dialog.cancel_button.text() == "Cancel"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20_000)
    assert "cancelled" in dialog.status.text()
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert dialog.export_button.isEnabled()


def _main_window(qtbot, store: Store, tmp_path: Path, dialogs: Dialogs):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QSettings

    from cmcoord_desktop.app import build_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, dialogs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    return window


def test_ctrl_e_in_the_main_window_exports_the_selected_event(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from cmcoord_desktop.core.models import Event
    from cmcoord_desktop.ui.export_dialog import ExportDialog

    event_id = hnpw_like_event(store)
    out = tmp_path / "from-window.pdf"
    window = _main_window(qtbot, store, tmp_path, SaveTo(out))
    window.reveal(repository.get(store, Event, event_id))
    qtbot.waitUntil(lambda: window.selected_event() is not None)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(ExportDialog)))
    dialog = window.findChildren(ExportDialog)[0]
    assert dialog.isVisible() and not dialog.isModal()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and dialog.open_button.isVisible(), timeout=20_000)
    assert len(pypdf.PdfReader(out).outline) == 3


def test_export_this_session_from_the_sessions_context_menu(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from cmcoord_desktop.core.models import Session
    from cmcoord_desktop.ui.export_dialog import ExportDialog

    event_id = hnpw_like_event(store)
    session = repository.sessions(store, event_id)[2]
    window = _main_window(qtbot, store, tmp_path, SaveTo(tmp_path / "one.pdf"))
    window.reveal(repository.get(store, Session, session.id))
    qtbot.waitUntil(lambda: window.chain.selected_session() is not None)
    (action,) = [
        a for a in window.sessions_panel.view.actions() if a.text() == "E&xport this session…"
    ]
    action.trigger()
    dialog = window.findChildren(ExportDialog)[0]
    assert dialog.chosen_session_ids() == [session.id]
