"""File › Sync with shared file…: pick a file, preview what would change, sync off the GUI thread.

The preview ("12 new, 3 updated, 1 conflict, 0 deleted") is read without writing anything; only
after the person agrees is the sync run, again off the GUI thread, with its progress in the
status bar. The status bar then says when this laptop last synced, and with which file; the
recent shared files are kept in QSettings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressBar

from cmcoord_desktop.core import meta
from cmcoord_desktop.core.atomic_write import ShareBusy
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.core.store_errors import DataFolderError
from cmcoord_desktop.sync.clock_repair_flow import RepairResult, repair_clock
from cmcoord_desktop.sync.errors import FutureStamps, RepairRefused, SharedFileError
from cmcoord_desktop.sync.shared_sync import SyncResult, preview_sync, sync_with_shared_file
from cmcoord_desktop.ui import local_format
from cmcoord_desktop.ui.background import BackgroundRunner, Cancelled, Progress

FILE_FILTERS: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]  # PySide6 types it object
    "SyncController", "CMCoord shared files (*.cmcsync);;All files (*)"
)
SUGGESTED_NAME = "workshop.cmcsync"
RECENT_KEY = "sync/recent"
RECENT_LIMIT = 8
REPAIR_QUESTION: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]  # PySide6 types it object
    "SyncController",
    "Changes made on this laptop while its clock was ahead block the shared file. "
    "Re-date them to now and rewrite the file?",
)
# Errors of ours whose message is already the sentence a person reads.
SYNC_ERRORS = (SharedFileError, ShareBusy, RepairRefused, DataFolderError)


SyncStep = Callable[[Callable[[str, int], None]], Any]  # given the sync layer's (what, percent)


def _runner_step(work: SyncStep) -> Callable[[Progress, Cancelled], Any]:
    """A sync step for the background runner. A sync cannot stop halfway (its commit is one
    transaction), so it never asks whether it was cancelled; far-future changes (FutureStamps)
    are not a failure but a question for the person, so they come back as the step's result."""

    def step(progress: Progress, _cancelled: Cancelled) -> Any:
        try:
            return work(lambda what, percent: progress(what, percent, 100))
        except FutureStamps as refusal:
            return refusal

    return step


class SyncController(QObject):
    """Owns the sync's status-bar widgets and recent-files list; the window calls `choose_and_sync`."""

    synced = Signal(object)  # SyncResult of a finished sync
    repaired = Signal(object)  # RepairResult: this laptop's far-future changes were re-dated
    failed = Signal(str)  # the one-line reason; nothing was written
    cancelled = Signal()

    def __init__(
        self,
        store: Store,
        dialogs: Any,
        settings: QSettings,
        window: QMainWindow,
        run: Callable[[Callable[[], None]], None],
    ) -> None:
        """`run` is the window's action dispatcher: a recent shared file is an action too."""
        super().__init__(window)
        self.store, self.dialogs, self.settings, self.window = store, dialogs, settings, window
        self._run = run
        self.runner = BackgroundRunner(dialogs, window, self.tr("Not synced"), owner=self)
        self.runner.progressed.connect(self._progressed)
        self.runner.failed.connect(self._failed)
        self._path: Path | None = None  # the file of the sync under way
        self._last: tuple[dt.datetime, Path] | None = None  # when and with what it last synced
        self.status = QLabel()
        self.status.setObjectName("sync_status")
        self.status.setContentsMargins(8, 0, 8, 0)
        self.status.installEventFilter(self)  # View › Language: the status line shown again
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 100)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.status)
        self.show_last_synced()
        # Quitting mid-sync would close the store under the worker: let the sync finish first
        # (it is safe to kill, but finishing keeps what it merged and says so next time).
        QCoreApplication.instance().aboutToQuit.connect(self._wait_for_running_sync)

    def _wait_for_running_sync(self) -> None:
        if self.busy:
            self.runner.wait()

    # --- starting -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def choose_and_sync(self) -> None:
        recent = self.recent_files()
        start = recent[0] if recent else Path.home() / SUGGESTED_NAME
        path = self.dialogs.ask_sync_path(
            self.window, self.tr("Sync with shared file"), start, self.tr(FILE_FILTERS)
        )
        if path is not None:
            self.sync_with(path)

    def sync_with(self, path: Path) -> None:
        if self.busy:
            self.window.statusBar().showMessage(self.tr("A sync is already running."), 4000)
            return
        path = Path(path)
        self._path = path
        self._remember(path)
        self._start(lambda _progress: preview_sync(self.store, path), self._previewed)

    def _start(self, work: SyncStep, done: Callable[[Any], None]) -> None:
        """One step (preview, sync, repair) on the window's background runner."""

        def then(result: Any) -> None:
            if isinstance(result, FutureStamps):
                self._refused_future(result)
            else:
                done(result)

        self.progress.setValue(0)
        self.progress.show()
        self.runner.start(_runner_step(work), then, expected=SYNC_ERRORS)

    # --- the steps, back on the GUI thread ----------------------------------------------------

    def _previewed(self, preview: SyncResult) -> None:
        nothing_to_do = not preview.created and not preview.here.any and not preview.there.any
        if not nothing_to_do and not self.dialogs.confirm(
            self.window, self.tr("Sync with shared file"), preview_text(preview), yes=_yes(preview)
        ):
            self.progress.hide()
            self.cancelled.emit()
            return
        path, allow, other = preview.path, preview.held, preview.other_workshop
        prepared = preview.prepared  # written as it is unless the file or the store changed
        self._start(  # the person confirmed what the preview said, another workshop included
            lambda progress: sync_with_shared_file(
                self.store, path, allow, progress, merge_other_workshop=other, prepared=prepared
            ),
            self._finished,
        )

    def _finished(self, result: SyncResult) -> None:
        self.progress.hide()
        if result.held:  # the file changed since the preview and now deletes most: ask again
            self._previewed(result)
            return
        self.show_last_synced()  # the sync wrote when, and with which file, in the data folder
        sentences = [
            self.tr("Synced with {file}: {summary} here.").format(
                file=result.path.name, summary=result.summary()
            )
        ]
        if result.siblings_merged:
            copies = len(result.siblings_merged)
            sentences.append(self.tr("Merged %n conflicted copies.", "", copies))
        if result.held_back:  # a laptop whose clock is ahead: the rest synced; say whose
            names = QLocale().createSeparatedList([name for name, _reason in result.held_back])
            sentences.append(
                self.tr("Held back (dated ahead of this laptop's clock): {names}.").format(
                    names=names
                )
            )
        self.window.statusBar().showMessage(" ".join(sentences), 10000)
        self.synced.emit(result)

    def _refused_future(self, refusal: FutureStamps) -> None:
        """Far-future changes of this very laptop (its clock ran ahead and was put right since;
        under an id it had before an earlier repair, too) are offered for re-dating; another
        laptop's are that laptop's to re-date."""
        path = self._path
        earlier = {repair["old"] for repair in meta.clock_repairs(self.store)}
        if path is None or not set(refusal.devices) <= {self.store.device_id, *earlier}:
            self.runner.report(str(refusal))
            return
        if not self.dialogs.confirm(
            self.window,
            self.tr("Sync with shared file"),
            self.tr(REPAIR_QUESTION),
            yes=self.tr("Re-date and rewrite"),
        ):
            self.progress.hide()
            self.cancelled.emit()
            return
        self._start(lambda progress: repair_clock(self.store, path, progress), self._repaired)

    def _repaired(self, result: RepairResult) -> None:
        self.progress.hide()
        if result.path is not None and result.wrote_file:  # the file now equals this laptop
            meta.remember_last_sync(self.store, result.path, dt.datetime.now())
            self.show_last_synced()
        self.window.statusBar().showMessage(result.summary(), 10000)
        self.repaired.emit(result)

    def _failed(self, message: str) -> None:
        """Already shown by the runner, as every background failure is."""
        self.progress.hide()
        self.failed.emit(message)

    def _progressed(self, what: str, done: int, total: int) -> None:
        self.progress.setFormat(f"{what} %p%")
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    # --- what is remembered -------------------------------------------------------------------

    @property
    def _last_key(self) -> str:
        return f"sync/last/{self.store.device_id}"

    def show_last_synced(self) -> None:
        """From the data folder, where every sync (the window's, the command line's) writes it;
        earlier versions kept it in the window's settings."""
        self._last = meta.last_sync(self.store) or self._last_in_settings()
        self._show_status()

    def _show_status(self) -> None:
        """The status line from what was last read (a language switch shows it again without
        reading the store, which may be closing)."""
        if self._last is None:
            self.status.setText(self.tr("Not synced yet"))
            return
        when, path = self._last
        self.status.setText(
            self.tr("Last synced {time} with {file}").format(
                time=local_format.recent_time(when, dt.datetime.now()), file=path.name
            )
        )
        self.status.setToolTip(str(path))

    def _last_in_settings(self) -> tuple[dt.datetime, Path] | None:
        value = self.settings.value(self._last_key)
        if not isinstance(value, list) or len(value) != 2:
            return None
        try:
            return dt.datetime.fromisoformat(value[0]), Path(value[1])
        except ValueError:
            return None

    def recent_files(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY)
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(name) for name in names if name]

    def _remember(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != path]
        self.settings.setValue(RECENT_KEY, [str(p) for p in [path, *recent][:RECENT_LIMIT]])

    def add_recent_menu(self, file_menu: QMenu, after: QAction) -> QMenu:
        """File › Recent shared files, right below the entry `after` (Sync with shared file…)."""
        recent = QMenu(self.tr("Recent shared &files"), file_menu)
        recent.setObjectName("menu_recent_shared_files")
        recent.aboutToShow.connect(lambda: self.fill_recent_menu(recent))
        self.fill_recent_menu(recent)
        entries = file_menu.actions()
        file_menu.insertMenu(entries[entries.index(after) + 1], recent)
        return recent

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Rebuilt each time the menu opens, so it lists what was synced since."""
        menu.clear()
        recent = self.recent_files()
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(
                lambda _checked=False, p=path: self._run(lambda: self.sync_with(p))
            )
        if not recent:
            menu.addAction(self.tr("No shared files yet")).setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.status and event.type() == QEvent.Type.LanguageChange:
            self._show_status()
        return super().eventFilter(watched, event)


def preview_text(preview: SyncResult) -> str:
    name = preview.path.name
    lines = [
        QCoreApplication.translate("SyncController", "Create “{file}” from this laptop's records?")
        if preview.created
        else QCoreApplication.translate("SyncController", "Sync with “{file}”?"),
        "",
        # The counts are sync's sentences (sync/shared_sync.py), in the window's language.
        QCoreApplication.translate("SyncController", "This laptop: {summary}").format(
            summary=preview.summary()
        ),
        QCoreApplication.translate("SyncController", "The shared file: {summary}").format(
            summary=preview.file_summary()
        ),
    ]
    lines[0] = lines[0].format(file=name)
    if preview.siblings_merged:
        lines.append(
            QCoreApplication.translate(
                "SyncController", "Conflicted copies to merge in: {count}"
            ).format(count=QLocale().toString(len(preview.siblings_merged)))
        )
    if preview.here.conflicts:
        lines.append(
            QCoreApplication.translate(
                "SyncController",
                "Records with conflicting changes will be listed under View › Needs review.",
            )
        )
    if preview.held:
        lines[:0] = [
            QCoreApplication.translate("SyncController", "Careful: {reason}").format(
                reason=preview.held_reason()
            ),
            "",
        ]
    if preview.other_workshop:
        lines[:0] = [
            QCoreApplication.translate(
                "SyncController",
                "Careful: “{file}” holds another workshop (no event in common with this "
                "laptop's); syncing merges both workshops.",
            ).format(file=name),
            "",
        ]
    return "\n".join(lines)


def _yes(preview: SyncResult) -> str:
    if preview.other_workshop:
        return QCoreApplication.translate("SyncController", "Merge both workshops")
    if preview.held:
        return QCoreApplication.translate("SyncController", "Delete and sync")
    return QCoreApplication.translate("SyncController", "Sync")
