"""Typing a session live: title, outcomes with Enter between them, next steps with owner and
status; what the store holds afterwards, in order; and the typing policy (written within
seconds, on leaving a field, never overwritten by a refresh)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Item, ItemKind, Session
from cmcoord_desktop.ui.editor.field_binding import COMMIT_WITHIN_MS

from .editor_helpers import CTRL, a_session, focused, open_editor, texts, type_text


def test_a_session_typed_from_the_keyboard_is_stored_in_order(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store, title="")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.focus_first_field()
    qtbot.keyClicks(focused(), "Learning together, Responding together")
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    for n, outcome in enumerate(["Marketplace of ideas", "Use approaches together", "Links"]):
        if n:
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.keyClicks(focused(), outcome)
    cap.editor.add_item(ItemKind.NEXT_STEP)
    qtbot.keyClicks(focused(), "PREP as flagship programme")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "CMCS")  # the owner, next to the step
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the next step, as from its text
    assert len(cap.list(ItemKind.NEXT_STEP).rows) == 2
    row = cap.list(ItemKind.NEXT_STEP).rows[0]
    row.due.setFocus()  # the new step is left empty: it goes
    qtbot.waitUntil(lambda: len(cap.list(ItemKind.NEXT_STEP).rows) == 1)
    qtbot.keyClicks(row.due, "30/6/2017")
    row.status.setFocus()
    qtbot.keyClick(row.status, Qt.Key.Key_Down)  # open -> in progress
    cap.editor.commit_pending()

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
    shown = [row.number.text() for row in cap.outcomes().rows]
    assert shown == ["1.", "2.", "3."]


def test_typing_is_written_within_seconds_while_the_cursor_stays(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    qtbot.keyClicks(focused(), "Ninety-two delegates")
    assert texts(store, session.id) == [""]  # not yet: one write per pause, not per key
    qtbot.waitUntil(lambda: texts(store, session.id) == ["Ninety-two delegates"], timeout=3000)
    assert focused() is cap.outcomes().rows[0].text


def test_continuous_typing_is_still_written_every_second(qtbot, store) -> None:  # noqa: ANN001
    """The timer is not restarted by each key, so a fast typist never outruns the writes."""
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    box = focused()
    written: list[str] = []
    for _ in range(int(2.5 * COMMIT_WITHIN_MS / 50)):
        qtbot.keyClicks(box, "ab")
        qtbot.wait(50)  # keys keep coming faster than the write interval
        written = texts(store, session.id)
        if written[0]:
            break
    assert written[0] and box.toPlainText().startswith(written[0])


def test_leaving_a_field_writes_it_at_once(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.field("notes").setFocus()
    qtbot.keyClicks(focused(), "Group work after the panel")
    cap.field("panel").setFocus()
    assert repository.get(store, Session, session.id).notes == "Group work after the panel"


def test_switching_record_writes_the_typing_of_the_one_left(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    event = repository.get(store, Event, session.event_id)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.focus_first_field()
    qtbot.keyClicks(focused(), " (part 1)")
    cap.editor.show_record(Event, event.id)
    assert repository.get(store, Session, session.id).title == "Data Revolution (part 1)"
    assert cap.field("title").toPlainText() == "HNPW 2017"
    cap.editor.show_record(None, None)
    assert cap.editor.form is None
    cap.editor.add_item(ItemKind.KEY_OUTCOME)  # nothing shown: nothing to add to, no error
    assert texts(store, event.id) == []


def test_a_change_from_elsewhere_never_overwrites_the_field_being_typed(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.focus_first_field()
    qtbot.keyClicks(focused(), ": live")
    # A sync (or another panel) changes this session meanwhile.
    repository.update(store, Session, session.id, title="Renamed elsewhere", notes="From Anna")
    qtbot.waitUntil(lambda: cap.field("notes").toPlainText() == "From Anna")
    assert cap.field("title").toPlainText() == "Data Revolution: live"
    cap.editor.commit_pending()
    assert repository.get(store, Session, session.id).title == "Data Revolution: live"


def test_an_outcome_added_elsewhere_appears_without_disturbing_typing(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    qtbot.keyClicks(focused(), "mine")
    first = cap.outcomes().rows[0]
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "from the other laptop")
    qtbot.waitUntil(lambda: len(cap.outcomes().rows) == 2)
    assert focused() is first.text and first.text.toPlainText() == "mine"
    cap.editor.commit_pending()
    assert texts(store, session.id) == ["mine", "from the other laptop"]


def test_shift_enter_is_a_line_break_inside_an_outcome(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    qtbot.keyClicks(focused(), "first line")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(focused(), "second line")
    cap.editor.commit_pending()
    assert texts(store, session.id) == ["first line\nsecond line"]


def test_enter_in_the_middle_of_an_outcome_splits_it(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, "One. Two.")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    box = cap.outcomes().rows[0].text
    box.setFocus()
    box.place_cursor(at_end=False)
    for _ in range(4):
        qtbot.keyClick(box, Qt.Key.Key_Right)
    qtbot.keyClick(box, Qt.Key.Key_Delete)  # the space
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert texts(store, session.id) == ["One.", "Two."]
    assert focused() is cap.outcomes().rows[1].text
    assert focused().textCursor().position() == 0
    cap.undo_stack.undo()
    assert texts(store, session.id) == ["One.Two."]


def test_arrow_keys_walk_from_one_outcome_to_the_next(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    for text in ("first", "second"):
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    first, second = (row.text for row in cap.outcomes().rows)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert focused() is second
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert focused() is first


def test_arabic_chinese_and_emoji_round_trip_and_arabic_reads_right_to_left(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    arabic = "التنسيق المدني العسكري يمكّن العمل الإنساني"
    chinese = "人道主义军民协调的标准"
    emoji = "Great session 🎉👍🏽"
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    type_text(focused(), arabic)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), chinese)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), emoji)
    cap.editor.focus_first_field()
    type_text(focused(), " — 数据")
    cap.editor.commit_pending()
    assert texts(store, session.id) == [arabic, chinese, emoji]
    assert repository.get(store, Session, session.id).title == "Data Revolution — 数据"
    arabic_box = cap.outcomes().rows[0].text
    assert arabic_box.document().firstBlock().layout().textOption().textDirection() in (
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.LayoutDirectionAuto,
    )
    assert arabic_box.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft


def test_a_100000_character_outcome_is_kept_whole(qtbot, store) -> None:  # noqa: ANN001
    session = a_session(store)
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Session, session.id)
    cap.editor.add_item(ItemKind.KEY_OUTCOME)
    long_text = ("Outcome paragraph with عربي and 中文 🙂. " * 3000)[:100_000]
    focused().setPlainText(long_text)
    cap.editor.commit_pending()
    [item] = repository.children(store, Item, session.id, ItemKind.KEY_OUTCOME)
    assert item.text == long_text and len(item.text) == 100_000
    again = open_editor(qtbot, store)
    again.editor.show_record(Session, session.id)
    assert again.outcomes().rows[0].text.toPlainText() == long_text
    assert repository.get(store, Item, item.id).text == long_text


def test_a_passage_pasted_into_a_one_line_field_is_not_cut_at_32767_characters(
    qtbot, store
) -> None:  # noqa: ANN001
    event_id = a_session(store).event_id
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Event, event_id)
    hosts = "OCHA CMCS with WFP logistics and the Swiss Armed Forces; " * 800  # ~46,000
    QApplication.clipboard().setText(hosts)
    cap.field("host").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)
    cap.editor.commit_pending()
    assert repository.get(store, Event, event_id).host == hosts


def test_an_event_with_its_place_language_and_own_outcomes(qtbot, store) -> None:  # noqa: ANN001
    event = repository.create_event(store, title="Leading Edge Programme")
    cap = open_editor(qtbot, store)
    cap.editor.show_record(Event, event.id)
    for name, typed in [
        ("platform", "Virtual OSOCC"),
        ("city", "Geneva"),
        ("start_date", "17 Apr 2023"),
        ("end_date", "28 Apr 2023"),
        ("participants", "24"),
    ]:
        cap.field(name).setFocus()
        qtbot.keyClicks(focused(), typed)
    language = cap.field("language")
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Down)  # English -> Français
    cap.editor.add_item(ItemKind.NEXT_STEP)
    qtbot.keyClicks(focused(), "Run the programme again in 2024")
    cap.editor.commit_pending()
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
        cap.undo_stack.undo()
    assert repository.get(store, Event, event.id).language == event.language  # as it was
    qtbot.waitUntil(lambda: language.currentText() == "English")
    assert texts(store, event.id, ItemKind.NEXT_STEP) == []
