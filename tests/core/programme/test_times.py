"""The clock of the running order: chains, changeovers, fixed starts, midnight."""

import datetime as dt
import random

from gala_manager.core.programme.rows import Verdict
from gala_manager.core.programme.schedule import summarise
from gala_manager.core.programme.times import (
    Slot,
    compute_times,
    fixed_datetime,
    retime,
    total_seconds,
)

START = dt.datetime(2027, 4, 30, 19, 0)


def hm(value: dt.datetime) -> str:
    return value.strftime("%H:%M:%S")


def test_acts_chain_with_the_previous_acts_changeover():
    timings = compute_times(START, [Slot(300, 60), Slot(240, 30), Slot(180, 60)])
    assert [(hm(t.start), hm(t.end)) for t in timings] == [
        ("19:00:00", "19:05:00"), ("19:06:00", "19:10:00"), ("19:10:30", "19:13:30")]
    assert all(t.gap_seconds == 0 for t in timings)
    # No changeover after the last act counts towards the total.
    assert total_seconds(START, timings) == 13 * 60 + 30


def test_empty_order():
    assert compute_times(START, []) == []
    assert total_seconds(START, []) == 0


def test_fixed_start_after_the_natural_start_leaves_a_gap():
    timings = compute_times(START, [Slot(600, 60), Slot(300, 0, dt.time(19, 20)), Slot(60, 0)])
    assert hm(timings[1].start) == "19:20:00"
    assert hm(timings[1].natural_start) == "19:11:00"
    assert timings[1].gap_seconds == 9 * 60
    assert timings[1].overlap_seconds == 0
    # The acts after a fixed start follow it, not the natural time.
    assert hm(timings[2].start) == "19:25:00"


def test_fixed_start_before_the_natural_start_is_an_overlap():
    timings = compute_times(START, [Slot(1800, 60), Slot(300, 60, dt.time(19, 20))])
    assert hm(timings[1].start) == "19:20:00"
    assert timings[1].gap_seconds == -11 * 60
    assert timings[1].overlap_seconds == 11 * 60


def test_a_show_runs_across_midnight():
    late = dt.datetime(2027, 4, 30, 23, 50)
    timings = compute_times(late, [Slot(900, 60), Slot(600, 0)])
    assert timings[1].start == dt.datetime(2027, 5, 1, 0, 6)
    assert timings[1].end == dt.datetime(2027, 5, 1, 0, 16)
    assert total_seconds(late, timings) == 26 * 60


def test_fixed_start_after_midnight_lands_on_the_next_day():
    late = dt.datetime(2027, 4, 30, 23, 50)
    timings = compute_times(late, [Slot(600, 60), Slot(300, 0, dt.time(0, 15))])
    assert timings[1].start == dt.datetime(2027, 5, 1, 0, 15)
    assert timings[1].gap_seconds == 14 * 60


def test_fixed_start_just_before_midnight_when_running_late_is_an_overlap():
    natural = dt.datetime(2027, 5, 1, 0, 5)
    assert fixed_datetime(natural, dt.time(23, 55)) == dt.datetime(2027, 4, 30, 23, 55)


def test_fixed_start_on_the_first_act_moves_the_whole_show():
    timings = compute_times(START, [Slot(300, 60, dt.time(19, 30)), Slot(300, 60)])
    assert timings[0].gap_seconds == 30 * 60
    assert hm(timings[1].start) == "19:36:00"


def test_verdict_under_within_over():
    end = START + dt.timedelta(minutes=100)
    under = summarise(START, end, 100 * 60, 5, 150, 120, 180)
    assert (under.verdict, under.difference_minutes) == (Verdict.UNDER, 20)
    within = summarise(START, end, 140 * 60, 5, 150, 120, 180)
    assert (within.verdict, within.difference_minutes) == (Verdict.WITHIN, -10)
    over = summarise(START, end, 200 * 60, 5, 150, 120, 180)
    assert (over.verdict, over.difference_minutes) == (Verdict.OVER, 20)
    edge = summarise(START, end, 180 * 60, 5, 150, 120, 180)
    assert edge.verdict == Verdict.WITHIN


def test_retiming_after_any_change_gives_what_timing_afresh_gives():
    rng = random.Random(16)
    slots = [Slot(rng.randint(60, 600), rng.choice((0, 30, 60)),
                  dt.time(19 + i // 12, 5 * (i % 12)) if i % 9 == 4 else None)
             for i in range(60)]
    timings = compute_times(START, slots)
    for _ in range(300):
        changed = list(slots)
        index = rng.randrange(len(changed))
        change = rng.choice(("length", "changeover", "fixed", "swap", "insert", "remove"))
        if change == "length":
            changed[index] = changed[index]._replace(duration_seconds=rng.randint(60, 600))
        elif change == "changeover":
            changed[index] = changed[index]._replace(changeover_seconds=rng.choice((0, 45)))
        elif change == "fixed":
            changed[index] = changed[index]._replace(
                fixed_start=None if changed[index].fixed_start else dt.time(20, 30))
        elif change == "swap" and index + 1 < len(changed):
            changed[index], changed[index + 1] = changed[index + 1], changed[index]
        elif change == "insert":
            changed.insert(index, Slot(rng.randint(60, 600), 30))
        elif len(changed) > 1:
            del changed[index]
        again = retime(START, changed, (START, slots, timings))
        assert again == compute_times(START, changed)
        slots, timings = changed, again
    later = START + dt.timedelta(minutes=30)
    assert retime(later, slots, (START, slots, timings)) == compute_times(later, slots)
