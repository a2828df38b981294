"""Right to left: in Arabic the whole window mirrors (columns, docks, menus, the editor's labels
and numbers, icons that point a way), while each text keeps the direction of its content, typed
as a person types it, in a window of either direction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.ui.main_window import MainWindow
from cmcoord_desktop.ui.mirroring import (
    SHOWN_ICON,
    apply_layout_direction,
    language_direction,
    text_direction,
)
from tests.a11y.conftest import act, marketplace_session, show
from tests.a11y.reading_order import screen_rect
from tests.ui.editor_helpers import type_text

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
ARABIC = "تعزيز التنسيق المدني العسكري في الاستجابة للكوارث"
ARABIC_AFTER_A_YEAR = "2017: تعزيز التنسيق المدني العسكري"  # a digit first decides nothing
ENGLISH = "Shorter courses for field staff"
ENGLISH_AFTER_PUNCTUATION = "«Leading Edge» programme, 2026"
SHORT_ARABIC = "التعلم عن بعد"  # short: a list row's text must not fill the row's width
SHORT_ENGLISH = "«Drills», 2026"


@pytest.fixture
def arabic_layout() -> Iterator[None]:
    apply_layout_direction(QApplication.instance(), "ar")
    yield
    apply_layout_direction(QApplication.instance(), "en")


def x_of(widget: QWidget) -> int:
    return screen_rect(widget).center().x()


def ink_span(widget: QWidget, rect: QRect | None = None) -> tuple[int, int]:
    """The leftmost and rightmost columns where something dark (text) is painted."""
    image = widget.grab().toImage()
    area = rect or image.rect()
    columns = [
        x
        for x in range(area.left(), area.right() + 1)
        if any(
            image.pixelColor(x, y).lightness() < 110 for y in range(area.top(), area.bottom() + 1)
        )
    ]
    assert columns, "nothing is painted there"
    return columns[0], columns[-1]


def reads_from(widget: QWidget, rect: QRect | None = None) -> str:
    """ "left" when the text starts at the left edge, "right" when it ends at the right one."""
    left, right = ink_span(widget, rect)
    width = (rect or widget.rect()).width()
    start = (rect or widget.rect()).left()
    return "left" if left - start < width - (right - start) else "right"


def test_which_languages_mirror_and_how_a_text_decides() -> None:
    assert language_direction("ar") == RTL and language_direction("ar_EG") == RTL
    for language in ("en", "fr-CA", "zh_Hans", "ru", "es"):
        assert language_direction(language) == LTR
    assert text_direction(ARABIC_AFTER_A_YEAR, LTR) == RTL
    assert text_direction("(٣) " + ARABIC, LTR) == RTL
    assert text_direction(ENGLISH_AFTER_PUNCTUATION, RTL) == LTR
    assert text_direction("12 / 2026 —", RTL) == RTL  # nothing strong: the window's way
    assert text_direction("", LTR) == LTR


def test_in_arabic_the_whole_window_mirrors(arabic_layout: None, demo_window: MainWindow) -> None:
    window = demo_window
    assert window.layoutDirection() == RTL
    columns = [*window.panels, window.editor]
    xs = [x_of(c) for c in columns]
    assert xs == sorted(xs, reverse=True), "events should be the rightmost column"
    menus = window.menuBar().actions()
    geometry = [window.menuBar().actionGeometry(a).center().x() for a in menus]
    assert geometry == sorted(geometry, reverse=True), "File should be at the right"
    show(window, "show_trash")
    QApplication.processEvents()
    assert x_of(window.trash) < x_of(window.editor), "the Trash docks at the window's far end"
    form = window.editor.form
    assert form is not None
    delegates = form.bindings["delegates"].widget
    label = next(lb for lb in form.findChildren(QWidget, "fieldLabel") if lb.text() == "Delegates")
    assert x_of(label) > x_of(delegates), "a label stands to the right of its field"
    row = form.lists[ItemKind.KEY_OUTCOME].rows[0]
    assert x_of(row.number) > x_of(row.text) > x_of(row.delete_button)
    assert window.actions_by_id["undo"].property(SHOWN_ICON) == "edit-redo"


def test_switching_to_arabic_mirrors_the_open_window_and_back(
    qtbot,  # noqa: ANN001
    demo_window: MainWindow,
) -> None:
    app = QApplication.instance()
    first, editor = demo_window.events_panel, demo_window.editor
    assert x_of(first) < x_of(editor)
    try:
        assert apply_layout_direction(app, "ar") == RTL
        qtbot.waitUntil(lambda: x_of(first) > x_of(editor))  # laid out again, mirrored
        show(demo_window, "show_trash")
        qtbot.waitUntil(lambda: x_of(demo_window.trash) < x_of(editor))
        assert demo_window.actions_by_id["undo"].property(SHOWN_ICON) == "edit-redo"
    finally:
        apply_layout_direction(app, "en")
    qtbot.waitUntil(lambda: x_of(first) < x_of(editor))
    assert x_of(demo_window.trash) > x_of(editor)
    assert demo_window.actions_by_id["undo"].property(SHOWN_ICON) == "edit-undo"


def type_outcome(qtbot, window: MainWindow, text: str) -> QWidget:  # noqa: ANN001
    """Add a key outcome with Ctrl+1 and type it, as a rapporteur does."""
    act(window, "focus_editor")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    field = QApplication.focusWidget()
    type_text(field, text)
    QApplication.processEvents()
    assert field.toPlainText() == text
    return field


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (ENGLISH, "left"),
        (ENGLISH_AFTER_PUNCTUATION, "left"),
        (ARABIC, "right"),
        (ARABIC_AFTER_A_YEAR, "right"),
    ],
    ids=["english", "english-after-punctuation", "arabic", "arabic-after-a-year"],
)
@pytest.mark.parametrize("window_language", ["en", "ar"])
def test_typed_text_reads_in_its_own_direction(
    qtbot,  # noqa: ANN001
    demo_store,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
    window_language: str,
    text: str,
    side: str,
) -> None:
    from tests.a11y.conftest import open_demo_window

    apply_layout_direction(QApplication.instance(), window_language)
    try:
        window = open_demo_window(qtbot, demo_store, tmp_path)
        field = type_outcome(qtbot, window, text)
        field.setCursorWidth(0)
        assert reads_from(field.viewport()) == side, (window_language, text)
        window.close()
    finally:
        apply_layout_direction(QApplication.instance(), "en")


@pytest.mark.parametrize("window_language", ["en", "ar"])
def test_list_rows_read_in_their_own_direction(
    qtbot,  # noqa: ANN001
    demo_store,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
    window_language: str,
) -> None:
    from tests.a11y.conftest import open_demo_window

    session = marketplace_session(demo_store)
    repository.create_group(demo_store, session.id, topic=SHORT_ARABIC)
    repository.create_group(demo_store, session.id, topic=SHORT_ENGLISH)
    apply_layout_direction(QApplication.instance(), window_language)
    try:
        window = open_demo_window(qtbot, demo_store, tmp_path)
        view = window.groups_panel.view
        model = view.model()
        rows = {
            model.index(r, 0).data(): view.visualRect(model.index(r, 0))
            for r in range(model.rowCount())
        }
        assert reads_from(view.viewport(), rows[SHORT_ARABIC]) == "right"
        assert reads_from(view.viewport(), rows[SHORT_ENGLISH]) == "left"
        window.close()
    finally:
        apply_layout_direction(QApplication.instance(), "en")


def test_docks_kept_in_english_open_at_the_end_in_arabic(
    qtbot,  # noqa: ANN001
    demo_store,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
) -> None:
    from tests.a11y.conftest import open_demo_window

    window = open_demo_window(qtbot, demo_store, tmp_path)
    show(window, "show_trash")
    QApplication.processEvents()
    assert x_of(window.trash) > x_of(window.editor)
    window.close()  # remembers the docks, on the right
    apply_layout_direction(QApplication.instance(), "ar")
    try:
        window = open_demo_window(qtbot, demo_store, tmp_path)
        qtbot.waitUntil(lambda: window.trash.isVisible())
        qtbot.waitUntil(lambda: x_of(window.trash) < x_of(window.editor))
        window.close()
        apply_layout_direction(QApplication.instance(), "en")
        window = open_demo_window(qtbot, demo_store, tmp_path)
        qtbot.waitUntil(lambda: window.trash.isVisible())
        qtbot.waitUntil(lambda: x_of(window.trash) > x_of(window.editor))
        window.close()
    finally:
        apply_layout_direction(QApplication.instance(), "en")


def test_docks_turn_also_when_qt_turned_the_window_first(
    qtbot,  # noqa: ANN001
    demo_window: MainWindow,
) -> None:
    """An Arabic qtbase catalogue turns the layout by itself when it is installed (Qt reads
    "RTL" for QT_LAYOUT_DIRECTION); the language switcher's call still turns the docks."""
    app = QApplication.instance()
    show(demo_window, "show_trash")
    try:
        app.setLayoutDirection(RTL)  # what installing qtbase_ar.qm does
        apply_layout_direction(app, "ar")
        qtbot.waitUntil(lambda: x_of(demo_window.trash) < x_of(demo_window.editor))
    finally:
        apply_layout_direction(app, "en")
    qtbot.waitUntil(lambda: x_of(demo_window.trash) > x_of(demo_window.editor))
