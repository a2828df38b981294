"""The export window with several events ticked: one summary of them all, upcoming and past as
of the day the person types, under the title they give; exported off the GUI thread (PDF and
Word read back), copied as an e-mail, cancelled, and refused with a reason when nothing is ticked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import docx
import pypdf
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.demo import load_demo_workshop
from cmcoord_desktop.export.summary_data import find_event
from cmcoord_desktop.ui.export_dialog import ExportDialog, open_export_dialog
from tests.isolates import plain
from tests.ui.dialogs_fake import ScriptedDialogs
from tests.ui.test_export_dialog import choose_format, export_and_wait

HNPW = "Humanitarian Network and Partnership Week (HNPW) 2017"
LEP = "Leading Edge Programme"
PRAGUE = "Revision of the UN-CMCoord Field Handbook"


@pytest.fixture
def demo(store: Store) -> Iterator[Store]:
    load_demo_workshop(store)
    yield store


def _dialog(qtbot, store: Store, out: Path, title: str = HNPW) -> ExportDialog:  # noqa: ANN001
    dialog = open_export_dialog(None, store, ScriptedDialogs(save_to=out), _id(store, title))
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # Tab moves the focus in the active window only
    return dialog


def _id(store: Store, title: str) -> str:
    return find_event(store, title).id


def tick(qtbot, dialog: ExportDialog, title: str) -> None:  # noqa: ANN001
    """As a person does with the keyboard: into the list, down to the event, Space."""
    events = dialog.picker.events
    row = next(r for r in range(events.count()) if title in events.item(r).text())
    events.setFocus()
    qtbot.keyClick(events, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(events, Qt.Key.Key_Down)
    assert events.currentRow() == row
    qtbot.keyClick(events, Qt.Key.Key_Space)


def type_as_of(qtbot, dialog: ExportDialog, day: dt.date) -> None:  # noqa: ANN001
    """Tabbed into, then each part of the date typed in the order the locale shows them, as a
    person who clicks each part does. (Typing the separators too fails in locales whose parts
    are zero-padded: Qt moves on by itself after "01" and takes the "/" for the next part.)"""
    as_of = dialog.picker.as_of
    dialog.picker.none_button.setFocus()
    qtbot.keyClick(dialog.picker.none_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is as_of
    values = {
        QDateEdit.Section.DaySection: f"{day.day:02}",
        QDateEdit.Section.MonthSection: f"{day.month:02}",
        QDateEdit.Section.YearSection: f"{day.year}",
    }
    for index in range(as_of.sectionCount()):
        as_of.setSelectedSection(as_of.sectionAt(index))  # as a click on that part selects it
        qtbot.keyClicks(as_of, values[as_of.sectionAt(index)])
    assert dialog.picker.as_of_day() == day


def _pdf_text(out: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages)


def test_the_selected_event_alone_is_ticked_and_the_day_appears_for_several(
    qtbot,  # noqa: ANN001
    demo: Store,
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, demo, tmp_path / "x.pdf")
    assert dialog.picker.chosen_ids() == [_id(demo, HNPW)]
    assert dialog.sessions_box.isVisible() and dialog.session_list.count() == 5
    assert not dialog.picker.several.isVisible()
    assert "HNPW" in dialog.windowTitle()
    tick(qtbot, dialog, LEP)
    assert dialog.picker.chosen_ids() == [_id(demo, LEP), _id(demo, HNPW)]
    # The session picker is for one event; the day and the title for several.
    assert not dialog.sessions_box.isVisible() and dialog.chosen_session_ids() is None
    assert dialog.picker.several.isVisible()
    assert dialog.picker.as_of_day() == dt.date.today()
    assert dialog.picker.title_field.placeholderText() == "UN-CMCoord events"
    assert dialog.windowTitle().startswith("Export summary — 2 event")  # plural: the window's
    assert dialog.picker.as_of.accessibleName() and dialog.picker.events.accessibleName()
    tick(qtbot, dialog, HNPW)  # untick the one the window opened with: Leading Edge alone
    assert dialog.picker.chosen_ids() == [_id(demo, LEP)]
    assert dialog.sessions_box.isVisible() and dialog.session_list.count() == 0
    assert plain(dialog.windowTitle()) == f"Export summary — {LEP}"


def test_two_events_ticked_export_one_pdf_with_upcoming_and_past(
    qtbot,  # noqa: ANN001
    demo: Store,
    tmp_path: Path,
) -> None:
    out = tmp_path / "events.pdf"
    dialog = _dialog(qtbot, demo, out)
    tick(qtbot, dialog, LEP)
    type_as_of(qtbot, dialog, dt.date(2023, 1, 1))
    export_and_wait(qtbot, dialog, out)
    text = _pdf_text(out)
    assert text.index("UN-CMCoord events") < text.index("Upcoming events") < text.index(LEP)
    assert text.index(LEP) < text.index("Past events") < text.rindex(HNPW)
    assert PRAGUE not in text
    assert "Exported events.pdf" in dialog.status.text()
    # The PDF carries both events' records, for `import summary.pdf`.
    from cmcoord_desktop.export.pdf_records import embedded_records

    embedded = embedded_records(out).decode("utf-8")
    assert _id(demo, LEP) in embedded and _id(demo, HNPW) in embedded
    assert _id(demo, PRAGUE) not in embedded


def test_the_day_decides_what_is_upcoming(qtbot, demo: Store, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "later.pdf"
    dialog = _dialog(qtbot, demo, out)
    tick(qtbot, dialog, LEP)
    type_as_of(qtbot, dialog, dt.date(2024, 1, 1))  # by then Leading Edge is past too
    export_and_wait(qtbot, dialog, out)
    text = _pdf_text(out)
    assert "Upcoming events" not in text
    assert text.index("Past events") < text.index(LEP) < text.rindex(HNPW)


def test_all_three_events_to_word_under_the_title_typed(
    qtbot,  # noqa: ANN001
    demo: Store,
    tmp_path: Path,
) -> None:
    out = tmp_path / "events.docx"
    dialogs = ScriptedDialogs(save_to=out)
    dialog = open_export_dialog(None, demo, dialogs, _id(demo, HNPW))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.picker.all_button, Qt.MouseButton.LeftButton)
    assert len(dialog.picker.chosen_ids()) == 3
    type_as_of(qtbot, dialog, dt.date(2023, 1, 1))
    dialog.picker.title_field.setFocus()
    qtbot.keyClicks(dialog.picker.title_field, "Summary of UN-CMCoord Events <2017>")
    choose_format(qtbot, dialog, "Word")
    export_and_wait(qtbot, dialog, out)
    # The file is named after the summary's title (less what a disk refuses).
    assert dialogs.saves[0][0].name == "Summary of UN-CMCoord Events 2017 - summary.docx"
    document = docx.Document(str(out))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Summary of UN-CMCoord Events <2017>") in styled
    headings = [text for style, text in styled if style == "Heading 1"]
    assert headings == ["Contents", "Upcoming events", "Past events"]
    events = [text for style, text in styled if style == "Heading 2"]
    assert events == [LEP, PRAGUE, HNPW]  # upcoming soonest first, then past latest first
    assert document.core_properties.title == "Summary of UN-CMCoord Events <2017>"


def test_copy_as_email_puts_both_events_in_html_and_text(
    qtbot,  # noqa: ANN001
    demo: Store,
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, demo, tmp_path / "unused.eml")
    assert not dialog.copy_button.isVisible()  # only for the e-mail format
    tick(qtbot, dialog, PRAGUE)
    type_as_of(qtbot, dialog, dt.date(2017, 6, 1))  # Prague still to come
    choose_format(qtbot, dialog, "E-mail")
    assert dialog.copy_button.isVisible()
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    mime = QApplication.clipboard().mimeData()
    html, text = mime.html(), mime.text()
    # (The plain text writes its section headings in capitals.)
    for part in (html.lower(), text.lower()):
        prague, hnpw = PRAGUE.lower(), HNPW.lower()
        assert part.index("un-cmcoord events") < part.index("upcoming events")
        assert part.index("upcoming events") < part.index(prague) < part.index("past events")
        assert part.index("past events") < part.rindex(hnpw)
    assert "<h1" in html and "<script" not in html and "<style" not in html
    assert "\\&" not in text and "<" not in text
    assert "copied" in dialog.status.text()
    assert not (tmp_path / "unused.eml").exists()


def test_cancel_stops_a_several_events_export_and_writes_nothing(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
) -> None:
    for week in range(2):
        event = repository.create_event(
            store, title=f"Week {week}", start_date=dt.date(2017, 2, 6 + 7 * week)
        )
        for number in range(80):
            repository.create_session(store, event.id, title=f"Session {number}")
    out = tmp_path / "cancelled.pdf"
    dialog = _dialog(qtbot, store, out, "Week 0")
    tick(qtbot, dialog, "Week 1")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running() and not dialog.picker.isEnabled()
    assert dialog.progress.maximum() == 161  # both events' sessions, and the finishing pass
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20_000)
    assert "cancelled" in dialog.status.text()
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert dialog.export_button.isEnabled() and dialog.picker.isEnabled()


def test_nothing_ticked_disables_export_and_says_why(
    qtbot,  # noqa: ANN001
    demo: Store,
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, demo, tmp_path / "none.pdf")
    dialog.picker.none_button.setFocus()
    qtbot.keyClick(dialog.picker.none_button, Qt.Key.Key_Space)
    assert dialog.picker.chosen_ids() == []
    assert not dialog.export_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert dialog.status.text() == "Tick at least one event to export its summary."
    assert not dialog.sessions_box.isVisible() and not dialog.picker.several.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button does nothing now
    assert not (tmp_path / "none.pdf").exists() and not dialog.running()
    tick(qtbot, dialog, PRAGUE)
    assert dialog.export_button.isEnabled()
    assert dialog.status.text() == "Choose sessions and options, then Export."


def test_each_opening_starts_from_the_selected_event(
    qtbot,  # noqa: ANN001
    demo: Store,
    tmp_path: Path,
) -> None:
    from cmcoord_desktop.app import build_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(demo, settings, ScriptedDialogs(save_to=tmp_path / "x.pdf"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for title in (PRAGUE, HNPW):
        window.chain.reveal(repository.get(demo, Event, _id(demo, title)))
        qtbot.waitUntil(lambda: window.chain.selected_event() is not None)
        window.actions_by_id["export_summary"].trigger()  # File › Export summary…
        qtbot.waitUntil(lambda: bool(window.findChildren(ExportDialog)))
        dialog = window.findChildren(ExportDialog)[0]
        assert dialog.picker.chosen_ids() == [_id(demo, title)]
        qtbot.mouseClick(dialog.picker.all_button, Qt.MouseButton.LeftButton)  # then closed
        assert dialog.windowTitle() == "Export summary — 3 events"  # the window's plurals
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))


def test_with_several_events_every_control_is_named_and_tab_follows_the_lines(
    qtbot,  # noqa: ANN001
    demo: Store,
    tmp_path: Path,
) -> None:
    from tests.a11y.accessible_tree import name_of, unnamed_controls
    from tests.a11y.reading_order import reading_order, tab_chain

    dialog = _dialog(qtbot, demo, tmp_path / "x.eml")
    qtbot.mouseClick(dialog.picker.all_button, Qt.MouseButton.LeftButton)
    choose_format(qtbot, dialog, "E-mail")
    assert dialog.picker.several.isVisible() and dialog.copy_button.isVisible()
    assert unnamed_controls(dialog) == []
    # Tab within the day field goes day, month, year (Qt's own), then on to the title: the
    # chain is read in two parts around it.
    chain = tab_chain(dialog.picker.events, dialog)
    assert chain[-1] is dialog.picker.as_of
    rest = tab_chain(dialog.picker.title_field, dialog)
    chain += rest[: rest.index(chain[0])] if chain[0] in rest else rest  # until it wraps round
    names = [name_of(w) for w in chain]
    assert names == [name_of(w) for w in reading_order(chain, Qt.LayoutDirection.LeftToRight)]
    assert names[:5] == [
        "Events in the summary",
        "Tick all",
        "Untick all",
        "Upcoming and past as of",
        "Title of the summary",
    ]
    assert "Copy as e-mail" in names
    as_of = dialog.picker.as_of
    as_of.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):  # through its parts (at most three), then out to the title
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not as_of:
            break
    assert QApplication.focusWidget() is dialog.picker.title_field
