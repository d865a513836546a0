"""Rows taller than a page, cut into rows that continue each other: any text prints whole.

A table row never splits across pages (the kit keeps rows whole, a section heading with
the row after it); so a cell whose text would be taller than a page is cut here into
pieces no taller than `room`, and the row continues in the rows below it. Measuring is
cheap first (an upper bound from the text's length), exact only for cells that could
overflow, so ordinary tables pay nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

# How a cell's value becomes a flowable: the table's `cell_flowable` (escaping plain
# text, passing trusted markup and flowables through).
Make = Callable[[object, ParagraphStyle], Flowable]

# Plain text is first cut into blocks of this many characters: a paragraph is wrapped
# whole, and a note of megabytes would take its weight in memory many times over.
BLOCK = 20_000
_BREAK = "<br/>"


def could_overflow(value: object, style: ParagraphStyle, width: float, room: float) -> bool:
    """Whether a cell could be taller than `room` (never False for one that is)."""
    if isinstance(value, Flowable):
        return True
    if not isinstance(value, str) or width <= 0:
        return False
    lines = value.count("\n") + value.count(_BREAK) + 1
    # No glyph is wider than 1.2 em; word wrapping fills a line at least half.
    lines += len(value) * style.fontSize * 1.2 / (width * 0.5)
    return lines * style.leading > room


def pieces(value: object, style: ParagraphStyle, width: float, room: float,
           make: Make) -> list[Flowable]:
    """The cell as flowables each at most `room` high (one when it fits). Plain text
    (a `str`, not markup) is cut into blocks first; markup is never cut."""
    blocks = _blocks(value) if type(value) is str and len(value) > BLOCK else [value]
    return [part for block in blocks for part in _split(make(block, style), width, room)]


def continued_rows(cells: Sequence[object], styles: Sequence[ParagraphStyle],
                   widths: Sequence[float], room: float,
                   make: Make) -> tuple[list[list[object]], list[float | None]]:
    """The row itself when it fits `room`, else the row and its continuations: each
    cell's pieces in order, cells with nothing left empty. `widths` are the cells'
    inner widths (without padding).

    Also each row's content height when measured (None: let the table measure it).
    The table is given them, so that it does not wrap every long piece again at each
    page it breaks (reportlab measures all the rows left at every page).
    """
    measures = list(zip(cells, styles, widths, strict=True))
    if not any(could_overflow(c, s, w, room) for c, s, w in measures):
        return [list(cells)], [None]
    parts = [pieces(c, s, w, room, make) if could_overflow(c, s, w, room) else [c]
             for c, s, w in measures]
    if all(len(p) == 1 for p in parts):
        return [[p[0] for p in parts]], [None]
    depth = max(len(p) for p in parts)
    rows = [[p[k] if k < len(p) else "" for p in parts] for k in range(depth)]
    heights = [max(_height(value, style, width, room)
                   for value, style, width in zip(row, styles, widths, strict=True))
               for row in rows]
    return rows, heights


def padded(measured: list[float | None], padding: float) -> list[float | None]:
    """`continued_rows`' measured heights with the cells' padding (None stays None)."""
    return [None if h is None else h + padding for h in measured]


def runs_of(indexes: list[int]) -> list[tuple[int, int]]:
    """Ascending indexes as runs of consecutive ones, (first, last) each: the rows
    that end a table row, ruled below in one command per run."""
    runs: list[tuple[int, int]] = []
    for index in indexes:
        if runs and index == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _height(value: object, style: ParagraphStyle, width: float, room: float) -> float:
    if isinstance(value, Flowable):
        return value.wrap(width, room)[1]
    return style.leading if value not in (None, "") else 0.0


def _split(flowable: Flowable, width: float, room: float) -> list[Flowable]:
    _w, height = flowable.wrap(width, room)
    if height <= room or width < 1:  # a column too narrow to wrap in cannot be cut either
        return [flowable]
    if isinstance(flowable, Paragraph) and hasattr(flowable, "_get_split_blParaFunc") \
            and not getattr(flowable.style, "autoLeading", ""):
        return _paragraph_pieces(flowable, width, room)
    parts: list[Flowable] = []
    rest = flowable
    while height > room:
        split = rest.split(width, room)
        if len(split) < 2:
            break  # cannot be cut (one line taller than a page?): it prints as it is
        parts.append(split[0])
        rest = split[1] if len(split) == 2 else _Stack(split[1:])
        _w, height = rest.wrap(width, room)
    parts.append(rest)
    return parts


def _paragraph_pieces(paragraph: Paragraph, width: float, room: float) -> list[Flowable]:
    """A wrapped paragraph cut into pieces of whole lines, all at once: what
    `Paragraph.split` does for one cut, without wrapping the rest again for the next.
    A piece may wrap into a line or two more than it was cut from; then the pieces
    are cut again, shorter, until every one fits `room`."""
    style = paragraph.style
    lines = len(paragraph.blPara.lines)
    lines_of = paragraph._get_split_blParaFunc()
    per = max(1, int(room / style.leading))
    while True:
        parts = [Paragraph(None, style, frags=lines_of(paragraph.blPara, start,
                                                       min(start + per, lines)))
                 for start in range(0, lines, per)]
        tallest = max(part.wrap(width, room)[1] for part in parts)
        if tallest <= room or per == 1:
            return parts
        per = max(1, per - int((tallest - room) / style.leading) - 1)


def _blocks(text: str) -> list[str]:
    """`text` cut into pieces of at most `BLOCK` characters, at a line end or a space
    near the end of each when there is one (never inside a word where avoidable)."""
    blocks = []
    while len(text) > BLOCK:
        cut = max(text.rfind("\n", BLOCK * 3 // 4, BLOCK), text.rfind(" ", BLOCK * 9 // 10,
                                                                     BLOCK))
        cut = cut + 1 if cut > 0 else BLOCK
        blocks.append(text[:cut])
        text = text[cut:]
    blocks.append(text)
    return blocks


class _Stack(Flowable):
    """Several flowables one above the other (what a split may leave over)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self._sizes = [part.wrap(width, height) for part in self.parts]
        return width, sum(h for _w, h in self._sizes)

    def split(self, width: float, height: float) -> list[Flowable]:
        first = self.parts[0].split(width, height)
        if len(first) < 2:
            return []
        return [first[0], _Stack([*first[1:], *self.parts[1:]])]

    def draw(self) -> None:
        y = sum(h for _w, h in self._sizes)
        for part, (_w, h) in zip(self.parts, self._sizes, strict=True):
            y -= h
            part.drawOn(self.canv, 0, y)
