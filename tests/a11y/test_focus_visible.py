"""Focus is always visible: each kind of control looks different with the keyboard focus than
without it, beyond the blinking text cursor (rendered offscreen and compared pixel by pixel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QTextEdit, QWidget

from cmcoord_desktop.ui.main_window import MainWindow

# A frame or ring of highlight: at least this share of the widget's outline changes.
MIN_CHANGED_SHARE_OF_OUTLINE = 0.5


def render(widget: QWidget) -> QImage:
    if isinstance(widget, QTextEdit):
        widget.setCursorWidth(0)  # the caret blinks; what must show is the focus itself
    # What a Tab key press sets in QApplication::notify (synthetic key events do not): styles
    # ring a button only after keys moved the focus, as browsers do with :focus-visible.
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    QApplication.processEvents()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def changed_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def focus_difference(widget: QWidget, elsewhere: QWidget) -> float:
    """Changed pixels with and without focus, as a share of the widget's outline."""
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    without = render(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is widget, widget
    with_focus = render(widget)
    outline = 2 * (widget.width() + widget.height())
    return changed_pixels(without, with_focus) / outline


def one_of_each_kind(window: MainWindow) -> dict[str, QWidget]:
    """The first shown, focusable control of each class in the window."""
    kinds: dict[str, QWidget] = {}
    for widget in window.findChildren(QWidget):
        takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if takes_tab and widget.isVisible() and widget.isEnabled():
            key = type(widget).__name__ + (
                f"#{widget.objectName()}" if isinstance(widget, QAbstractButton) else ""
            )
            kinds.setdefault(key, widget)
    return kinds


def test_every_kind_of_control_shows_it_has_the_focus(demo_window: MainWindow) -> None:
    kinds = one_of_each_kind(demo_window)
    assert {"QLineEdit", "TitleEdit", "ItemTextEdit", "QComboBox", "PanelView"} <= set(kinds)
    elsewhere = demo_window.events_panel.filter_box
    faint = {}
    for kind, widget in kinds.items():
        if widget is elsewhere:
            continue
        share = focus_difference(widget, elsewhere)
        if share < MIN_CHANGED_SHARE_OF_OUTLINE:
            faint[kind] = round(share, 2)
    assert faint == {}, "no visible focus on these"
