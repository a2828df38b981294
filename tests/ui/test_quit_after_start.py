"""CMCOORD_QUIT_AFTER_START_MS: the first paint is announced once, and only when asked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from cmcoord_desktop.ui.quit_after_start import (
    ENVIRONMENT_VARIABLE,
    FIRST_PAINT_LINE,
    quit_after_start_if_asked,
)


def test_the_first_paint_is_announced_once(qtbot, monkeypatch, capfd) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "60000")  # far off: the test ends first
    window = QLabel("CMCoord Desktop")
    qtbot.addWidget(window)
    quit_after_start_if_asked(window)
    window.show()
    qtbot.waitUntil(lambda: FIRST_PAINT_LINE in capfd.readouterr().err)
    window.repaint()
    qtbot.wait(20)
    assert FIRST_PAINT_LINE not in capfd.readouterr().err


def test_nothing_happens_without_the_variable(qtbot, monkeypatch, capfd) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    window = QLabel("CMCoord Desktop")
    qtbot.addWidget(window)
    quit_after_start_if_asked(window)
    window.show()
    qtbot.waitExposed(window)
    window.repaint()
    assert FIRST_PAINT_LINE not in capfd.readouterr().err
