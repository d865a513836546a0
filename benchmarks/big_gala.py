"""The galas the benchmarks measure: the demo, and the demo grown to 2,000 more acts.

`write_big_gala(path)` writes the demo gala plus ACTS acts in the running order
(each with performers of its own, so the checks report what a real gala
would), PEOPLE people and ITEMS supply items, in bulk. `timed_runs` gives the
median of several runs of a callable.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.demo import write_demo
from gala_manager.core.models import (
    Act,
    ActKind,
    ActStatus,
    Department,
    Gender,
    Person,
    Section,
    SupplyCategory,
    SupplyItem,
    SupplySource,
    SupplyStatus,
)
from gala_manager.core.operations import AREAS, changes
from gala_manager.core.storage.document import GalaDocument

ACTS, PEOPLE, ITEMS = 2000, 500, 3000
KINDS = [ActKind.DANCE, ActKind.SONG, ActKind.SKETCH, ActKind.CROSSTALK, ActKind.RECITATION]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"


def person_name(number: int) -> str:
    """A distinct Chinese-looking name for every number (surname + two given characters)."""
    s, rest = divmod(number, len(GIVEN) ** 2)
    a, b = divmod(rest, len(GIVEN))
    return SURNAMES[s % len(SURNAMES)] + GIVEN[a] + GIVEN[b] + (str(s // 20) if s >= 20 else "")


@changes(*AREAS)
def grow(session: Session, *, acts: int, people: int, items: int, placed: bool = True) -> None:
    """Add acts at the end of the order (or, not `placed`, beside it), people and supply
    items, in bulk."""
    rng = random.Random(16)
    sections = list(session.scalars(select(Section.id).order_by(Section.position)))
    last = session.scalar(select(func.max(Act.position))) or 0
    departments = list(session.scalars(select(Department.id)))
    categories = list(session.scalars(select(SupplyCategory.id)))
    for i in range(acts):
        first, second = person_name(3 * i + 1000), person_name(3 * i + 1001)
        session.add(Act(
            title=f"节目《青春的旋律 第{i + 1}号》", kind=rng.choice(KINDS),
            performers=f"计算机学院 {first}、{second}", head_count=2,
            contact_name=first, contact_phone=f"1360000{i:04d}",
            duration_seconds=rng.randint(120, 600), mic_count=rng.randint(0, 2),
            props="桌子、椅子" if i % 4 == 0 else "", music_file=f"track_{i}.mp3",
            status=ActStatus.CONFIRMED, notes="自带道具" if i % 5 == 0 else "",
            section_id=sections[-1] if sections and placed else None,
            position=last + i + 1 if placed else None))
    for i in range(people):
        session.add(Person(name=person_name(i), gender=rng.choice(list(Gender)),
                           phone=f"139{i:08d}", department_id=rng.choice(departments)))
    sources, statuses = list(SupplySource), list(SupplyStatus)
    for i in range(items):
        session.add(SupplyItem(
            name=f"物品{i + 1}号", category_id=categories[i % len(categories)],
            quantity=Decimal(1 + i % 50), unit="个", unit_price=Decimal(i % 997) / 10,
            source=sources[i % len(sources)], supplier=f"供应商{i % 40}",
            department_id=departments[i % len(departments)],
            needed_by=dt.date(2027, 4, 1 + i % 29), status=statuses[i % len(statuses)],
            must_return=i % 4 == 1, return_to="器材室" if i % 4 == 1 else "",
            notes="备注" * (i % 5)))


def write_big_gala(path: Path, *, acts: int = ACTS, people: int = PEOPLE,
                   items: int = ITEMS, placed: bool = True) -> Path:
    """The demo gala grown by `acts` acts (in the order unless not `placed`), `people`
    people and `items` items."""
    write_demo(path, force=True)
    with GalaDocument.open(path, data_dir=None) as doc:
        doc.run(grow, acts=acts, people=people, items=items, placed=placed)
    return path


# Wall time by default; `--cpu` measures this process's CPU time instead, which a
# machine busy with other work inflates less (paired ratios stay comparable).
clock = time.perf_counter


def use_cpu_clock(cpu: bool) -> str:
    """Measure CPU time (True) or wall time; the name of the clock, for the header."""
    global clock
    clock = time.process_time if cpu else time.perf_counter
    return "CPU time of the process" if cpu else "wall time"


def median_seconds(fn: Callable[[], object], runs: int = 5) -> float:
    """The median time of `runs` calls of `fn`."""
    times = []
    for _ in range(runs):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def paired_seconds(first: Callable[[], object], second: Callable[[], object],
                   runs: int = 5) -> tuple[float, float]:
    """Median times of `first` and `second`, run in turns (a shared machine weighs on both),
    each on a clean heap: the garbage one leaves would otherwise fall on the other."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, kept in zip((first, second), times, strict=True):
            gc.collect()
            start = clock()
            fn()
            kept.append(clock() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def report(measure: str, figure: float, baseline: float, base_label: str,
           goal: str = "") -> str:
    """One row of the figures table: figure, baseline, ratio and the goal."""
    line = (f"| {measure} | {figure * 1000:.0f} ms | {base_label}: {baseline * 1000:.0f} ms "
            f"| {figure / baseline:.2f}x | {goal} |")
    print(line, flush=True)
    return line
