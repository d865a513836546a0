"""The awards' own rows as plain tuples, kept across changes and read again only where written.

Scores, votes, the committee's choices of who competes and its tie-breaks all
point at acts, and their foreign keys clear those links when an act (or a
judge) is removed, whichever area's verb removed it. So these tables are
followed like the acts (`core/storage/touched.FOLLOWED`): a reader keeps their
rows by id and reads again only the rows a verb wrote, and an edit of the
programme, which writes none of them, costs the awards no query at all.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.memo import kept_rows
from gala_manager.core.models import AudienceVote, AwardEntry, Score, TieBreak

# The tables read this way, each with the columns its readers need (after the id).
_COLUMNS = {
    Score: (Score.act_id, Score.judge_id, Score.value),
    AudienceVote: (AudienceVote.act_id, AudienceVote.votes),
    AwardEntry: (AwardEntry.act_id, AwardEntry.competes),
    TieBreak: (TieBreak.act_id, TieBreak.basis, TieBreak.place),
}


def kept_table(session: Session, model: type) -> Collection[tuple]:
    """Every row of an awards table as (id, *its columns in `_COLUMNS`)."""
    columns = _COLUMNS[model]

    def read(ids):
        query = select(model.id, *columns)
        if ids is not None:
            query = query.where(model.id.in_(sorted(ids)))
        return [tuple(row) for row in session.connection().execute(query)]

    return kept_rows(session, f"awards.{model.__tablename__}", model.__tablename__,
                     read).values()


def scores_by_key(session: Session) -> dict[tuple[int, int], object]:
    """Every score linked to an act and a judge, by (act, judge)."""
    return {(act, judge): value for _id, act, judge, value in kept_table(session, Score)
            if act is not None and judge is not None}


def votes_by_act(session: Session) -> dict[int, int]:
    """The audience's votes linked to an act, by act."""
    return {act: votes for _id, act, votes in kept_table(session, AudienceVote)
            if act is not None}


def choices_by_act(session: Session) -> dict[int, bool]:
    """The committee's choice, by act, where it made one (True: competes)."""
    return {act: competes for _id, act, competes in kept_table(session, AwardEntry)
            if act is not None}


def tiebreak_places(session: Session) -> dict[tuple[int, object], int]:
    """The committee's place for tied acts, by (act, basis)."""
    return {(act, basis): place for _id, act, basis, place in kept_table(session, TieBreak)
            if act is not None}
