"""Where staff meets the programme: who performs or hosts when, and the host links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.memo import kept_parts, memoized
from gala_manager.core.models import ActStatus, Person
from gala_manager.core.operations import Area
from gala_manager.core.programme import performer_names, running_order, show_start
from gala_manager.core.staff.hosts import HostStatus, host_summary

# Acts that will not be on stage keep nobody busy.
OFF_STAGE = frozenset({ActStatus.WITHDRAWN, ActStatus.NOT_SELECTED})


@dataclass(frozen=True)
class HostLink:
    """An act of the running order and who speaks the link before it."""

    act_id: int
    number: int
    title: str
    start: dt.datetime
    link: str
    host_person_id: int | None
    host_name: str


def _minutes(when: dt.datetime, day0: dt.datetime) -> int:
    return int((when - day0).total_seconds() // 60)


@memoized(Area.PEOPLE)
def _people_by_name(session: Session) -> tuple[dict[str, list[tuple[int, str]]], dict[int, str]]:
    """People by case-folded name, and every person's name by id."""
    by_name: dict[str, list[tuple[int, str]]] = {}
    names: dict[int, str] = {}
    for pid, name in session.execute(select(Person.id, Person.name)):
        by_name.setdefault(name.strip().casefold(), []).append((pid, name))
        names[pid] = name
    return by_name, names


def _act_busy(act, day0: dt.datetime, by_name: dict[str, list[tuple[int, str]]],
              names: dict[int, str]) -> list[tuple[int, str, int, int, str]]:
    if act.status in OFF_STAGE:
        return []
    start, end = _minutes(act.start, day0), _minutes(act.end, day0)
    busy = []
    for key in performer_names(act.performers):
        for pid, name in by_name.get(key, []):
            busy.append((pid, name, start, end, f"act:{act.title}"))
    if act.host_person_id is not None and act.host_person_id in names:
        busy.append((act.host_person_id, names[act.host_person_id], start, end,
                     f"act_host:{act.title}"))
    return busy


def programme_busy(session: Session) -> list[tuple[int, str, int, int, str]]:
    """(person id, name, start minute, end minute, "act:title" or "act_host:title").

    Performers are matched by name (the programme keeps performers as text);
    minutes count from midnight of the gala day, as shift times do. An act keeps
    what it found while its running-order row (kept by the running order while
    its inputs stay) and the people stay the same.
    """
    schedule = running_order(session)
    if not schedule:
        return []
    day0 = dt.datetime.combine(show_start(session).date(), dt.time(0))
    people = _people_by_name(session)
    kept = kept_parts(session, "programme_busy")
    fresh = {}
    busy = []
    for act in schedule:
        entry = kept.get(act.act_id)
        if entry is not None and entry[0] is act and entry[1] is people and entry[2] == day0:
            found = entry[3]
        else:
            found = _act_busy(act, day0, *people)
        fresh[act.act_id] = (act, people, day0, found)
        busy += found
    kept.clear()
    kept.update(fresh)
    return busy


def list_host_links(session: Session) -> list[HostLink]:
    """Acts of the running order that are on stage, with their link and host."""
    return [HostLink(a.act_id, a.number, a.title, a.start, a.host_link, a.host_person_id,
                     a.host_name)
            for a in running_order(session) if a.status not in OFF_STAGE]


def check_host_links(session: Session) -> list[Problem]:
    """A link given to someone who is not a chosen host; a chosen host with no link."""
    summary = host_summary(session)
    hosts = {r.person_id: r for r in summary.hosts}
    problems = []
    spoken: set[int] = set()
    on_stage = False
    # The running order's acts on stage, as `list_host_links` lists them.
    for act in running_order(session):
        if act.status in OFF_STAGE:
            continue
        on_stage = True
        if act.host_person_id is None:
            continue
        spoken.add(act.host_person_id)
        if act.host_person_id not in hosts:
            problems.append(Problem(Area.STAFF, "link_host_not_chosen", Severity.WARNING,
                                    {"person": act.host_name, "title": act.title},
                                    ("act", act.act_id)))
    if on_stage:
        for row in summary.hosts:
            if row.person_id not in spoken and row.status in (HostStatus.CHOSEN,
                                                              HostStatus.CONFIRMED):
                problems.append(Problem(Area.STAFF, "host_without_link", Severity.WARNING,
                                        {"person": row.name}, ("hosts",)))
    return problems
