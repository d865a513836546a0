"""Where staff meets the programme: who performs or hosts when, and the host links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
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


def programme_busy(session: Session) -> list[tuple[int, str, int, int, str]]:
    """(person id, name, start minute, end minute, "act:title" or "act_host:title").

    Performers are matched by name (the programme keeps performers as text);
    minutes count from midnight of the gala day, as shift times do.
    """
    schedule = running_order(session)
    if not schedule:
        return []
    day0 = dt.datetime.combine(show_start(session).date(), dt.time(0))
    by_name: dict[str, list[tuple[int, str]]] = {}
    names: dict[int, str] = {}
    for pid, name in session.execute(select(Person.id, Person.name)):
        by_name.setdefault(name.strip().casefold(), []).append((pid, name))
        names[pid] = name
    busy = []
    for act in schedule:
        if act.status in OFF_STAGE:
            continue
        start, end = _minutes(act.start, day0), _minutes(act.end, day0)
        for key in performer_names(act.performers):
            for pid, name in by_name.get(key, []):
                busy.append((pid, name, start, end, f"act:{act.title}"))
        if act.host_person_id is not None and act.host_person_id in names:
            busy.append((act.host_person_id, names[act.host_person_id], start, end,
                         f"act_host:{act.title}"))
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
    links = list_host_links(session)
    problems = []
    spoken: set[int] = set()
    for link in links:
        if link.host_person_id is None:
            continue
        spoken.add(link.host_person_id)
        if link.host_person_id not in hosts:
            problems.append(Problem(Area.STAFF, "link_host_not_chosen", Severity.WARNING,
                                    {"person": link.host_name, "title": link.title},
                                    ("act", link.act_id)))
    if links:
        for row in summary.hosts:
            if row.person_id not in spoken and row.status in (HostStatus.CHOSEN,
                                                              HostStatus.CONFIRMED):
                problems.append(Problem(Area.STAFF, "host_without_link", Severity.WARNING,
                                        {"person": row.name}, ("hosts",)))
    return problems
