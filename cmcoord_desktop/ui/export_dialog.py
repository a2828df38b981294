"""The Export summary window: choose events, sessions and options, export off the GUI thread.

One event ticked: its summary, of all or chosen sessions. Several: one summary of them all, in
upcoming and past sections as of a day, under a title (ui/export_event_picker.py). The summary is
gathered from the store here, on the GUI thread (a few quick reads), into frozen
plain data; the PDF, web page, Word document, Markdown or e-mail is then written on a worker
thread by export/commands.py's `write_summary` (the writer the command line uses), run by the
window's one background runner (ui/background.py), so typing goes on while a long event
exports. Cancel stops it at the next session and leaves no file behind.
"""

from __future__ import annotations

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

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event, Session
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.summary_data import (
    EventsSummary,
    EventSummary,
    gather_event_summary,
    gather_events_summary,
)
from cmcoord_desktop.export.summary_options import ExportCancelled, SummaryOptions
from cmcoord_desktop.ui.background import BackgroundRunner
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.export_event_picker import EventPicker
from cmcoord_desktop.ui.export_jobs import (
    FORMATS,
    event_records_file,
    export_work,
    file_name,
    session_count,
)
from cmcoord_desktop.ui.local_format import day_month_year
from cmcoord_desktop.ui.record_sentences import isolated

# QSettings keys: the last export's format and folder, offered again in the next run.
_LAST_FORMAT = "export/last_format"
_LAST_FOLDER = "export/last_folder"


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
        self.store, self.dialogs = store, dialogs
        self.settings = settings
        self.setObjectName("export_dialog")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.runner = BackgroundRunner(dialogs, self, self.tr("Not exported"))
        self.runner.progressed.connect(self._progressed)
        self.runner.cancelled.connect(self._cancelled)
        self.runner.failed.connect(self._failed)
        self.last_file: Path | None = None

        self.picker = EventPicker(store, event_id)
        self.all_sessions = QRadioButton(self.tr("&All sessions"))
        self.chosen_sessions = QRadioButton(self.tr("&Chosen sessions:"))
        self.session_list = QListWidget()
        self.session_list.setObjectName("export_sessions")
        # Long titles end in "…" (the whole title in the tooltip) rather than scroll sideways.
        self.session_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.session_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen_sessions.toggled.connect(self.session_list.setEnabled)
        self.sessions_of = ""  # the event whose sessions the list shows
        self._fill_sessions(event_id, session_ids)

        # The sessions of one event: shown while exactly one event is ticked.
        self.sessions_box = QGroupBox(self.tr("Sessions"))
        sessions_layout = QVBoxLayout(self.sessions_box)
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
        self.copy_button = QPushButton(self.tr("Cop&y as e-mail"))
        self.copy_button.setToolTip(
            self.tr("Put the summary on the clipboard, to paste into a new e-mail")
        )
        self.copy_button.clicked.connect(self.copy_as_email)
        self.file_format.currentIndexChanged.connect(self._format_changed)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.copy_button, self.export_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.sessions_box, 1)
        layout.addWidget(options_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(520, 680)
        self.picker.changed.connect(self._events_changed)
        self._events_changed()
        self._format_changed()

    def _fill_sessions(self, event_id: str, session_ids: list[str] | None = None) -> None:
        """The list of `event_id`'s sessions, these ticked (none given: all of them)."""
        self.sessions_of = event_id
        self.session_list.clear()
        for session in repository.children(self.store, Session, event_id):
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

    @Slot()
    def _events_changed(self) -> None:
        chosen = self.picker.chosen_ids()
        self.sessions_box.setVisible(len(chosen) == 1)
        if len(chosen) == 1 and chosen[0] != self.sessions_of:
            self._fill_sessions(chosen[0])
        if len(chosen) == 1:
            title = repository.get(self.store, Event, chosen[0]).title
            self.setWindowTitle(
                self.tr("Export summary — {title}").format(
                    title=isolated(title) if title else self.tr("untitled event")
                )
            )
        else:
            self.setWindowTitle(self.tr("Export summary — %n event(s)", "", len(chosen)))
        if not self.running():
            self.export_button.setEnabled(bool(chosen))
            self.copy_button.setEnabled(bool(chosen))
            if not chosen:
                hint = self.tr("Tick at least one event to export its summary.")
            elif len(chosen) == 1:
                hint = self.tr("Choose sessions and options, then Export.")
            else:
                hint = self.tr("Choose the day, the title and options, then Export.")
            self.status.setText(hint)

    @Slot()
    def _format_changed(self) -> None:
        self.copy_button.setVisible(self.file_format.currentData() == "email")

    # -- what to export ---------------------------------------------------------------------

    def chosen_session_ids(self) -> list[str] | None:
        """The sessions ticked, or None for all (and always for several events)."""
        if self.all_sessions.isChecked() or len(self.picker.chosen_ids()) != 1:
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

    def chosen_summary(self) -> EventSummary | EventsSummary | None:
        """What the person chose, gathered from the store (on the GUI thread that owns it);
        None, with the reason in the status line, when nothing is chosen."""
        event_ids, session_ids = self.picker.chosen_ids(), self.chosen_session_ids()
        if not event_ids:
            self.status.setText(self.tr("Tick at least one event to export its summary."))
            return None
        if session_ids == []:
            self.status.setText(self.tr("Choose at least one session, or All sessions."))
            return None
        if len(event_ids) == 1:
            return gather_event_summary(self.store, event_ids[0], session_ids)
        day, title = self.picker.as_of_day(), self.picker.summary_title()
        return gather_events_summary(self.store, event_ids, day, title)

    @Slot()
    def copy_as_email(self) -> None:
        """The chosen summary on the clipboard, as the e-mail file would hold it."""
        from cmcoord_desktop.ui.copy_as_email import copy_to_clipboard

        summary = self.chosen_summary()
        if summary is not None:
            copy_to_clipboard(summary, self.options())
            self.status.setText(self.tr("Summary copied: paste it into a new e-mail."))

    # -- exporting --------------------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        if self.running():
            return
        file_format = self.file_format.currentData()
        _label, filters, extension = FORMATS[file_format]
        summary = self.chosen_summary()
        if summary is None:
            return
        if isinstance(summary, EventsSummary):
            title, event_ids = summary.shown_title, [e.id for e in summary.events]
        else:
            title, event_ids = summary.title, [summary.id]
        last_folder = str(self.settings.value(_LAST_FOLDER, "")) if self.settings else ""
        # Home for the first export, or when the folder has gone (a stick removed).
        folder = Path(last_folder) if last_folder and Path(last_folder).is_dir() else Path.home()
        suggested = folder / file_name(title, extension)
        filters = QCoreApplication.translate("ExportDialog", filters)
        out = self.dialogs.ask_save_path(self, self.tr("Export summary"), suggested, filters)
        if out is None:
            return
        if out.suffix.lower() != extension:
            out = out.with_name(out.name + extension)
        if self.settings is not None:  # asked for next time: the format and the folder chosen
            self.settings.setValue(_LAST_FORMAT, file_format)
            self.settings.setValue(_LAST_FOLDER, str(out.parent))
        # Read here, on the GUI thread that owns the store; the worker gets plain bytes.
        records = event_records_file(self.store, event_ids) if file_format == "pdf" else None
        self.open_button.hide()
        self.folder_button.hide()
        self.progress.setRange(0, max(session_count(summary) + 1, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Exporting the summary to {file}…").format(file=out.name))
        self.export_button.setEnabled(False)
        self.picker.setEnabled(False)  # what is being written stays what the window shows
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
        self.picker.setEnabled(True)
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
