"""The PDF's QR code is exactly segno's: the squares drawn read back as its matrix."""

import segno

from gala_manager.export.kit.qr import QUIET_MODULES, qr_drawing


def test_the_drawn_squares_are_the_code_of_the_text():
    url = "http://192.168.1.20:8080/"
    drawing = qr_drawing(url, 30)
    expected = [list(map(bool, row)) for row in segno.make(url, error="m").matrix]
    size = len(expected)
    module = drawing.width / (size + 2 * QUIET_MODULES)
    drawn = [[False] * size for _ in range(size)]
    for rect in drawing.contents:
        y = size + 2 * QUIET_MODULES - 1 - round(rect.y / module) - QUIET_MODULES
        first = round(rect.x / module) - QUIET_MODULES
        for x in range(first, first + round(rect.width / module)):
            assert not drawn[y][x]  # runs never overlap
            drawn[y][x] = True
    assert drawn == expected
    assert drawing.width == drawing.height
