"""Which acts compete for the awards, and who judges them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.awards.rows import Entry, Judge
from gala_manager.core.awards.tables import choices_by_act
from gala_manager.core.errors import NotFoundError
from gala_manager.core.guests import list_guests
from gala_manager.core.memo import memoized
from gala_manager.core.models import Act, ActKind, AwardEntry, GuestKind
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme import PLAYABLE, running_order

# Parts of the evening that are not acts to judge.
NOT_COMPETING = frozenset({ActKind.HOST_SEGMENT, ActKind.INTERMISSION, ActKind.PRIZE_QUIZ,
                           ActKind.AWARD})


@memoized(Area.GUESTS)
def list_judges(session: Session) -> list[Judge]:
    """The judges: guests of the judge kind who have not declined, in the guest list's order."""
    return [Judge(row.id, row.name, row.data.title)
            for row in list_guests(session, kind=GuestKind.JUDGE) if row.coming]


def list_entries(session: Session) -> list[Entry]:
    """Every act of the running order, with whether it competes and whether by default.

    By default the selected acts compete, except host segments, the intermission, the
    quiz and the awards; the committee may say otherwise for any act.
    """
    chosen = choices_by_act(session)
    entries = []
    for act in running_order(session):
        default = act.status in PLAYABLE and act.kind not in NOT_COMPETING
        entries.append(Entry(act.act_id, act.number, act.title, act.performers,
                             chosen.get(act.act_id, default), default))
    return entries


def competing(session: Session) -> list[Entry]:
    """The acts that compete, in running order."""
    return [entry for entry in list_entries(session) if entry.competes]


@changes(Area.AWARDS)
def set_competes(session: Session, *, act_id: int, competes: bool | None) -> bool | None:
    """Make an act compete or not (None: as its kind says); returns the previous choice."""
    if session.get(Act, act_id) is None:
        raise NotFoundError("act", act_id)
    row = session.scalar(select(AwardEntry).where(AwardEntry.act_id == act_id))
    previous = None if row is None else row.competes
    if competes is None:
        if row is not None:
            session.delete(row)
        return previous
    if row is None:
        row = AwardEntry(act_id=act_id)
        session.add(row)
    row.competes = bool(competes)
    return previous
