"""Dates as the window's language writes them (QLocale's month names: 7 févr. 2017, 7 февр. 2017)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def day_month_year(day: dt.date) -> str:
    """'7 Feb 2017' in English, '7 févr. 2017' in French, '2017年2月7日' in Chinese."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(QDate(day.year, day.month, day.day), "yyyy年M月d日")
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
