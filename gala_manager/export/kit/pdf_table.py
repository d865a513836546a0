"""Escaping, palette and the table flowable of the shared PDF kit (see pdf_kit)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _paragraph

from gala_manager.export.kit.pdf_rows import continued_rows, padded, runs_of

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#CBD2D9")
HEAD_BG = colors.HexColor("#2F3E4E")
ZEBRA = colors.HexColor("#F3F5F7")
SECTION_BG = colors.HexColor("#E1E7EE")
WHITE = colors.white
WARN_BG, WARN_LINE = colors.HexColor("#FFF4D6"), colors.HexColor("#D99A00")
WARN_TEXT = colors.HexColor("#7A4F00")
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
# reportlab's CJK wrapping lets "，" or "》" start a line; Chinese typography hangs them
# at the end of the previous line instead. Its list lacks these fullwidth marks.
_NO_LINE_START = "，．：；！？》〉”’…·％"
for _module in (_textsplit, _paragraph):  # one-fragment and multi-fragment wrapping
    _module.ALL_CANNOT_START += "".join(
        ch for ch in _NO_LINE_START if ch not in _module.ALL_CANNOT_START
    )
_PAD = 4  # cell padding left and right, points
_VPAD = 8  # cell padding above and below together (3.5 + 4.5), points
# The header row repeats on every page, so it cannot continue below itself: a heading
# (a judge's name, say) longer than this is cut with "…"; the rows print whole.
HEADER_CHARS = 40
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # reportlab's parser chokes on these


def escape_text(text: object) -> str:
    """User text made safe for Paragraph markup: `<b>` prints literally, newlines break.

    `None` becomes ""; control characters are dropped, tabs become spaces.
    """
    plain = _CONTROL.sub("", "" if text is None else str(text)).replace("\t", "    ")
    return escape(plain).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


class Markup(str):
    """Trusted Paragraph markup, used as is: build it only from `escape_text` pieces,
    e.g. ``Markup(f"<font color='#B00020'>{escape_text(title)}</font>")``."""


def markup(text: object) -> str:
    """`text` ready for a Paragraph: `Markup` unchanged, anything else escaped."""
    return text if isinstance(text, Markup) else escape_text(text)


def make_style(name: str, font: str, size: float, **kw) -> ParagraphStyle:
    """A ParagraphStyle in the kit's look, wrapping Chinese text at any character."""
    kw.setdefault("leading", size * 1.35)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=font, fontSize=size, wordWrap="CJK", **kw)


@dataclass(frozen=True)
class Column:
    """A table column: header text, relative width weight, alignment (left/center/right)."""

    title: str
    width: float = 1.0
    align: str = "left"


@dataclass(frozen=True)
class Row:
    """A table row with a look: `normal`; `section` (a shaded heading across the
    table, starting a new table of the rows after it, kept on their page); `total`
    (a dark rule above, the bold face when the font has one);
    `muted` (grey text, e.g. a withdrawn act)."""

    cells: Sequence[object]
    kind: str = "normal"


def section_row(text: str) -> Row:
    """A shaded row spanning the table, e.g. "上半场" inside a run-sheet."""
    return Row([text], "section")


def cell_flowable(value: object, style: ParagraphStyle) -> Flowable:
    """A cell's content: Flowables pass through, None is empty, the rest is escaped text."""
    if isinstance(value, Flowable):
        return value
    return Paragraph(markup("" if value is None else value), style)


def _plain(value: object, style: ParagraphStyle, room: float) -> str | None:
    """`value` as a bare string cell when it fits on one line, else None.

    Tables draw bare strings with drawString: no markup parsing (so nothing to
    escape) and several times faster than a Paragraph, which matters for long
    run-sheets. Anything that may wrap stays a Paragraph.
    """
    if isinstance(value, Markup | Flowable) or not isinstance(value, str | int | float):
        return None if value is not None else ""
    text = str(value)
    if _CONTROL.search(text) or "\n" in text or "\r" in text or "\t" in text:
        return None
    return text if stringWidth(text, style.fontName, style.fontSize) <= room else None


def build_table(
    columns: Sequence[Column],
    rows: Sequence[Row],
    *,
    width: float,
    styles: dict[str, ParagraphStyle],
    zebra: bool = True,
    font_size: float | None = None,
    split_rows: bool = False,
    room: float = 10_000.0,
    continued: str = "",
    grid: bool = False,
) -> list[Flowable]:
    """The table: header repeated on each page, rows kept whole unless `split_rows`
    (the last resort for a row taller than a page). A row whose text is taller than
    `room` continues in the rows below it (see `pdf_rows`), the first empty cell of
    each continuation marked with the `continued` label. `grid` rules every cell.

    Section rows cut it into one table per section, each after its shaded
    heading: reportlab rebuilds a table's spans at every page break, so one
    long table with spanning headings grows slow with thousands of rows.
    """
    base = styles["cell"]
    if font_size:
        base = ParagraphStyle("cellsized", base, fontSize=font_size, leading=font_size * 1.3)
    weights = sum(c.width for c in columns) or 1
    widths = [width * c.width / weights for c in columns]
    looks = _looks(columns, styles, base)
    pieces: list[tuple[Row | None, list[Row]]] = [(None, [])]
    for row in rows:
        if row.kind == "section":
            pieces.append((row, []))
        else:
            pieces[-1][1].append(row)
    # A heading, the header and a row or two must fit below it, else a new page.
    keep = styles["section"].leading + styles["head"].leading + 2 * base.leading + 4 * 8
    fit = _Fit(room - _VPAD, continued)
    flowables: list[Flowable] = []
    for heading, body in pieces:
        if heading is not None:
            flowables += [CondPageBreak(keep), _heading(heading, width, styles, fit)]
        if body or len(pieces) == 1:  # an empty list still shows its header
            flowables.append(_table(columns, body, widths, looks, base, zebra, split_rows,
                                    fit, grid))
    return flowables


@dataclass(frozen=True)
class _Fit:
    """How tall a row's content may be (`room`), and the label of its continuations."""

    room: float
    continued: str


def _looks(columns: Sequence[Column], styles: dict[str, ParagraphStyle],
           base: ParagraphStyle) -> dict[str, list[ParagraphStyle]]:
    """Per-column paragraph styles of each row look, and of the header."""
    aligned = [
        ParagraphStyle(f"c{i}", base, alignment=ALIGN[c.align]) for i, c in enumerate(columns)
    ]
    heavy = styles.get("strong", base).fontName  # total rows: the bold face, if installed
    return {
        "normal": aligned,
        "head": [ParagraphStyle(f"h{i}", styles["head"], alignment=ALIGN[c.align])
                 for i, c in enumerate(columns)],
        "muted": [ParagraphStyle(f"m{i}", s, textColor=MUTED) for i, s in enumerate(aligned)],
        "total": [ParagraphStyle(f"s{i}", s, fontName=heavy) for i, s in enumerate(aligned)],
    }


def _header_title(title: object) -> object:
    if isinstance(title, str) and not isinstance(title, Markup) and len(title) > HEADER_CHARS:
        return title[: HEADER_CHARS - 1] + "…"
    return title


def _heading(row: Row, width: float, styles: dict[str, ParagraphStyle], fit: _Fit) -> Flowable:
    """A section's shaded heading across the table's width (continued below when it is
    taller than a page)."""
    style = styles["section"]
    parts, measured = continued_rows([row.cells[0] if row.cells else ""], [style],
                                     [width - 2 * _PAD], fit.room, cell_flowable)
    band = Table([[cell_flowable(part, style)] for (part,) in parts], colWidths=[width],
                 rowHeights=padded(measured, _VPAD), hAlign="LEFT")
    band.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SECTION_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("LINEBELOW", (0, -1), (-1, -1), 0.35, RULE),
    ]))
    return band


def _table(columns: Sequence[Column], rows: Sequence[Row], widths: list[float],
           looks: dict[str, list[ParagraphStyle]], base: ParagraphStyle, zebra: bool,
           split_rows: bool, fit: _Fit, grid: bool = False) -> Table:
    """One table of plain rows under the header (no spans); a row taller than
    `fit.room` continues in the rows below it, ruled and shaded as one."""
    heavy = looks["total"][0].fontName
    data = [[cell_flowable(_header_title(c.title), looks["head"][i])
             for i, c in enumerate(columns)]]
    cmds: list[tuple] = [
        # How bare-string cells look (see _plain); Paragraph cells carry their own style.
        ("FONTNAME", (0, 1), (-1, -1), base.fontName),
        ("FONTSIZE", (0, 1), (-1, -1), base.fontSize),
        ("LEADING", (0, 1), (-1, -1), base.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    cmds += [("ALIGN", (i, 1), (i, -1), c.align.upper()) for i, c in enumerate(columns)]
    if grid:  # a form filled in by hand: every box ruled
        cmds += [("INNERGRID", (0, 1), (-1, -1), 0.5, MUTED), ("BOX", (0, 0), (-1, -1), 0.8, INK)]
    inner = [w - 2 * _PAD for w in widths]
    row_ends: list[int] = []  # data rows that end a row of `rows` (ruled below)
    heights: list[float | None] = [None]  # measured rows' heights (see pdf_rows)
    for stripe, row in enumerate(rows):
        r = len(data)
        look = looks.get(row.kind, looks["normal"])
        cells = list(row.cells)[: len(columns)]
        cells += [None] * (len(columns) - len(cells))
        line = []
        for i, value in enumerate(cells):
            text = _plain(value, look[i], widths[i] - 2 * _PAD)
            line.append(cell_flowable(value, look[i]) if text is None else text)
        parts, measured = continued_rows(line, look, inner, fit.room, cell_flowable)
        heights += padded(measured, _VPAD)
        for k, part in enumerate(parts):
            if k and fit.continued and part[0] == "":
                part[0] = fit.continued
                cmds.append(("TEXTCOLOR", (0, r + k), (0, r + k), MUTED))
            data.append(part)
        last = len(data) - 1
        row_ends.append(last)
        if row.kind == "muted":
            cmds.append(("TEXTCOLOR", (0, r), (-1, last), MUTED))
        if row.kind == "total":
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.9, INK))
            cmds.append(("FONTNAME", (0, r), (-1, last), heavy))
        elif zebra and stripe % 2:
            cmds.append(("BACKGROUND", (0, r), (-1, last), ZEBRA))
    # A rule below every row, none between a row and its continuations.
    cmds += [("LINEBELOW", (0, first), (-1, last), 0.35, RULE)
             for first, last in runs_of(row_ends)]
    table = Table(
        data,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        splitByRow=1,
        splitInRow=1 if split_rows else 0,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(cmds))
    return table
