"""Checks of the running order: people, statuses, contacts, length, fixed starts, mics.

`check_programme(session)` returns `Problem`s of area "programme" with these
codes (params in brackets; target ("act", id) unless said):
- `performer_back_to_back` (performer, first, second): the same performer in
  two consecutive acts, with no time to change; target the second act.
- `act_not_selected` (title, status): in the order but only submitted or not
  selected; `act_withdrawn` (title): in the order although withdrawn (error).
- `act_without_contact` (title).
- `running_total_under` / `running_total_over` (minutes, min, max); target
  ("programme",).
- `fixed_start_overlap` (title, minutes, fixed "HH:MM"): error.
- `host_link_without_host` (title).
- `mics_back_to_back` (first, second, needed, available, kind) and
  `mics_exceed` (title, needed, available), only when the gala records its mics.
- `act_too_short` / `act_too_long` (title, seconds): any act (in the order or not,
  not withdrawn) under 30 seconds or over 60 minutes.
`performer_names(text)` splits a performers field into names (pure).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.memo import kept_parts, memoized
from gala_manager.core.models import ActKind, ActStatus
from gala_manager.core.operations import Area
from gala_manager.core.programme.rehearsals import get_programme_settings
from gala_manager.core.programme.rows import PLAYABLE, ScheduledAct, Verdict
from gala_manager.core.programme.schedule import act_rows, programme_summary, running_order

NO_CONTACT_NEEDED = frozenset({ActKind.INTERMISSION, ActKind.HOST_SEGMENT})
SHORTEST_ACT, LONGEST_ACT = 30, 60 * 60  # seconds; outside, the length is worth a look
_SEPARATORS = re.compile(r"[、,，;；/／|\n\t]+|\s{2,}|\s+(?:and|&)\s+")
_ROLE = re.compile(r"[（(【\[].*?[)）】\]]")


@functools.lru_cache(maxsize=8192)
def _names(text: str) -> dict[str, str]:
    """Performer names keyed by their case-folded form (kept: the same texts come back
    at every check; callers must not change the dict)."""
    names = {}
    for part in _SEPARATORS.split(_ROLE.sub("", text or "")):
        name = part.strip().rstrip("等").strip()
        # One character is an initial or a stray word, not a person to track.
        if len(name) >= 2:
            names.setdefault(name.casefold(), name)
    return names


def performer_names(text: str) -> set[str]:
    """Names in a performers field (case-folded): split on 、 , ; /, roles dropped."""
    return set(_names(text))


def _problem(code: str, act: ScheduledAct, severity: Severity = Severity.WARNING,
             **params: object) -> Problem:
    return Problem(Area.PROGRAMME, code, severity, {"title": act.title, **params},
                   ("act", act.act_id))


def _per_act(session: Session, schedule: list[ScheduledAct],
             available: int | None) -> list[list[Problem]]:
    """The problems of each kind in `_KINDS` for every act, in order: each computed
    again only for an act whose row or whose predecessor's row is not the one of the
    last check (the schedule keeps unchanged rows), so an edit of one act among
    thousands checks that act and its neighbour, in one pass over the order."""
    kept = kept_parts(session, "programme_checks")
    fresh = {}
    found: list[list[Problem]] = [[] for _ in _KINDS]
    previous = None
    for act in schedule:
        entry = kept.get(act.act_id)
        if (entry is not None and entry[1] is act and entry[0] is previous
                and entry[2] == available):
            problems = entry[3]
        else:
            problems = tuple(kind(previous, act, available) for kind in _KINDS)
        fresh[act.act_id] = (previous, act, available, problems)
        for bucket, items in zip(found, problems, strict=True):
            if items:
                bucket += items
        previous = act
    kept.clear()
    kept.update(fresh)
    return found


def _back_to_back(first: ScheduledAct | None, second: ScheduledAct,
                  _available: int | None) -> list[Problem]:
    if first is None:
        return []
    later = _names(second.performers)
    shared = later.keys() & _names(first.performers).keys()
    return [Problem(Area.PROGRAMME, "performer_back_to_back", Severity.WARNING,
                    {"performer": later[key], "first": first.title, "second": second.title},
                    ("act", second.act_id)) for key in sorted(shared)] if shared else []


def _act_problems(_: ScheduledAct | None, act: ScheduledAct,
                  _available: int | None) -> list[Problem]:
    problems = []
    if act.status == ActStatus.WITHDRAWN:
        problems.append(_problem("act_withdrawn", act, Severity.ERROR))
    elif act.status not in PLAYABLE:
        problems.append(_problem("act_not_selected", act, status=act.status.value))
    if act.kind not in NO_CONTACT_NEEDED and not (act.contact_name or act.contact_phone):
        problems.append(_problem("act_without_contact", act))
    if act.gap_seconds < 0 and act.fixed_start is not None:
        problems.append(_problem("fixed_start_overlap", act, Severity.ERROR,
                                 minutes=math.ceil(-act.gap_seconds / 60),
                                 fixed=act.fixed_start.strftime("%H:%M")))
    if act.host_link.strip() and act.host_person_id is None:
        problems.append(_problem("host_link_without_host", act))
    return problems


def _too_many_mics(_: ScheduledAct | None, act: ScheduledAct,
                   available: int | None) -> list[Problem]:
    if available is None or act.mic_count <= available:
        return []
    return [_problem("mics_exceed", act, needed=act.mic_count, available=available)]


def _mics_back_to_back(first: ScheduledAct | None, second: ScheduledAct,
                       available: int | None) -> list[Problem]:
    # The next act's microphones are handed out while the previous act still
    # holds its own, so two neighbours needing the same kind need both sets.
    if (available is None or first is None or not (first.mic_count and second.mic_count)
            or first.mic_kind != second.mic_kind
            or first.mic_count + second.mic_count <= available):
        return []
    return [Problem(Area.PROGRAMME, "mics_back_to_back", Severity.WARNING,
                    {"first": first.title, "second": second.title,
                     "needed": first.mic_count + second.mic_count,
                     "available": available, "kind": second.mic_kind.value},
                    ("act", second.act_id))]


# What `_per_act` checks of each act (given the act before it and the gala's mic count).
_KINDS: tuple[Callable[[ScheduledAct | None, ScheduledAct, int | None], list[Problem]], ...] \
    = (_back_to_back, _act_problems, _too_many_mics, _mics_back_to_back)


def _lengths(session: Session) -> list[Problem]:
    """Acts whose length is likely a typing slip: under half a minute (12 seconds typed
    as "00:12" for 12 minutes) or over an hour."""
    odd = [act for act in act_rows(session).values()
           if act.status != ActStatus.WITHDRAWN
           and not SHORTEST_ACT <= act.duration_seconds <= LONGEST_ACT]
    odd.sort(key=lambda act: (act.position is None, act.position or 0, act.id))
    return [Problem(Area.PROGRAMME,
                    "act_too_short" if act.duration_seconds < SHORTEST_ACT else "act_too_long",
                    Severity.WARNING, {"title": act.title, "seconds": act.duration_seconds},
                    ("act", act.id)) for act in odd]


@memoized(Area.PROGRAMME, Area.GALA, Area.PEOPLE)
def check_programme(session: Session) -> list[Problem]:
    """Every problem of the running order, and acts of an unlikely length."""
    lengths = _lengths(session)
    schedule = running_order(session)
    if not schedule:
        return lengths
    performers, acts, mics, mic_pairs = _per_act(
        session, schedule, get_programme_settings(session).mic_count)
    problems = performers + acts + lengths
    summary = programme_summary(session, schedule)
    if summary.verdict != Verdict.WITHIN:
        code = "running_total_under" if summary.verdict == Verdict.UNDER \
            else "running_total_over"
        problems.append(Problem(Area.PROGRAMME, code, Severity.WARNING,
                                {"minutes": round(summary.total_seconds / 60),
                                 "min": summary.min_minutes, "max": summary.max_minutes},
                                ("programme",)))
    problems += mics + mic_pairs
    return problems
