"""iCalendar writing: folding at 75 octets, escaping, all-day and timed entries, the time
zone, and what tells a calendar that an entry changed."""

import datetime as dt

import pytest

from gala_manager.export.tasks.ical import CalendarEntry, calendar_text, escape_text, fold


def unfold(text: str) -> list[str]:
    """RFC 5545 unfolding: a CRLF followed by one space joins two lines."""
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(char)
    return "".join(out)


def parse(text: str, kinds: tuple[str, ...] = ("VEVENT", "VTODO")) -> list[dict[str, str]]:
    """The events or to-dos (or other `kinds`) of a calendar as {name: raw value} dicts
    with 'type'; a name keeps its parameters ("DTSTART;TZID=Asia/Shanghai")."""
    components, current = [], None
    for line in unfold(text):
        name, _, value = line.partition(":")
        if name == "BEGIN" and value in kinds:
            current = {"type": value}
        elif name == "END" and current is not None and value == current["type"]:
            components.append(current)
            current = None
        elif current is not None:
            current[name] = value
    return components


@pytest.mark.parametrize("text, expected", [
    ("a,b;c\\d", "a\\,b\\;c\\\\d"),
    ("line1\nline2\r\nline3", "line1\\nline2\\nline3"),
    ("普通文本", "普通文本"),
])
def test_escape(text, expected):
    assert escape_text(text) == expected
    assert unescape(expected) == text.replace("\r\n", "\n")


@pytest.mark.parametrize("line", ["x" * 74, "x" * 75, "x" * 76, "SUMMARY:" + "晚会" * 60,
                                  "D:" + "a" * 10 + "🎤" * 40])
def test_fold_never_exceeds_75_octets_nor_cuts_a_character(line):
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert folded.replace("\r\n ", "") == line


def test_calendar_round_trip():
    entries = [
        CalendarEntry("u1@x", "会议, 分工; 准备\\", dt.date(2027, 3, 5),
                      description="第一行\n第二行", categories=("会前工作",)),
        CalendarEntry("u2@x", "上妆", dt.date(2027, 4, 30), dt.time(15, 30)),
    ]
    text = calendar_text(entries, name="晚会", stamp=dt.datetime(2027, 1, 1, 8, 0,
                                                                 tzinfo=dt.UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    first, second = parse(text)
    assert first["type"] == "VEVENT"
    assert unescape(first["SUMMARY"]) == "会议, 分工; 准备\\"
    assert unescape(first["DESCRIPTION"]) == "第一行\n第二行"
    assert (first["DTSTART;VALUE=DATE"], first["DTEND;VALUE=DATE"]) == ("20270305", "20270306")
    assert first["DTSTAMP"] == "20270101T080000Z"
    assert (second["DTSTART;TZID=Asia/Shanghai"], second["DTEND;TZID=Asia/Shanghai"]) == (
        "20270430T153000", "20270430T160000")
    (zone,) = parse(text, ("VTIMEZONE",))
    assert zone["TZID"] == "Asia/Shanghai"
    assert "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\n" \
           "TZOFFSETTO:+0800\r\nEND:STANDARD" in text


def test_todos_carry_due_and_status():
    entry = CalendarEntry("u@x", "清理会场", dt.date(2027, 4, 30), dt.time(23, 0),
                          status="NEEDS-ACTION")
    (todo,) = parse(calendar_text([entry], name="n", todo=True))
    assert (todo["type"], todo["DUE;TZID=Asia/Shanghai"], todo["STATUS"]) == (
        "VTODO", "20270430T230000", "NEEDS-ACTION")


def test_sequence_and_last_modified_say_the_entry_changed():
    entry = CalendarEntry("u@x", "彩排", dt.date(2027, 4, 25), dt.time(18, 30), sequence=3,
                          modified=dt.datetime(2027, 4, 20, 1, 2, 3))
    (event,) = parse(calendar_text([entry], name="n"))
    assert (event["SEQUENCE"], event["LAST-MODIFIED"]) == ("3", "20270420T010203Z")


def test_whole_day_entries_stay_dates_without_a_zone():
    text = calendar_text([CalendarEntry("u@x", "报道", dt.date(2027, 5, 3))], name="n")
    (event,) = parse(text)
    assert event["DTSTART;VALUE=DATE"] == "20270503" and "VTIMEZONE" not in text


def test_a_zone_with_summer_time_lists_its_changes():
    entry = CalendarEntry("u@x", "会议", dt.date(2027, 4, 1), dt.time(19, 0))
    text = calendar_text([entry], name="n", zone="Europe/Berlin")
    (event,) = parse(text)
    assert event["DTSTART;TZID=Europe/Berlin"] == "20270401T190000"
    (zone,) = parse(text, ("VTIMEZONE",))
    daylight = text[text.index("BEGIN:DAYLIGHT"):text.index("END:DAYLIGHT")]
    assert "DTSTART:20270328T020000" in daylight and "TZOFFSETTO:+0200" in daylight
