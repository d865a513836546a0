"""The tasks' calendar lasts: UIDs per gala (not per name), stable through renames, and
SEQUENCE / LAST-MODIFIED that change with a task."""

from __future__ import annotations

import dataclasses
import datetime as dt

from gala_manager.app.tasks.exports import calendar_zone, export_tasks
from gala_manager.core.gala.copy import new_gala_from
from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.tasks.edits import update_task
from gala_manager.core.tasks.rows import list_tasks
from tests.export.tasks.test_ical import parse


def events(doc, path) -> dict[str, dict[str, str]]:
    export_tasks(doc, path, now=dt.datetime(2027, 4, 20, 9))
    return {event["UID"]: event for event in parse(path.read_bytes().decode("utf-8"))}


def test_a_gala_made_from_another_under_the_same_name_shares_no_uid(demo_path, tmp_path, qapp):
    with GalaDocument.open(demo_path) as demo:
        name = demo.read(get_gala_facts).name
        last_year = events(demo, tmp_path / "last.ics")
        new_gala_from(demo, tmp_path / "next.gala", name=name, date=dt.date(2028, 4, 28))
    with GalaDocument.open(tmp_path / "next.gala") as next_year:
        assert next_year.read(get_gala_facts).name == name
        this_year = events(next_year, tmp_path / "next.ics")
    assert len(last_year) > 30 and len(this_year) > 30
    assert not set(last_year) & set(this_year)


def test_uids_stay_through_a_rename_and_a_change_raises_sequence(demo_path, tmp_path, qapp):
    with GalaDocument.open(demo_path) as doc:
        before = events(doc, tmp_path / "a.ics")
        doc.run(set_gala_facts, facts=doc.read(get_gala_facts).replace(name="换了个名字"))
        row = next(r for r in doc.read(list_tasks) if r.due.time is not None)
        doc.run(update_task, task_id=row.id,
                fields=dataclasses.replace(row.fields, notes="改期通知"))
        after = events(doc, tmp_path / "b.ics")
    assert set(before) == set(after)
    changed = [uid for uid in after if after[uid]["SEQUENCE"] != before[uid]["SEQUENCE"]]
    assert changed == [f"task-{row.id}-" + changed[0].split("-", 2)[2]]
    assert after[changed[0]]["LAST-MODIFIED"] >= before[changed[0]].get("LAST-MODIFIED", "")


def test_moving_the_gala_date_changes_the_tasks_due_relative_to_it(demo_path, tmp_path, qapp):
    with GalaDocument.open(demo_path) as doc:
        before = {r.id: r for r in doc.read(list_tasks)}
        facts = doc.read(get_gala_facts)
        doc.run(set_gala_facts, facts=facts.replace(date=facts.date + dt.timedelta(days=7)))
        after = {r.id: r for r in doc.read(list_tasks)}
    moved = {i for i in after if after[i].revision > before[i].revision}
    assert moved == {i for i, r in before.items() if r.due.is_relative}


def test_the_zone_is_the_systems_or_shanghai(qapp):
    zone = calendar_zone()
    assert zone and "/" in zone or zone in ("UTC", "GMT")
