"""How the record editor looks: quiet fields, a large title, clear section headings, red messages."""

from PySide6.QtGui import QPalette

from cmcoord_desktop.ui.colour_scheme import NON_TEXT, error_text, readable

STYLE_SHEET_TEMPLATE = """
QScrollArea#editorPage, QWidget#editorPageBody { background: palette(base); border: none; }
QLabel#contextLine { color: palette(placeholder-text); font-size: 9pt; }
/* Focus always shows, beyond the caret: a highlight line or ring of the same width as the
   line it replaces, so nothing moves when Tab arrives (tests/a11y/test_focus_visible.py). */
QTextEdit, QLineEdit { border: 1px solid {border}; border-radius: 2px; padding: 1px; }
QTextEdit:focus, QLineEdit:focus { border: 2px solid palette(highlight); padding: 0px; }
QComboBox QLineEdit, QComboBox QLineEdit:focus { border: none; padding: 0px; }
QTextEdit#titleField {
    border: none; border-bottom: 1px solid palette(mid); padding: 0px 0px 1px 0px;
    background: transparent;
}
QTextEdit#titleField:focus { border-bottom: 2px solid palette(highlight); padding-bottom: 0px; }
QLabel#fieldLabel { color: palette(placeholder-text); padding-top: 4px; }
QLabel#detailLabel { color: palette(placeholder-text); font-size: 9pt; }
QLabel#sectionHeading {
    font-size: 12pt; font-weight: 600; padding-bottom: 2px;
    border-bottom: 1px solid palette(midlight);
}
QLabel#fieldMessage { color: {error}; font-size: 9pt; }
QLabel#fieldMessage[note="true"] { color: palette(placeholder-text); }
QLabel#itemNumber { color: palette(placeholder-text); padding-top: 5px; font-weight: 600; }
QLabel#dragHandle { color: palette(placeholder-text); padding-top: 5px; }
QToolButton#deleteItem {
    color: palette(placeholder-text); border: 2px solid transparent; border-radius: 3px;
}
QToolButton#deleteItem:focus { border-color: palette(highlight); }
QToolButton#deleteItem:hover { color: {error}; }
QPushButton#addItem {
    color: palette(link); border: none; border-bottom: 2px solid transparent; padding: 2px 0 0 0;
    text-align: left;
}
QPushButton#addItem:hover { text-decoration: underline; }
QPushButton#addItem:focus { text-decoration: underline; border-bottom: 2px solid palette(highlight); }
QFrame#dropLine { background: palette(highlight); }
QFrame#attachmentCard { border: 1px solid palette(midlight); border-radius: 4px; }
QLabel#thumbnail { background: palette(alternate-base); }
QLabel#emptyState { color: palette(placeholder-text); font-size: 11pt; }
"""


def style_sheet(palette: QPalette) -> str:
    """The editor's style sheet for the palette it is shown in: its red readable on it, the
    edges of its boxes seen (3:1, WCAG's rule for what is not text)."""
    page = palette.color(QPalette.ColorRole.Base)
    border = readable(palette.color(QPalette.ColorRole.Mid), page, NON_TEXT)
    return STYLE_SHEET_TEMPLATE.replace("{error}", error_text(palette).name()).replace(
        "{border}", border.name()
    )
