"""Render the app icon from its SVG drawings to the PNGs, .ico and .icns each platform needs.

Run `python tools/render_icons.py` (or `make icons`) after changing
`resources/icons/gala-manager.svg` or `gala-manager-small.svg`, and commit the output.
Qt's SVG renderer draws every size from the vector source (the small drawing below 48 px,
where the stage's folds would blur); Pillow, which reportlab already depends on, packs the
sizes into the Windows .ico and the macOS .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAME = "gala-manager"
#: Sizes installed as PNGs (the Linux hicolor theme's) and shown by the app.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows shows 16-48 in lists and the task bar, 256 in large views.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS wants up to 1024 (512 @2x).
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
SMALL_BELOW = 48


def render(size: int):
    """The icon at `size` pixels square as a QImage, from the drawing made for that size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = ICONS / (f"{NAME}-small.svg" if size < SMALL_BELOW else f"{NAME}.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _to_pillow(image):
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    png_dir = ICONS / "png"
    png_dir.mkdir(exist_ok=True)
    images = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        images[size].save(str(png_dir / f"{NAME}-{size}.png"), "PNG")
    largest_ico = _to_pillow(images[max(ICO_SIZES)])
    largest_ico.save(ICONS / f"{NAME}.ico", format="ICO",
                     sizes=[(size, size) for size in ICO_SIZES],
                     append_images=[_to_pillow(images[size]) for size in ICO_SIZES[:-1]])
    largest_icns = _to_pillow(images[max(ICNS_SIZES)])
    largest_icns.save(ICONS / f"{NAME}.icns", format="ICNS",
                      append_images=[_to_pillow(images[size]) for size in ICNS_SIZES[:-1]])
    print(f"wrote {len(PNG_SIZES)} PNGs, {NAME}.ico and {NAME}.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
