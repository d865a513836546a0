"""Helpers of the programme tests: a small gala with a known running order."""

from __future__ import annotations

import datetime as dt

from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.models import ActKind, ActStatus, SectionKind
from gala_manager.core.programme.acts import add_act
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.programme.sections import add_section


def act(title: str, **values) -> ActFields:
    """Fields of a selected act with a contact, 5 minutes long unless told."""
    defaults = dict(kind=ActKind.SONG, duration_seconds=300, status=ActStatus.SELECTED,
                    contact_name="联系人", contact_phone="13000000000")
    defaults.update(values)
    return ActFields(title=title, **defaults)


def small_programme(doc, titles=("A", "B", "C", "D")) -> dict[str, int]:
    """Two halves: A, B in the first, C, D in the second; start 19:00, date 2027-04-30."""
    doc.run(set_gala_facts, facts=doc.read(get_gala_facts).replace(
        date=dt.date(2027, 4, 30), start_time=dt.time(19, 0)))
    first = doc.run(add_section, kind=SectionKind.FIRST_HALF)
    second = doc.run(add_section, kind=SectionKind.SECOND_HALF)
    ids = {}
    half = len(titles) // 2
    for index, title in enumerate(titles, start=1):
        ids[title] = doc.run(add_act, fields=act(title), position=index,
                             section_id=first if index <= half else second)
    ids["first"], ids["second"] = first, second
    return ids


def titles(doc) -> list[str]:
    """The running order's titles."""
    return [a.title for a in doc.read(running_order)]


def starts(doc) -> list[str]:
    """The running order's start times, HH:MM."""
    return [a.start.strftime("%H:%M") for a in doc.read(running_order)]
