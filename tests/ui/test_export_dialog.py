"""Export summary window: every format off the GUI thread, can be cancelled, then Open and
Show in folder (the URL they hand the system is recorded by the test's dialogs, not launched)."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

import docx
import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.export_dialog import open_export_dialog
from tests.export.workshops import hnpw_like_event
from tests.ui.dialogs_fake import ScriptedDialogs


def choose_format(qtbot, dialog, label_start: str) -> None:  # noqa: ANN001
    """As a person does with the keyboard: focus the Format list, type the entry's first
    letters (a closed combo box jumps to the entry they start)."""
    dialog.file_format.setFocus()
    qtbot.keyClicks(dialog.file_format, label_start)
    assert dialog.file_format.currentText().startswith(label_start)


def export_and_wait(qtbot, dialog, out: Path) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and dialog.open_button.isVisible(), timeout=30_000)


def test_export_all_sessions_to_pdf(qtbot, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    event_id = hnpw_like_event(store)
    out = tmp_path / "summary.pdf"
    dialogs = ScriptedDialogs(save_to=out)
    dialog = open_export_dialog(None, store, dialogs, event_id)
    qtbot.addWidget(dialog)
    assert not dialog.isModal()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and dialog.open_button.isVisible(), timeout=20_000)
    assert dialogs.saves[0][0].suffix == ".pdf"
    assert len(pypdf.PdfReader(out).outline) == 3
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Exported" in dialog.status.text()


def test_internal_notes_are_printed_only_when_the_person_ticks_notes(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
) -> None:
    event_id = hnpw_like_event(store)
    session = repository.children(store, Session, event_id)[0]
    repository.update(store, Session, session.id, notes="Ask Oslo about the gateway")
    texts = []
    for name, tick in (("plain.pdf", False), ("with-notes.pdf", True)):
        out = tmp_path / name
        dialog = open_export_dialog(None, store, ScriptedDialogs(save_to=out), event_id)
        qtbot.addWidget(dialog)
        if tick:
            dialog.notes.setFocus()
            qtbot.keyClick(dialog.notes, Qt.Key.Key_Space)
        export_and_wait(qtbot, dialog, out)
        texts.append(" ".join(page.extract_text() for page in pypdf.PdfReader(out).pages))
    assert "Ask Oslo about the gateway" not in texts[0]
    assert "Ask Oslo about the gateway" in texts[1]


def test_export_one_chosen_session(qtbot, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    event_id = hnpw_like_event(store)
    sessions = repository.children(store, Session, event_id)
    out = tmp_path / "one.pdf"
    dialog = open_export_dialog(
        None, store, ScriptedDialogs(save_to=out), event_id, [sessions[1].id]
    )
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
    dialog = open_export_dialog(None, store, ScriptedDialogs(save_to=out), event.id)
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
    window = _main_window(qtbot, store, tmp_path, ScriptedDialogs(save_to=out))
    window.chain.reveal(repository.get(store, Event, event_id))
    qtbot.waitUntil(lambda: window.chain.selected_event() is not None)
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
    session = repository.children(store, Session, event_id)[2]
    window = _main_window(qtbot, store, tmp_path, ScriptedDialogs(save_to=tmp_path / "one.pdf"))
    window.chain.reveal(repository.get(store, Session, session.id))
    qtbot.waitUntil(lambda: window.chain.selected_session() is not None)
    (action,) = [
        a for a in window.sessions_panel.view.actions() if a.text() == "E&xport this session…"
    ]
    action.trigger()
    dialog = window.findChildren(ExportDialog)[0]
    assert dialog.chosen_session_ids() == [session.id]


TITLES = (
    "From Policy to Practice: Operationalizing Key Concepts",
    "Data Revolution: Humanitarians and Militaries alike have a lot to share",
)


def _read_html(out: Path) -> str:
    return out.read_text(encoding="utf-8")


def _read_docx(out: Path) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(str(out)).paragraphs)


def _read_markdown(out: Path) -> str:
    return out.read_text(encoding="utf-8")


def _read_email(out: Path) -> str:
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    html = message.get_body(("html",))
    plain = message.get_body(("plain",))
    assert html is not None and plain is not None, "an e-mail carries HTML and plain text"
    assert "<article" in html.get_content()
    return plain.get_content()


@pytest.mark.parametrize(
    ("label_start", "suffix", "read_back"),
    [
        ("Web", ".html", _read_html),
        ("Word", ".docx", _read_docx),
        ("Markdown", ".md", _read_markdown),
        ("E-mail", ".eml", _read_email),
    ],
)
def test_each_format_is_written_with_its_suffix_then_offers_open_and_folder(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
    label_start: str,
    suffix: str,
    read_back,  # noqa: ANN001
) -> None:
    event_id = hnpw_like_event(store)
    picked = tmp_path / "for colleagues"  # the person typed no suffix: the format adds it
    out = picked.with_name(picked.name + suffix)
    dialogs = ScriptedDialogs(save_to=picked)
    dialog = open_export_dialog(None, store, dialogs, event_id)
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isVisible() and not dialog.folder_button.isVisible()
    choose_format(qtbot, dialog, label_start)
    export_and_wait(qtbot, dialog, out)
    assert dialogs.saves[0][0].suffix == suffix
    assert f"*{suffix}" in dialogs.saves[0][1]
    text = read_back(out)
    for title in TITLES:
        assert title in text
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.status.text() == f"Exported {out.name}."
    assert dialog.folder_button.isVisible()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialogs.opened == [QUrl.fromLocalFile(str(out)), QUrl.fromLocalFile(str(tmp_path))]


def test_a_pdf_from_the_window_carries_its_events_records(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from cmcoord_desktop.export.pdf_records import embedded_records
    from cmcoord_desktop.sync import shared_file

    event_id = hnpw_like_event(store)
    other = repository.create_event(store, title="Another workshop")
    out = tmp_path / "summary.pdf"
    dialog = open_export_dialog(None, store, ScriptedDialogs(save_to=out), event_id)
    qtbot.addWidget(dialog)
    assert dialog.file_format.currentData() == "pdf"  # the default
    export_and_wait(qtbot, dialog, out)
    records = shared_file.decode(embedded_records(out))["records"]
    ids = {record["id"] for record in records}
    assert event_id in ids
    assert {s.id for s in repository.children(store, Session, event_id)} <= ids
    assert other.id not in ids


@pytest.mark.parametrize("label_start", ["Web", "Word", "Markdown", "E-mail"])
def test_cancel_stops_every_format_and_writes_nothing(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
    label_start: str,
) -> None:
    event = repository.create_event(store, title="Long week", start_date=dt.date(2017, 2, 6))
    for number in range(120):
        repository.create_session(store, event.id, title=f"Session {number}")
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "cancelled"
    dialog = open_export_dialog(None, store, ScriptedDialogs(save_to=out), event.id)
    qtbot.addWidget(dialog)
    choose_format(qtbot, dialog, label_start)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running() and dialog.cancel_button.text() == "Cancel"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert dialog.status.text() == "Export cancelled: no file was written."
    assert list(folder.iterdir()) == []  # no file, no half-written part, no image folder
    assert not dialog.open_button.isVisible()
    assert dialog.export_button.isEnabled()


def test_open_tells_when_the_file_is_gone_or_no_program_takes_it(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    event_id = hnpw_like_event(store)
    out = tmp_path / "summary.docx"
    dialogs = ScriptedDialogs(save_to=out, opens=False)
    dialog = open_export_dialog(None, store, dialogs, event_id)
    qtbot.addWidget(dialog)
    choose_format(qtbot, dialog, "Word")
    export_and_wait(qtbot, dialog, out)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "No program on this computer opens summary.docx."
    out.unlink()  # moved away since the export
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == f"{out} is no longer there: export it again."
    assert dialogs.opened == [QUrl.fromLocalFile(str(out))]  # the missing file was not handed on


def test_a_folder_gone_before_the_export_is_told_in_a_sentence(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    event_id = hnpw_like_event(store)
    out = tmp_path / "unplugged stick" / "summary.html"  # the folder went with the stick
    dialogs = ScriptedDialogs(save_to=out)
    dialog = open_export_dialog(None, store, dialogs, event_id)
    qtbot.addWidget(dialog)
    choose_format(qtbot, dialog, "Web")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert dialog.status.text() == (
        "The export failed and wrote no file. No such file or directory (summary.html)."
    )
    assert [f"{w.title}: {w.text}" for w in dialogs.told("warning")] == [
        "Not exported: No such file or directory (summary.html)."
    ]
    assert not dialog.open_button.isVisible()
    assert dialog.export_button.isEnabled()


def test_the_next_export_offers_the_last_format_and_folder(
    qtbot,  # noqa: ANN001
    store: Store,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    event_id = hnpw_like_event(store)
    folder = tmp_path / "for colleagues"
    folder.mkdir()
    out = folder / "summary.docx"
    first = open_export_dialog(None, store, ScriptedDialogs(save_to=out), event_id, None, settings)
    qtbot.addWidget(first)
    assert not first.file_format.currentText().startswith("Word")  # PDF the first time
    choose_format(qtbot, first, "Word")
    export_and_wait(qtbot, first, out)
    settings.sync()
    # A new run of the program: the settings read again from their file.
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialogs = ScriptedDialogs(save_to=None)
    second = open_export_dialog(None, store, dialogs, event_id, None, again)
    qtbot.addWidget(second)
    assert second.file_format.currentText().startswith("Word")
    qtbot.mouseClick(second.export_button, Qt.MouseButton.LeftButton)
    suggested, filters = dialogs.saves[0]
    assert suggested.parent == folder and suggested.suffix == ".docx" and "docx" in filters
