"""What a row of the action table says (ActionSpec), and the keys it is pressed with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:  # the shell declares the actions before the controllers exist
    from cmcoord_desktop.ui.controllers import Controllers

Shortcut = str | QKeySequence.StandardKey

# Actions the undo stack makes itself (createUndoAction / createRedoAction).
UNDO_STACK_ACTIONS = ("undo", "redo")


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    # The controller callable the action runs; a checkable action's is given the new state.
    run: Callable[[Controllers], Callable[..., object]]
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str | None = None  # freedesktop theme icon name; the text is shown when it is missing
    tip: str = ""
    toolbar: bool = False
    checkable: bool = False
    separator_before: bool = False
    # Active only while a panel list has the focus, so Delete in a text field deletes a letter.
    panel_only: bool = False
    # What the shortcuts sheet calls it when its keys do more than the menu entry says.
    sheet_text: str = ""


# What a key is called for people where Qt's name is short for it.
KEY_NAMES = {"Del": "Delete"}


def key_sequences(action_spec: ActionSpec) -> list[QKeySequence]:
    """The shortcuts of an action; a standard key may mean several (or none) on a platform."""
    sequences: list[QKeySequence] = []
    for shortcut in action_spec.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(shortcut)
        else:
            found = [QKeySequence(shortcut)]
        sequences.extend(s for s in found if not s.isEmpty() and s not in sequences)
    return sequences


def shortcut_text(action_spec: ActionSpec) -> str:
    """The one shortcut people are told of: 'Ctrl+Shift+E'. The first one declared; the
    others (Ctrl+Y besides Ctrl+Shift+Z, and Qt's platform aliases such as the F14 and Undo
    keys of some keyboards) work too, but a list that names them all reads like noise."""
    sequences = key_sequences(action_spec)
    if not sequences:
        return ""
    text = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
    return KEY_NAMES.get(text, text)
