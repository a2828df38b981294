"""The menus' and actions' words in the window's language, again after every language switch.

ACTIONS (ui/actions/) holds each text in English, marked for the catalogue (context
"Actions"); `actions.show_texts` shows them translated, and `ActionTexts` calls it again on
QEvent.LanguageChange, so View › Language never rebuilds a menu or an action (their shortcuts,
ticks and connections stay).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Slot
from PySide6.QtGui import QAction, QUndoStack
from shiboken6 import isValid

CONTEXT = "Actions"


def action_words(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A menu text without its mnemonic: '&Quit' -> 'Quit'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ActionTexts(QObject):
    """Watches the window for LanguageChange and shows the actions' and menus' texts again."""

    def __init__(self, window: QObject, show: Callable[[], None]) -> None:
        super().__init__(window)
        self.show = show
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.show()
        return False


class UndoStepText(QObject):
    """Edit › Undo (or Redo) is the stack's own action (its enabled state follows the stack),
    but createUndoAction keeps the prefix it was made with: after View › Language the menu read
    "&Undo Supprimer …". The text is written here after Qt's, with the prefix read again in
    the window's language, and again on LanguageChange, with the steps made before it.

    The step's text comes with the signal: the stack sends it while it is being destroyed too,
    when the action may be gone already."""

    def __init__(
        self, window: QObject, stack: QUndoStack, action: QAction, prefix: str, redo: bool
    ) -> None:
        """`prefix` in English ("&Undo"), marked in ACTIONS."""
        super().__init__(action)
        self._stack, self._action, self._prefix, self._redo = stack, action, prefix, redo
        # Connected after createUndoAction's own connection, so this text is the one that stays.
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.show)
        window.installEventFilter(self)
        self._again()

    @Slot(str)
    def show(self, step: str) -> None:
        if not isValid(self._action):  # the window is being taken down, the stack last
            return
        self._action.setText(" ".join(t for t in (action_words(self._prefix), step) if t))

    def _again(self) -> None:
        if isValid(self._stack):
            say_steps_again(self._stack)  # the steps made before the switch, in the new language
            self.show(self._stack.redoText() if self._redo else self._stack.undoText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._again()
        return False


def say_steps_again(stack: QUndoStack) -> None:
    """Every undo step's name in the window's language (after View › Language): a command says
    itself again through its `again`, a macro (Qt's own command) through its first command's
    `macro_again` (ui/commands.py). Read by name, so the window's shell imports no command."""
    for index in range(stack.count()):
        command = stack.command(index)
        again = getattr(command, "again", None)
        if again is None and command.childCount():
            again = getattr(command.child(0), "macro_again", None)
        if again is not None:
            command.setText(again())
