"""A test that looks: every page and the console read at 4.5:1 under light and dark palettes."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import QAbstractListModel, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from gala_manager.ui import theme
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.launcher import ConsoleLauncher
from gala_manager.ui.contingency.contingency_page import ContingencyPage
from tests.ui.test_theme import contrast

AA = 4.5


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    style, palette = QApplication.style().name(), QGuiApplication.palette()
    theme.watcher().apply(request.param)
    assert theme.is_dark() is (request.param == "dark")
    yield request.param
    QApplication.setStyle(style)
    QApplication.setPalette(palette)
    theme.watcher().apply("system")


def _background(image: QImage, rect: QRect) -> QColor:
    """The colour most pixels of a rectangle have: what a label is drawn on."""
    pixels = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right() + 1)
                     for y in range(rect.top(), rect.bottom() + 1))
    return QColor.fromRgb(pixels.most_common(1)[0][0])


def _weak_labels(window: QWidget) -> list[str]:
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    weak = []
    for label in window.findChildren(QLabel):
        if not (label.isVisibleTo(window) and label.isEnabled() and label.text().strip()):
            continue
        top_left = label.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, label.size()).intersected(window.rect())
        if rect.width() < 4 or rect.height() < 4:
            continue
        scaled = QRect(round(rect.x() * ratio), round(rect.y() * ratio),
                       round(rect.width() * ratio), round(rect.height() * ratio))
        # The text's colour as Qt paints it (palette, style sheet or theme tone), against
        # what is really behind the label on screen.
        text = label.palette().color(label.foregroundRole())
        found = contrast(text, _background(image, scaled.intersected(image.rect())))
        if found < AA:
            weak.append(f"{label.objectName() or label.text()[:30]}: {found:.2f}")
    return weak


def _weak_cells(window: QWidget) -> list[str]:
    """Cells of every visible view: the model's colours, or the view's palette."""
    weak = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(window):
            continue
        palette = view.palette()
        for row in range(min(model.rowCount(), 40)):
            # A list model (a QListWidget's) has one column and keeps columnCount private.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                index = model.index(row, column)
                if not str(index.data() or "").strip():
                    continue
                ground = index.data(Qt.ItemDataRole.BackgroundRole)
                text = index.data(Qt.ItemDataRole.ForegroundRole)
                ground = QColor(ground.color() if hasattr(ground, "color") else ground) \
                    if ground is not None else palette.color(QPalette.ColorRole.Base)
                text = QColor(text.color() if hasattr(text, "color") else text) \
                    if text is not None else palette.color(QPalette.ColorRole.Text)
                if contrast(text, ground) < AA:
                    weak.append(f"{view.objectName()}[{row},{column}] {index.data()!r}: "
                                f"{contrast(text, ground):.2f}")
    return weak


def test_every_page_reads_well(qtbot, main_window, scheme):
    main_window.resize(1280, 800)
    weak = []
    for page in main_window.pages:
        main_window.show_page(page.key)
        qtbot.wait(10)
        weak += [f"{page.key} {w}" for w in _weak_labels(main_window) + _weak_cells(page)]
    assert weak == []


def test_the_console_with_a_power_failure_reads_well(qtbot, controller, monkeypatch, scheme):
    day = dt.date(2027, 4, 30)
    clock = ManualClock(dt.datetime.combine(day, dt.time(18, 55)))
    monkeypatch.setattr(ConsoleLauncher, "clock", clock)
    monkeypatch.setattr(ConsoleLauncher, "ask_run", lambda self, parent, default: "show")
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    console = page.open_console()
    qtbot.waitExposed(console)
    monkeypatch.setattr(console, "confirm", lambda question: True)
    console.clock = clock
    clock.set(dt.datetime.combine(day, dt.time(19, 0)))
    qtbot.keyClick(console, Qt.Key.Key_F5)
    clock.set(dt.datetime.combine(day, dt.time(19, 7)))
    qtbot.keyClick(console, Qt.Key.Key_P)
    console.refresh()
    assert console.incident_panel.isVisible()
    try:
        assert _weak_labels(console) == []
    finally:
        console.close()
