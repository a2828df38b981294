"""View › Next steps and Edit › Find: the two docks, and opening what they list where it was
written (the next step in its session, a match in its record) with the keyboard focus on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import (
    Attachment,
    Event,
    Item,
    ItemKind,
    MarketplaceGroup,
    Record,
    Session,
)
from cmcoord_desktop.core.next_steps import NextStepRow
from cmcoord_desktop.core.search import Match
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.editor import RecordEditor
from cmcoord_desktop.ui.editor.field_binding import FieldBinding
from cmcoord_desktop.ui.next_steps.steps_dock import NextStepsDock
from cmcoord_desktop.ui.panels.panel_chain import PanelChain
from cmcoord_desktop.ui.search.search_dock import SearchDock

NEXT_STEPS_HEIGHT = 320
SEARCH_WIDTH = 420

# What core/search.py calls a match, and the record it is in.
MATCH_RECORDS: dict[str, type[Record]] = {
    "event": Event,
    "session": Session,
    "panel member": Session,
    "session notes": Session,
    "marketplace table": MarketplaceGroup,
    "table host": MarketplaceGroup,
    "table participants": MarketplaceGroup,
    "key outcome": Item,
    "next step": Item,
    "idea": Item,
    "next step owner": Item,
    "item": Item,
    "slide": Attachment,
    "slide caption": Attachment,
    "slide file": Attachment,
}
PARENTS: tuple[type[Record], ...] = (Session, MarketplaceGroup, Event)


class FollowUpController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        chain: PanelChain,
        editor: RecordEditor,
        docks: tuple[NextStepsDock, SearchDock],
        actions: dict[str, QAction],
        hint: Callable[[str], None],  # one sentence in the status bar
    ) -> None:
        super().__init__(window)
        self.window, self.chain, self.editor = window, chain, editor
        self.next_steps, self.search = docks
        self._actions, self._hint = actions, hint
        self.store = store
        self.next_steps.view.open_requested.connect(self.open_next_step)
        self.search.panel.open_requested.connect(self.open_match)
        self.next_steps.visibilityChanged.connect(lambda _v: self._keep_checked())

    # --- the actions --------------------------------------------------------------------------

    def set_next_steps_visible(self, visible: bool) -> None:
        dock = self.next_steps
        first_time = visible and not dock.isVisible() and not dock.width_set
        dock.setVisible(visible)
        if first_time:
            self.window.resizeDocks([dock], [NEXT_STEPS_HEIGHT], Qt.Orientation.Vertical)
            dock.width_set = True
        if visible:
            dock.raise_()
            dock.view.focus_table()

    def find(self) -> None:
        dock = self.search
        first_time = not dock.isVisible() and not dock.width_set
        dock.setVisible(True)
        if first_time:
            self.window.resizeDocks([dock], [SEARCH_WIDTH], Qt.Orientation.Horizontal)
            dock.width_set = True
        dock.raise_()
        dock.panel.focus_box()

    def _keep_checked(self) -> None:
        action = self._actions["show_next_steps"]
        if action.isChecked() != self.next_steps.isVisible():
            action.setChecked(self.next_steps.isVisible())

    # --- opening what they list ---------------------------------------------------------------

    def open_next_step(self, row: NextStepRow) -> None:
        """The step in the session (or event) it was written in, its text focused; a carried
        step is the same record, so it opens where it lives."""
        self._open(Item, row.id, "text")

    def open_match(self, match: Match) -> None:
        cls = MATCH_RECORDS.get(match.kind, Item)
        self._open(cls, match.record_id, match.context.field)

    def _open(self, cls: type[Record], record_id: str, field: str) -> None:
        try:
            record = repository.get(self.store, cls, record_id)
        except repository.RecordNotFound:
            self._say(self.tr("That record is no longer there (deleted on another laptop?)."))
            return
        if record.deleted:
            self._say(self.tr("That record is in the Trash: restore it to open it."))
            return
        shown = self._parent_of(record) if isinstance(record, Attachment) else record
        if shown is None:
            self._say(self.tr("The session or event of that record is in the Trash."))
            return
        self.editor.commit_pending()
        self.chain.reveal(shown)
        self._focus(record, field)

    def _parent_of(self, record: Attachment) -> Record | None:
        for cls in PARENTS:
            try:
                return repository.get(self.store, cls, record.parent)
            except repository.RecordNotFound:
                continue
        return None

    def _focus(self, record: Record, field: str) -> None:
        """The keyboard on the field that matched; the editor scrolls a focused field into
        view by itself."""
        form = self.editor.form
        if form is None:
            return
        target: QWidget | None = None
        if isinstance(record, Item):
            item_list = form.lists.get(ItemKind(record.item_kind))
            row = item_list.row(record.id) if item_list is not None else None
            if row is not None:
                owner = getattr(row, "owner", None)
                target = owner if field == "owner" and owner is not None else row.text
        elif field in form.bindings:
            binding = form.bindings[field]
            target = binding.widget if isinstance(binding, FieldBinding) else binding.combo
        if target is None:
            self.editor.focus_first_field()
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self._hint(text)
