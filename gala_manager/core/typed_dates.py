"""Read dates and clock times as people type them (2027-05-01, 2027/5/1, 5月1日, 19:00, 1900).

Public API:
- `parse_date(text, *, near, field="date") -> dt.date`: a whole date typed in any
  usual way; without a year (5月1日, 5/1, 1 May) it is the occurrence nearest to
  `near` (the field's current date), so a gala in spring stays in spring.
  Raises `ValidationError(field, "date_format", text)`.
- `parse_time(text, *, field="time") -> dt.time`: 19:00, 19：00, 19.00, 1900,
  19点, 19点30, 7点半, 下午7点, 7:30 pm. Raises `ValidationError(field, "time_format", text)`.
- `format_date(date)` → "2027-05-01", `format_time(time)` → "19:00": the canonical
  forms the fields show once a value is read.
"""

from __future__ import annotations

import datetime as dt
import re

from gala_manager.core.errors import ValidationError

# Full-width digits and punctuation from a Chinese keyboard or a pasted document.
_TRANSLATE = str.maketrans({
    "：": ":", "．": ".", "。": ".", "／": "/", "－": "-", "—": "-", "–": "-", "，": ",",
    "　": " ", "（": "(", "）": ")",
    **{chr(0xFF10 + i): str(i) for i in range(10)},
})
_WEEKDAY = re.compile(r"\s*\(?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*\)?\s*$"
                      r"|\s*,?\s*\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?\s*$",
                      re.IGNORECASE)
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"([a-z]{3,9})\.?"
_DAY_MONTH = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:\s*,?\s*(\d{{4}}))?$",
                        re.IGNORECASE)
_MONTH_DAY = re.compile(rf"^{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{{4}}))?$",
                        re.IGNORECASE)

_CLOCK = re.compile(r"^(\d{1,2})\s*[:.]\s*(\d{1,2})$")
_DIGITS = re.compile(r"^(\d{1,2})(\d{2})?$")
_CHINESE = re.compile(r"^(\d{1,2})\s*[点點时時]\s*(?:(半)|(\d{1,2})\s*分?)?$")
_AFTERNOON = ("下午", "晚上", "傍晚", "夜里", "晚")
_MORNING = ("上午", "早上", "凌晨", "早")
_NOON = "中午"
_AM_PM = re.compile(r"^(.*?)\s*([ap])\.?\s*m?\.?$", re.IGNORECASE)


def _clean(text: str) -> str:
    return text.translate(_TRANSLATE).strip()


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(month: int, day: int, near: dt.date) -> dt.date | None:
    """The date with this month and day closest to `near` (last, this or next year)."""
    candidates = [d for d in (_date(near.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(candidates, key=lambda d: abs((d - near).days)) if candidates else None


def _month_number(name: str) -> int | None:
    key = name[:3].lower()
    return _MONTHS.index(key) + 1 if key in _MONTHS else None


def _read_date(text: str, near: dt.date) -> dt.date | None:
    for pattern in (_YMD, _COMPACT):
        match = pattern.match(text)
        if match:
            return _date(*(int(g) for g in match.groups()))
    match = _MD.match(text)
    if match:
        return _nearest(int(match.group(1)), int(match.group(2)), near)
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        match = pattern.match(text)
        if match:
            month = _month_number(match.group(month_group))
            day = int(match.group(day_group))
            if month is None:
                return None
            if match.group(3):
                return _date(int(match.group(3)), month, day)
            return _nearest(month, day, near)
    return None


def parse_date(text: object, *, near: dt.date, field: str = "date") -> dt.date:
    """The date typed as `text`; raises `ValidationError` for anything else."""
    if not isinstance(text, str):
        raise ValidationError(field, "date_format", text)
    cleaned = _WEEKDAY.sub("", _clean(text))
    value = _read_date(cleaned, near) if cleaned else None
    if value is None:
        raise ValidationError(field, "date_format", text)
    return value


def _read_time(text: str) -> tuple[int, int] | None:
    for pattern in (_CLOCK, _DIGITS):
        match = pattern.match(text)
        if match:
            return int(match.group(1)), int(match.group(2) or 0)
    match = _CHINESE.match(text)
    if match:
        return int(match.group(1)), 30 if match.group(2) else int(match.group(3) or 0)
    return None


def parse_time(text: object, *, field: str = "time") -> dt.time:
    """The time of day typed as `text`; raises `ValidationError` for anything else."""
    if not isinstance(text, str):
        raise ValidationError(field, "time_format", text)
    cleaned = _clean(text)
    shift = None
    if cleaned.startswith(_NOON):
        # 中午12点 is noon and 中午1点 is 13:00.
        cleaned = cleaned[len(_NOON):].strip()
        value = _read_time(cleaned)
        if value is not None and value[0] < 11:
            cleaned = f"{value[0] + 12}:{value[1]:02d}"
    for words, is_pm in ((_AFTERNOON, True), (_MORNING, False)):
        word = next((w for w in words if cleaned.startswith(w)), None)
        if word:
            cleaned, shift = cleaned[len(word):].strip(), is_pm
            break
    am_pm = _AM_PM.match(cleaned) if shift is None else None
    if am_pm and am_pm.group(1):
        cleaned, shift = am_pm.group(1).strip(), am_pm.group(2).lower() == "p"
    value = _read_time(cleaned) if cleaned else None
    if value is None:
        raise ValidationError(field, "time_format", text)
    hour, minute = value
    if shift is not None:
        if hour > 12:
            raise ValidationError(field, "time_format", text)
        # 下午7点 and 7 pm are 19:00; 12 pm is noon, 12 am (凌晨12点) midnight.
        hour = hour % 12 + (12 if shift else 0)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValidationError(field, "time_format", text)
    return dt.time(hour, minute)


def format_date(value: dt.date) -> str:
    """The canonical form a date field shows: 2027-05-01."""
    return value.isoformat()


def format_time(value: dt.time) -> str:
    """The canonical form a time field shows: 19:00."""
    return value.strftime("%H:%M")
