"""In the Arabic window, an English title inside an Arabic sentence of Needs review stands in
first-strong isolates (U+2068 … U+2069), so "(HNPW) 2017" keeps its order inside the Arabic
sentence; the record itself holds its title as it was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository as repo
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.language import WindowLanguage

TITLE = "Humanitarian Networks and Partnerships Week (HNPW) 2017"


def test_the_arabic_review_row_holds_the_english_title_in_isolates(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,
) -> None:
    shared = tmp_path / "workshop.cmcsync"
    event = repo.create_event(store, title=TITLE)
    sync_with_shared_file(store, shared)
    with Store(tmp_path / "bilal") as bilal:
        sync_with_shared_file(bilal, shared)
        repo.update(bilal, Event, event.id, event_kind="Conference")
        sync_with_shared_file(bilal, shared)
    repo.update(store, Event, event.id, event_kind="Workshop")
    sync_with_shared_file(store, shared)

    language.switch("ar")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings, Dialogs(), language=language)
    qtbot.addWidget(window)
    window.show()
    window.actions_by_id["show_review"].trigger()
    review = window.review
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    row = review.model.index(0, 0).data()
    # "فعالية «⁨Humanitarian … 2017⁩» — النوع": the Arabic sentence, the title isolated inside it.
    assert row == f"فعالية «\u2068{TITLE}\u2069» — النوع"

    values = [v["v"] for v in repo.get(store, Event, event.id).versions["event_kind"]]
    keep = review.findChild(QPushButton, f"keep_event_kind_{values.index('Workshop')}")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert window.undo_stack.undoText() == "الاحتفاظ بـ«\u2068Workshop\u2069» (النوع)"
    # Shown isolated, stored as typed.
    kept = repo.get(store, Event, event.id)
    assert kept.event_kind == "Workshop" and kept.title == TITLE
    window.close()
