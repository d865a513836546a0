"""The duration parser: every format people type, and the refusals."""

import pytest

from gala_manager.core.durations import format_duration, parse_duration
from gala_manager.core.errors import ValidationError


@pytest.mark.parametrize(("text", "seconds"), [
    ("3:30", 210), ("3分30秒", 210), ("3'30\"", 210), ("210秒", 210), ("3.5分钟", 210),
    ("4分钟", 240), ("00:03:30", 210), ("1:02:05", 3725), ("3分", 180), ("30秒", 30),
    ("3'", 180), ("45\"", 45), ("3’30”", 210), ("３分３０秒", 210), ("3：30", 210),
    (" 3 分 30 秒 ", 210), ("1小时5分", 3900), ("3m30s", 210), ("4 min", 240), ("210s", 210),
    ("12:00", 720), ("5分30", 330), ("5'30", 330), ("5.5min", 330), ("330s", 330),
    ("5 min 30 s", 330), ("５分３０", 330), ("５ｍｉｎ", 300), ("1h30", 5400), ("10m30", 630),
    ("5分钟30", 330),
])
def test_accepted_formats(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", [
    "abc", "4", "3.5", "", "   ", "3:75", "3分70秒", "3.25秒", "-3:00", "3::30", "3分钟半",
    "1:75:00", "three minutes", None, 210, "3分70", "3 30", "30秒5", "3'30''5",
])
def test_refused_formats_say_which_formats_are_accepted(text):
    with pytest.raises(ValidationError) as info:
        parse_duration(text)
    assert info.value.code == "duration_format"
    assert info.value.field == "duration"


@pytest.mark.parametrize("text", ["0:00", "0秒", "7小时", "99:00:00"])
def test_zero_and_absurd_lengths_are_out_of_range(text):
    with pytest.raises(ValidationError) as info:
        parse_duration(text)
    assert info.value.code == "duration_range"


def test_zero_is_allowed_for_changeovers():
    assert parse_duration("0", allow_zero=True) == 0
    assert parse_duration("0:00", allow_zero=True) == 0
    assert parse_duration("30秒", allow_zero=True, field="changeover") == 30
    with pytest.raises(ValidationError) as info:
        parse_duration("soon", allow_zero=True, field="changeover")
    assert info.value.field == "changeover"


@pytest.mark.parametrize(("seconds", "text"), [
    (210, "3:30"), (45, "0:45"), (3725, "1:02:05"), (None, ""), (-90, "-1:30"),
])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


def test_formatted_durations_parse_back():
    for seconds in (1, 59, 60, 210, 3599, 3600, 5000):
        assert parse_duration(format_duration(seconds)) == seconds
