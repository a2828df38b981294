"""The search box: type, and every record with those words is listed by event as you type;
Enter (or a click) opens the record with the match in view (`open_requested`, connected by the
window). Whatever is typed is searched as words (core/search.py); it never raises."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from cmcoord_desktop.core.search import search
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.search.match_delegate import MatchDelegate
from cmcoord_desktop.ui.search.results_model import ResultsModel

TYPING_PAUSE_MS = 80  # search once typing pauses this long: a fast typist is not held up
LIMIT = 100  # matches listed; more words narrow them


class SearchLine(QLineEdit):
    """Down goes to the results, Enter opens the first, Escape empties the box."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class ResultList(QListView):
    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
        else:
            super().keyPressEvent(event)


class SearchPanel(QWidget):
    open_requested = Signal(object)  # the core.search.Match to show

    def __init__(
        self, store: Store, data_signal: DataSignal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.setAccessibleName(self.tr("Search"))
        self.store = store
        self.box = SearchLine(self)
        self.box.setObjectName("search_box")
        self.box.setAccessibleName(self.tr("Search every record"))
        self.box.setPlaceholderText(self.tr("Search events, sessions, outcomes, next steps…"))
        self.box.setClearButtonEnabled(True)
        self.notice = QLabel(self)
        self.notice.setAccessibleName(self.tr("Search notice"))
        self.notice.setWordWrap(True)
        self.notice.hide()  # shown only when there is something to say
        self.model = ResultsModel(self)
        self.results = ResultList(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(MatchDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.box)
        layout.addWidget(self.notice)
        layout.addWidget(self.results, 1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self._pause.start())
        self.box.returnPressed.connect(self._open_first)
        self.box.down_pressed.connect(self.focus_results)
        self.results.open_requested.connect(self._open)
        self.results.clicked.connect(self._open)
        data_signal.changed.connect(self._rerun_if_shown)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def focus_results(self) -> None:
        first = self.model.first_match()
        if first.isValid():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.model.match_at(self.results.currentIndex()) is None:
                self.results.setCurrentIndex(first)

    def run(self) -> None:
        self._pause.stop()
        typed = self.box.text()
        if not typed.strip():
            self.model.show(search(self.store, ""))
            self._say("")
            return
        results = search(self.store, typed, limit=LIMIT)
        self.model.show(results)
        said = [results.notice] if results.notice else []
        if not self.model.count and not results.notice:
            said.append(
                self.tr("Nothing matches “{typed}”.").format(typed=" ".join(typed.split())[:80])
            )
        elif results.more:
            said.append(
                self.tr("The first {count} matches: add words to narrow them.").format(count=LIMIT)
            )
        self._say(" ".join(said))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _rerun_if_shown(self) -> None:
        if self.isVisible() and self.box.text().strip():
            self.run()

    def _open_first(self) -> None:
        if self._pause.isActive():  # Enter before the pause ended: search what is typed now
            self.run()
        first = self.model.first_match()
        if first.isValid():
            self._open(first)

    def _open(self, index: QModelIndex) -> None:
        match = self.model.match_at(index)
        if match is not None:
            self.results.setCurrentIndex(index)
            self.open_requested.emit(match)
