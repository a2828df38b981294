"""The window's colours: the system's light, dark or high-contrast scheme, all text readable.

Qt follows the system's scheme only where the platform hands it a palette (a GNOME or KDE
theme, Windows 11 with its own style); with Fusion on a bare Linux desktop, or a style that knows
no dark palette, the window stayed light in a dark desktop. And Qt's own palettes fall short of
WCAG AA in places: Fusion's placeholder grey (labels, dates and counts in the lists use it too)
is 4.0:1 on white, white on its selection blue 3.5:1. `accessible_palette` fixes both; every
colour a style sheet here names is checked in tests/a11y/test_colours.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA_TEXT = 4.5  # WCAG 2.x AA, text under 18 pt
NON_TEXT = 3.0  # WCAG 2.1 AA for what is not text: the edges of a box to type into
AAA_TEXT = 7.0  # what a person who asked the system for more contrast gets
ERROR_RED = "#b3261e"  # messages under fields, "Not saved"; made lighter on a dark background

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
# The text colours a window shows, each on the background it is drawn on.
TEXT_ON = (
    (Role.Text, Role.Base),
    (Role.WindowText, Role.Window),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.PlaceholderText, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
)
# Disabled controls are exempt from WCAG's contrast rule, and look it.
CHECKED_GROUPS = (Group.Active, Group.Inactive)


def composite(colour: QColor, background: QColor) -> QColor:
    """The colour seen when a translucent colour is painted on the background."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio (1 to 21) of text in `foreground` on `background`."""
    seen = composite(foreground, background)
    lighter, darker = sorted(
        (relative_luminance(seen), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = AA_TEXT) -> QColor:
    """The colour itself when it reads well enough on the background, else the nearest shade
    of it that does: darker on a light background, lighter on a dark one."""
    seen = composite(colour, background)
    if contrast(seen, background) >= minimum:
        return colour
    towards = QColor("black") if relative_luminance(background) > 0.18 else QColor("white")
    for step in range(1, 101):
        share = step / 100
        shade = QColor.fromRgbF(
            seen.redF() + (towards.redF() - seen.redF()) * share,
            seen.greenF() + (towards.greenF() - seen.greenF()) * share,
            seen.blueF() + (towards.blueF() - seen.blueF()) * share,
        )
        if contrast(shade, background) >= minimum:
            return shade
    return towards


def accessible_palette(palette: QPalette, minimum: float = AA_TEXT) -> QPalette:
    """The palette with every text colour readable on its background; the selection colour is
    what gives way under selected text, the text colour elsewhere."""
    fixed = QPalette(palette)
    for group in CHECKED_GROUPS:
        for text_role, background_role in TEXT_ON:
            background = fixed.color(group, background_role)
            text = fixed.color(group, text_role)
            if text_role == Role.HighlightedText:
                shade = readable(background, composite(text, background), minimum)
                fixed.setColor(group, background_role, shade)
            else:
                fixed.setColor(group, text_role, readable(text, background, minimum))
    return fixed


def error_text(palette: QPalette) -> QColor:
    """The red of errors, readable on both the window and the editor's page."""
    red = QColor(ERROR_RED)
    for role in (Role.Window, Role.Base):
        red = readable(red, palette.color(Group.Active, role))
    return red


def dark_palette() -> QPalette:
    """A dark palette for styles that have none of their own (Fusion on a bare desktop)."""
    palette = QPalette()
    colours = {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e8e8e8",
        Role.Base: "#1f1f1f",
        Role.AlternateBase: "#272727",
        Role.Text: "#e8e8e8",
        Role.PlaceholderText: "#a8a8a8",
        Role.Button: "#353535",
        Role.ButtonText: "#e8e8e8",
        Role.BrightText: "#ff8a80",
        Role.Light: "#4a4a4a",
        Role.Midlight: "#3c3c3c",
        Role.Mid: "#5c5c5c",
        Role.Dark: "#181818",
        Role.Shadow: "#000000",
        Role.Highlight: "#2f6ea8",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c58af9",
        Role.ToolTipBase: "#3a3a3a",
        Role.ToolTipText: "#e8e8e8",
    }
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (Role.Text, Role.WindowText, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor("#7a7a7a"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return relative_luminance(palette.color(Group.Active, Role.Window)) < 0.18


def palette_for(scheme: Qt.ColorScheme, high_contrast: bool, style_palette: QPalette) -> QPalette:
    """What the window is drawn with: the style's palette where it already follows the
    system's scheme, a dark one where the system is dark and the style is not; with more
    contrast asked for, every text at 7:1."""
    palette = style_palette
    if scheme == Qt.ColorScheme.Dark and not is_dark(style_palette):
        palette = dark_palette()
    return accessible_palette(palette, AAA_TEXT if high_contrast else AA_TEXT)


def wants_high_contrast(app: QGuiApplication) -> bool:
    style_hints = app.styleHints()  # each held: PySide 6.12 frees a chained call's result
    accessibility = style_hints.accessibility()
    preference = accessibility.contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


def follow_colour_scheme(app: QGuiApplication) -> None:
    """Colour the program as the system asks, now and whenever the system changes its mind."""
    style_palette = QPalette(app.palette())

    def apply() -> None:
        scheme = app.styleHints().colorScheme()
        app.setPalette(palette_for(scheme, wants_high_contrast(app), style_palette))

    apply()
    style_hints = app.styleHints()
    style_hints.colorSchemeChanged.connect(lambda _scheme: apply())
    accessibility = style_hints.accessibility()
    accessibility.contrastPreferenceChanged.connect(lambda _preference: apply())
