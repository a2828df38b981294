"""The Export summary window's choice of events: the store's events, ticked as a facilitator
picks those one summary is to hold, and for several events the day that decides which are
upcoming and the summary's title."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.events_words import events_words_for
from cmcoord_desktop.ui.local_format import day_month_year


class EventPicker(QGroupBox):
    """A checkable list of the live events, `event_id` ticked; Space ticks the current one."""

    changed = Signal()  # the ticked events changed

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Events"), parent)
        self.setObjectName("export_event_picker")
        self.languages: dict[str, str] = {}
        self.events = QListWidget()
        self.events.setObjectName("export_events")
        self.events.setAccessibleName(self.tr("Events in the summary"))
        self.events.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for event in repository.events(store):  # latest first, as the events panel lists them
            label = event.title or self.tr("untitled event")
            if event.start_date:
                label = f"{day_month_year(event.start_date)} · {label}"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = event.id == event_id
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.events.addItem(item)
            self.languages[event.id] = event.language or "en"
            if ticked:
                self.events.setCurrentItem(item)
        self.events.itemChanged.connect(self._ticked)

        self.all_button = QPushButton(self.tr("Tic&k all"))
        self.all_button.setToolTip(self.tr("Put every event in the summary"))
        self.none_button = QPushButton(self.tr("&Untick all"))
        self.none_button.setToolTip(self.tr("Take every event out of the summary"))
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        toggles = QHBoxLayout()
        toggles.addWidget(self.all_button)
        toggles.addWidget(self.none_button)
        toggles.addStretch(1)

        # Only for several events: one event's summary has no upcoming and past sections.
        self.several = QWidget()
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("export_as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setAccessibleName(self.tr("Upcoming and past as of"))
        self.as_of.setToolTip(
            self.tr("Events that start after this day are listed as upcoming, the others as past")
        )
        self.title_field = QLineEdit()
        self.title_field.setObjectName("export_events_title")
        self.title_field.setAccessibleName(self.tr("Title of the summary"))
        self.title_field.setClearButtonEnabled(True)
        form = QFormLayout(self.several)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("As of &date:"), self.as_of)
        form.addRow(self.tr("Summary &title:"), self.title_field)

        layout = QVBoxLayout(self)
        layout.addWidget(self.events, 1)
        layout.addLayout(toggles)
        layout.addWidget(self.several)
        self._ticked()

    def chosen_ids(self) -> list[str]:
        """The ticked events, in the list's order."""
        return [
            self.events.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.events.count())
            if self.events.item(row).checkState() == Qt.CheckState.Checked
        ]

    def as_of_day(self) -> dt.date:
        day = self.as_of.date()
        return dt.date(day.year(), day.month(), day.day())

    def summary_title(self) -> str:
        """The title typed, or "" for the summary's own ("UN-CMCoord events" in its language)."""
        return self.title_field.text().strip()

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.events.blockSignals(True)  # one `changed`, not one per event
        for row in range(self.events.count()):
            self.events.item(row).setCheckState(state)
        self.events.blockSignals(False)
        self._ticked()

    @Slot()
    def _ticked(self) -> None:
        chosen = self.chosen_ids()
        self.several.setVisible(len(chosen) > 1)
        if chosen:  # the summary's words are in its first event's language, as on the CLI
            self.title_field.setPlaceholderText(events_words_for(self.languages[chosen[0]]).title)
        self.changed.emit()
