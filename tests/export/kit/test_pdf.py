"""The shared PDF builder: header, numbered footer, repeated table header, escaping."""

from __future__ import annotations

import errno
import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from gala_manager.core import errors
from gala_manager.export.kit.pdf import (
    Column,
    Markup,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    escape_text,
    section_row,
)
from tests.export.pdf_helpers import font_descriptors, page_texts

LABELS = PageLabels("第 {page} 页 / 共 {pages} 页", "打印时间 {time}", "未找到中文字体")
COLUMNS = [
    Column("时间", 1),
    Column("节目名称", 3),
    Column("表演者", 3),
    Column("时长", 1, "right"),
]


def _document(**kw) -> PdfDocument:
    return PdfDocument(
        PageHeader("迎新晚会", "2026年12月20日", "大礼堂"),
        LABELS,
        printed_at=datetime(2026, 12, 1, 9, 30),
        **kw,
    )


def _long_table(doc: PdfDocument, n: int = 120) -> None:
    rows = [section_row("上半场")]
    rows += [
        [f"19:{i % 60:02d}", f"节目{i:03d}号", "计算机学院 张三、李四", "3:30"] for i in range(n)
    ]
    rows.append(Row(["", "合计", "", "7:00:00"], "total"))
    doc.table(COLUMNS, rows)


def test_escape_text_keeps_markup_literal_and_breaks_lines():
    assert escape_text("<b>Rock & Roll</b>") == "&lt;b&gt;Rock &amp; Roll&lt;/b&gt;"
    assert escape_text("一\n二\x00") == "一<br/>二"
    assert escape_text(None) == ""


def test_header_footer_and_chinese_cells_on_every_page(cjk_font):
    doc = _document(font=cjk_font)
    doc.title("节目流程单")
    _long_table(doc)
    texts = page_texts(doc.to_bytes())
    pages = len(texts)
    assert pages >= 3
    for number, text in enumerate(texts, start=1):
        assert "迎新晚会" in text and "大礼堂" in text and "2026年12月20日" in text
        assert f"第 {number} 页 / 共 {pages} 页" in text
        assert "打印时间 2026-12-01 09:30" in text
    assert "节目流程单" in texts[0] and "节目000号" in texts[0]
    assert "节目119号" in texts[-1] and "合计" in texts[-1]


def test_table_header_repeats_and_rows_do_not_split(cjk_font):
    doc = _document(font=cjk_font)
    rows = [["19:00", f"第{i}个节目", "甲\n乙\n丙\n丁", "3:30"] for i in range(60)]
    doc.table(COLUMNS, rows)
    texts = page_texts(doc.to_bytes())
    assert len(texts) >= 2
    for text in texts:
        assert "节目名称" in text and "表演者" in text
    # A row's four lines stay together: every page has as many first as last lines.
    assert sum(t.count("丁") for t in texts) == 60
    assert all(t.count("甲") == t.count("丁") for t in texts)


def test_user_markup_prints_literally(cjk_font):
    doc = _document(font=cjk_font)
    doc.paragraph("<i>not italic</i> & more")
    long = "<b>Rock & Roll</b> " + "很长的表演者名单" * 12  # wraps: drawn as a Paragraph
    doc.table(
        COLUMNS,
        [
            ["19:00", "<b>Rock & Roll</b>", "<font size=40>x</font>", "1:00"],
            ["19:05", "短", long, "2:00"],
        ],
    )
    doc.paragraph(Markup("trusted <b>bold</b>"))
    text = page_texts(doc.to_bytes())[0]
    assert "<b>Rock & Roll</b>" in text
    assert "<i>not italic</i> & more" in text
    assert "<font size=40>x</font>" in text
    assert text.count("<b>Rock & Roll</b>") == 2
    assert "trusted bold" in text


def test_cjk_font_is_embedded(cjk_font):
    doc = _document(font=cjk_font)
    doc.paragraph("中文字体嵌入")
    descriptors = font_descriptors(doc.to_bytes())
    assert any("/FontFile2" in d for d in descriptors)
    assert "中文字体嵌入" in page_texts(doc.to_bytes())[0]


def test_fallback_font_shows_warning_banner(no_cjk_font):
    doc = _document()
    assert doc.font.name == "STSong-Light" and doc.font.warning
    doc.paragraph("正文")
    data = doc.to_bytes()
    assert "未找到中文字体" in page_texts(data)[0]
    assert not any("/FontFile2" in d for d in font_descriptors(data))


def test_landscape_keep_together_and_page_break(cjk_font):
    doc = _document(font=cjk_font, landscape=True)
    with doc.keep_together():
        doc.heading("下半场")
        doc.paragraph("说明")
    doc.page_break()
    doc.note("第二页")
    data = doc.to_bytes()
    texts = page_texts(data)
    assert len(texts) == 2 and "下半场" in texts[0] and "第二页" in texts[1]
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert box.width > box.height


def test_row_taller_than_a_page_is_split_instead_of_failing(cjk_font):
    doc = _document(font=cjk_font)
    doc.table(COLUMNS, [["19:00", "长备注", "很长的文字。" * 3000, "1:00"]])
    assert len(page_texts(doc.to_bytes())) >= 2


def test_build_writes_atomically_and_maps_disk_errors(cjk_font, tmp_path, monkeypatch):
    doc = _document(font=cjk_font)
    doc.paragraph("内容")
    target = tmp_path / "out.pdf"
    assert doc.build(target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("gala_manager.export.kit.files.os.replace", full)
    with pytest.raises(errors.DiskFullError) as caught:
        doc.build(target)
    assert caught.value.path == target
    assert list(tmp_path.iterdir()) == [target]


def test_build_without_permission_is_permission_denied(cjk_font, tmp_path, monkeypatch):
    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("gala_manager.export.kit.files.tempfile.mkstemp", refuse)
    with pytest.raises(errors.PermissionDeniedError):
        _document(font=cjk_font).build(tmp_path / "x.pdf")
    with pytest.raises(errors.IsDirectoryError):
        _document(font=cjk_font).build(tmp_path)


def test_chinese_punctuation_never_starts_a_line(cjk_font):
    doc = _document(font=cjk_font)
    note = "需要两支无线话筒，道具：桌子一张、椅子两把。" * 3
    doc.table([Column("备注", 1)] + [Column("", 3.5)], [[note, ""]])
    lines = [line.strip() for line in page_texts(doc.to_bytes())[0].splitlines()]
    wrapped = [line for line in lines if "话筒" in line or "椅子" in line or "道具" in line]
    assert len(wrapped) >= 4
    assert not [line for line in wrapped if line[0] in "，：、。"]


def test_facts_block_lists_labels_and_values(cjk_font):
    doc = _document(font=cjk_font)
    doc.facts([("预计时长", "2 小时 30 分"), ("联系人", "<i>张三</i> 138 0000 0000"), ("空", "")])
    text = page_texts(doc.to_bytes())[0]
    assert "预计时长" in text and "2 小时 30 分" in text
    assert "<i>张三</i> 138 0000 0000" in text
    assert "空" not in text  # empty values are left out
