"""Dates as the window's language writes them (QLocale's month names: 7 févr. 2017, 7 февр. 2017)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def day_month_year(day: dt.date) -> str:
    """'7 Feb 2017' in English, '7 févr. 2017' in French, '2017年2月7日' in Chinese."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(QDate(day.year, day.month, day.day), "yyyy年M月d日")
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def weekday_day_month(day: dt.date) -> str:
    """'Tue 7 Feb', 'mar. 7 févr.', '2月7日周二': a session's day in a list."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(_qdate(day), "M月d日ddd")
    return locale.toString(_qdate(day), "ddd d MMM")


def date_range(start: dt.date, end: dt.date) -> str:
    """'13–17 Feb 2017', '28 Feb – 2 Mar 2017', by the window's language."""
    if start == end:
        return day_month_year(start)
    chinese = QLocale().language() == QLocale.Language.Chinese
    if (start.year, start.month) == (end.year, end.month) and not chinese:
        return f"{start.day}–{day_month_year(end)}"
    if start.year == end.year and not chinese:
        return f"{QLocale().toString(_qdate(start), 'd MMM')} – {day_month_year(end)}"
    return f"{day_month_year(start)} – {day_month_year(end)}"


def _qtime(when: dt.datetime) -> QTime:
    return QTime(when.hour, when.minute)


def day_time(when: dt.datetime) -> str:
    """'4 Nov 2017 14:02', '4 nov. 2017 14:02', '2017年11月4日 14:02'."""
    return f"{day_month_year(when.date())} {QLocale().toString(_qtime(when), 'HH:mm')}"


def recent_time(when: dt.datetime, now: dt.datetime) -> str:
    """'14:02' today, else '4 Nov 14:02' ('4 nov. 14:02', '11月4日 14:02'): when something last
    happened, in a status line."""
    locale = QLocale()
    time = locale.toString(_qtime(when), "HH:mm")
    if when.date() == now.date():
        return time
    if locale.language() == QLocale.Language.Chinese:
        return f"{locale.toString(_qdate(when.date()), 'M月d日')} {time}"
    return f"{locale.toString(_qdate(when.date()), 'd MMM')} {time}"
