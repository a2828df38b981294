"""Edit > Copy as e-mail: HTML and plain text on the clipboard together, read back as a mail
program would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.store import Store
from tests.export.workshops import add_session

ARABIC_TITLE = "أسبوع الشبكات والشراكات الإنسانية"
ARABIC_OUTCOME = "اتفق المشاركون على تعزيز التنسيق المدني العسكري"
HOSTILE = '<script>alert("x")</script> <img src=file:///etc/passwd>'


def _arabic_event(store: Store) -> str:
    event = repository.create_event(
        store, title=ARABIC_TITLE, start_date=dt.date(2017, 2, 6), language="ar"
    )
    add_session(
        store,
        event.id,
        "جلسة التنسيق",
        dt.date(2017, 2, 7),
        [ARABIC_OUTCOME, HOSTILE],
        [("متابعة الإطار", "CMCS", None, "open")],
    )
    return event.id


def _window(qtbot, store: Store, tmp_path: Path):  # noqa: ANN001, ANN202
    from cmcoord_desktop.app import build_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_copy_as_email_puts_html_and_plain_text_on_the_clipboard(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    event_id = _arabic_event(store)
    window = _window(qtbot, store, tmp_path)
    QApplication.clipboard().clear()
    window.chain.reveal(repository.get(store, Event, event_id))
    qtbot.waitUntil(lambda: window.chain.selected_event() is not None)
    edit_menu = window.menus["Edit"]
    (action,) = [a for a in edit_menu.actions() if a.text() == "Copy as e-&mail"]
    assert action is window.actions_by_id["copy_as_email"]
    action.trigger()

    mime = QApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    html, text = mime.html(), mime.text()
    for part in (html, text):
        assert ARABIC_TITLE in part and ARABIC_OUTCOME in part
    assert "<article" in html and "<style" not in html  # the body-only page: the mail's style
    assert "<script" not in html and "<img src=file" not in html  # hostile text is only text
    assert "&lt;script&gt;" in html
    assert HOSTILE in text  # printed literally in the plain text
    assert "<" not in text.replace(HOSTILE, "")  # no markup otherwise
    assert "\u202e" not in text and "\\" not in text  # no bidi overrides, no Markdown escapes
    assert "copied" in window.statusBar().currentMessage()


def test_copy_as_email_without_an_event_says_what_to_do(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    window = _window(qtbot, store, tmp_path)
    QApplication.clipboard().setText("kept")
    window.actions_by_id["copy_as_email"].trigger()
    assert window.statusBar().currentMessage() == "Select an event to copy its summary."
    assert QApplication.clipboard().text() == "kept"
