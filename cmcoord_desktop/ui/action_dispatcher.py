"""The one way a menu entry, a shortcut, a toolbar button or a context-menu entry runs.

Clicking a menu entry moves no keyboard focus, so the field being typed into has not written its
last words yet (it does on leaving it, or a couple of seconds after the last keystroke). The
dispatcher writes the typing in progress before every action it runs, so no action (an export, a
sync with a recent shared file, a new session) can act on a store that lacks it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction


class ActionDispatcher:
    def __init__(self, write_typing: Callable[[], object]) -> None:
        self._write_typing = write_typing

    def run(self, action: Callable[[], object]) -> None:
        self._write_typing()
        action()

    def connect(self, qaction: QAction, action: Callable[[], object]) -> None:
        qaction.triggered.connect(lambda _checked=False: self.run(action))

    def connect_toggle(self, qaction: QAction, action: Callable[[bool], object]) -> None:
        """A checkable action: `action` is given the new state (a dock shown or hidden)."""
        qaction.toggled.connect(lambda checked: self.run(lambda: action(checked)))
