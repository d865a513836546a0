"""The app icon: the SVG drawings rendered to the PNGs, .ico and .icns that are committed."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tools.render_icons import ICNS_SIZES, ICO_SIZES, ICONS, NAME, PNG_SIZES, render


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_has_its_size_and_is_drawn(size):
    image = QImage(str(ICONS / "png" / f"{NAME}-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the star, opaque
    assert image.pixelColor(0, 0).alpha() < 64  # the rounded corner, see-through


@pytest.mark.parametrize("size", (16, 64, 256))
def test_the_committed_pngs_are_the_svg_rendered_now(qapp, size):
    """After editing the SVG, run `make icons` and commit: this fails until then."""
    committed = QImage(str(ICONS / "png" / f"{NAME}-{size}.png")).convertToFormat(
        QImage.Format.Format_ARGB32)
    fresh = render(size)
    off = sum(1 for y in range(size) for x in range(size)
              if _far(committed.pixelColor(x, y), fresh.pixelColor(x, y)))
    assert off <= size * size // 100


def _far(a, b) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()),
               abs(a.alpha() - b.alpha())) > 24


def test_the_windows_icon_holds_every_size():
    data = (ICONS / f"{NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == set(ICO_SIZES)


def test_the_macos_icon_holds_the_retina_sizes():
    data = (ICONS / f"{NAME}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    types = set()
    offset = 8
    while offset < len(data):
        kind, length = struct.unpack_from(">4sI", data, offset)
        types.add(kind)
        offset += length
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= types  # 128, 256, 512, 1024
    assert max(ICNS_SIZES) == 1024


def test_the_svg_sources_are_committed():
    for name in (f"{NAME}.svg", f"{NAME}-small.svg"):
        assert Path(ICONS / name).read_text(encoding="utf-8").startswith("<svg")
