"""Locale-aware formatting of dates, times, durations and money for display."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate


def format_date(date: dt.date) -> str:
    """A date written out with its weekday: 2027年4月30日 星期五 / Friday, 30 April 2027."""
    # A pattern per language: Qt's own long Chinese format runs the weekday into the day.
    pattern = translate("Format", "dddd, d MMMM yyyy")
    return QLocale().toString(QDate(date.year, date.month, date.day), pattern)


def format_minutes(minutes: int) -> str:
    """A length such as "2 h 30 min" / "2小时30分钟"."""
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return translate("Format", "{h} h {m} min").format(h=hours, m=rest)
    if hours:
        return translate("Format", "{h} h").format(h=hours)
    return translate("Format", "{m} min").format(m=rest)



def with_note(text: str, note: str) -> str:
    """`text (note)` in English, `text（note）` in Chinese; `text` alone without a note."""
    if not note:
        return text
    return translate("Format", "{text} ({note})").format(text=text, note=note)


def plan_difference(seconds: int) -> str:
    """How a length compares with the gala's planned length, in whole minutes:
    "3 min longer than planned" / "比计划长 3 分钟"."""
    minutes = (abs(int(seconds)) + 30) // 60
    if minutes == 0:
        return translate("Format", "as long as planned")
    if seconds > 0:
        return translate("Format", "{minutes} min longer than planned").format(minutes=minutes)
    return translate("Format", "{minutes} min shorter than planned").format(minutes=minutes)
