"""Colours live in the theme module and read well in light and dark; the choice is kept."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from gala_manager.ui import theme
from gala_manager.ui.theme import STAGE, Tone

UI = Path(__file__).resolve().parents[2] / "gala_manager" / "ui"
TEXT_TONES = [Tone.ERROR, Tone.WARNING, Tone.SUCCESS, Tone.ACCENT, Tone.INFO, Tone.MUTED]
TINTS = [tone for tone in Tone if tone.value.startswith("tint_")]


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    def luminance(colour: QColor) -> float:
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928
                            else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_no_colour_is_written_outside_the_theme_module():
    """No #rrggbb, #rgb, QColor(r, g, b) or named Qt colour in the UI but in theme.py."""
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        source = path.read_text(encoding="utf-8")
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
        for index, token in enumerate(tokens):
            where = f"{path.relative_to(UI)}:{token.start[0]}"
            if token.type in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)) \
                    and hex_colour.search(token.string):
                offenders.append(f"{where} {token.string}")
            if token.string == "QColor" and index + 2 < len(tokens) \
                    and tokens[index + 1].string == "(" and tokens[index + 2].type in (
                        tokenize.NUMBER, tokenize.STRING):
                offenders.append(f"{where} QColor literal")
            if token.string == "GlobalColor":
                offenders.append(f"{where} Qt.GlobalColor")
    assert offenders == []


def _scheme_palette(dark: bool) -> QPalette:
    return theme.dark_palette() if dark else QStyleFactory.create("Fusion").standardPalette()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_tone_meets_aa_on_windows_views_and_tints(qapp, dark):
    palette = _scheme_palette(dark)
    old = QGuiApplication.palette()
    QApplication.setPalette(palette)
    try:
        assert theme.is_dark() is dark
        grounds = [palette.color(QPalette.ColorRole.Window),
                   palette.color(QPalette.ColorRole.Base),
                   palette.color(QPalette.ColorRole.AlternateBase)]
        grounds += [theme.colour(tint) for tint in TINTS]
        texts = [theme.colour(tone) for tone in TEXT_TONES]
        texts.append(palette.color(QPalette.ColorRole.Text))
        weak = [(text.name(), ground.name(), round(contrast(text, ground), 2))
                for text in texts for ground in grounds if contrast(text, ground) < 4.5]
        assert weak == []
    finally:
        QApplication.setPalette(old)


def test_the_stage_palette_meets_aa():
    grounds = {name: QColor(STAGE[name]) for name in ("background", "panel")}
    texts = ("text", "muted", "highlight", "good", "bad", "info")
    weak = [(t, g) for t in texts for g, ground in grounds.items()
            if contrast(QColor(STAGE[t]), ground) < 4.5]
    incident = QColor(STAGE["incident"])
    weak += [(t, "incident") for t in ("incident_text", "incident_strong", "incident_soft",
                                       "highlight")
             if contrast(QColor(STAGE[t]), incident) < 4.5]
    assert weak == []


def test_appearance_is_chosen_in_preferences_applied_at_once_and_remembered(
        qtbot, main_window, monkeypatch):
    from gala_manager.ui.shell.preferences_dialog import PreferencesDialog

    original_style, original_palette = QApplication.style().name(), QGuiApplication.palette()
    overview = main_window.page("gala")
    try:
        dialog = PreferencesDialog("en", main_window)
        qtbot.addWidget(dialog)
        combo = dialog.appearance
        assert combo.currentData() == "system"
        combo.setCurrentIndex(combo.findData("dark"))
        dialog.accept()
        assert theme.is_dark()
        assert QSettings().value(theme.APPEARANCE_KEY) == "dark"
        # A toned label already on screen takes the dark variant at once.
        countdown = overview.countdown_label.palette().color(QPalette.ColorRole.WindowText)
        assert countdown == QColor(theme._COLOURS[Tone.ACCENT][1])
        dialog = PreferencesDialog("en", main_window)
        qtbot.addWidget(dialog)
        assert dialog.appearance.currentData() == "dark"
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("light"))
        dialog.accept()
        assert not theme.is_dark()
        countdown = overview.countdown_label.palette().color(QPalette.ColorRole.WindowText)
        assert countdown == QColor(theme._COLOURS[Tone.ACCENT][0])
    finally:
        QApplication.setStyle(original_style)
        QApplication.setPalette(original_palette)
        theme.watcher().apply("system")
