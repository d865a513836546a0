"""Dates and times as people type them, and the refusals."""

import datetime as dt

import pytest

from gala_manager.core.errors import ValidationError
from gala_manager.core.typed_dates import format_date, format_time, parse_date, parse_time

NEAR = dt.date(2027, 1, 10)


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-05-01", dt.date(2027, 5, 1)), ("2027/5/1", dt.date(2027, 5, 1)),
    ("2027.5.1", dt.date(2027, 5, 1)), ("20270501", dt.date(2027, 5, 1)),
    ("2027年5月1日", dt.date(2027, 5, 1)), ("5月1日", dt.date(2027, 5, 1)),
    ("5月1号", dt.date(2027, 5, 1)), ("5/1", dt.date(2027, 5, 1)),
    ("２０２７－０５－０１", dt.date(2027, 5, 1)), (" 2027-05-01 星期六 ", dt.date(2027, 5, 1)),
    ("2027-05-01 (Sat)", dt.date(2027, 5, 1)), ("1 May 2027", dt.date(2027, 5, 1)),
    ("May 1", dt.date(2027, 5, 1)), ("December 20", dt.date(2026, 12, 20)),
    ("12月20日", dt.date(2026, 12, 20)),
])
def test_dates(text, expected):
    assert parse_date(text, near=NEAR) == expected


@pytest.mark.parametrize("text", ["", "abc", "2027-02-30", "13/13", "5月32日", "2027-5", None,
                                  "Smarch 3"])
def test_refused_dates(text):
    with pytest.raises(ValidationError) as info:
        parse_date(text, near=NEAR, field="needed_by")
    assert (info.value.field, info.value.code) == ("needed_by", "date_format")


@pytest.mark.parametrize(("text", "expected"), [
    ("19:00", dt.time(19, 0)), ("19：00", dt.time(19, 0)), ("19.30", dt.time(19, 30)),
    ("1900", dt.time(19, 0)), ("930", dt.time(9, 30)), ("19", dt.time(19, 0)),
    ("19点", dt.time(19, 0)), ("19点30", dt.time(19, 30)), ("19点30分", dt.time(19, 30)),
    ("7点半", dt.time(7, 30)), ("下午7点", dt.time(19, 0)), ("晚上7点半", dt.time(19, 30)),
    ("上午9点", dt.time(9, 0)), ("中午12点", dt.time(12, 0)), ("中午1点", dt.time(13, 0)),
    ("7 pm", dt.time(19, 0)), ("7:30pm", dt.time(19, 30)), ("12 am", dt.time(0, 0)),
    ("１９：００", dt.time(19, 0)),
])
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "25:00", "19:60", "13 pm", "下午13点", "soon", "1:2:3",
                                  None])
def test_refused_times(text):
    with pytest.raises(ValidationError) as info:
        parse_time(text, field="start")
    assert (info.value.field, info.value.code) == ("start", "time_format")


def test_canonical_forms():
    assert format_date(dt.date(2027, 5, 1)) == "2027-05-01"
    assert format_time(dt.time(9, 5)) == "09:05"
