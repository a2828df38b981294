"""Needs review names a field as the form does: one label, read from core/fields.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.dialogs import Dialogs
from tests.isolates import plain


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
    assert repo.get(store, Event, event.id).needs_review
    return event


def test_a_conflict_on_the_kind_is_called_kind_as_in_the_form(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
) -> None:
    event = _conflict_on_kind(store, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, Dialogs())
    qtbot.addWidget(window)
    window.show()
    window.events_panel.select_id(event.id)  # as a click on it does: the event form shows
    form_labels = {label.text() for label in window.editor.findChildren(QLabel)}
    assert "Kind" in form_labels and "Event kind" not in form_labels

    window.actions_by_id["show_review"].trigger()
    review = window.review
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    assert plain(review.model.index(0, 0).data()) == "Event “HNPW 2017” — Kind"
    boxes = [box.title() for box in review.detail.widget().findChildren(QGroupBox)]
    assert boxes == ["Kind"]

    values = [v["v"] for v in repo.get(store, Event, event.id).versions["event_kind"]]
    keep = review.findChild(QPushButton, f"keep_event_kind_{values.index('Workshop')}")
    assert keep.toolTip() == "Keep this value on every laptop"
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert repo.get(store, Event, event.id).event_kind == "Workshop"
    assert plain(window.undo_stack.undoText()) == "Keep “Workshop” (Kind)"
    window.close()
