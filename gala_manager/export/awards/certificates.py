"""Certificates (奖状): one A4 landscape page per award won, in red and gold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gala_manager.export.kit import ornament
from gala_manager.export.kit.pdf_fonts import FontChoice
from gala_manager.export.kit.pdf_table import Markup, escape_text

PAGE = landscape(A4)


@dataclass(frozen=True)
class Certificate:
    """One award to one act, every text worded: who, for what, which award, from whom."""

    recipients: str   # the performers (or the act's title when none are named)
    act: str
    award: str
    body: str         # "…in {gala}, the act {act} won" with the award after it
    closing: str      # "特发此证，以资鼓励。"
    sender: str
    date: str


@dataclass(frozen=True)
class CertificateLabels:
    """Translated words of the certificates."""

    title: str        # 荣誉证书
    ornament: str     # CERTIFICATE OF HONOUR
    document_title: str
    empty: str


def _draw(canvas: Canvas, item: Certificate, labels: CertificateLabels,
          fonts: ornament.Fonts) -> None:
    width, height = PAGE
    ornament.background(canvas, width, height)
    ornament.frame(canvas, 10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm, 1.25)
    cx = width / 2
    y = height - 44 * mm
    ornament.spaced(canvas, labels.title, cx, y, fonts.bold, 50, ornament.RED, 22)
    y -= 10 * mm
    ornament.spaced(canvas, labels.ornament, cx, y, fonts.regular, 10, ornament.GOLD, 5)
    y -= 7 * mm
    ornament.rule(canvas, cx, y, 90 * mm, 1.2)
    left, text_width = 40 * mm, width - 80 * mm
    y -= 22 * mm
    y = ornament.paragraph(canvas, item.recipients, left, y, text_width, font=fonts.bold,
                           size=20, leading=28)
    y -= 5 * mm
    body = Markup(f"{escape_text(item.body)}<font name='{fonts.bold}' size='26' "
                  f"color='#A61B29'> {escape_text(item.award)} </font>"
                  f"{escape_text(item.closing)}")
    y = ornament.paragraph(canvas, body, left, y, text_width, font=fonts.regular, size=19,
                           leading=38, indent=2 * 19)
    signature = min(y - 18 * mm, 46 * mm)
    ornament.paragraph(canvas, item.sender, left, signature, text_width, font=fonts.bold,
                       size=17, align="right")
    ornament.paragraph(canvas, item.date, left, signature - 10 * mm, text_width,
                       font=fonts.regular, size=15, colour=ornament.SOFT, align="right")
    # A seal-like ring where the association stamps its seal by hand.
    canvas.saveState()
    canvas.setStrokeColor(ornament.RED)
    canvas.setStrokeAlpha(0.35)
    canvas.setLineWidth(1.2)
    canvas.circle(width - left - 22 * mm, signature - 2 * mm, 19 * mm, stroke=1, fill=0)
    canvas.restoreState()


def write_certificates(path: Path, items: Sequence[Certificate], labels: CertificateLabels, *,
                       font: FontChoice | None = None) -> Path:
    """Write the certificates PDF, one page each, atomically to `path`."""
    return ornament.write_pages(
        path, items, lambda canvas, one, fonts: _draw(canvas, one, labels, fonts),
        size=PAGE, title=labels.document_title, empty=labels.empty, font=font)
