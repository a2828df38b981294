"""File › Export summary…, the sessions list's Export this session… and Edit › Copy as e-mail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.panels.panel_chain import PanelChain


class SummaryController:
    def __init__(
        self,
        window: QWidget,
        store: Store,
        dialogs: Dialogs,
        chain: PanelChain,
        hint: Callable[[str], None],
        settings: QSettings | None = None,
    ) -> None:
        self.window, self.store, self.dialogs, self.chain = window, store, dialogs, chain
        self._hint, self.settings = hint, settings

    def export_summary(self, session_ids: list[str] | None = None) -> None:
        event = self.chain.selected_event()
        if event is None:
            self._hint(
                QCoreApplication.translate(
                    "SummaryController", "Select an event to export its summary."
                )
            )
            return
        from cmcoord_desktop.ui.export_dialog import open_export_dialog  # ReportLab on demand

        open_export_dialog(
            self.window, self.store, self.dialogs, event.id, session_ids, self.settings
        )

    def export_session(self) -> None:
        session = self.chain.selected_session()
        if session is None:
            self._hint(
                QCoreApplication.translate("SummaryController", "Select a session to export it.")
            )
            return
        self.export_summary([session.id])

    def copy_as_email(self) -> None:
        event = self.chain.selected_event()
        if event is None:
            self._hint(
                QCoreApplication.translate(
                    "SummaryController", "Select an event to copy its summary."
                )
            )
            return
        from cmcoord_desktop.ui.copy_as_email import copy_summary_as_email

        copy_summary_as_email(self.store, event.id)
        self._hint(
            QCoreApplication.translate(
                "SummaryController", "Summary copied: paste it into a new e-mail."
            )
        )
