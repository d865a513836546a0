"""Time the programme on a generated gala of 2,000 acts (not a test; prints timings).

    python benchmarks/bench_programme.py

Opens the gala, moves one act, recomputes the running order, writes the `full`
run-sheet, and builds the same table with plain reportlab for comparison.
"""

from __future__ import annotations

import io
import random
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from gala_manager.core.durations import format_duration
from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.models import Act, ActKind, ActStatus, SectionKind
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme.order import add_section, move_act
from gala_manager.core.programme.schedule import programme_summary, running_order
from gala_manager.core.storage.document import GalaDocument
from gala_manager.export.kit.pdf import PageHeader, PageLabels
from gala_manager.export.kit.pdf_fonts import resolve_font
from gala_manager.export.programme.runsheet import RunsheetLabels, build_runsheet

ACTS = 2000
KINDS = [ActKind.DANCE, ActKind.SONG, ActKind.SKETCH, ActKind.CROSSTALK, ActKind.RECITATION]


@changes(Area.PROGRAMME)
def fill(session, *, count: int) -> None:
    """Sections and `count` acts in the order, written in bulk."""
    halves = [add_section(session, kind=SectionKind.FIRST_HALF),
              add_section(session, kind=SectionKind.SECOND_HALF)]
    rng = random.Random(7)
    for i in range(count):
        session.add(Act(
            title=f"节目《青春的旋律 第{i + 1}号》", kind=rng.choice(KINDS),
            performers="计算机学院 张三、李四、王五", head_count=3,
            contact_name="李老师", contact_phone=f"1360000{i:04d}",
            duration_seconds=rng.randint(120, 600), mic_count=rng.randint(0, 3),
            props="桌子、椅子" if i % 4 == 0 else "", music_file=f"track_{i}.mp3",
            status=ActStatus.CONFIRMED, notes="自带道具" if i % 5 == 0 else "",
            section_id=halves[0] if i < count // 2 else halves[1], position=i + 1))


def timed(label: str, fn, times: dict | None = None):
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<40} {seconds:8.3f} s")
    if times is not None:
        times[label] = seconds
    return result


def labels(schedule) -> RunsheetLabels:
    columns = {key: key for key in ("time", "number", "kind", "title", "performers",
                                    "duration", "needs", "notes")}
    return RunsheetLabels(title="流程单", columns=columns,
                          sections={a.section_id: "上半场" for a in schedule})


def plain_reportlab(schedule, font: str) -> bytes:
    """The same eight columns, every cell a Paragraph, no header band or sections."""
    style = ParagraphStyle("c", fontName=font, fontSize=9, wordWrap="CJK")
    data = [[Paragraph(str(v), style) for v in (
        a.start.strftime("%H:%M"), a.number, a.kind.value, a.title, a.performers,
        format_duration(a.duration_seconds), a.props, a.notes)] for a in schedule]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=landscape(A4)).build([Table(data, repeatRows=1)])
    return out.getvalue()


def main() -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "big.gala"
        doc = GalaDocument.create(path)
        doc.run(set_gala_facts, facts=GalaFacts(name="基准晚会"))
        timed(f"generate {ACTS} acts", lambda: doc.run(fill, count=ACTS))
        doc.close()
        doc = timed("open the gala", lambda: GalaDocument.open(path))
        timed("move act 1500 to position 3", lambda: doc.run(move_act, act_id=1500, position=3))
        schedule = timed("recompute the running order", lambda: doc.read(running_order))
        summary = doc.read(programme_summary)
        font = resolve_font()
        header = PageHeader("基准晚会", "2027-04-30 19:00", "西广场")
        times: dict[str, float] = {}
        kit = timed("full run-sheet (kit)", lambda: build_runsheet(
            "full", schedule, summary, header, PageLabels(), labels(schedule),
            font=font).to_bytes(), times)
        plain = timed("same table, plain reportlab", lambda: plain_reportlab(
            schedule, font.name), times)
        doc.close()
    ratio = times["full run-sheet (kit)"] / times["same table, plain reportlab"]
    print(f"run-sheet / plain reportlab: {ratio:.2f}x "
          f"(PDF sizes: kit {len(kit) // 1024} KiB, plain {len(plain) // 1024} KiB)")


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - start:.1f} s")
