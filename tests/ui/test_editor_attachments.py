"""The presentation slide: pasted, chosen or dropped, stored whole in the database, shown as a
thumbnail with a caption, removable and restorable with undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Attachment
from cmcoord_desktop.core.slide_store import drop_slide_bytes
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.main_window import MainWindow
from tests.isolates import plain

from .dialogs_fake import ScriptedDialogs
from .editor_helpers import (
    ALT,
    CTRL,
    SHIFT,
    a_session,
    focused,
    form_field,
    open_the_session,
    press,
)


def slide(width: int = 1600, height: int = 900) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    return image


def png_bytes() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    slide(320, 180).save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_pasting_an_image_adds_a_slide_with_a_thumbnail(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    QApplication.clipboard().setImage(slide())
    form_field(window, "notes").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)
    [attachment] = repository.children(store, Attachment, session.id)
    assert attachment.mime == "image/png"
    stored = QImage.fromData(attachment.data)
    assert (stored.width(), stored.height()) == (1600, 900)  # the original, not the thumbnail
    assert form_field(window, "notes").toPlainText() == ""  # nothing pasted as text
    strip = window.editor.form.strip
    [card] = strip.cards
    picture = card.thumbnail.pixmap()
    assert not picture.isNull() and picture.width() <= 200 and picture.height() <= 150
    assert card.isVisible()
    card.caption.setFocus()
    qtbot.keyClicks(card.caption, "The gateway")
    press(qtbot, Qt.Key.Key_2, ALT)  # leaving the editor writes it
    assert repository.get(store, Attachment, attachment.id).caption == "The gateway"


def test_removing_a_slide_is_undone_and_redone(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    store = window.store
    session = a_session(store)
    open_the_session(qtbot, window, session)
    QApplication.clipboard().setImage(slide())
    press(qtbot, Qt.Key.Key_4, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL)
    strip = window.editor.form.strip
    strip.cards[0].remove_button.click()
    assert repository.children(store, Attachment, session.id) == []
    assert strip.cards == []
    press(qtbot, Qt.Key.Key_4, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert len(repository.children(store, Attachment, session.id)) == 1 and len(strip.cards) == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)  # the paste itself
    assert repository.children(store, Attachment, session.id) == []
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(repository.children(store, Attachment, session.id)) == 1


def test_choosing_a_large_photo_stores_it_byte_for_byte(
    qtbot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:  # noqa: ANN001
    store = window.store
    photo = tmp_path / "panel photo.jpg"
    slide(6000, 4000).save(str(photo), "JPG", 95)
    session = a_session(store)
    open_the_session(qtbot, window, session)
    dialogs.open_paths.append(photo)  # the person picks the photo
    qtbot.mouseClick(window.editor.form.strip.choose_button, Qt.MouseButton.LeftButton)
    [attachment] = repository.children(store, Attachment, session.id)
    assert attachment.data == photo.read_bytes()
    assert (attachment.filename, attachment.mime) == ("panel photo.jpg", "image/jpeg")
    picture = window.editor.form.strip.cards[0].thumbnail.pixmap()
    assert (picture.width(), picture.height()) == (200, 133)


def test_dropping_a_file_adds_it_and_a_non_slide_is_refused_with_a_message(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # noqa: ANN001
    store = window.store
    slide_file, notes_file = tmp_path / "slide.png", tmp_path / "notes.docx"
    slide().save(str(slide_file))
    notes_file.write_bytes(b"PK not a slide")
    session = a_session(store)
    open_the_session(qtbot, window, session)
    strip = window.editor.form.strip
    for path in (slide_file, notes_file):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        at, buttons, keys = (
            QPointF(20, 20),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(
            strip, QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
        )
        QApplication.sendEvent(strip, QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys))
    assert [a.filename for a in repository.children(store, Attachment, session.id)] == ["slide.png"]
    assert strip.message.isVisible()
    assert strip.message.text() == "That file is not an image or a PDF, so it was not added"


def test_a_restored_slide_whose_image_every_laptop_gave_up_says_slide_removed(
    qtbot,  # noqa: ANN001
    open_window,  # noqa: ANN001
    data_dir: Path,
) -> None:
    """Deleted, its bytes given way to their marker (the sync's clean-up, core/slide_store.py),
    restored from the Trash: the card says "Slide removed" and why, with no thumbnail or size."""
    with Store(data_dir) as store:
        session = a_session(store)
        kept = repository.add_attachment(store, session.id, png_bytes(), "kept.png", "image/png")
        gone = repository.add_attachment(
            store, session.id, png_bytes(), "map.png", "image/png", "Map"
        )
        repository.delete(store, Attachment, gone.id)
        assert drop_slide_bytes(store, [gone.id]) == [gone.id]
        repository.restore(store, Attachment, gone.id)
    window = open_window()
    open_the_session(qtbot, window, session)
    cards = {card.attachment_id: card for card in window.editor.form.strip.cards}
    removed, shown = cards[gone.id], cards[kept.id]
    assert removed.isVisible()
    assert removed.thumbnail.text() == "Slide removed"
    assert removed.thumbnail.pixmap().isNull()  # no broken picture
    why = "Its image was removed from every laptop after it was deleted; the caption is kept."
    assert removed.thumbnail.toolTip() == why and removed.toolTip() == why
    assert plain(removed.accessibleName()) == "Slide removed: map.png"
    assert removed.accessibleDescription() == why
    assert "0 B" not in removed.detail.text() and "map.png" in removed.detail.text()
    assert removed.caption.text() == "Map"  # the caption is kept, and still editable
    assert not shown.thumbnail.pixmap().isNull() and shown.thumbnail.text() == ""
    assert shown.accessibleName() == "" and "B" in shown.detail.text()
