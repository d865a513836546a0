"""The dashboard's readiness figures on the demo gala, and how edits move them."""

import datetime as dt

from gala_manager.core.demo.tasks_data import DEMO_NOW, OVERDUE
from gala_manager.core.models import ActStatus, Phase, SupplyStatus
from gala_manager.core.programme.acts import list_acts, set_status
from gala_manager.core.supplies.items import list_items, set_items_status
from gala_manager.core.tasks.readiness import readiness


def test_demo_figures(demo_doc):
    ready = demo_doc.read(readiness, now=DEMO_NOW)
    acts = [a for a in demo_doc.read(list_acts)
            if a.position is not None and a.fields.status != ActStatus.WITHDRAWN]
    assert ready.acts.total == len(acts) > 0
    assert ready.acts.done == sum(1 for a in acts if a.fields.status == ActStatus.CONFIRMED)
    items = demo_doc.read(list_items)
    assert ready.supplies.total == len(items)
    assert 0 < ready.supplies.done < len(items)
    assert 0 < ready.duties.done <= ready.duties.total
    phases = {p.phase: (p.done, p.total) for p in ready.phases}
    assert phases[Phase.PLANNING] == (3, 3) and phases[Phase.AFTER] == (0, 4)
    assert ready.budget is not None and 0 < ready.budget.ratio < 1
    assert {t.title for t in ready.overdue} == set(OVERDUE)
    due = [t.due_on for t in ready.due_soon]
    assert due == sorted(due)
    assert all(DEMO_NOW.date() <= d <= DEMO_NOW.date() + dt.timedelta(days=7) for d in due)
    assert "确定节目顺序" in {t.title for t in ready.due_soon}


def test_edits_move_the_figures(demo_doc):
    before = demo_doc.read(readiness, now=DEMO_NOW)
    unconfirmed = next(a for a in demo_doc.read(list_acts)
                       if a.position is not None and a.fields.status not in (ActStatus.CONFIRMED,
                                                                      ActStatus.WITHDRAWN))
    demo_doc.run(set_status, act_ids=[unconfirmed.id], status=ActStatus.CONFIRMED)
    planned = next(i for i in demo_doc.read(list_items) if i.status == SupplyStatus.PLANNED)
    demo_doc.run(set_items_status, item_ids=[planned.id], status=SupplyStatus.IN_HAND)
    after = demo_doc.read(readiness, now=DEMO_NOW)
    assert after.acts.done == before.acts.done + 1
    assert after.supplies.done == before.supplies.done + 1


def test_empty_gala(empty_doc):
    ready = empty_doc.read(readiness, now=DEMO_NOW)
    assert (ready.acts.ratio, ready.supplies.ratio, ready.duties.ratio) == (None, None, None)
    assert ready.budget is None and ready.overdue == ()
