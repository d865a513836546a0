"""The timeline starts at the plan's first deadline, however early the committee opens it."""

from __future__ import annotations

import datetime as dt

from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.tasks.rows import list_tasks
from gala_manager.ui.tasks.timeline_widget import MARGIN_DAYS, TimelineWidget


def test_months_before_the_plan_the_timeline_opens_on_the_first_deadline(qtbot, controller):
    rows = controller.read(list_tasks)
    gala = controller.read(get_gala_facts).date
    first = min(r.due_on for r in rows if r.due_on is not None)
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_rows(rows, gala, first - dt.timedelta(days=120), set())
    assert timeline.date_range()[0] == first - dt.timedelta(days=MARGIN_DAYS)
    # A week before the first deadline, today is on the timeline again.
    timeline.set_rows(rows, gala, first - dt.timedelta(days=7), set())
    assert timeline.date_range()[0] == first - dt.timedelta(days=7 + MARGIN_DAYS)


def _timeline(qtbot, controller, today: dt.date) -> TimelineWidget:
    rows = controller.read(list_tasks)
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.day_texts = ("今天", "晚会当天")
    timeline.set_rows(rows, controller.read(get_gala_facts).date, today, set())
    timeline.resize(timeline.sizeHint())
    return timeline


def test_the_today_and_gala_labels_leave_the_dates_readable(qtbot, controller):
    gala = controller.read(get_gala_facts).date
    # Every day of the fortnight before the gala: today's label on each side of a Monday,
    # and, on the last days, so close to the gala's that one of them moves left.
    for before in range(1, 15):
        timeline = _timeline(qtbot, controller, gala - dt.timedelta(days=before))
        labels = timeline.day_label_rects()
        assert set(labels) == {"today", "gala"}
        dates = timeline.date_label_rects()
        assert len(dates) >= 4
        for kind, (text, rect) in labels.items():
            assert text and rect.width() > 0 and timeline.rect().contains(rect)
            assert rect.bottom() < timeline.axis_height()
            covered = [date for date, date_rect in dates if rect.intersects(date_rect)]
            assert (before, kind, covered) == (before, kind, [])
        assert not labels["today"][1].intersects(labels["gala"][1]), before
    # The dates sit above the first line, which starts below the axis.
    assert all(r.bottom() < timeline.line_rect(0).top() for _, r in dates)
