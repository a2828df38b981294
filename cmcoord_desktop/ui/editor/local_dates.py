"""Dates typed as the person's locale writes them: 12/01/2026 is 1 December in the United States
and 12 January in Geneva. The reading itself is Qt-free (core/validation.py); only the order of
day and month comes from Qt's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cmcoord_desktop.core import validation


def month_first(locale: QLocale | None = None) -> bool:
    """Whether the locale's short date puts the month before the day (M/d/yy)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    month, day = pattern.find("M"), pattern.find("d")
    return 0 <= month < day


def parse_local_date(text: str) -> validation.Parsed:
    return validation.parse_date(text, month_first=month_first())
