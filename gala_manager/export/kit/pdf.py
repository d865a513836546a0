"""A4 PDF builder shared by every printout: header, numbered footer, safe tables."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.doctemplate import LayoutError

from gala_manager.export.kit.files import atomic_write_bytes
from gala_manager.export.kit.pdf_blocks import banner, facts_table, side_by_side
from gala_manager.export.kit.pdf_fonts import FontChoice, resolve_font
from gala_manager.export.kit.pdf_page import PageFrame, PageHeader, PageLabels
from gala_manager.export.kit.pdf_table import (
    MUTED,
    WARN_TEXT,
    WHITE,
    Column,
    Markup,
    Row,
    build_table,
    escape_text,
    make_style,
    markup,
    section_row,
)

# Exporters import everything they need from here.
__all__ = ["Column", "Markup", "PageHeader", "PageLabels", "PdfDocument", "Row"]
__all__ += ["escape_text", "section_row"]


@dataclass
class PdfDocument:
    """Collects content and builds an A4 PDF.

    Usage::

        doc = PdfDocument(PageHeader("迎新晚会", "2026-12-20", "大礼堂"),
                          PageLabels("第 {page} 页 / 共 {pages} 页", "打印于 {time}", warn))
        doc.title("流程单"); doc.heading("上半场")
        doc.table([Column("时间", 1), Column("节目", 3)], [["19:00", "<b>Rock & Roll</b>"]])
        doc.build(Path("out.pdf"))   # atomic; raises DiskFullError / PermissionDeniedError

    Plain `str` cells and paragraphs are escaped; pass `Markup` for trusted markup
    or any reportlab `Flowable`. `doc.styles` holds the ParagraphStyles.
    """

    header: PageHeader
    labels: PageLabels = field(default_factory=PageLabels)
    landscape: bool = False
    font: FontChoice | None = None
    title_meta: str = ""
    author: str = ""
    printed_at: datetime | None = None
    margin: float = 16 * mm

    def __post_init__(self) -> None:
        self.font = self.font or resolve_font()
        self.printed_at = self.printed_at or datetime.now()
        self.pagesize = to_landscape(A4) if self.landscape else A4
        self.width = self.pagesize[0] - 2 * self.margin  # usable width, in points
        self.top, self.bottom = self.margin + 8 * mm, self.margin + 6 * mm  # header, footer
        # The tallest a table row may be: a page, less the repeated header row and a
        # section heading kept with the row (taller rows continue below, see pdf_rows).
        self.row_room = self.pagesize[1] - self.top - self.bottom - 30 * mm
        f, fb = self.font.name, self.font.bold_name or self.font.name
        self.styles = {
            "title": make_style("title", fb, 18, leading=24, spaceAfter=2 * mm),
            "subtitle": make_style("subtitle", f, 11, textColor=MUTED, spaceAfter=4 * mm),
            "heading": make_style("heading", fb, 13, spaceBefore=4 * mm, spaceAfter=2 * mm),
            "body": make_style("body", f, 10, spaceAfter=2 * mm),
            "note": make_style("note", f, 8.5, textColor=MUTED, spaceAfter=2 * mm),
            "cell": make_style("cell", f, 9, leading=12),
            "strong": make_style("strong", fb, 9, leading=12),
            "head": make_style("head", fb, 9, leading=12, textColor=WHITE),
            "section": make_style("section", fb, 10.5, leading=14),
            "warning": make_style("warning", f, 9.5, textColor=WARN_TEXT),
        }
        self._story: list[Callable[[bool], Flowable | list[Flowable]]] = []
        self._group: list[Callable[[bool], Flowable | list[Flowable]]] | None = None
        if self.font.warning and self.labels.font_warning:
            self.warning(self.labels.font_warning)

    # --- content -------------------------------------------------------------------
    def add(self, make: Flowable | Callable[[bool], Flowable | list[Flowable]]) -> None:
        """Append a flowable (or a factory `fn(split_rows)` of one or a list) to the story."""
        factory = make if callable(make) and not isinstance(make, Flowable) else (lambda _s: make)
        (self._group if self._group is not None else self._story).append(factory)

    def paragraph(self, text: str, style: str = "body") -> None:
        """A paragraph of user text (escaped unless `Markup`) in a named style."""
        self.add(lambda _s: Paragraph(markup(text), self.styles[style]))

    def title(self, text: str) -> None:
        self.paragraph(text, "title")

    def subtitle(self, text: str) -> None:
        self.paragraph(text, "subtitle")

    def heading(self, text: str) -> None:
        self.paragraph(text, "heading")

    def note(self, text: str) -> None:
        self.paragraph(text, "note")

    def facts(self, pairs: Sequence[tuple[str, object]], *, label_width: float = 0.16) -> None:
        """Label/value lines without rules (e.g. 时长 / 2 小时 30 分, 联系人 / 张三):
        grey labels in a column `label_width` of the page wide, values wrapped."""
        rows = [(label, value) for label, value in pairs if value not in (None, "")]
        self.add(lambda _s: facts_table(rows, self.width, label_width, self.styles,
                                        self.row_room))

    def spacer(self, height_mm: float = 4) -> None:
        self.add(lambda _s: Spacer(1, height_mm * mm))

    def page_break(self) -> None:
        self.add(lambda _s: PageBreak())

    def warning(self, text: str) -> None:
        """A framed amber banner, e.g. the font fallback or "draft, not final"."""

        self.add(lambda _s: banner(Paragraph(markup(text), self.styles["warning"]), self.width))

    @contextmanager
    def keep_together(self) -> Iterator[None]:
        """Everything added inside the `with` block stays on one page if it fits."""
        outer, self._group = self._group, []
        try:
            yield
        finally:
            group, self._group = self._group, outer
            self.add(lambda split: KeepTogether(_made(group, split)))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[object] | Row],
        *,
        zebra: bool = True,
        font_size: float | None = None,
        beside: Callable[[float], Flowable] | None = None,
        grid: bool = False,
    ) -> None:
        """A table whose header repeats on every page and whose rows never split.

        `grid` rules every cell, as a form to fill in by hand needs.

        Cells: `str`/numbers (escaped, wrapped, CJK-aware), `None` (empty), `Markup`
        or a Flowable. Column widths are the `Column.width` weights of the usable
        width. A row taller than a page continues in the rows below it, its first empty
        cell saying "continued" (see `pdf_rows`), so every text prints whole.
        `beside(width)` makes a picture of the figures (a chart) for the right of a short
        table, which then takes a third of the width.
        """
        columns, rows = list(columns), [r if isinstance(r, Row) else Row(r) for r in rows]
        width = self.width * (0.36 if beside else 1)

        def make(split: bool) -> Flowable | list[Flowable]:
            table = build_table(columns, rows, width=width, styles=self.styles, zebra=zebra,
                                font_size=font_size, split_rows=split, room=self.row_room,
                                continued=self.labels.continued, grid=grid)
            if beside is None:
                return table
            room = self.width - width - 24  # a gap of 24 pt between them
            return side_by_side(table, width, beside(room), room, 24)

        self.add(make)

    # --- building ----------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The finished PDF as bytes (for a preview or a test)."""
        try:
            return self._render(split_rows=False)
        except LayoutError:  # a single row higher than a page: split it rather than fail
            return self._render(split_rows=True)

    def build(self, path: Path | str) -> Path:
        """Write the PDF atomically to `path`; core errors on full disk / no permission."""
        return atomic_write_bytes(Path(path), self.to_bytes())

    def _render(self, split_rows: bool) -> bytes:
        out = io.BytesIO()
        top, bottom = self.top, self.bottom
        doc = BaseDocTemplate(
            out,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=top,
            bottomMargin=bottom,
            title=self.title_meta or self.header.gala_name,
            author=self.author,
            creator="Gala Manager",
            lang="zh-CN",
        )
        # No frame padding: tables then line up exactly with the header and footer rules.
        frame = Frame(
            self.margin,
            bottom,
            self.width,
            self.pagesize[1] - top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate("page", [frame])])
        story = _made(self._story, split_rows)
        doc.build(story or [Spacer(1, 1)], canvasmaker=PageFrame(
            self.pagesize, self.margin, self.font.name, self.header, self.labels,
            self.printed_at).canvas_class())
        return out.getvalue()

def _made(factories: list[Callable[[bool], Flowable | list[Flowable]]],
          split_rows: bool) -> list[Flowable]:
    """The flowables the factories make, in order (a table may be several)."""
    made: list[Flowable] = []
    for make in factories:
        result = make(split_rows)
        made.extend(result if isinstance(result, list) else [result])
    return made
