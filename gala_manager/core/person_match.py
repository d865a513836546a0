"""Match a name typed in a sheet (and a phone, when given) to one of the gala's people.

A match links only when it is certain: one person of that name (the phone, when
both sides have one, agreeing), or one person of that name with that phone among
several. Several candidates without a phone to decide are "ambiguous" and are
shown, never guessed; so is one person of that name whose phone differs.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.models import Person


class Match(enum.StrEnum):
    """How a typed name relates to the gala's people."""

    LINKED = "linked"            # exactly one person: linked
    AMBIGUOUS = "ambiguous"      # several people of that name, nothing to tell them apart
    OTHER_PHONE = "other_phone"  # one person of that name, with another phone
    UNKNOWN = "unknown"          # nobody of that name


@dataclass(frozen=True)
class PersonMatch:
    """The result for one name: the person linked (when `match` is LINKED) and how many
    people bear the name."""

    match: Match
    person_id: int | None = None
    namesakes: int = 0


def name_key(name: str) -> str:
    """A name as compared: width, case and spaces do not count ("Li Xiang" = "li xiang")."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def _digits(phone: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", phone) if ch.isdigit())


def match_people(session: Session, wanted: Iterable[tuple[str, str]]
                 ) -> dict[tuple[str, str], PersonMatch]:
    """(name, phone) → its `PersonMatch`, for every non-empty name of `wanted`."""
    people: dict[str, list[tuple[int, str]]] = {}
    for person_id, name, phone in session.execute(select(Person.id, Person.name, Person.phone)):
        people.setdefault(name_key(name), []).append((person_id, _digits(phone or "")))
    found = {}
    keys: dict[str, str] = {}  # a sheet names its few contacts on many rows
    for name, phone in set(wanted):
        if name.strip():
            key = keys.get(name)
            if key is None:
                key = keys[name] = name_key(name)
            candidates = people.get(key, [])
            # Most names of a sheet are nobody's in the gala: no phone to compare then.
            found[(name, phone)] = _match(candidates, _digits(phone) if candidates else "")
    return found


def _match(candidates: list[tuple[int, str]], phone: str) -> PersonMatch:
    count = len(candidates)
    if not candidates:
        return PersonMatch(Match.UNKNOWN)
    if phone:
        same = [pid for pid, theirs in candidates if theirs == phone]
        if len(same) == 1:
            return PersonMatch(Match.LINKED, same[0], count)
        if count == 1 and candidates[0][1]:
            return PersonMatch(Match.OTHER_PHONE, None, count)
    if count == 1:
        return PersonMatch(Match.LINKED, candidates[0][0], count)
    return PersonMatch(Match.AMBIGUOUS, None, count)
