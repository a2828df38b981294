"""Typing a session live in the window: title, outcomes with Enter between them, next steps with
owner and status; what the store holds afterwards, in order; and the typing policy (written
within seconds, on leaving a field, never overwritten by a refresh).

Driven as a person does: the panels' shortcuts and Enter to reach a record, Ctrl+1 and Ctrl+2
to add an outcome or a next step, Tab or a click to leave a field, Ctrl+Z to undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.ui.editor.field_binding import COMMIT_WITHIN_MS
from cmcoord_desktop.ui.main_window import MainWindow

from .conftest import OpenWindow
from .editor_helpers import (
    ALT,
    CTRL,
    SHIFT,
    a_session,
    click_into,
    focused,
    form_field,
    item_list,
    open_the_event,
    open_the_session,
    press,
    texts,
    type_text,
)


def test_a_session_typed_from_the_keyboard_is_stored_in_order(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store, title="")
    open_the_session(qtbot, window, session)
    qtbot.keyClicks(focused(), "Learning together, Responding together")
    press(qtbot, Qt.Key.Key_1, CTRL)
    for n, outcome in enumerate(["Marketplace of ideas", "Use approaches together", "Links"]):
        if n:
            press(qtbot, Qt.Key.Key_Return)
        qtbot.keyClicks(focused(), outcome)
    press(qtbot, Qt.Key.Key_2, CTRL)
    qtbot.keyClicks(focused(), "PREP as flagship programme")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "CMCS")  # the owner, next to the step
    press(qtbot, Qt.Key.Key_Return)  # the next step, as from its text
    steps = item_list(window, ItemKind.NEXT_STEP)
    assert len(steps.rows) == 2
    row = steps.rows[0]
    click_into(qtbot, row.due)  # the new step is left empty: it goes
    qtbot.waitUntil(lambda: len(steps.rows) == 1)
    qtbot.keyClicks(focused(), "30/6/2017")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row.status
    press(qtbot, Qt.Key.Key_Down)  # open -> in progress
    press(qtbot, Qt.Key.Key_2, ALT)  # back to the sessions: leaving the editor writes it

    stored = repository.get(store, Session, session.id)
    assert stored.title == "Learning together, Responding together"
    assert texts(store, session.id) == ["Marketplace of ideas", "Use approaches together", "Links"]
    [step] = repository.children(store, Item, session.id, ItemKind.NEXT_STEP)
    assert (step.text, step.owner, step.due_date, step.status) == (
        "PREP as flagship programme",
        "CMCS",
        dt.date(2017, 6, 30),
        "in progress",
    )
    shown = [row.number.text() for row in item_list(window).rows]
    assert shown == ["1.", "2.", "3."]


def test_typing_is_written_within_seconds_while_the_cursor_stays(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session = a_session(window.store)
    open_the_session(qtbot, window, session)
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "Ninety-two delegates")
    assert texts(window.store, session.id) == [""]  # not yet: one write per pause, not per key
    qtbot.waitUntil(
        lambda: texts(window.store, session.id) == ["Ninety-two delegates"], timeout=3000
    )
    assert focused() is item_list(window).rows[0].text


def test_continuous_typing_is_still_written_every_second(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The timer is not restarted by each key, so a fast typist never outruns the writes."""
    session = a_session(window.store)
    open_the_session(qtbot, window, session)
    press(qtbot, Qt.Key.Key_1, CTRL)
    box = focused()
    written: list[str] = []
    for _ in range(int(2.5 * COMMIT_WITHIN_MS / 50)):
        qtbot.keyClicks(box, "ab")
        qtbot.wait(50)  # keys keep coming faster than the write interval
        written = texts(window.store, session.id)
        if written[0]:
            break
    assert written[0] and box.toPlainText().startswith(written[0])


def test_leaving_a_field_writes_it_at_once(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session = a_session(window.store)
    open_the_session(qtbot, window, session)
    click_into(qtbot, form_field(window, "notes"))
    qtbot.keyClicks(focused(), "Group work after the panel")
    click_into(qtbot, form_field(window, "panel"))
    assert repository.get(window.store, Session, session.id).notes == "Group work after the panel"


def test_switching_record_writes_the_typing_of_the_one_left(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session = a_session(window.store)
    open_the_session(qtbot, window, session)
    qtbot.keyClicks(focused(), " (part 1)")
    open_the_event(qtbot, window)
    assert repository.get(window.store, Session, session.id).title == "Data Revolution (part 1)"
    assert form_field(window, "title").toPlainText() == "HNPW 2017"
    assert window.editor.isAncestorOf(focused())


def test_a_change_from_elsewhere_never_overwrites_the_field_being_typed(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    qtbot.keyClicks(focused(), ": live")
    # A sync (or another panel) changes this session meanwhile.
    repository.update(store, Session, session.id, title="Renamed elsewhere", notes="From Anna")
    qtbot.waitUntil(lambda: form_field(window, "notes").toPlainText() == "From Anna")
    assert form_field(window, "title").toPlainText() == "Data Revolution: live"
    press(qtbot, Qt.Key.Key_Tab)
    assert repository.get(store, Session, session.id).title == "Data Revolution: live"


def test_an_outcome_added_elsewhere_appears_without_disturbing_typing(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "mine")
    first = item_list(window).rows[0]
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "from the other laptop")
    qtbot.waitUntil(lambda: len(item_list(window).rows) == 2)
    assert focused() is first.text and first.text.toPlainText() == "mine"
    press(qtbot, Qt.Key.Key_2, ALT)
    assert texts(store, session.id) == ["mine", "from the other laptop"]


def test_shift_enter_is_a_line_break_inside_an_outcome(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session = a_session(window.store)
    open_the_session(qtbot, window, session)
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "first line")
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(focused(), "second line")
    press(qtbot, Qt.Key.Key_2, ALT)
    assert texts(window.store, session.id) == ["first line\nsecond line"]


def test_enter_in_the_middle_of_an_outcome_splits_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "One. Two.")
    open_the_session(qtbot, window, session)
    box = item_list(window).rows[0].text
    click_into(qtbot, box)
    press(qtbot, Qt.Key.Key_Home, CTRL)  # the start of the outcome
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Delete)  # the space
    press(qtbot, Qt.Key.Key_Return)
    assert texts(store, session.id) == ["One.", "Two."]
    assert focused() is item_list(window).rows[1].text
    assert focused().textCursor().position() == 0
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(store, session.id) == ["One.Two."]


def test_arrow_keys_walk_from_one_outcome_to_the_next(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    session = a_session(window.store)
    for text in ("first", "second"):
        repository.add_item(window.store, session.id, ItemKind.KEY_OUTCOME, text)
    open_the_session(qtbot, window, session)
    first, second = (row.text for row in item_list(window).rows)
    click_into(qtbot, first)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is second
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is first


def test_arabic_chinese_and_emoji_round_trip_and_arabic_reads_right_to_left(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    arabic = "التنسيق المدني العسكري يمكّن العمل الإنساني"
    chinese = "人道主义军民协调的标准"
    emoji = "Great session 🎉👍🏽"
    type_text(focused(), " — 数据")  # at the end of the title
    press(qtbot, Qt.Key.Key_1, CTRL)
    type_text(focused(), arabic)
    press(qtbot, Qt.Key.Key_Return)
    type_text(focused(), chinese)
    press(qtbot, Qt.Key.Key_Return)
    type_text(focused(), emoji)
    press(qtbot, Qt.Key.Key_2, ALT)
    assert texts(store, session.id) == [arabic, chinese, emoji]
    assert repository.get(store, Session, session.id).title == "Data Revolution — 数据"
    arabic_box, chinese_box, _ = (row.text for row in item_list(window).rows)
    assert arabic_box.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    # What a person sees: Arabic starts at the right edge of its box, Chinese at the left. The
    # caret before the first character is drawn where the text starts.
    for box in (arabic_box, chinese_box):
        cursor = box.textCursor()
        cursor.setPosition(0)
        box.setTextCursor(cursor)
    width = arabic_box.viewport().width()
    assert arabic_box.cursorRect().x() > width * 3 / 4, "Arabic starts at the right"
    assert chinese_box.cursorRect().x() < chinese_box.viewport().width() / 4


def test_a_100000_character_outcome_is_kept_whole(qtbot, open_window: OpenWindow) -> None:  # noqa: ANN001
    window = open_window()
    session = a_session(window.store)
    open_the_session(qtbot, window, session)
    press(qtbot, Qt.Key.Key_1, CTRL)
    long_text = ("Outcome paragraph with عربي and 中文 🙂. " * 3000)[:100_000]
    QApplication.clipboard().setText(long_text)
    press(qtbot, Qt.Key.Key_V, CTRL)
    window.close()  # closing writes what is being typed
    window = open_window()
    [item] = repository.children(window.store, Item, session.id, ItemKind.KEY_OUTCOME)
    assert item.text == long_text and len(item.text) == 100_000
    open_the_session(qtbot, window, session)
    assert item_list(window).rows[0].text.toPlainText() == long_text
    assert repository.get(window.store, Item, item.id).text == long_text


def test_a_passage_pasted_into_a_one_line_field_is_not_cut_at_32767_characters(
    qtbot, window: MainWindow
) -> None:  # noqa: ANN001
    event_id = a_session(window.store).event_id
    open_the_event(qtbot, window)
    hosts = "OCHA CMCS with WFP logistics and the Swiss Armed Forces; " * 800  # ~46,000
    QApplication.clipboard().setText(hosts)
    click_into(qtbot, form_field(window, "host"))
    press(qtbot, Qt.Key.Key_V, CTRL)
    press(qtbot, Qt.Key.Key_1, ALT)
    assert repository.get(window.store, Event, event_id).host == hosts


def test_an_event_with_its_place_language_and_own_outcomes(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    event = repository.create_event(store, title="Leading Edge Programme")
    open_the_event(qtbot, window, event.id)
    for name, typed in [
        ("platform", "Virtual OSOCC"),
        ("city", "Geneva"),
        ("start_date", "17 Apr 2023"),
        ("end_date", "28 Apr 2023"),
        ("participants", "24"),
    ]:
        click_into(qtbot, form_field(window, name))
        qtbot.keyClicks(focused(), typed)
    language = form_field(window, "language")
    language.setFocus(Qt.FocusReason.TabFocusReason)  # a click would open its list
    press(qtbot, Qt.Key.Key_Down)  # English -> Français
    press(qtbot, Qt.Key.Key_2, CTRL)
    qtbot.keyClicks(focused(), "Run the programme again in 2024")
    press(qtbot, Qt.Key.Key_1, ALT)
    stored = repository.get(store, Event, event.id)
    assert (stored.platform, stored.city, stored.participants, stored.language) == (
        "Virtual OSOCC",
        "Geneva",
        24,
        "fr",
    )
    assert (stored.start_date, stored.end_date) == (dt.date(2023, 4, 17), dt.date(2023, 4, 28))
    assert texts(store, event.id, ItemKind.NEXT_STEP) == ["Run the programme again in 2024"]
    for _ in range(3):  # the step's text, the step, the language
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert repository.get(store, Event, event.id).language == event.language  # as it was
    qtbot.waitUntil(lambda: language.currentText() == "English")
    assert texts(store, event.id, ItemKind.NEXT_STEP) == []
