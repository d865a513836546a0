"""Time an act import of N rows against plain iteration of the same sheet (not a test).

    python benchmarks/bench_import.py [N] [--runs R] [--cpu]    # N acts, 2000 by default

Plain: openpyxl opens the workbook read-only and iterates every row's values (what
any reader must do; the issue's baseline). Import: `read_act_sheet` (format check,
the scan of the sheet's XML, the sheet read by calamine, header search, every cell
parsed into fields and problems), the preview against the demo
gala (`preview_file`: identities, contacts matched to people) and the commit (every
act written in one transaction), into a fresh copy of the demo each round (copying
and opening it is not timed). The issue's row is the whole import against plain
iteration, goal at most 1.5 times; the lines below it split the import, and give
calamine's plain iteration beside openpyxl's. Medians of
R rounds that take turns, so a busy machine slows each measure alike.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from tempfile import TemporaryDirectory

sys.path.insert(0, str(Path(__file__).resolve().parent))

import big_gala  # noqa: E402
from big_gala import report, use_cpu_clock  # noqa: E402
from openpyxl import Workbook, load_workbook  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402

from gala_manager.core.demo import write_demo  # noqa: E402
from gala_manager.core.storage.document import GalaDocument  # noqa: E402

HEADER = ["节目名称", "类型", "表演者", "人数", "报送单位", "联系人", "联系电话", "时长",
          "话筒数量", "道具", "音乐文件", "灯光要求", "音响要求", "备注"]
KINDS = ["歌曲", "舞蹈", "小品", "相声", "朗诵", "器乐"]
LENGTHS = ["3:30", "5分30", "4'30", "3.5min", "330s", "5 min 30 s"]
GOAL = "≤ 1.5×"


def write_sheet(path: Path, count: int) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["迎五一晚会 节目报名表"])
    ws.append(HEADER)
    for i in range(count):
        ws.append([f"合唱《我和我的祖国》（第{i}组）", KINDS[i % 6], f"表演者{i}、同学{i}",
                   1 + i % 30, f"学院{i % 12}", f"联系人{i % 300}", 13800000000 + i,
                   LENGTHS[i % 6], i % 5, "椅子两把", f"伴奏{i}.mp3", "追光", "两支话筒",
                   f"（备注：第{i}行），谢谢；"])
    wb.save(path)


def plain(path: Path) -> None:
    wb = load_workbook(path, read_only=True, data_only=True)
    for _row in wb.worksheets[0].iter_rows(values_only=True):
        pass
    wb.close()


def plain_calamine(path: Path) -> None:
    with CalamineWorkbook.from_path(path) as wb:
        for _row in wb.get_sheet_by_index(0).to_python(skip_empty_area=False):
            pass


class Rounds:
    """Each measure's times over rounds that take turns; `median(name)` in seconds."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}

    def time(self, name: str, run: Callable[[], object]) -> object:
        gc.collect()  # each measure starts on a clean heap, not paying for the last one's
        start = big_gala.clock()
        result = run()
        self.times.setdefault(name, []).append(big_gala.clock() - start)
        return result

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])


def measure(folder: Path, count: int, runs: int) -> Rounds:
    """Plain iteration, reading, reading + previewing and the whole import of `count`
    acts, `runs` rounds in turns, each import into a fresh copy of the demo."""
    from PySide6.QtCore import QCoreApplication

    from gala_manager.app.importing import commit, preview_file
    from gala_manager.app.programme.act_import import ACTS
    from gala_manager.imports.acts import read_act_sheet

    QCoreApplication.instance() or QCoreApplication([])  # the preview's words
    sheet = folder / "acts.xlsx"
    write_sheet(sheet, count)
    demo = folder / "demo.gala"
    write_demo(demo)
    rounds = Rounds()
    for number in range(runs):
        rounds.time("plain", lambda: plain(sheet))
        rounds.time("plain, calamine", lambda: plain_calamine(sheet))
        rounds.time("read", lambda: read_act_sheet(sheet))
        copy = folder / f"import{number}.gala"
        shutil.copy(demo, copy)
        with GalaDocument.open(copy, data_dir=None) as doc:
            rounds.time("read + preview", lambda: preview_file(ACTS, doc, sheet))
        shutil.copy(demo, copy)
        with GalaDocument.open(copy, data_dir=None) as doc:
            gc.collect()
            whole = [big_gala.clock()]
            preview = preview_file(ACTS, doc, sheet)
            whole.append(big_gala.clock())
            result = commit(doc, preview)
            whole.append(big_gala.clock())
        assert len(result.added) == count, result
        rounds.times.setdefault("import", []).append(whole[2] - whole[0])
        rounds.times.setdefault("import: commit", []).append(whole[2] - whole[1])
        copy.unlink()
    return rounds


def import_row(folder: Path, count: int, runs: int) -> Rounds:
    """Print the issue's row (the whole import against plain iteration); the rounds."""
    rounds = measure(folder, count, runs)
    report(f"act import of {count:,} rows (read + write)", rounds.median("import"),
           rounds.median("plain"), "read-only iteration", GOAL)
    return rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help="measure CPU time, not wall time")
    args = parser.parse_args()
    print(f"Act import of {args.count} rows, medians of {args.runs} rounds "
          f"({use_cpu_clock(args.cpu)})")
    with TemporaryDirectory() as folder:
        rounds = import_row(Path(folder), args.count, args.runs)
    base = rounds.median("plain")
    for name in ("plain, calamine", "read", "read + preview", "import: commit"):
        figure = rounds.median(name)
        print(f"  {name}: {figure:.3f} s ({figure / base:.2f}x plain)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
