"""Locale-aware formatting of dates, times, durations and money for display."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate


def format_date(date: dt.date) -> str:
    """A date in the current language's long-ish form (2027年4月30日 / 30 April 2027)."""
    return QLocale().toString(QDate(date.year, date.month, date.day),
                              QLocale.FormatType.LongFormat)


def format_minutes(minutes: int) -> str:
    """A length such as "2 h 30 min" / "2小时30分钟"."""
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return translate("Format", "{h} h {m} min").format(h=hours, m=rest)
    if hours:
        return translate("Format", "{h} h").format(h=hours)
    return translate("Format", "{m} min").format(m=rest)

