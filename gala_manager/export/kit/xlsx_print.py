"""Print setup of a sheet: A4, the orientation that fits, and never type below 8 pt.

A sheet fits one page wide when that keeps its 11-pt text at 8 pt or more;
a wider one is split into column groups printed side by side ("over, then
down"), its first column(s) repeated on every page, at one scale for all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

BODY_POINTS = 11  # XlsxWriter's default font (Calibri 11)
MIN_POINTS = 8
MIN_SCALE = MIN_POINTS / BODY_POINTS
A4_POINTS = (595.3, 841.9)  # portrait width, height
SIDE_MARGIN = 0.5  # inches, left and right
PRINTABLE = {"portrait": A4_POINTS[0] - 2 * 72 * SIDE_MARGIN,
             "landscape": A4_POINTS[1] - 2 * 72 * SIDE_MARGIN}
DEFAULT_WIDTH = 8.43  # Excel's default column width, in characters
# Viewers measure columns with their own fonts (LibreOffice without Calibri draws
# them a little wider): plan with this much of the page to spare.
SPARE = 0.93
PORTRAIT_SCALE = 0.9  # a list narrower than that prints upright, barely smaller


@dataclass
class PrintSetup:
    """How a sheet prints; applied when the workbook is written.

    `orientation` "auto" picks portrait when the sheet fits it at 90 % or more,
    else landscape. `groups` are the column groups (first, last; 1-based) a too-wide
    sheet splits into, after its `repeat_columns` leading columns; without
    them the columns are packed in order.
    """

    enabled: bool = False
    orientation: str = "auto"
    header_rows: tuple[int, int] | None = None
    header_text: str = ""
    footer_text: str = ""
    repeat_columns: int = 1
    groups: Sequence[tuple[int, int]] = ()


@dataclass(frozen=True)
class PrintPlan:
    """What the setup comes to for given column widths: orientation, scale
    (1.0 = 100 %), and the first column of each page after the first."""

    orientation: str
    scale: float
    breaks: tuple[int, ...] = ()

    @property
    def fits_one_page_wide(self) -> bool:
        return not self.breaks


def column_points(width: float) -> float:
    """The printed width of a column `width` characters wide (Calibri 11: 7 px each + 5)."""
    return (width * 7 + 5) * 0.75


def plan_print(setup: PrintSetup, widths: dict[int, float], columns: int) -> PrintPlan:
    """The orientation, scale and column breaks for a sheet of `columns` columns."""
    points = {c: column_points(widths.get(c, DEFAULT_WIDTH)) / SPARE
              for c in range(1, columns + 1)}
    total = sum(points.values()) or 1.0
    orientation = setup.orientation
    if orientation == "auto":
        orientation = "portrait" if PRINTABLE["portrait"] / total >= PORTRAIT_SCALE \
            else "landscape"
    scale = min(1.0, PRINTABLE[orientation] / total)
    if scale >= MIN_SCALE or columns <= setup.repeat_columns + 1:
        return PrintPlan(orientation, scale)
    orientation = "landscape" if setup.orientation == "auto" else setup.orientation
    page = PRINTABLE[orientation]
    repeated = sum(points[c] for c in range(1, setup.repeat_columns + 1))
    if setup.groups:
        groups = list(setup.groups)
    else:
        # The fewest pages across, at the largest scale that gives that few.
        packs = [_pack(points, setup.repeat_columns + 1, columns, page / scale - repeated)
                 for scale in (1.0, 0.9, 0.8, MIN_SCALE)]
        groups = min(packs, key=len)
    scale = min(1.0, *(page / (repeated + sum(points[c] for c in range(first, last + 1)))
                       for first, last in groups))
    return PrintPlan(orientation, scale, tuple(first for first, _last in groups[1:]))


def _pack(points: dict[int, float], first: int, last: int,
          room: float) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    start, used = first, 0.0
    for column in range(first, last + 1):
        if used and used + points[column] > room:
            groups.append((start, column - 1))
            start, used = column, 0.0
        used += points[column]
    groups.append((start, last))
    return groups


def _hf(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a header/footer code


def apply_print_setup(ws, setup: PrintSetup, widths: dict[int, float], rows: int,
                      columns: int) -> None:
    """Apply `setup` to an XlsxWriter worksheet whose used range is rows × columns."""
    if not setup.enabled or not rows or not columns:
        return
    plan = plan_print(setup, widths, columns)
    ws.set_paper(9)  # A4
    (ws.set_landscape if plan.orientation == "landscape" else ws.set_portrait)()
    ws.set_margins(left=SIDE_MARGIN, right=SIDE_MARGIN, top=0.75, bottom=0.75)
    ws.center_horizontally()
    ws.print_area(0, 0, rows - 1, columns - 1)
    if plan.fits_one_page_wide:
        ws.fit_to_pages(1, 0)
    else:
        ws.set_print_scale(max(10, int(plan.scale * 100)))
        ws.set_v_pagebreaks([first - 1 for first in plan.breaks])
        ws.repeat_columns(0, setup.repeat_columns - 1)
        ws.print_across()
    if setup.header_rows:
        ws.repeat_rows(setup.header_rows[0] - 1, setup.header_rows[1] - 1)
    if setup.header_text:
        ws.set_header("&C" + _hf(setup.header_text)[:250])
    if setup.footer_text:
        ws.set_footer("&C" + _hf(setup.footer_text).replace("{page}", "&P")
                      .replace("{pages}", "&N")[:250])
