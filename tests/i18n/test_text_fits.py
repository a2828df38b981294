"""No translation is longer than the space it gets: the window at 1366 × 768 in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QScrollArea,
    QToolBar,
    QToolButton,
    QWidget,
)

from cmcoord_desktop.app import build_window
from cmcoord_desktop.core import repository
from cmcoord_desktop.core.languages import BY_CODE
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.language import WindowLanguage

LAPTOP = (1366, 768)


def clipped(window: QWidget) -> list[str]:
    """Every shown label or button narrower than its text needs, and hidden menu entries."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text().split("\n")[0])
            room = widget.contentsRect().width()
            if needed > room + 1 and not widget.text().startswith("<"):
                found.append(f"label {widget.text()!r}: {needed} px in {room}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() + 1 < widget.minimumSizeHint().width()
        ):
            found.append(f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint()}")
    for toolbar in window.findChildren(QToolBar):
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            found.append("the toolbar hides buttons behind »")
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is None:
        return found
    for action in bar.actions():
        if bar.actionGeometry(action).right() > bar.width():
            found.append(f"menu {action.text()!r} is off the menu bar")
    extension = bar.findChild(QToolButton, "qt_menubar_ext_button")
    if extension is not None and extension.isVisible():
        found.append("the menu bar hides menus behind »")
    return found


def laptop_with_review(qtbot, store, ini: Path, language, event, session):  # noqa: ANN001, ANN201
    """The window at a laptop's size on the session, with Needs review open beside it."""
    window = build_window(store, QSettings(str(ini), QSettings.Format.IniFormat), language=language)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    window.events_panel.select_id(event.id)
    window.sessions_panel.select_id(session.id)
    window.actions_by_id["show_review"].setChecked(True)
    return window


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_every_text_fits_the_window_at_1366_pixels(
    qtbot,
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,
    code: str,  # noqa: ANN001
) -> None:
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title="Opening plenary")
    language.start(code)
    window = laptop_with_review(qtbot, store, tmp_path / "window.ini", language, event, session)
    qtbot.wait(50)
    assert language.code == code
    assert clipped(window) == []


def test_the_check_sees_a_clipped_button_and_label(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    button = QPushButton("Rétablir la fiche sélectionnée à sa place")
    label = QLabel("Тематические столы и заседания мероприятия")
    for widget in (button, label):
        widget.setFixedWidth(40)
        row.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    found = clipped(page)
    assert len(found) == 2 and "button" in found[0] and "label" in found[1]


LONG_TITLE = (
    "Learning together, Responding together: How can we ensure field effectiveness through "
    "training and learning in the Information Age?"
)


def test_the_title_keeps_its_width_beside_needs_review_at_1366_pixels(
    qtbot,
    store: Store,
    tmp_path: Path,
    language: WindowLanguage,  # noqa: ANN001
) -> None:
    """A laptop with Needs review open: in every language (Arabic's longer words and mirrored
    window among them) the editor's title field is at least as wide as in English, and the
    editor's page has no horizontal scroll bar; the panels beside it give way instead."""
    event = repository.create_event(store, title="HNPW 2017")
    session = repository.create_session(store, event.id, title=LONG_TITLE)
    widths: dict[str, int] = {}
    for code in ("en", *sorted(set(BY_CODE) - {"en"})):
        language.start(code)
        window = laptop_with_review(
            qtbot, store, tmp_path / f"window-{code}.ini", language, event, session
        )
        qtbot.waitUntil(lambda w=window: w.editor.form is not None and w.review.isVisible())
        qtbot.wait(50)
        assert window.width() == LAPTOP[0]
        form = window.editor.form
        assert form is not None
        title = form.bindings["title"].widget
        [page] = [p for p in window.editor.findChildren(QScrollArea) if p.isVisible()]
        assert not page.horizontalScrollBar().isVisible(), (code, form.width(), page.width())
        assert window.review.width() >= window.review.minimumSizeHint().width()
        widths[code] = title.width()
        window.close()
    assert all(width >= widths["en"] for width in widths.values()), widths
    assert widths["ar"] >= widths["en"]
