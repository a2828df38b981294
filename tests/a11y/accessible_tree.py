"""Reading a window as a screen reader does: Qt's accessibility tree, from the tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Node:
    """One element of the tree as an assistive technology receives it."""

    role: QAccessible.Role
    name: str
    description: str
    focusable: bool
    invisible: bool
    object: QObject | None
    path: str  # roles and names from the window down, to say where a failure is

    def __str__(self) -> str:
        kind = type(self.object).__name__ if self.object is not None else "item"
        return f"{self.path} ({kind})"


def walk(widget: QWidget, limit: int = 20_000) -> Iterator[Node]:
    """Every element under the widget's accessible interface, depth first."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None and root.isValid(), f"{widget!r} has no accessible interface"
    stack: list[tuple[QAccessibleInterface, str]] = [(root, root.role().name)]
    seen = 0
    while stack:
        iface, path = stack.pop()
        seen += 1
        assert seen <= limit, "the accessible tree does not end (a cycle?)"
        state = iface.state()
        node = Node(
            iface.role(),
            iface.text(QAccessible.Text.Name),
            iface.text(QAccessible.Text.Description),
            bool(state.focusable),
            bool(state.invisible),
            iface.object(),
            path,
        )
        yield node
        children = [iface.child(i) for i in range(iface.childCount())]
        for child in reversed([c for c in children if c is not None and c.isValid()]):
            label = child.text(QAccessible.Text.Name) or "?"
            stack.append((child, f"{path} > {child.role().name} “{label[:40]}”"))


def shown(widget: QWidget) -> list[Node]:
    """The elements a person can reach: visible ones (hidden forms and closed popups are not)."""
    return [node for node in walk(widget) if not node.invisible]


def unnamed_controls(widget: QWidget) -> list[str]:
    """Where a screen reader would say only "edit" or "button": focusable, shown, no name."""
    return [str(n) for n in shown(widget) if n.focusable and not n.name.strip()]


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name)


def description_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Description)
