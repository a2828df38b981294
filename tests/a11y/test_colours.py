"""Colours: all text meets WCAG AA (4.5:1) in the light, dark and high-contrast (7:1) schemes,
status colours included; the window follows a dark scheme; nothing is told by colour alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget

from cmcoord_desktop.ui.colour_scheme import (
    AA_TEXT,
    AAA_TEXT,
    CHECKED_GROUPS,
    TEXT_ON,
    contrast,
    error_text,
    palette_for,
)
from cmcoord_desktop.ui.data_signal import DataSignal
from cmcoord_desktop.ui.editor.editor_style import style_sheet
from cmcoord_desktop.ui.main_window import MainWindow

Role = QPalette.ColorRole
COLOUR_RULE = re.compile(r"(?<![-\w])color:\s*([^;}]+)")
SCHEMES = {
    "light": (Qt.ColorScheme.Light, False, AA_TEXT),
    "dark": (Qt.ColorScheme.Dark, False, AA_TEXT),
    "high contrast": (Qt.ColorScheme.Light, True, AAA_TEXT),
    "dark high contrast": (Qt.ColorScheme.Dark, True, AAA_TEXT),
}


def fusion_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def test_qts_own_palette_is_not_enough() -> None:
    """Why the palette is corrected at all: Fusion's grey and its selection fail AA."""
    palette = fusion_palette()
    assert contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) < AA_TEXT
    assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) < AA_TEXT


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_text_colour_of_the_palette_is_readable(scheme: str) -> None:
    colour_scheme, high_contrast, minimum = SCHEMES[scheme]
    palette = palette_for(colour_scheme, high_contrast, fusion_palette())
    for group in CHECKED_GROUPS:
        for text, background in TEXT_ON:
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            assert ratio >= minimum, (scheme, group.name, text.name, background.name, ratio)
    for background in (Role.Window, Role.Base):
        assert contrast(error_text(palette), palette.color(background)) >= AA_TEXT


def style_sheet_colours(sheet: str, palette: QPalette) -> Iterator[tuple[str, QColor]]:
    for value in COLOUR_RULE.findall(sheet):
        value = value.strip()
        role = re.fullmatch(r"palette\(([\w-]+)\)", value)
        if role:
            name = "".join(part.capitalize() for part in role.group(1).split("-"))
            yield value, palette.color(getattr(Role, name))
        else:
            yield value, QColor(value)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_colour_the_style_sheets_name_is_readable(
    demo_window: MainWindow, scheme: str
) -> None:
    """The editor's sheet, and every sheet set on a widget of the window (Not saved included),
    on the page and on the window's grey."""
    colour_scheme, high_contrast, _ = SCHEMES[scheme]
    palette = palette_for(colour_scheme, high_contrast, fusion_palette())
    demo_window.findChild(DataSignal).not_saved.emit("The disk is full.")
    sheets = [style_sheet(palette)] + [
        w.styleSheet() for w in demo_window.findChildren(QWidget) if w.styleSheet()
    ]
    checked = 0
    for sheet in sheets:
        if scheme == "dark":  # sheets set from the light palette name its colours
            sheet = sheet.replace("#b3261e", error_text(palette).name())
        for value, colour in style_sheet_colours(sheet, palette):
            for background in (Role.Base, Role.Window):
                ratio = contrast(colour, palette.color(background))
                assert ratio >= AA_TEXT, (scheme, value, background.name, round(ratio, 2))
            checked += 1
    assert checked >= 8


@pytest.fixture
def dark_application() -> Iterator[QPalette]:
    """The application as follow_colour_scheme colours it when the system says "dark"."""
    app = QApplication.instance()
    before = QPalette(app.palette())
    dark = palette_for(Qt.ColorScheme.Dark, False, before)
    app.setPalette(dark)
    yield dark
    app.setPalette(before)


def lightness_at(widget: QWidget, point: QPoint) -> int:
    return widget.grab().toImage().pixelColor(point).lightness()


@pytest.mark.slow  # builds and grabs the whole window in a second colour scheme
def test_in_a_dark_scheme_the_whole_window_is_dark(
    dark_application: QPalette,
    demo_window: MainWindow,
) -> None:
    QApplication.processEvents()
    editor = demo_window.editor
    assert lightness_at(editor, QPoint(editor.width() - 30, editor.height() - 10)) < 60
    for panel in demo_window.panels:
        assert (
            lightness_at(panel.view, QPoint(panel.view.width() // 2, panel.view.height() - 5)) < 60
        )
    outcome = editor.form.lists[next(iter(editor.form.lists))].rows[0].text
    text_colours = {
        outcome.viewport().grab().toImage().pixelColor(x, y).lightness()
        for x in range(0, outcome.viewport().width(), 2)
        for y in range(outcome.viewport().height())
    }
    assert max(text_colours) > 180, "the outcome's text is not drawn light on the dark page"
    red = QColor(
        demo_window.findChild(QWidget, "recordEditor")
        .styleSheet()
        .split("fieldMessage { color: ")[1][:7]
    )
    assert contrast(red, dark_application.color(Role.Base)) >= AA_TEXT


def test_not_saved_says_so_in_words_not_only_in_red(demo_window: MainWindow) -> None:
    label = demo_window.saved_label
    saved_text = label.text()
    demo_window.findChild(DataSignal).not_saved.emit("The disk is full.")
    assert label.text().startswith("Not saved")
    assert "Not saved" not in saved_text and "saved" in saved_text.lower()
    assert "font-weight: bold" in label.styleSheet()  # and it stands out without its colour
    assert "The disk is full." in label.toolTip()
    assert isinstance(label, QLabel)


def test_a_window_already_open_turns_dark_with_the_system(demo_window: MainWindow) -> None:
    app = QApplication.instance()
    before = QPalette(app.palette())
    editor = demo_window.editor
    corner = QPoint(editor.width() - 30, editor.height() - 10)
    assert lightness_at(editor, corner) > 200
    try:
        app.setPalette(palette_for(Qt.ColorScheme.Dark, False, before))
        QApplication.processEvents()
        assert lightness_at(editor, corner) < 60
        assert error_text(app.palette()).name() in editor.styleSheet()
    finally:
        app.setPalette(before)


def test_the_program_starts_with_the_corrected_palette(qapp) -> None:  # noqa: ANN001
    """application() colours the program through follow_colour_scheme (here: no scheme from
    the offscreen platform, so the style's light palette, corrected)."""
    from cmcoord_desktop.ui.colour_scheme import follow_colour_scheme

    app = qapp
    before = QPalette(app.palette())
    try:
        follow_colour_scheme(app)
        palette = app.palette()
        for text, background in TEXT_ON:
            assert contrast(palette.color(text), palette.color(background)) >= AA_TEXT
        assert contrast(before.color(Role.PlaceholderText), before.color(Role.Base)) < AA_TEXT
    finally:
        app.setPalette(before)
