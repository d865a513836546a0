"""Checks of the staff plan: short posts, double bookings, heads and the host mix."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.memo import memoized
from gala_manager.core.models import Department, Gender
from gala_manager.core.operations import Area
from gala_manager.core.staff.duties import read_roster
from gala_manager.core.staff.hosts import HostStatus, host_summary
from gala_manager.core.staff.posts import overlaps

# Other areas add finders of busy times (performing, hosting) per person:
# fn(session) -> list[(person_id, person_name, start_minute, end_minute, what)].
BusyFinder = Callable[[Session], list[tuple[int, str, int, int, str]]]
_BUSY_FINDERS: list[BusyFinder] = []


def register_busy_finder(finder: BusyFinder) -> None:
    """Let the programme report when people perform or host."""
    if finder not in _BUSY_FINDERS:
        _BUSY_FINDERS.append(finder)


def _duty_problems(session: Session) -> list[Problem]:
    roster = read_roster(session)
    posts = {p.id: p for p in roster.posts}
    shifts = {s.id: s for s in roster.shifts}
    problems = []
    mine: dict[int, list[tuple]] = {}
    for duty in roster.duties:
        post, shift = posts[duty.post_id], shifts[duty.shift_id]
        if len(duty.people) < duty.needed:
            problems.append(Problem(Area.STAFF, "post_short", Severity.WARNING, {
                "post": post.name, "shift": shift.name, "needed": duty.needed,
                "assigned": len(duty.people)}, ("duty", post.id, shift.id)))
        for a in duty.people:
            mine.setdefault(a.person_id, []).append((a.person_name, post, shift))
    # Ids ride along in the params so the roster grid can mark the clashing cells.
    for person_id, duties in mine.items():
        duties.sort(key=lambda d: (d[2].start_minute, d[1].id))
        for i, (name, post_a, shift_a) in enumerate(duties):
            for _, post_b, shift_b in duties[i + 1:]:
                if overlaps(shift_a, shift_b):
                    problems.append(Problem(Area.STAFF, "double_booked", Severity.ERROR, {
                        "person": name, "post_a": post_a.name, "shift_a": shift_a.name,
                        "post_b": post_b.name, "shift_b": shift_b.name,
                        "person_id": person_id, "cells": ((post_a.id, shift_a.id),
                                                          (post_b.id, shift_b.id))},
                        ("person", person_id)))
        for start, end, what, who in _busy_of(session, person_id):
            for _, post, shift in duties:
                if shift.start_minute < end and start < shift.end_minute:
                    problems.append(Problem(Area.STAFF, "busy_on_post", Severity.ERROR, {
                        "person": who, "post": post.name, "shift": shift.name,
                        "what": what, "person_id": person_id,
                        "cells": ((post.id, shift.id),)}, ("person", person_id)))
    return problems


def _busy_of(session: Session, person_id: int) -> list[tuple[int, int, str, str]]:
    busy = session.info.get("staff_busy")
    if busy is None:
        from gala_manager.core.staff.programme_links import programme_busy

        busy = {}
        for finder in [programme_busy, *_BUSY_FINDERS]:
            for pid, name, start, end, what in finder(session):
                busy.setdefault(pid, []).append((start, end, what, name))
        session.info["staff_busy"] = busy
    return busy.get(person_id, [])


def _head_problems(session: Session) -> list[Problem]:
    return [Problem(Area.STAFF, "department_without_head", Severity.WARNING,
                    {"department": name}, ("department", dept_id))
            for dept_id, name in session.execute(
                select(Department.id, Department.name)
                .where(Department.head_person_id.is_(None)).order_by(Department.sort_order))]


def _host_problems(session: Session) -> list[Problem]:
    summary = host_summary(session)
    plan = summary.plan
    params = {"wanted": plan.wanted, "male": plan.male, "female": plan.female,
              "chosen": len(summary.hosts), "chosen_male": summary.count(Gender.MALE),
              "chosen_female": summary.count(Gender.FEMALE)}
    problems = []
    if len(summary.hosts) != plan.wanted:
        problems.append(Problem(Area.STAFF, "host_count", Severity.WARNING, params, ("hosts",)))
    elif not summary.matches:
        problems.append(Problem(Area.STAFF, "host_mix", Severity.WARNING, params, ("hosts",)))
    provisional = [r.name for r in summary.hosts if r.status == HostStatus.CHOSEN]
    if provisional:
        problems.append(Problem(Area.STAFF, "hosts_provisional", Severity.WARNING,
                                {"names": tuple(provisional), "n": len(provisional)},
                                ("hosts",)))
    return problems


@memoized(Area.STAFF, Area.PEOPLE, Area.PROGRAMME, Area.GALA)
def check_staff(session: Session) -> list[Problem]:
    """Every staff problem: duties, department heads, hosts."""
    session.info.pop("staff_busy", None)
    try:
        from gala_manager.core.staff.programme_links import check_host_links

        return (_duty_problems(session) + _head_problems(session) + _host_problems(session)
                + check_host_links(session))
    finally:
        session.info.pop("staff_busy", None)
