"""The running order as the show console sees it (from the programme's computed times)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gala_manager.core.models.programme import ActKind, ActStatus, SectionKind
from gala_manager.core.programme import running_order
from gala_manager.core.show.state import PlannedAct

# Acts that will not be performed on the night, though they keep their place.
_NOT_PERFORMED = frozenset({ActStatus.WITHDRAWN, ActStatus.NOT_SELECTED})


def planned_acts(session: Session) -> list[PlannedAct]:
    """The acts of the running order to perform, with their planned times and contacts."""
    return [
        PlannedAct(
            act_id=a.act_id, title=a.title, duration_seconds=a.duration_seconds,
            changeover_seconds=a.changeover_seconds, planned_start=a.start,
            planned_end=a.end, second_half=a.section_kind == SectionKind.SECOND_HALF,
            intermission=a.kind == ActKind.INTERMISSION, number=a.number,
            contact_name=a.contact_name, contact_phone=a.contact_phone,
            host_name=a.host_name, host_link=a.host_link, music_file=a.music_file,
            fixed_start=a.fixed_start is not None)
        for a in running_order(session) if a.status not in _NOT_PERFORMED
    ]
