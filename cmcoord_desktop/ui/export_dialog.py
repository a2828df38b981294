"""The Export summary window: choose sessions and options, export off the GUI thread.

The summary is gathered from the store here, on the GUI thread (a few quick reads), into frozen
plain data; the PDF, web page, Word document, Markdown or e-mail is then written on a worker
thread by export/commands.py's `write_summary` (the writer the command line uses), run by the
window's one background runner (ui/background.py), so typing goes on while a long event exports. Cancel stops it at the next session and leaves no file behind.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core import meta, repository, sync_states
from cmcoord_desktop.core.models import Event, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP
from cmcoord_desktop.export.summary_data import EventSummary, gather_event_summary
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions
from cmcoord_desktop.ui.background import BackgroundRunner, Cancelled, Progress, Work
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.local_format import day_month_year

# format: (what the Format list says, the save dialog's filter, the file's suffix)
FORMATS = {
    "pdf": ("PDF", QT_TRANSLATE_NOOP("ExportDialog", "PDF document (*.pdf)"), ".pdf"),
    "html": (
        QT_TRANSLATE_NOOP("ExportDialog", "Web page (for a website or CMS)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Web page (*.html)"),
        ".html",
    ),
    "docx": (
        QT_TRANSLATE_NOOP("ExportDialog", "Word (for comments and translators)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Word document (*.docx)"),
        ".docx",
    ),
    "md": (
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown (wikis, repositories)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"),
        ".md",
    ),
    "email": (
        QT_TRANSLATE_NOOP("ExportDialog", "E-mail (.eml, to send or forward)"),
        QT_TRANSLATE_NOOP("ExportDialog", "E-mail message (*.eml)"),
        ".eml",
    ),
}

# QSettings keys: the last export's format and folder, offered again in the next run.
_LAST_FORMAT = "export/last_format"
_LAST_FOLDER = "export/last_folder"


def export_work(
    summary: EventSummary,
    out: Path,
    options: SummaryOptions,
    file_format: str,
    records: bytes | None = None,
) -> Work:
    """The job that writes one summary, for the background runner: plain data in, the file's
    path out; it stops at the next session once cancelled (raising ExportCancelled)."""

    def work(progress: Progress, cancelled: Cancelled) -> Path:
        # Imported here, on the worker thread: ReportLab, python-docx and the rest stay out of
        # the window's start-up (write_summary imports only the one writer asked for).
        from cmcoord_desktop.export.commands import write_summary

        write_summary(
            summary,
            file_format,
            out,
            options,
            records=records,
            progress=lambda done, total: progress("", done, total),
            cancelled=cancelled,
        )
        return out

    return work


def event_records_file(store: Store, event_id: str) -> bytes:
    """The event's records as a records file, embedded in its PDF for `import summary.pdf`
    (as the command line's export does: the file's format belongs to sync/)."""
    from cmcoord_desktop.export.pdf_records import event_records
    from cmcoord_desktop.sync import shared_file

    chosen = event_records(sync_states.record_states(store), event_id)
    return shared_file.encode(chosen, meta.device_names(store))


def _file_name(title: str, extension: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")[:80] or "summary"
    return f"{name} - summary{extension}"


class ExportDialog(QDialog):
    def __init__(
        self,
        store: Store,
        dialogs: Dialogs,
        event_id: str,
        session_ids: list[str] | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        """`settings`: where the last format and folder are kept between runs (none: not kept)."""
        super().__init__(parent)
        self.store, self.dialogs, self.event_id = store, dialogs, event_id
        self.settings = settings
        self.record = repository.get(store, Event, event_id)  # not `event`: QWidget.event()
        self.setObjectName("export_dialog")
        self.setWindowTitle(
            self.tr("Export summary — {title}").format(
                title=self.record.title or self.tr("untitled event")
            )
        )
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.runner = BackgroundRunner(dialogs, self, self.tr("Not exported"))
        self.runner.progressed.connect(self._progressed)
        self.runner.cancelled.connect(self._cancelled)
        self.runner.failed.connect(self._failed)
        self.last_file: Path | None = None

        self.all_sessions = QRadioButton(self.tr("&All sessions"))
        self.chosen_sessions = QRadioButton(self.tr("&Chosen sessions:"))
        self.session_list = QListWidget()
        self.session_list.setObjectName("export_sessions")
        # Long titles end in "…" (the whole title in the tooltip) rather than scroll sideways.
        self.session_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.session_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for session in repository.children(store, Session, event_id):
            label = session.title or self.tr("(untitled session)")
            if session.date:  # first, so an elided long title never hides it
                label = f"{day_month_year(session.date)} · {label}"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = session_ids is None or session.id in session_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.session_list.addItem(item)
        (self.chosen_sessions if session_ids else self.all_sessions).setChecked(True)
        self.session_list.setEnabled(bool(session_ids))
        self.chosen_sessions.toggled.connect(self.session_list.setEnabled)

        sessions_box = QGroupBox(self.tr("Sessions"))
        sessions_layout = QVBoxLayout(sessions_box)
        for widget in (self.all_sessions, self.chosen_sessions, self.session_list):
            sessions_layout.addWidget(widget)

        self.marketplace = QCheckBox(self.tr("&Marketplace tables"))
        self.images = QCheckBox(self.tr("Presentation &images"))
        self.notes = QCheckBox(self.tr("&Notes"))
        # Internal notes are for the facilitators: printed only when the person asks.
        for box in (self.marketplace, self.images):
            box.setChecked(True)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.file_format = QComboBox()
        self.file_format.setObjectName("export_format")
        for key, (label, _filters, _suffix) in FORMATS.items():
            self.file_format.addItem(QCoreApplication.translate("ExportDialog", label), key)
        last_format = self.settings.value(_LAST_FORMAT, "") if self.settings else ""
        if (index := self.file_format.findData(last_format)) >= 0:
            self.file_format.setCurrentIndex(index)
        options_box = QGroupBox(self.tr("Options"))
        options = QFormLayout(options_box)
        options.addRow(self.marketplace)
        options.addRow(self.images)
        options.addRow(self.notes)
        options.addRow(self.tr("&Paper:"), self.paper)
        options.addRow(self.tr("&Format:"), self.file_format)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.hide()  # until there is something to show progress of
        self.status = QLabel(self.tr("Choose sessions and options, then Export."))
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the exported file in the program that shows it"))
        self.open_button.hide()
        self.folder_button = QPushButton(self.tr("Show in fo&lder"))
        self.folder_button.setToolTip(self.tr("Open the folder the exported file is in"))
        self.folder_button.hide()
        self.cancel_button = QPushButton(self.tr("Close"))
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(sessions_box, 1)
        layout.addWidget(options_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(520, 560)

    # -- what to export ---------------------------------------------------------------------

    def chosen_session_ids(self) -> list[str] | None:
        if self.all_sessions.isChecked():
            return None
        return [
            self.session_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.session_list.count())
            if self.session_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> SummaryOptions:
        return SummaryOptions(
            paper=self.paper.currentData(),
            marketplace=self.marketplace.isChecked(),
            images=self.images.isChecked(),
            notes=self.notes.isChecked(),
        )

    def running(self) -> bool:
        return self.runner.busy

    # -- exporting --------------------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        if self.running():
            return
        file_format = self.file_format.currentData()
        _label, filters, extension = FORMATS[file_format]
        session_ids = self.chosen_session_ids()
        if session_ids == []:
            self.status.setText(self.tr("Choose at least one session, or All sessions."))
            return
        last_folder = str(self.settings.value(_LAST_FOLDER, "")) if self.settings else ""
        # Home for the first export, or when the folder has gone (a stick removed).
        folder = Path(last_folder) if last_folder and Path(last_folder).is_dir() else Path.home()
        suggested = folder / _file_name(self.record.title, extension)
        filters = QCoreApplication.translate("ExportDialog", filters)
        out = self.dialogs.ask_save_path(self, self.tr("Export summary"), suggested, filters)
        if out is None:
            return
        if out.suffix.lower() != extension:
            out = out.with_name(out.name + extension)
        if self.settings is not None:  # asked for next time: the format and the folder chosen
            self.settings.setValue(_LAST_FORMAT, file_format)
            self.settings.setValue(_LAST_FOLDER, str(out.parent))
        summary = gather_event_summary(self.store, self.event_id, session_ids)
        # Read here, on the GUI thread that owns the store; the worker gets plain bytes.
        records = event_records_file(self.store, self.event_id) if file_format == "pdf" else None
        self.open_button.hide()
        self.folder_button.hide()
        self.progress.setRange(0, max(len(summary.sessions) + 1, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Exporting the summary to {file}…").format(file=out.name))
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))

        self.runner.start(
            export_work(summary, out, self.options(), file_format, records),
            self._done,
            cancel_error=ExportCancelled,
        )

    @Slot(str, int, int)
    def _progressed(self, _what: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.status.setText(message)

    def _done(self, path: Path) -> None:
        self.last_file = path
        self.progress.setValue(self.progress.maximum())
        self._finish(self.tr("Exported {file}.").format(file=self.last_file.name))
        self.open_button.show()
        self.folder_button.show()
        self.open_button.setFocus()

    @Slot()
    def _cancelled(self) -> None:
        self.progress.setValue(0)
        self._finish(self.tr("Export cancelled: no file was written."))

    @Slot(str)
    def _failed(self, message: str) -> None:
        """Said twice, the same way: the runner's warning (as for a failed sync) and here."""
        self._finish(
            self.tr("The export failed and wrote no file. {message}").format(message=message)
        )

    @Slot()
    def cancel_or_close(self) -> None:
        if self.running():
            self.runner.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.close()

    @Slot()
    def open_file(self) -> None:
        if self.last_file is not None:
            self._open(
                self.last_file,
                self.tr("No program on this computer opens {file}.").format(
                    file=self.last_file.name
                ),
            )

    @Slot()
    def show_in_folder(self) -> None:
        if self.last_file is not None:
            self._open(
                self.last_file.parent,
                self.tr("The folder {folder} did not open.").format(folder=self.last_file.parent),
            )

    def _open(self, path: Path, refusal: str) -> None:
        if not path.exists():  # moved or deleted since the export
            self.status.setText(
                self.tr("{path} is no longer there: export it again.").format(path=path)
            )
        elif not self.dialogs.open_url(QUrl.fromLocalFile(str(path))):
            self.status.setText(refusal)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if self.running():  # closing cancels; wait so no thread outlives the window
            self.runner.cancel()
            self.runner.wait()
        super().closeEvent(event)


def open_export_dialog(
    parent: QWidget | None,
    store: Store,
    dialogs: Dialogs,
    event_id: str,
    session_ids: list[str] | None = None,
    settings: QSettings | None = None,
) -> ExportDialog:
    """Show the (non-modal) export window for an event, with these sessions chosen if given."""
    dialog = ExportDialog(store, dialogs, event_id, session_ids, parent, settings)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
