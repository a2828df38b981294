"""Tab order for parts of a form whose fields are made after the form: rows, slide cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def order_tab_keys(part: QWidget, chain: list[QWidget]) -> None:
    """Tab walks `chain` in its order, right after the field before `part` in the form.

    Widgets made later (a new row, a pasted slide) join Qt's focus chain at its very end, after
    everything below them; and QWidget.setTabOrder ignores a first widget that takes no focus (a
    heading), so the chain is anchored on the last field before `part` that does."""
    anchor = part.previousInFocusChain()
    # The focus chain is a ring, so the walk comes back to `part` (None only for a widget
    # outside any window, which has no chain to join).
    while anchor is not None and anchor is not part:
        if takes_tab(anchor) and not part.isAncestorOf(anchor):
            break
        anchor = anchor.previousInFocusChain()
    fields = [widget for widget in chain if takes_tab(widget)]
    if anchor is None or anchor is part or not fields:
        return
    for first, second in zip([anchor, *fields], fields, strict=False):
        QWidget.setTabOrder(first, second)
