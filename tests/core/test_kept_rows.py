"""Rows kept across changes: only what a verb wrote is read again, and nothing goes stale."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import delete, text, update

from gala_manager.core.errors import ValidationError
from gala_manager.core.memo import kept_rows
from gala_manager.core.models import Act, Person
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme.acts import update_act
from gala_manager.core.programme.checks import check_programme
from gala_manager.core.programme.order import place_act, remove_from_order, restore_order
from gala_manager.core.programme.rehearsals import ProgrammeSettingsRow, set_programme_settings
from gala_manager.core.programme.schedule import programme_summary, running_order
from gala_manager.core.staff.people import add_person

reads: list[list[int] | None] = []


def titles(session) -> dict[int, str]:
    """Act titles through a kept reader that records what it reads."""
    def read(ids):
        reads.append(None if ids is None else sorted(ids))
        query = "SELECT id, title FROM act"
        if ids is not None:
            query += f" WHERE id IN ({','.join(map(str, ids))})"
        return [tuple(row) for row in session.connection().exec_driver_sql(query)]

    return {act_id: title for act_id, title in kept_rows(session, "test", "act", read).values()}


@changes(Area.PEOPLE)
def drop_person(session, *, person_id: int) -> None:
    """A raw delete: the acts' foreign key sets their contact to NULL in SQLite itself."""
    session.execute(delete(Person).where(Person.id == person_id))


@changes(Area.PROGRAMME)
def rename_all(session, *, suffix: str) -> None:
    session.execute(update(Act).values(title=Act.title + suffix))


def test_only_the_rows_a_verb_wrote_are_read_again(demo_doc):
    reads.clear()
    order = [a.act_id for a in demo_doc.read(running_order)]
    demo_doc.read(titles)
    demo_doc.read(titles)
    assert reads == [None]
    demo_doc.run(update_act, act_id=order[4], changes={"title": "新标题"})
    assert demo_doc.read(titles)[order[4]] == "新标题"
    assert reads[-1] == [order[4]]
    demo_doc.run(place_act, act_id=order[2], position=6)
    demo_doc.read(titles)
    assert reads[-1] == sorted(order[2:6])
    # A bulk UPDATE, a cascade of a foreign key and a rolled-back verb are seen too.
    demo_doc.run(rename_all, suffix="!")
    assert all(title.endswith("!") for title in demo_doc.read(titles).values())
    person = demo_doc.run(add_person, name="林晓", phone="13900001111")
    demo_doc.run(update_act, act_id=order[7], changes={"contact_person_id": person})
    demo_doc.read(titles)
    demo_doc.run(drop_person, person_id=person)
    demo_doc.read(titles)
    assert reads[-1] == [order[7]]
    with pytest.raises(ValidationError):
        demo_doc.run(update_act, act_id=order[1], changes={"duration_seconds": -5})
    demo_doc.read(titles)
    assert reads[-1] is None


def fresh(session):
    """The schedule, summary and checks computed from nothing (no memo in a verb's session)."""
    return running_order(session), programme_summary(session), check_programme(session)


def test_the_kept_schedule_and_checks_equal_fresh_ones_after_any_edit(demo_doc):
    rng = random.Random(16)
    snapshots = []
    person = demo_doc.run(add_person, name="陈思远", phone="13800002222")
    for step in range(40):
        order = [a.act_id for a in demo_doc.read(running_order)]
        act = rng.choice(order)
        kind = step % 8
        if kind == 0:
            snapshots.append(demo_doc.run(place_act, act_id=act,
                                          position=rng.randint(1, len(order))))
        elif kind == 1:
            demo_doc.run(update_act, act_id=act,
                         changes={"duration_seconds": rng.randint(20, 900)})
        elif kind == 2:
            demo_doc.run(update_act, act_id=act, changes={
                "fixed_start": rng.choice((None, dt.time(20, 15), dt.time(19, 40)))})
        elif kind == 3 and snapshots:
            demo_doc.run(restore_order, snapshot=snapshots.pop())
        elif kind == 4:
            demo_doc.run(update_act, act_id=act, changes={
                "performers": rng.choice(("张伟、李娜", "李娜", "王强")),
                "contact_person_id": rng.choice((None, person)), "contact_name": "",
                "contact_phone": "", "mic_count": rng.randint(0, 6)})
        elif kind == 5:
            demo_doc.run(set_programme_settings, settings=ProgrammeSettingsRow(
                rng.choice((30, 90)), rng.choice((None, 4))))
        elif kind == 6:
            demo_doc.run(remove_from_order, act_id=act)
            snapshots.clear()
        else:
            demo_doc.run(text_edit, person_id=person, name=f"陈思远{step}")
        assert (demo_doc.read(running_order), demo_doc.read(programme_summary),
                demo_doc.read(check_programme)) == demo_doc.run(fresh)


@changes(Area.PEOPLE)
def text_edit(session, *, person_id: int, name: str) -> None:
    """A person renamed in raw SQL: the contact's name in the schedule follows."""
    session.execute(text("UPDATE person SET name = :name WHERE id = :id"),
                    {"name": name, "id": person_id})
