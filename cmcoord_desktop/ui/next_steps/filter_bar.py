"""The filters above the Next steps table: status, owner, event, series, due and words; each
change gives core/next_steps.Filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.next_steps import STILL_TO_DO, Due, Filters, owners
from cmcoord_desktop.core.store import Store

TYPING_PAUSE_MS = 200  # words are searched once typing pauses, not at every key


class ChoiceBox(QComboBox):
    """A combo box that says when someone is about to choose in it (focus or popup), so its
    choices are read then and not while the view opens: the owners are a scan of every step."""

    about_to_choose = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.about_to_choose.emit()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.about_to_choose.emit()
        super().showPopup()


class FilterBar(QWidget):
    changed = Signal(object)  # Filters

    def __init__(self, store: Store, status_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.status = self._combo(layout, self.tr("&Status"), self.tr("Status filter"))
        self.status.addItem(self.tr("Any status"), ())
        self.status.addItem(self.tr("Still to do"), tuple(str(s) for s in STILL_TO_DO))
        for value, shown in status_names.items():
            self.status.addItem(shown, (value,))
        self.owner = self._combo(layout, self.tr("O&wner"), self.tr("Owner filter"))
        self.event_choice = self._combo(layout, self.tr("E&vent"), self.tr("Event filter"))
        self.series = self._combo(layout, self.tr("Se&ries"), self.tr("Series filter"))
        self.due = self._combo(layout, self.tr("D&ue"), self.tr("Due date filter"))
        self.due.addItem(self.tr("Any date"), ())
        self.due.addItem(self.tr("Overdue"), (Due.OVERDUE,))
        self.due.addItem(self.tr("This week"), (Due.THIS_WEEK,))
        self.due.addItem(self.tr("No date"), (Due.NO_DATE,))

        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("Words in the next step or owner"))
        self.words.setAccessibleName(self.tr("Words filter"))
        self.words.setClearButtonEnabled(True)
        words_label = QLabel(self.tr("W&ords"), self)
        words_label.setBuddy(self.words)
        layout.addWidget(words_label)
        layout.addWidget(self.words, 2)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.words.textChanged.connect(lambda _t: self._pause.start())
        self.words.returnPressed.connect(self._emit)
        self._filled = False
        for combo in (self.owner, self.event_choice, self.series):
            combo.about_to_choose.connect(self._fill_once)
        self._refill(self.owner, self.tr("Any owner"), [])
        self._refill(self.event_choice, self.tr("Any event"), [])
        self._refill(self.series, self.tr("Any series"), [])
        for combo in (self.status, self.owner, self.event_choice, self.series, self.due):
            combo.currentIndexChanged.connect(lambda _i: self._emit())

    def _combo(self, layout: QHBoxLayout, label: str, name: str) -> ChoiceBox:
        combo = ChoiceBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        shown = QLabel(label, self)
        shown.setBuddy(combo)
        layout.addWidget(shown)
        layout.addWidget(combo, 1)
        return combo

    def _fill_once(self) -> None:
        if not self._filled:
            self.fill_choices()

    def refresh_choices(self) -> None:
        """The data changed: read the choices again if anyone has looked at them yet."""
        if self._filled:
            self.fill_choices()

    def fill_choices(self) -> None:
        """The owners, events and series there are now, keeping what is chosen."""
        self._filled = True
        events = repository.events(self.store)
        series = sorted({e.series.strip() for e in events if e.series and e.series.strip()})
        self._refill(self.owner, self.tr("Any owner"), [(o, o) for o in owners(self.store)])
        self._refill(
            self.event_choice,
            self.tr("Any event"),
            [(e.title or self.tr("(untitled)"), e.id) for e in events],
        )
        self._refill(self.series, self.tr("Any series"), [(s, s) for s in series])

    @staticmethod
    def _refill(combo: QComboBox, anything: str, choices: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, "")
        for shown, value in choices:
            combo.addItem(" ".join(shown.split())[:80], value)
            combo.setItemData(combo.count() - 1, shown, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        combo.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(
            statuses=self.status.currentData() or (),
            owner=self.owner.currentData() or "",
            event=self.event_choice.currentData() or "",
            series=self.series.currentData() or "",
            due=self.due.currentData() or (),
            words=self.words.text(),
        )

    def _emit(self) -> None:
        self._pause.stop()
        self.changed.emit(self.filters())
