"""How the record editor looks: quiet fields, a large title, clear section headings, red messages."""

STYLE_SHEET = """
QScrollArea#editorPage, QWidget#editorPageBody { background: palette(base); border: none; }
QLabel#contextLine { color: palette(placeholder-text); font-size: 9pt; }
QLineEdit#titleField {
    font-size: 17pt; font-weight: 600; padding: 4px 2px;
    border: none; border-bottom: 1px solid palette(mid); background: transparent;
}
QLineEdit#titleField:focus { border-bottom: 2px solid palette(highlight); }
QLabel#fieldLabel { color: palette(placeholder-text); padding-top: 4px; }
QLabel#detailLabel { color: palette(placeholder-text); font-size: 9pt; }
QLabel#sectionHeading {
    font-size: 12pt; font-weight: 600; padding-bottom: 2px;
    border-bottom: 1px solid palette(midlight);
}
QLabel#fieldMessage { color: #b3261e; font-size: 9pt; }
QLabel#fieldMessage[note="true"] { color: palette(placeholder-text); }
QLabel#itemNumber { color: palette(placeholder-text); padding-top: 5px; font-weight: 600; }
QLabel#dragHandle { color: palette(mid); padding-top: 5px; }
QToolButton#deleteItem { color: palette(placeholder-text); border: none; }
QToolButton#deleteItem:hover { color: #b3261e; }
QPushButton#addItem {
    color: palette(link); border: none; padding: 2px 0; text-align: left;
}
QPushButton#addItem:hover { text-decoration: underline; }
QFrame#dropLine { background: palette(highlight); }
QFrame#attachmentCard { border: 1px solid palette(midlight); border-radius: 4px; }
QLabel#thumbnail { background: palette(alternate-base); }
QLabel#emptyState { color: palette(placeholder-text); font-size: 11pt; }
"""
