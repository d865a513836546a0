"""Place cards (桌签): one sheet per guest, folded into a tent that shows the name both ways."""

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
class PlaceCard:
    """What one card shows: the guest's name large, the title under it, the gala small."""

    name: str
    title: str
    gala: str


@dataclass(frozen=True)
class PlaceCardLabels:
    """Translated words of the cards."""

    fold: str
    document_title: str
    empty: str


def _face(canvas: Canvas, card: PlaceCard, fonts: ornament.Fonts, width: float,
          height: float, s: float) -> None:
    """One face, drawn in a box of `width` × `height` with its origin bottom-left."""
    inset = 7 * mm * s
    ornament.frame(canvas, inset, inset, width - 2 * inset, height - 2 * inset, s * 0.8)
    cx = width / 2
    room = width - 2 * inset - 16 * mm * s
    name_size = ornament.fit_size(card.name, fonts.bold, 96 * s, 24 * s, room, 0.25)
    name_y = height * 0.46
    ornament.spaced(canvas, card.name, cx, name_y, fonts.bold, name_size, ornament.INK,
                    name_size * 0.25)
    if card.title:
        title_size = ornament.fit_size(card.title, fonts.regular, 22 * s, 9 * s, room)
        ornament.spaced(canvas, card.title, cx, name_y - name_size * 0.55 - title_size,
                        fonts.regular, title_size, ornament.RED, title_size * 0.1)
    ornament.rule(canvas, cx, height - inset - 9 * mm * s, 50 * mm * s, s)
    gala_size = ornament.fit_size(card.gala, fonts.regular, 11 * s, 6 * s, room)
    ornament.spaced(canvas, card.gala, cx, inset + 7 * mm * s, fonts.regular, gala_size,
                    ornament.SOFT)


def _draw(canvas: Canvas, card: PlaceCard, labels: PlaceCardLabels, fonts: ornament.Fonts,
          size: tuple[float, float]) -> None:
    width, height = size
    s = width / A4[0]
    half = height / 2
    ornament.background(canvas, width, height)
    # The lower half faces the guest; the upper half, upside down, faces the stage or the
    # table: folded along the middle, both read the right way up.
    _face(canvas, card, fonts, width, half, s)
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)
    _face(canvas, card, fonts, width, half, s)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(ornament.GOLD)
    canvas.setDash(3 * s, 3 * s)
    canvas.setLineWidth(0.5)
    canvas.line(4 * mm * s, half, width - 4 * mm * s, half)
    canvas.setFont(fonts.regular, 6.5 * s)
    canvas.setFillColor(ornament.SOFT)
    canvas.drawRightString(width - 4 * mm * s, half + 1.2 * mm * s, labels.fold)
    canvas.restoreState()


def write_place_cards(path: Path, cards: Sequence[PlaceCard], labels: PlaceCardLabels, *,
                      paper: str = "a4", font: FontChoice | None = None) -> Path:
    """Write the place cards PDF, one page each, atomically to `path`."""
    size = PAGE_SIZES[paper]
    return ornament.write_pages(
        path, cards, lambda canvas, one, fonts: _draw(canvas, one, labels, fonts, size),
        size=size, title=labels.document_title, empty=labels.empty, font=font)
