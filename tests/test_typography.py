"""Chinese is typeset: full-width punctuation next to Chinese, in every catalogue and literal."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("typography_tool", ROOT / "tools" / "typography.py")
typography = importlib.util.module_from_spec(spec)
spec.loader.exec_module(typography)


def test_no_zh_cn_translation_has_half_width_punctuation_next_to_chinese():
    found = typography.catalogue_problems()
    assert found == [], (f"run: {sys.executable} tools/typography.py fix, then check the diff\n"
                         + "\n".join(found))


def test_no_chinese_literal_in_the_code_has_half_width_punctuation():
    found = typography.code_problems()
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(("text", "bad"), [
    ("共 28 人,6 个部门", True),
    ("内部资料:含个人电话号码", True),
    ("晚会前 56 天)", True),
    ("现在结束演出吗?", True),
    ("超出预算!", True),
    ("上移（Alt+↑)", True),  # half a pair
    ("共 28 人，6 个部门", False),
    ("19:30 开始", False),  # a time stays half-width
    ("¥2,303.50", False),
    ("PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)", False),  # a file-dialog filter is code
    ("文件(&F)", False),  # a menu mnemonic
    ("Duration (min), e.g. 3:30", False),
])
def test_what_offends(text, bad):
    assert typography.offends(text) is bad


@pytest.mark.parametrize(("text", "fixed"), [
    ("共 28 人,6 个部门", "共 28 人，6 个部门"),
    ("内部资料:含个人电话号码,请勿外传。", "内部资料：含个人电话号码，请勿外传。"),
    ("2027-03-05 (晚会前 56 天)", "2027-03-05（晚会前 56 天）"),
    ("演出 (%1)", "演出（%1）"),
    ("上移（Alt+↑)", "上移（Alt+↑）"),
    ("开始:19:30", "开始：19:30"),
    ("PDF 文件 (*.pdf);;所有文件 (*)", "PDF 文件 (*.pdf);;所有文件 (*)"),
])
def test_fix_sets_full_width_marks_and_keeps_code(text, fixed):
    assert typography.fix(text) == fixed
    assert not typography.offends(typography.fix(text))


def test_a_chinese_literal_in_code_is_found_and_a_translation_source_is_not(tmp_path):
    source = tmp_path / "module.py"
    source.write_text(
        '"""Docstrings may quote 节目单 (programme)."""\n'
        'NOTE = "场地,西广场"\n'
        'PATTERN = r"[,，]年?"\n'
        'KEPT = ("例:",)  # typography: as users type it\n'
        'def words(self):\n'
        '    return self.tr("Duration as 3分30秒, 210秒")\n', encoding="utf-8")
    found = typography.code_problems([source])
    assert len(found) == 1 and "场地,西广场" in found[0] and ":2 " in found[0]
