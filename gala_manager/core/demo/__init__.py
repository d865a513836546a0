"""The demo gala: built from the seed plan, one area after another."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from gala_manager.core.demo.awards import fill_awards
from gala_manager.core.demo.contingency_data import fill_contingency, link_acting_posts
from gala_manager.core.demo.draws import fill_draws
from gala_manager.core.demo.gala_data import AUDIENCE_ADDRESS, DEPARTMENTS, FACTS, PEOPLE
from gala_manager.core.demo.guests import fill_guests
from gala_manager.core.demo.programme import fill_programme
from gala_manager.core.demo.quiz import fill_quiz
from gala_manager.core.demo.sponsors import fill_sponsors
from gala_manager.core.demo.staff_data import fill_staff
from gala_manager.core.demo.supplies import fill_supplies
from gala_manager.core.demo.tasks_builder import fill_tasks
from gala_manager.core.demo.tracks import write_demo_tracks
from gala_manager.core.errors import FileExistsAlreadyError, GalaFileError
from gala_manager.core.gala.audience_address import set_audience_address
from gala_manager.core.gala.facts import set_gala_facts
from gala_manager.core.operations import AREAS, changes
from gala_manager.core.staff.people import add_department, add_person, set_department_head
from gala_manager.core.storage.access import check_new_name, os_error, temp_beside
from gala_manager.core.storage.document import GalaDocument


def fill_gala_and_people(session: Session) -> None:
    """The facts, the departments with their heads, and the people."""
    set_gala_facts(session, facts=FACTS)
    # The laptop's address on the venue's Wi-Fi (reserved on its router): the audience
    # programme's QR code points there.
    set_audience_address(session, address=AUDIENCE_ADDRESS)
    dept_ids = {name: add_department(session, name=name, duties=duties, colour=colour)
                for name, duties, colour in DEPARTMENTS}
    headed: set[str] = set()
    for name, gender, phone, dept, notes in PEOPLE:
        person_id = add_person(session, name=name, gender=gender, phone=phone,
                               department_id=dept_ids.get(dept), notes=notes)
        if dept and dept not in headed:
            set_department_head(session, department_id=dept_ids[dept], person_id=person_id)
            headed.add(dept)


# Each area appends its builder; they run in this order in one transaction.
BUILDERS = [fill_gala_and_people, fill_programme, fill_contingency, fill_tasks, fill_supplies,
            fill_staff, fill_sponsors, link_acting_posts, fill_guests, fill_draws,
            fill_awards, fill_quiz]


@changes(*AREAS)
def build_demo_session(session: Session) -> None:
    """Fill an empty gala with the demo data of every area."""
    for builder in BUILDERS:
        builder(session)


def write_demo(path: Path, *, force: bool = False, data_dir: Path | None = None) -> None:
    """Write the demo gala to `path`; refuses to overwrite unless `force`.

    Built under a temporary name and renamed into place: a full disk leaves
    neither a half-built demo nor its temporary file. The acts' backing tracks go
    into 音乐/ beside it (existing ones kept unless `force`).
    """
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsAlreadyError(path)
    check_new_name(path)
    tmp = temp_beside(path)
    try:
        doc = GalaDocument.create(tmp, data_dir=None)
        try:
            doc.run(build_demo_session)
        finally:
            doc.close()
        tmp.replace(path)
        write_demo_tracks(path.parent, force=force)
    except GalaFileError as exc:
        exc.path = path  # the user knows the demo's name, not the temporary one
        raise
    except OSError as exc:
        raise os_error(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
