"""Fixtures for exporter tests: a known CJK font, or none at all."""

from __future__ import annotations

import pytest

from gala_manager.export.kit import font_choice, pdf_fonts


@pytest.fixture
def cjk_font():
    """The embedded CJK font of this machine; skips the test when there is none."""
    choice = pdf_fonts.resolve_font()
    if choice.warning:
        pytest.skip("no CJK TrueType font installed (install fonts-wqy-zenhei)")
    return choice


@pytest.fixture
def no_cjk_font(monkeypatch, tmp_path):
    """Pretend this machine has no Chinese font: resolve_font falls back to STSong-Light."""
    monkeypatch.delenv(pdf_fonts.ENV_FONT, raising=False)
    monkeypatch.setattr(font_choice, "_chosen", None)
    monkeypatch.setattr(pdf_fonts, "font_dirs", lambda: [tmp_path / "no-fonts"])
    pdf_fonts.clear_cache()
    yield
    pdf_fonts.clear_cache()
