"""Which record the editor shows: the one chosen last in the panels, once a restore is done."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmcoord_desktop.core.models import Record
    from cmcoord_desktop.ui.editor import RecordEditor
    from cmcoord_desktop.ui.panels.panel_chain import PanelChain
    from cmcoord_desktop.ui.panels.record_panel import RecordPanel


class ShownRecord:
    """Follows the panels' choice into the editor, showing each record once."""

    def __init__(self, chain: PanelChain, editor: RecordEditor) -> None:
        self._chain, self._editor = chain, editor
        self._shown: tuple[type[Record] | None, str | None] = (None, None)
        self._restoring = False

    def open_in_editor(self, panel: RecordPanel) -> None:
        self._chain.choose_from(panel)
        self._editor.focus_first_field()

    def show(self, cls: type[Record] | None, record_id: str | None) -> None:
        if (cls, record_id) == self._shown:
            return
        self._shown = (cls, record_id)
        if not self._restoring:  # else shown once the whole selection is back (see restoring)
            self._editor.show_record(cls, record_id)  # writes the typing of the record it leaves

    @contextmanager
    def restoring(self) -> Iterator[None]:
        """Selecting the event, then its session, would show the event's form and then the
        session's: the editor shows only the record chosen last, when the restore is done."""
        self._restoring = True
        try:
            yield
        finally:
            self._restoring = False
        wanted, self._shown = self._shown, (None, None)
        self.show(*wanted)
