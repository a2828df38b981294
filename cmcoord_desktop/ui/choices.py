"""Suggestions offered for a free-text field (an event's kind, a session's format): stored in
English, where the summary translates them to the event's language, and shown in the window's
(context "RecordForm", as the forms' other words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cmcoord_desktop.core.validation import Parsed
from cmcoord_desktop.core.words import QT_TRANSLATE_NOOP

EVENT_KINDS = [
    QT_TRANSLATE_NOOP("RecordForm", "Workshop"),
    QT_TRANSLATE_NOOP("RecordForm", "Annual meeting"),
    QT_TRANSLATE_NOOP("RecordForm", "Thematic sessions"),
    QT_TRANSLATE_NOOP("RecordForm", "Training programme"),
    QT_TRANSLATE_NOOP("RecordForm", "Networks and partnerships week"),
    QT_TRANSLATE_NOOP("RecordForm", "Conference"),
]
SESSION_FORMATS = [
    QT_TRANSLATE_NOOP("RecordForm", "Panel discussion"),
    QT_TRANSLATE_NOOP("RecordForm", "Group work"),
    QT_TRANSLATE_NOOP("RecordForm", "Marketplace"),
    QT_TRANSLATE_NOOP("RecordForm", "Plenary"),
    QT_TRANSLATE_NOOP("RecordForm", "Thematic session"),
    QT_TRANSLATE_NOOP("RecordForm", "Presentation"),
    QT_TRANSLATE_NOOP("RecordForm", "Workshop"),
    QT_TRANSLATE_NOOP("RecordForm", "Simulation exercise"),
    QT_TRANSLATE_NOOP("RecordForm", "Briefing"),
]


class ShownChoices:
    """Suggestions stored in English and shown in the window's language ("RecordForm")."""

    def __init__(self, choices: list[str]) -> None:
        self._choices = choices

    def shown(self, value: Any) -> str:
        if value in self._choices:
            return QCoreApplication.translate("RecordForm", value)
        return "" if value is None else str(value)

    def parse(self, text: str) -> Parsed:
        """A suggestion picked or typed in the window's language is stored in English."""
        for english in self._choices:
            if text in (english, QCoreApplication.translate("RecordForm", english)):
                return Parsed(english)
        return Parsed(text)


def shown_format(value: str) -> str:
    """A session's format as a panel row shows it: a suggestion translated, typed text as is."""
    return ShownChoices(SESSION_FORMATS).shown(value)
