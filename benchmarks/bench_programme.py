"""The programme's exports and imports on the demo and on the 2,000-act gala (not a test).

    python benchmarks/bench_programme.py [--runs N] [--cpu]

Rows: the full run-sheet PDF against the same table with plain reportlab
(every cell a Paragraph, no header band or sections), and an import of an act
sheet (read + preview + write) against iterating the same sheet with
openpyxl's read-only mode (`bench_import.import_row`, which splits it further).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import import_row  # noqa: E402
from big_gala import paired_seconds, report, use_cpu_clock, write_big_gala  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from gala_manager.core.demo import write_demo  # noqa: E402
from gala_manager.core.durations import format_duration  # noqa: E402
from gala_manager.core.programme.schedule import programme_summary, running_order  # noqa: E402
from gala_manager.core.storage.document import GalaDocument  # noqa: E402
from gala_manager.export.kit.pdf import PageHeader, PageLabels  # noqa: E402
from gala_manager.export.kit.pdf_fonts import resolve_font  # noqa: E402
from gala_manager.export.programme.runsheet import RunsheetLabels, build_runsheet  # noqa: E402

IMPORT_ROWS = 2000


def labels(schedule) -> RunsheetLabels:
    columns = {key: key for key in ("time", "number", "kind", "title", "performers",
                                    "duration", "needs", "notes")}
    names = {a.section_id: "上半场" if n == 0 else "下半场"
             for n, a in enumerate({a.section_id: a for a in schedule}.values())}
    return RunsheetLabels(title="流程单", columns=columns, sections=names)


def plain_reportlab(schedule, font: str) -> bytes:
    """The same eight columns, every cell a Paragraph, no header band or sections."""
    style = ParagraphStyle("c", fontName=font, fontSize=9, wordWrap="CJK")
    data = [[Paragraph(str(v), style) for v in (
        a.start.strftime("%H:%M"), a.number, a.kind.value, a.title, a.performers,
        format_duration(a.duration_seconds), a.props, a.notes)] for a in schedule]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=landscape(A4)).build([Table(data, repeatRows=1)])
    return out.getvalue()


def runsheet_row(name: str, path: Path, runs: int) -> None:
    with GalaDocument.open(path, read_only=True) as doc:
        schedule = doc.read(running_order)
        summary = doc.read(programme_summary)
    font = resolve_font()
    header = PageHeader("迎五一晚会", "2027-04-30 19:00", "西广场")
    kit, plain = paired_seconds(lambda: build_runsheet(
        "full", schedule, summary, header, PageLabels(), labels(schedule),
        font=font).to_bytes(), lambda: plain_reportlab(schedule, font.name), runs)
    report(f"full run-sheet PDF, {name} ({len(schedule)} acts)", kit, plain,
           "plain reportlab, same table", "≤ 1.2×")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help="measure CPU time, not wall time")
    parser.add_argument("--import-only", action="store_true", help="only the act import row")
    args = parser.parse_args()
    print(f"Programme exports and imports, medians of {args.runs} runs "
          f"({use_cpu_clock(args.cpu)})")
    print("| measure | figure | baseline | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    with TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.gala"
        write_demo(demo)
        if not args.import_only:
            runsheet_row("demo", demo, args.runs)
            runsheet_row("big gala", write_big_gala(folder / "big.gala"),
                          max(1, args.runs // 2))
        # The act import's row, as bench_import measures it (its own folder: its demo).
        (folder / "import").mkdir()
        import_row(folder / "import", IMPORT_ROWS, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
