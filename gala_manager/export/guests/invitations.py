"""Invitations (邀请函): one composed page per guest, A4 or A5, in red and gold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gala_manager.export.kit import ornament
from gala_manager.export.kit.pdf_fonts import FontChoice

PAGE_SIZES = {"a4": A4, "a5": A5}


@dataclass(frozen=True)
class Invitation:
    """One guest's invitation, every text filled in and worded."""

    guest: str
    greeting: str
    body: str
    facts: Sequence[tuple[str, str]]  # (时间, 2027年4月30日 19:00), (地点, …), (座位, …)
    sender: str
    issued: str
    gala: str = ""
    motto: str = ""  # the gala's theme, printed small at the foot of the card


@dataclass(frozen=True)
class InvitationLabels:
    """Translated words of the invitation."""

    title: str         # 邀请函
    ornament: str      # INVITATION, printed small under the title
    closing: tuple[str, str]  # ("此致", "敬礼！"): the first indented, the second flush
    document_title: str
    empty: str


def _draw(canvas: Canvas, item: Invitation, labels: InvitationLabels, fonts: ornament.Fonts,
          size: tuple[float, float]) -> None:
    width, height = size
    s = width / A4[0]  # every measure scales with the paper
    ornament.background(canvas, width, height)
    inset = 9 * mm * s
    ornament.frame(canvas, inset, inset, width - 2 * inset, height - 2 * inset, s)
    cx = width / 2
    y = height - 40 * mm * s
    ornament.spaced(canvas, labels.title, cx, y, fonts.bold, 44 * s, ornament.RED, 16 * s)
    y -= 10 * mm * s
    ornament.spaced(canvas, labels.ornament, cx, y, fonts.regular, 9 * s, ornament.GOLD, 4 * s)
    y -= 7 * mm * s
    ornament.rule(canvas, cx, y, 70 * mm * s, s)
    left = 26 * mm * s
    text_width = width - 2 * left
    if item.gala:
        y -= 6 * mm * s
        y = ornament.paragraph(canvas, item.gala, left, y, text_width, font=fonts.regular,
                               size=13 * s, colour=ornament.SOFT, align="center")
    y -= 16 * mm * s
    body_size = 14 * s
    y = ornament.paragraph(canvas, item.greeting, left, y, text_width, font=fonts.bold,
                           size=16 * s)
    y -= 5 * mm * s
    y = ornament.paragraph(canvas, item.body, left, y, text_width, font=fonts.regular,
                           size=body_size, leading=body_size * 1.9, indent=2 * body_size)
    if item.facts:
        y -= 9 * mm * s
        label_width = 20 * mm * s
        for label, value in item.facts:
            top = y
            ornament.paragraph(canvas, label, left + 10 * mm * s, top, label_width,
                               font=fonts.bold, size=12.5 * s, colour=ornament.RED)
            y = ornament.paragraph(canvas, value, left + 10 * mm * s + label_width, top,
                                   text_width - label_width - 10 * mm * s, font=fonts.regular,
                                   size=12.5 * s) - 3 * mm * s
    first, second = labels.closing
    y -= 9 * mm * s
    if first:
        y = ornament.paragraph(canvas, first, left, y, text_width, font=fonts.regular,
                               size=body_size, indent=2 * body_size)
    if second:
        y = ornament.paragraph(canvas, second, left, y - 1 * mm * s, text_width,
                               font=fonts.regular, size=body_size)
    # The signature sits low on the page, as on a printed card, unless the text reaches it.
    signature = min(y - 14 * mm * s, 62 * mm * s)
    ornament.paragraph(canvas, item.sender, left, signature, text_width, font=fonts.bold,
                       size=13.5 * s, align="right")
    ornament.paragraph(canvas, item.issued, left, signature - 9 * mm * s, text_width,
                       font=fonts.regular, size=12 * s, colour=ornament.SOFT, align="right")
    if item.motto and signature > 60 * mm * s:
        ornament.rule(canvas, cx, 30 * mm * s, 40 * mm * s, s)
        ornament.spaced(canvas, item.motto, cx, 22 * mm * s, fonts.regular, 10.5 * s,
                        ornament.GOLD, 3 * s)


def write_invitations(path: Path, items: Sequence[Invitation], labels: InvitationLabels, *,
                      paper: str = "a4", font: FontChoice | None = None) -> Path:
    """Write the invitations PDF, one page each, atomically to `path`."""
    size = PAGE_SIZES[paper]
    return ornament.write_pages(
        path, items, lambda canvas, one, fonts: _draw(canvas, one, labels, fonts, size),
        size=size, title=labels.document_title, empty=labels.empty, font=font)
