"""Time the export kit against plain reportlab / openpyxl on the same data (not a test)."""

from __future__ import annotations

import io
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from gala_manager.export.kit import xlsx as xlsx_kit
from gala_manager.export.kit.pdf import Column, PageHeader, PdfDocument

ROWS = [
    [
        f"{19 + i // 60}:{i % 60:02d}",
        str(i + 1),
        "歌曲",
        f"《青春的旋律 第{i + 1}号》",
        "计算机学院 张三、李四、王五",
        "3:30",
        "两支无线话筒，伴奏 track.mp3" if i % 3 else "",
    ]
    for i in range(2000)
]


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label:<32} {seconds:7.2f} s")
    return seconds


def kit_pdf() -> bytes:
    doc = PdfDocument(PageHeader("迎新晚会", "2026-12-20", "大礼堂"))
    widths = [1, 0.7, 1, 3, 3, 1, 3]
    doc.table([Column(f"列{i}", w) for i, w in enumerate(widths)], ROWS)
    return doc.to_bytes()


def plain_pdf() -> bytes:
    font = PdfDocument(PageHeader("")).font.name  # same registered CJK font
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("c", fontName=font, fontSize=9, wordWrap="CJK")
    data = [[Paragraph(str(v), style) for v in row] for row in ROWS]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Table(data, repeatRows=1)])
    return out.getvalue()


def kit_xlsx(folder: Path) -> None:
    wb = xlsx_kit.new_workbook(title="bench")
    ws = xlsx_kit.add_sheet(wb, "物品")
    xlsx_kit.write_table(ws, 1, [f"列{i}" for i in range(7)], ROWS * 3)
    xlsx_kit.fit_columns(ws)
    xlsx_kit.save_workbook(wb, folder / "kit.xlsx")


def plain_xlsx(folder: Path) -> None:
    wb = Workbook()
    ws = wb.active
    for row in ROWS * 3:
        ws.append(row)
    wb.save(folder / "plain.xlsx")


if __name__ == "__main__":
    a = timed("kit PDF, 2,000 rows", kit_pdf)
    b = timed("plain reportlab, 2,000 rows", plain_pdf)
    print(f"PDF ratio kit/plain: {a / b:.2f}")
    with TemporaryDirectory() as tmp:
        c = timed("kit xlsx, 6,000 rows", lambda: kit_xlsx(Path(tmp)))
        d = timed("plain openpyxl, 6,000 rows", lambda: plain_xlsx(Path(tmp)))
    print(f"xlsx ratio kit/plain: {c / d:.2f}")
