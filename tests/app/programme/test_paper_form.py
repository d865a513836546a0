"""The act submission form on paper: one act per A4 portrait page, boxes, tick boxes, the
duration formats, and the gala's name and deadline on top (GUI and command line)."""

from __future__ import annotations

import io

import pypdf
import pytest

from gala_manager.cli import main


def pages(path) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in pages(path))


def test_command_line_paper_form_for_a_gala(demo_path, tmp_path, app_language):
    out = tmp_path / "报名表.pdf"
    assert main(["--lang", "zh_CN", "export", "act-template", str(demo_path), "--paper",
                 "-o", str(out)]) == 0
    (page,) = pages(out)
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 portrait
    text = text_of(out)
    for words in ("节目报名表", "创业协会“迎五一”文艺晚会", "请于 2027年3月26日 星期五 前交回",
                  "节目名称", "表演者", "联系电话", "□ 舞蹈", "□ 相声", "□ 其他",
                  "可写作 3:30、3分30秒、210秒 或 4分钟。", "每页填写一个节目"):
        assert words in text, words


def test_blank_paper_form_and_a_given_deadline(tmp_path, app_language):
    out = tmp_path / "blank.pdf"
    assert main(["--lang", "zh_CN", "export", "act-template", "--paper", "--deadline",
                 "2027-03-20", "-o", str(out)]) == 0
    text = text_of(out)
    assert "晚会：____" in text and "请于 2027年3月20日 星期六 前交回" in text


@pytest.mark.parametrize("args", [["--paper", "-o", "x.xlsx"], ["-o", "x.pdf"]])
def test_the_suffix_must_match_the_kind_of_form(tmp_path, monkeypatch, capsys, args):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "act-template", *args]) == 2
    assert not list(tmp_path.iterdir()) and capsys.readouterr().err

