"""The promises made to sponsors, across sponsors: the checklist of the night and its verbs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError
from gala_manager.core.models import Act, PromiseStatus, Sponsor, SponsorPromise
from gala_manager.core.operations import Area, changes
from gala_manager.core.sponsors.rows import PromiseData, PromiseRow


def list_promises(session: Session) -> list[PromiseRow]:
    """Every promise, sponsor by sponsor in the committee's order."""
    query = (select(SponsorPromise, Sponsor.company, Sponsor.status, Act.title, Act.position)
             .join(Sponsor, SponsorPromise.sponsor_id == Sponsor.id)
             .outerjoin(Act, SponsorPromise.act_id == Act.id)
             .order_by(Sponsor.sort_order, Sponsor.id, SponsorPromise.id))
    return [PromiseRow(p.id, p.sponsor_id, company, status,
                       PromiseData(p.kind, p.detail, p.status, p.act_id, p.photo_path, p.id),
                       title or "", position)
            for p, company, status, title, position in session.execute(query)]


@changes(Area.SPONSORS)
def set_promise_statuses(session: Session, *,
                         statuses: dict[int, PromiseStatus]) -> dict[int, PromiseStatus]:
    """Give each promise its status; returns the previous ones (undo passes them back)."""
    previous = {}
    for promise_id, status in statuses.items():
        promise = session.get(SponsorPromise, promise_id)
        if promise is None:
            raise NotFoundError("sponsor_promise", promise_id)
        previous[promise_id] = promise.status
        promise.status = PromiseStatus(status)
    return previous
