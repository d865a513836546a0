"""A QR code as vector squares in a PDF (segno computes it, reportlab draws it): sharp
at any print size, no bitmap to blur."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import black
from reportlab.lib.units import mm

QUIET_MODULES = 2  # the blank margin scanners need, in modules


def qr_drawing(text: str, size_mm: float = 32) -> Drawing:
    """A `size_mm` square drawing of the QR code of `text` (medium error correction),
    centred when placed in a story."""
    import segno

    matrix = [list(row) for row in segno.make(text, error="m").matrix]
    count = len(matrix) + 2 * QUIET_MODULES
    module = size_mm * mm / count
    drawing = Drawing(size_mm * mm, size_mm * mm)
    drawing.hAlign = "CENTER"
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            run = x
            while run < len(row) and row[run]:
                run += 1
            # One rectangle per dark run: a small file, and no hairline seams between modules.
            drawing.add(Rect((x + QUIET_MODULES) * module,
                             (count - 1 - y - QUIET_MODULES) * module,
                             (run - x) * module, module,
                             fillColor=black, strokeColor=None, strokeWidth=0))
            x = run
    return drawing
