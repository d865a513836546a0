"""Long text prints whole: random tables with cells of 0 to 20,000 characters of Chinese and
mixed text always give a PDF holding every character, within a memory bound."""

from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from gala_manager.export.kit.pdf import (
    Column,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    section_row,
)
from tests.export.long_text import long_text

ROOT = Path(__file__).resolve().parents[3]
LENGTHS = [0, 1, 2, 79, 80, 81, 300, 999, 2000, 5000, 5001, 12_000, 20_000]
# Peak memory of a process printing four 20,000-character cells, measured ~150 MB here.
MEMORY_BOUND_MB = 400
PRINT_FOUR = """
import pathlib, resource, sys
from gala_manager.export.kit.pdf import Column, PageHeader, PdfDocument
note = ("晚会节目备注：灯光需要暖色，音响请提前调试；mixed English, tokens_without_spaces " * 400)
note = note[:20000]
doc = PdfDocument(PageHeader("测试晚会"), landscape=True)
doc.table([Column("#", 0.4), Column("节目", 2), Column("备注", 5), Column("人", 1)],
          [["1", note, note, note], ["2", "短", note, "张三"]])
assert doc.to_bytes().startswith(b"%PDF")
# ru_maxrss keeps the parent's size across fork and exec (a big pytest process would count);
# Linux's VmHWM belongs to this program alone. macOS gives ru_maxrss in bytes.
status = pathlib.Path("/proc/self/status")
if status.exists():
    print(next(int(line.split()[1]) for line in status.read_text().splitlines()
               if line.startswith("VmHWM:")) // 1024)
else:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(peak // (1024 * 1024) if sys.platform == "darwin" else peak // 1024)
"""


def _text(pdf: bytes) -> str:
    return "".join("".join((page.extract_text() or "").split())
                   for page in PdfReader(io.BytesIO(pdf)).pages)


def _case(rng: random.Random, number: int):
    """A random table: columns, rows with long cells, sections and facts; its end marks.
    Long text goes where the exporters put it, in columns of a tenth of the page or more;
    narrow columns (a number, a time) get a few characters."""
    columns = [Column(f"列{i}", rng.choice([0.5, 1, 2, 5]), rng.choice(["left", "right"]))
               for i in range(rng.randint(1, 6))]
    total = sum(c.width for c in columns)
    marks, rows = [], []
    for r in range(rng.randint(1, 4)):
        if rng.random() < 0.25:
            mark = f"【{number}节{r}】"
            length = rng.choice(LENGTHS)
            rows.append(section_row(long_text(length, rng, mark)))
            marks += [mark] if length else []
            continue
        cells = []
        for c, column in enumerate(columns):
            mark = f"【{number}行{r}列{c}】"
            wide = column.width / total >= 0.1
            length = rng.choice(LENGTHS) if wide and rng.random() < 0.5 else rng.randint(0, 12)
            cells.append(long_text(length, rng, mark))
            if length:
                marks.append(mark)
        rows.append(Row(cells, rng.choice(["normal", "normal", "muted", "total"])))
    fact_mark = f"【{number}事】"
    facts = [("备注", long_text(rng.choice(LENGTHS), rng, fact_mark))]
    if facts[0][1]:
        marks.append(fact_mark)
    return columns, rows, facts, marks


def random_tables(seed: int) -> None:
    rng = random.Random(seed)
    doc = PdfDocument(PageHeader("测试晚会" * rng.choice([1, 50])),
                      PageLabels(continued="（续）"), landscape=rng.random() < 0.5)
    all_marks = []
    for number in range(2):
        columns, rows, facts, marks = _case(rng, number)
        doc.facts(facts)
        doc.table(columns, rows, zebra=rng.random() < 0.5)
        all_marks += marks
    pdf = doc.to_bytes()
    text = _text(pdf)
    assert [mark for mark in all_marks if mark not in text] == []


@pytest.mark.parametrize("seed", range(6))
def test_random_tables_of_long_text_print_every_character(seed):
    random_tables(seed)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(6, 106))
def test_a_hundred_more_random_tables(seed):
    random_tables(seed)


def test_a_note_taller_than_a_page_continues_below_and_says_so():
    note = long_text(20_000, random.Random(1), "【完】")
    doc = PdfDocument(PageHeader("测试晚会"), PageLabels(continued="（续）"))
    doc.table([Column("时间", 1), Column("节目", 2), Column("备注", 5)],
              [section_row("上半场"), ["19:00", "开场舞《青春飞扬》", note],
               ["19:06", "相声", "短"]])
    reader = PdfReader(io.BytesIO(doc.to_bytes()))
    texts = ["".join((page.extract_text() or "").split()) for page in reader.pages]
    assert len(texts) > 5
    assert all(text.count("（续）") == 1 for text in texts[1:-1])  # each page says it once
    joined = "".join(texts)
    assert joined.count("【完】") == 1 and joined.index("【完】") < joined.index("相声")


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX")
def test_printing_long_notes_stays_within_memory():
    done = subprocess.run([sys.executable, "-c", PRINT_FOUR], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) < MEMORY_BOUND_MB


def test_a_heading_longer_than_a_page_is_cut_and_the_rows_print_whole():
    # The results table heads a column with each judge's name; the header row repeats
    # on every page, so a name of 20,000 characters cannot continue below it.
    judge = long_text(20_000, random.Random(2), "【评委完】")
    doc = PdfDocument(PageHeader("测试晚会"), PageLabels(continued="（续）"), landscape=True)
    doc.table([Column("名次", 1), Column(judge, 1), Column("节目", 3)],
              [["1", "95", "小品《宿舍那些事》"], ["2", "93", "话剧《雷雨》选段"]])
    texts = ["".join((page.extract_text() or "").split())
             for page in PdfReader(io.BytesIO(doc.to_bytes())).pages]
    assert len(texts) == 1 and "【评委完】" not in texts[0] and "…" in texts[0]
    assert "小品《宿舍那些事》" in texts[0] and "话剧《雷雨》选段" in texts[0]
