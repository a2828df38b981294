"""A marketplace table of a session: its topic, who hosts it, who sat at it, and its ideas."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from cmcoord_desktop.core import fields, repository, validation
from cmcoord_desktop.core.models import ItemKind, MarketplaceGroup, Record, Session
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.ui.editor.context import EditContext
from cmcoord_desktop.ui.editor.record_form import RecordForm
from cmcoord_desktop.ui.record_sentences import isolated


class GroupForm(RecordForm):
    RECORD = MarketplaceGroup
    FIRST_FIELD = "topic"

    def __init__(self, ctx: EditContext, parent=None) -> None:  # noqa: ANN001 - QWidget | None
        super().__init__(ctx, parent)
        self.add_title(
            "topic",
            QT_TRANSLATE_NOOP("RecordForm", "Topic of the table, e.g. Simulations and exercises"),
            warn=partial(validation.title_message, needed=validation.TOPIC_NEEDED),
        )
        self.add_row(
            fields.field(MarketplaceGroup, "host"),
            self.line("host", QT_TRANSLATE_NOOP("RecordForm", "Who hosts this table")),
        )
        self.add_row(
            fields.field(MarketplaceGroup, "participants"),
            self.line(
                "participants", QT_TRANSLATE_NOOP("RecordForm", "Who took part, or how many")
            ),
        )
        self.add_list(ItemKind.IDEA)
        self.finish()

    def show_context(self, row: Record) -> None:
        assert isinstance(row, MarketplaceGroup)
        try:
            session = repository.get(self.ctx.store, Session, row.session_id)
            text = (
                QCoreApplication.translate("RecordForm", "Marketplace table in {session}")
                if session.title
                else QCoreApplication.translate(
                    "RecordForm", "Marketplace table in an untitled session"
                )
            )
            self.context_line.setText(text.format(session=isolated(session.title)))
        except repository.RecordNotFound:
            self.context_line.setText(QCoreApplication.translate("RecordForm", "Marketplace table"))
