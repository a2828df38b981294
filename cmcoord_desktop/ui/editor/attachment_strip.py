"""The presentation of a session: slide images (or PDFs) pasted, dropped or chosen, each shown as
a thumbnail with an editable caption. The original file is stored in the database, untouched;
only the thumbnail on screen is scaled."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLocale,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core import repository, slide_marker, validation
from cmcoord_desktop.core.models import Attachment
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui import record_sentences
from cmcoord_desktop.ui.commands import CreateRecordCommand, DeleteRecordCommand, pushed
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.edit_commands import TypingCommand
from cmcoord_desktop.ui.editor.field_binding import FieldBinding, MessageLabel
from cmcoord_desktop.ui.editor.tab_keys import order_tab_keys
from cmcoord_desktop.ui.record_sentences import sentence

THUMBNAIL = QSize(200, 150)
# In English, marked for the catalogue (context "AttachmentStrip"); shown through _words.
FILE_FILTER = QT_TRANSLATE_NOOP(
    "AttachmentStrip", "Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)"
)
NOT_A_SLIDE = QT_TRANSLATE_NOOP(
    "AttachmentStrip", "That file is not an image or a PDF, so it was not added"
)
CAPTION_PLACEHOLDER = QT_TRANSLATE_NOOP("AttachmentStrip", "Caption, e.g. the slide's title")
REMOVE_TIP = QT_TRANSLATE_NOOP("AttachmentStrip", "Remove this slide (Undo brings it back)")
# A slide restored from the Trash after every laptop had given its bytes up (sync/slide_cleanup.py).
SLIDE_REMOVED = QT_TRANSLATE_NOOP("AttachmentStrip", "Slide removed")
SLIDE_REMOVED_FILE = QT_TRANSLATE_NOOP("AttachmentStrip", "Slide removed: {file}")
SLIDE_REMOVED_WHY = QT_TRANSLATE_NOOP(
    "AttachmentStrip",
    "Its image was removed from every laptop after it was deleted; the caption is kept.",
)


def _words(text: str) -> str:
    return QCoreApplication.translate("AttachmentStrip", text)


def _slide_mime(filename: str) -> str | None:
    mime, _ = mimetypes.guess_type(filename)
    return mime if mime and (mime.startswith("image/") or mime == "application/pdf") else None


def thumbnail(data: bytes, mime: str) -> QPixmap | None:
    """Decode at thumbnail size (a 40-megapixel photo never sits whole in memory)."""
    if not mime.startswith("image/"):
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > THUMBNAIL.width() or image.height() > THUMBNAIL.height():
        image = image.scaled(
            THUMBNAIL,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return QPixmap.fromImage(image)


class AttachmentCard(QFrame):
    def __init__(
        self, ctx: EditContext, attachment: Attachment, picture: QPixmap | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.attachment_id = attachment.id
        self._ctx = ctx
        self.setObjectName("attachmentCard")
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("thumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._filename = attachment.filename
        self.removed = slide_marker.bytes_removed(attachment.versions)
        if self.removed:
            self.thumbnail.setWordWrap(True)
        elif picture is not None:
            self.thumbnail.setPixmap(picture)
        else:
            self.thumbnail.setText(attachment.mime.split("/")[-1].upper() or "FILE")
        self.caption = QLineEdit(self)
        self.caption.setAccessibleName(
            QCoreApplication.translate("AttachmentStrip", "Caption of {file}").format(
                file=attachment.filename
            )
        )
        ctx.keys.watch(self.caption)
        # A removed slide's size would read "0 B", as if its file were empty.
        detail = attachment.filename
        if not self.removed:
            detail = f"{attachment.filename} · {_size_text(len(attachment.data))}"
        self.detail = name = QLabel(detail, self)
        name.setObjectName("detailLabel")
        name.setWordWrap(True)  # a long file name never widens the editor
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setObjectName("deleteItem")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("AttachmentStrip", "Delete presentation: {file}").format(
                file=attachment.filename
            )
        )
        self.binding = FieldBinding(
            self.caption, "caption", self._write, MessageLabel(self), parse=validation.parse_title
        )
        self.binding.show(attachment.caption, replace_typing=True)
        self.retranslate()

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.addWidget(self.thumbnail, 0, 0, 3, 1)
        grid.addWidget(self.caption, 0, 1)
        grid.addWidget(name, 1, 1)
        grid.addWidget(self.remove_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

    def retranslate(self) -> None:
        self.caption.setPlaceholderText(_words(CAPTION_PLACEHOLDER))
        self.remove_button.setToolTip(_words(REMOVE_TIP))
        if self.removed:
            why = _words(SLIDE_REMOVED_WHY)
            self.thumbnail.setText(_words(SLIDE_REMOVED))
            self.thumbnail.setAccessibleName(
                _words(SLIDE_REMOVED_FILE).format(file=record_sentences.isolated(self._filename))
            )
            self.thumbnail.setAccessibleDescription(why)
            for widget in (self, self.thumbnail, self.detail):
                widget.setToolTip(why)
            self.setAccessibleName(self.thumbnail.accessibleName())
            self.setAccessibleDescription(why)

    def _write(self, name: str, old: object, new: object) -> bool:
        return pushed(
            self._ctx.undo_stack,
            TypingCommand(
                self._ctx.store,
                Attachment,
                self.attachment_id,
                name,
                old,
                new,
                record_sentences.edit_field(Attachment, name),
            ),
        )


def _size_text(size: int) -> str:
    """'1.2 MB', '1,2 Mo', '1,2 МБ': the window's language's units and decimal sign."""
    return QLocale().formattedDataSize(max(size, 1000), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class AttachmentStrip(QWidget):
    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.parent_id: str | None = None
        self.cards: list[AttachmentCard] = []
        self._pictures: dict[str, QPixmap | None] = {}  # thumbnails by attachment id
        self._unsaved: dict[str, str] = {}  # captions the disk would not take, by attachment id

        self.heading = heading = QLabel(self)
        heading.setObjectName("sectionHeading")
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(6)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.hint = hint = QLabel(self)
        hint.setObjectName("detailLabel")
        hint.setWordWrap(True)
        self.message = MessageLabel(self)
        adding = QHBoxLayout()
        adding.addWidget(self.choose_button)
        adding.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(self._cards_box)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Presentation"))
        self.choose_button.setText(self.tr("Add a slide image…"))
        self.hint.setText(self.tr("or paste one (Ctrl+V), or drop a file here"))
        for card in self.cards:
            card.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_parent(self, parent_id: str | None) -> None:
        self.commit_pending()
        self.parent_id = parent_id
        self.message.say(None)
        for card in self.cards:
            if card.binding.dirty:
                self._unsaved[card.attachment_id] = card.binding.text()
            self._cards_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        self.reload()

    def reload(self) -> None:
        """Match the cards to the store; a slide's bytes are read once, when its card is made."""
        if self.parent_id is None:
            return
        by_id = {card.attachment_id: card for card in self.cards}
        cards = []
        for attachment_id, caption in repository.attachment_captions(
            self._ctx.store, self.parent_id
        ):
            card = by_id.pop(attachment_id, None)
            if card is None:
                card = self._make_card(attachment_id)
            else:
                card.binding.show(caption)
            cards.append(card)
        for gone in by_id.values():
            self._cards_box.removeWidget(gone)
            gone.hide()
            gone.deleteLater()
        if [c.attachment_id for c in cards] != [c.attachment_id for c in self.cards] or by_id:
            for card in cards:
                self._cards_box.removeWidget(card)
                self._cards_box.addWidget(card)
                card.show()
        self.cards = cards
        # Top to bottom: each slide's caption and its ×, then "Add a slide image…" under them.
        chain: list[QWidget] = [w for c in cards for w in (c.caption, c.remove_button)]
        order_tab_keys(self, [*chain, self.choose_button])

    def _make_card(self, attachment_id: str) -> AttachmentCard:
        attachment = repository.get(self._ctx.store, Attachment, attachment_id)
        if attachment_id not in self._pictures:
            self._pictures[attachment_id] = thumbnail(attachment.data, attachment.mime)
        card = AttachmentCard(self._ctx, attachment, self._pictures[attachment_id], self)
        card.remove_button.clicked.connect(lambda _=False: self.remove(card))
        if attachment_id in self._unsaved:
            card.binding.show_unsaved(self._unsaved.pop(attachment_id))
        return card

    def commit_pending(self) -> None:
        for card in self.cards:
            card.binding.commit()

    # --- adding and removing --------------------------------------------------------------------

    def add_slide(self, data: bytes, filename: str, mime: str) -> None:
        if self.parent_id is None:
            return
        parent_id = self.parent_id
        self._ctx.undo_stack.push(
            CreateRecordCommand(
                self._ctx.store,
                sentence(
                    lambda: QCoreApplication.translate("AttachmentStrip", "Add presentation slide")
                ),
                lambda: repository.add_attachment(self._ctx.store, parent_id, data, filename, mime),
            )
        )
        self.message.say(None)
        self.reload()

    def add_file(self, path: Path) -> bool:
        mime = _slide_mime(path.name)
        if mime is None:
            self.message.say(lambda: _words(NOT_A_SLIDE))
            return False
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.message.say(
                lambda: QCoreApplication.translate(
                    "AttachmentStrip", "Could not read {file}: {reason}"
                ).format(file=path.name, reason=reason)
            )
            return False
        self.add_slide(data, path.name, mime)
        return True

    def add_image(self, image: QImage, filename: str = "pasted slide.png") -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.add_slide(bytes(buffer.data().data()), filename, "image/png")

    def paste_image(self) -> bool:
        """Ctrl+V of an image anywhere in the session: it becomes a slide."""
        mime = QApplication.clipboard().mimeData()
        if self.parent_id is None or mime is None or not mime.hasImage():
            return False
        image = QImage(mime.imageData())
        if image.isNull():
            return False
        self.add_image(image)
        return True

    def choose_file(self) -> None:
        path = self._ctx.dialogs.ask_open_path(
            self.window(),
            QCoreApplication.translate("AttachmentStrip", "Choose a presentation slide"),
            Path.home(),
            _words(FILE_FILTER),
        )
        if path is not None:
            self.add_file(path)

    def remove(self, card: AttachmentCard) -> None:
        self._ctx.undo_stack.push(
            DeleteRecordCommand(
                self._ctx.store,
                Attachment,
                card.attachment_id,
                sentence(lambda: QCoreApplication.translate("AttachmentStrip", "Delete slide")),
            )
        )
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+V on the slides (a card, the button): the clipboard's image, even with text."""
        if event.matches(QKeySequence.StandardKey.Paste) and self.paste_image():
            event.accept()
            return
        super().keyPressEvent(event)

    # --- dropping files -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            for path in paths:
                self.add_file(path)
        elif mime.hasImage():
            self.add_image(QImage(mime.imageData()), "dropped slide.png")
        event.acceptProposedAction()
