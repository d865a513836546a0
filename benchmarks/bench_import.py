"""Time an act import of N rows against plain iteration of the same sheet (not a test).

    python benchmarks/bench_import.py [N]     # N acts, 2000 by default

Plain: openpyxl opens the workbook read-only and iterates every row's values (what
any reader must do). Import: `read_act_sheet` (format check, formula scan, header
search, every cell parsed into fields and problems) and then the preview against a
new gala (`preview_file`: identities, contacts matched to people). Goal: at most
1.5 times plain. The commit (writing N acts in one transaction) is timed apart.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from openpyxl import Workbook, load_workbook

from gala_manager.app.importing import commit, preview_file
from gala_manager.app.programme.act_import import ACTS
from gala_manager.core.storage.document import GalaDocument
from gala_manager.imports.acts import read_act_sheet

HEADER = ["节目名称", "类型", "表演者", "人数", "报送单位", "联系人", "联系电话", "时长",
          "话筒数量", "道具", "音乐文件", "灯光要求", "音响要求", "备注"]
KINDS = ["歌曲", "舞蹈", "小品", "相声", "朗诵", "器乐"]
LENGTHS = ["3:30", "5分30", "4'30", "3.5min", "330s", "5 min 30 s"]


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


def fastest(*runs, rounds: int = 5) -> list[float]:
    """Each run's fastest time over `rounds` rounds that take turns, so a busy machine
    slows all of them alike (other work only ever adds time)."""
    times = [float("inf")] * len(runs)
    for _ in range(rounds):
        for number, run in enumerate(runs):
            start = time.perf_counter()
            run()
            times[number] = min(times[number], time.perf_counter() - start)
    return times


def main(count: int) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "acts.xlsx"
        write_sheet(path, count)
        with GalaDocument.create(Path(folder) / "bench.gala") as doc:
            base, reading, previewing = fastest(
                lambda: plain(path), lambda: read_act_sheet(path),
                lambda: preview_file(ACTS, doc, path))
            preview = preview_file(ACTS, doc, path)
            start = time.perf_counter()
            commit(doc, preview)
            committing = time.perf_counter() - start
    print(f"{count} acts: plain openpyxl iteration {base:.2f} s")
    print(f"  read_act_sheet {reading:.2f} s ({reading / base:.2f}x plain)")
    print(f"  read + preview {previewing:.2f} s ({previewing / base:.2f}x plain, goal <= 1.5x)")
    print(f"  commit (one transaction) {committing:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
