"""The first start, on an empty data folder: try the demo, create an event, or copy a past one.

The page decides nothing about windows: it says what the person chose (a signal) and app.py
opens the demo or the main window. Copying a past event is asked here (ui/past_event.py), because
it needs a file picked and an event chosen first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import Event
from cmcoord_desktop.core.paths import APP_NAME, resources_dir
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.ui.dialogs import Dialogs
from cmcoord_desktop.ui.main_window import MainWindow
from cmcoord_desktop.ui.past_event import copy_past_event

FOCUS_STYLE = """
QCommandLinkButton { border: 2px solid transparent; border-radius: 6px; padding: 6px; }
QCommandLinkButton:focus { border-color: palette(highlight); background: palette(alternate-base); }
QCommandLinkButton:hover { background: palette(alternate-base); }
"""


class WelcomePage(QWidget):
    demo_requested = Signal()
    new_event_requested = Signal()
    event_copied = Signal(str)  # the new event's id

    def __init__(self, store: Store, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.dialogs = store, dialogs
        self.setObjectName("welcome")
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / "cmcoord-desktop.png")).pixmap(72))
        self.heading = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.intro)
        top.addLayout(titles, 1)

        self.demo_button = self._choice("demo_choice")
        self.create_button = self._choice("create_choice")
        self.copy_button = self._choice("copy_choice")
        self.demo_button.clicked.connect(self.demo_requested)
        self.create_button.clicked.connect(self.new_event_requested)
        self.copy_button.clicked.connect(self.copy_past_event)

        self.folder = QLabel()
        self.folder.setObjectName("data_folder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addSpacing(8)
        for button in (self.demo_button, self.create_button, self.copy_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.folder)
        self.retranslate()
        self.demo_button.setFocus()
        self.resize(640, 440)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome — {program}").format(program=APP_NAME))
        self.heading.setText(
            "<h2>{}</h2>".format(self.tr("Welcome to {program}").format(program=APP_NAME))
        )
        self.intro.setText(
            self.tr(
                "Capture the key outcomes and next steps of a workshop as people speak, export "
                "the summary the same day, and merge notes with your co-facilitators. "
                "Nothing to save: every edit is kept the moment you make it."
            )
        )
        self.demo_button.setText(self.tr("Try the demo workshop"))
        self.demo_button.setDescription(
            self.tr(
                "Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. "
                "Your own data folder stays empty."
            )
        )
        self.create_button.setText(self.tr("Create an event"))
        self.create_button.setDescription(
            self.tr("Start with an empty event, then add its sessions and marketplace tables.")
        )
        self.copy_button.setText(self.tr("Create from a copy of a past event…"))
        self.copy_button.setDescription(
            self.tr(
                "Pick last year's records file (an export or a shared file): its sessions and "
                "marketplace tables are copied, without outcomes, next steps, ideas, notes or "
                "delegates."
            )
        )
        self.folder.setText(
            self.tr("Your data folder: {folder}").format(folder=self.store.data_dir)
        )
        for button in (self.demo_button, self.create_button, self.copy_button):
            button.setAccessibleDescription(button.description())  # Qt reads only the big line

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choice(self, name: str) -> QCommandLinkButton:
        button = QCommandLinkButton()
        button.setObjectName(name)
        # Enter opens the choice with the focus (outside a dialog Qt leaves that to Space),
        # and the focus shows: a person at the keyboard sees what Enter will open.
        button.setAutoDefault(True)
        button.setStyleSheet(FOCUS_STYLE)
        return button

    def copy_past_event(self) -> None:
        event = copy_past_event(self, self.store, self.dialogs)
        if event is not None:
            self.event_copied.emit(event.id)


def show_first_window(window: MainWindow, open_demo: Callable[[], QWidget]) -> QWidget:
    """Show the main window, or on an empty data folder the welcome page in its place.

    `open_demo` opens the demo workshop in a window of its own (a temporary data folder) and
    returns that window. The page closes only after the next window is shown, so the program
    never sees its last window closed in between.
    """
    store = window.store
    if repository.events(store) or repository.trash(store):
        window.show()
        return window
    page = WelcomePage(store, window.dialogs)

    def demo() -> None:
        open_demo()
        page.close()

    def create() -> None:
        window.show()
        page.close()
        window.actions_by_id["new_event"].trigger()  # as File › New event

    def copied(event_id: str) -> None:
        window.show()
        page.close()
        window.chain.reveal(repository.get(store, Event, event_id))

    page.demo_requested.connect(demo)
    page.new_event_requested.connect(create)
    page.event_copied.connect(copied)
    page.show()
    return page
