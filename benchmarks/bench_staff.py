"""Time the staff checks, the duty grid's reads and the exports on a big committee (not a test).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_staff.py
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from PySide6.QtCore import QCoreApplication

from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.models import Gender
from gala_manager.core.operations import AREAS, changes
from gala_manager.core.staff.checks import check_staff
from gala_manager.core.staff.directory import list_staff_people
from gala_manager.core.staff.duties import assign_person, read_roster
from gala_manager.core.staff.person_edits import PersonData, create_person
from gala_manager.core.staff.posts import PostData, ShiftData, create_post, create_shift
from gala_manager.core.storage.document import GalaDocument

PEOPLE, POSTS, SHIFTS = 1500, 40, 8


@changes(*AREAS)
def _fill(session) -> None:
    set_gala_facts(session, facts=GalaFacts(name="大型晚会", date=dt.date(2027, 4, 30)))
    people = [create_person(session, data=PersonData(f"同学{i:04d}", Gender.FEMALE,
                                                     f"139{i:08d}")) for i in range(PEOPLE)]
    posts = [create_post(session, data=PostData(f"岗位{i}", needed=3)) for i in range(POSTS)]
    shifts = [create_shift(session, data=ShiftData(f"时段{i}", dt.time(12 + i),
                                                   dt.time(13 + i, 30))) for i in range(SHIFTS)]
    for n, person in enumerate(people):
        assign_person(session, person_id=person, post_id=posts[n % POSTS],
                      shift_id=shifts[n % SHIFTS])


def _time(label: str, fn) -> None:
    start = time.perf_counter()
    fn()
    print(f"{label:<28} {time.perf_counter() - start:7.3f} s")


def main() -> None:
    QCoreApplication.instance() or QCoreApplication([])
    from gala_manager.app.staff.exports import export_contacts, export_roster

    with TemporaryDirectory() as folder:
        doc = GalaDocument.create(Path(folder) / "big.gala")
        _time(f"fill {PEOPLE} people", lambda: doc.run(_fill))
        _time("list people", lambda: doc.read(list_staff_people))
        _time("read roster", lambda: doc.read(read_roster))
        _time("check staff", lambda: doc.read(check_staff))
        _time("contact list PDF", lambda: export_contacts(doc, Path(folder) / "c.pdf"))
        _time("roster xlsx", lambda: export_roster(doc, Path(folder) / "r.xlsx"))
        doc.close()


if __name__ == "__main__":
    main()
