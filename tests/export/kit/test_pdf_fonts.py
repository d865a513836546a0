"""Finding a Chinese font: the system's TrueType file, the user's choice, the fallback."""

from __future__ import annotations

from pathlib import Path

from gala_manager.export.kit import pdf_fonts
from tests.export.pdf_helpers import page_texts


def test_found_font_is_an_embeddable_truetype_file(cjk_font):
    assert cjk_font.embedded and not cjk_font.warning
    assert cjk_font.path.suffix.lower() in {".ttf", ".ttc"}
    assert cjk_font.name in pdf_fonts.pdfmetrics.getRegisteredFontNames()
    assert pdf_fonts.resolve_font() == cjk_font  # cached, same answer


def test_available_fonts_lists_known_files_best_first(monkeypatch, tmp_path):
    nested = tmp_path / "truetype" / "wqy"
    nested.mkdir(parents=True)
    for name in ("wqy-zenhei.ttc", "simhei.ttf", "DejaVuSans.ttf"):
        (nested / name).write_bytes(b"not really a font")
    monkeypatch.setattr(pdf_fonts, "font_dirs", lambda: [tmp_path, tmp_path / "missing"])
    found = pdf_fonts.available_fonts()
    assert [c.path.name for c in found] == ["simhei.ttf", "wqy-zenhei.ttc"]
    assert found[0].label.startswith("SimHei")


def test_broken_font_files_are_skipped_and_fall_back(no_cjk_font, monkeypatch, tmp_path):
    fake = tmp_path / "fonts"
    fake.mkdir()
    (fake / "msyh.ttc").write_bytes(b"garbage")
    monkeypatch.setattr(pdf_fonts, "font_dirs", lambda: [fake])
    choice = pdf_fonts.resolve_font()
    assert choice.name == pdf_fonts.FALLBACK_FONT
    assert choice.warning and not choice.embedded and choice.path is None


def test_preferred_font_wins_and_unusable_choice_is_reported(cjk_font, tmp_path):
    chosen = pdf_fonts.resolve_font(cjk_font.path)
    assert chosen.path == cjk_font.path and not chosen.preferred_unusable
    missing = pdf_fonts.resolve_font(tmp_path / "gone.ttf")
    assert missing.embedded and missing.preferred_unusable


def test_environment_variable_overrides_search(cjk_font, monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_fonts, "font_dirs", lambda: [tmp_path])
    pdf_fonts.clear_cache()
    monkeypatch.setenv(pdf_fonts.ENV_FONT, str(cjk_font.path))
    try:
        assert pdf_fonts.resolve_font().path == cjk_font.path
    finally:
        pdf_fonts.clear_cache()


def test_font_without_chinese_glyphs_is_refused(no_cjk_font):
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    choice = pdf_fonts.resolve_font(dejavu if dejavu.exists() else None)
    assert choice.name == pdf_fonts.FALLBACK_FONT and choice.warning
    assert choice.preferred_unusable == dejavu.exists()


def test_bold_companion_is_used_for_headings(cjk_font, monkeypatch, tmp_path):
    # Microsoft YaHei ships its bold face as a second file; simulate the pair.
    (tmp_path / "msyh.ttc").symlink_to(cjk_font.path)
    (tmp_path / "msyhbd.ttc").symlink_to(cjk_font.path)
    monkeypatch.setattr(pdf_fonts, "font_dirs", lambda: [tmp_path])
    monkeypatch.delenv(pdf_fonts.ENV_FONT, raising=False)
    pdf_fonts.clear_cache()
    try:
        yahei = pdf_fonts.resolve_font()
    finally:
        pdf_fonts.clear_cache()
    assert yahei.path.name == "msyh.ttc" and yahei.label.startswith("Microsoft YaHei")
    assert yahei.bold_name == yahei.name + "-Bold"
    assert cjk_font.bold_name == cjk_font.name  # WenQuanYi has no bold file

    from reportlab.lib.fonts import tt2ps

    from gala_manager.export.kit.pdf import PageHeader, PdfDocument

    assert tt2ps(yahei.name, 1, 0) == yahei.bold_name  # <b> picks the bold file
    assert tt2ps(yahei.name, 0, 0) == yahei.name
    doc = PdfDocument(PageHeader("晚会"), font=yahei)
    assert doc.styles["title"].fontName == yahei.bold_name
    assert doc.styles["body"].fontName == yahei.name
    doc.title("标题")
    assert "标题" in page_texts(doc.to_bytes())[0]


def test_font_usable_for_a_settings_dialog(cjk_font, tmp_path):
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"\0" * 100)
    assert pdf_fonts.font_usable(cjk_font.path)
    assert not pdf_fonts.font_usable(junk)
    assert not pdf_fonts.font_usable(tmp_path / "missing.ttf")


def test_default_font_from_the_settings_is_used_unless_unusable(cjk_font, tmp_path):
    try:
        pdf_fonts.set_default_font(tmp_path / "deleted.ttf")
        fallback = pdf_fonts.resolve_font()
        assert fallback.embedded and fallback.preferred_unusable  # said, not silently
        pdf_fonts.set_default_font(cjk_font.path)
        assert pdf_fonts.resolve_font() == cjk_font
    finally:
        pdf_fonts.set_default_font(None)
    assert not pdf_fonts.resolve_font().preferred_unusable
