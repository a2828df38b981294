"""Export from the Next steps view: the steps the filter shows, all of them (not only the rows
loaded), as CSV, Excel, a calendar or a PDF; the format follows the file name chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cmcoord_desktop.core.next_steps import Filters, next_steps
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs

SUFFIXES = (".csv", ".xlsx", ".ics", ".pdf")


class StepExport(QObject):
    def __init__(self, store: Store, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.dialogs = store, dialogs

    def file_filters(self) -> str:
        return ";;".join(
            (
                self.tr("Spreadsheet, UTF-8 (*.csv)"),
                self.tr("Excel workbook (*.xlsx)"),
                self.tr("Calendar tasks (*.ics)"),
                self.tr("PDF, open next steps per owner (*.pdf)"),
            )
        )

    def export(self, parent: QWidget, filters: Filters, start: Path) -> str:
        """Ask for a file and write it; what happened, in one sentence ("" if cancelled)."""
        path = self.dialogs.ask_save_path(
            parent, self.tr("Export next steps"), start / "next-steps.csv", self.file_filters()
        )
        if path is None:
            return ""
        if path.suffix.lower() not in SUFFIXES:
            return self.tr(
                "Not exported: name the file .csv, .xlsx, .ics or .pdf to choose its format."
            )
        from cmcoord_desktop.export import next_steps_files
        from cmcoord_desktop.export.next_steps_pdf import export_next_steps_pdf

        writers = {
            ".csv": next_steps_files.write_csv,
            ".xlsx": next_steps_files.write_xlsx,
            ".ics": next_steps_files.write_ics,
            ".pdf": export_next_steps_pdf,
        }
        rows = next_steps(self.store, filters)
        try:
            writers[path.suffix.lower()](rows, path)
        except OSError as exc:  # the disk, the folder, permissions: in the system's words
            reason = exc.strerror or str(exc)
            return self.tr("Not exported: {file} could not be written ({reason}).").format(
                file=path.name, reason=reason
            )
        return self.tr("Exported {count} next steps to {file}.").format(
            count=len(rows), file=path.name
        )
