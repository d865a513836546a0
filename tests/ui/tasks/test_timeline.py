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
