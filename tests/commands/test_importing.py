"""`gala-manager import KIND`: no GUI modules loaded, one worded line for a hostile file,
the gala untouched, and exit statuses 0 / 1 / 2 for every kind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from gala_manager.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOOD_ROWS = {
    "acts": (["节目名称", "时长", "联系人"], ["魔术《硬币》", "3分", "杨帆"]),
    "people": (["姓名", "电话", "性别"], ["新人甲", 13900000001, "女"]),
    "supplies": (["物品", "数量", "单价"], ["气球", 300, "¥0.5"]),
}
CHILD = """
import sys
from gala_manager.cli import main
status = main(sys.argv[1:])
print("MODULES", sorted(m for m in sys.modules if m.startswith("PySide6")))
sys.exit(status)
"""


def sheet(path: Path, header: list, *rows: list) -> Path:
    wb = Workbook()
    wb.active.append(header)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def english(qapp):
    """The CLI installs the language it is given; the next test starts in English again."""
    yield
    from gala_manager.app.i18n import install_language

    install_language("en")


@pytest.mark.parametrize("kind", sorted(GOOD_ROWS))
def test_import_runs_without_gui_modules(kind, demo_path, tmp_path):
    header, row = GOOD_ROWS[kind]
    path = sheet(tmp_path / "in.xlsx", header, row)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, "--lang", "en", "import", kind, str(demo_path), str(path)],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.split("MODULES ", 1)[1].replace("'", '"'))
    assert "PySide6.QtCore" in modules
    assert [m for m in modules if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets"))] == []


def _hostile(tmp_path: Path) -> dict[str, Path]:
    whole = sheet(tmp_path / "whole.xlsx", ["姓名", "电话"], ["新人甲", "13900000001"])
    files = {"not_spreadsheet": (b"\x00\x01\x02garbage\xff" * 40, "名单.xlsx"),
             "html": ("<html><table><tr><td>姓名</td></tr></table></html>".encode(), "导出.xls"),
             "truncated": (whole.read_bytes()[:300], "截断.xlsx"),
             "empty": (b"", "empty.xlsx"),
             "long_name": (b"junk", "n" * 200 + ".xlsx")}
    for content, file_name in files.values():
        (tmp_path / file_name).write_bytes(content)
    return {name: tmp_path / file_name for name, (_content, file_name) in files.items()}


@pytest.mark.parametrize("kind", sorted(GOOD_ROWS))
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_hostile_workbook_gets_one_worded_line(kind, lang, demo_path, tmp_path, capsys,
                                                 english):
    before = demo_path.read_bytes()
    for case, path in _hostile(tmp_path).items():
        assert main(["--lang", lang, "import", kind, str(demo_path), str(path)]) == 2, case
        out = capsys.readouterr()
        assert out.out == "" and out.err.count("\n") == 1, (case, out.err)
        line = out.err.strip()
        assert not any(word in line for word in ("Error", "error:", "Unexpected", "意外")), line
        assert len(line) < 200  # a long file name is cut with "…"
        if case == "long_name":
            assert "n" * 79 + "…" in line and "n" * 80 not in line
    assert demo_path.read_bytes() == before


def test_people_answer_a_non_workbook_and_a_cut_one_like_the_others(demo_path, tmp_path,
                                                                      capsys):
    files = _hostile(tmp_path)
    assert main(["import", "people", str(demo_path), str(files["not_spreadsheet"])]) == 2
    assert capsys.readouterr().err == ("名单.xlsx is not a spreadsheet; open it in Excel, WPS or "
                                       "LibreOffice and save it as .xlsx, .xls, .ods or "
                                       ".csv.\n")
    assert main(["import", "people", str(demo_path), str(files["truncated"])]) == 2
    assert capsys.readouterr().err == ("截断.xlsx is incomplete (cut off while copying or "
                                       "downloading).\n")


def test_no_header_names_the_column_each_kind_needs(demo_path, tmp_path, capsys):
    path = sheet(tmp_path / "other.xlsx", ["日期", "地点"], ["4月30日", "礼堂"])
    needs = {"acts": "act title column (节目名称 or Title)",
             "people": "name column (姓名 or Name)", "supplies": "item column (物品 or Item)"}
    for kind, column in needs.items():
        assert main(["import", kind, str(demo_path), str(path)]) == 2
        assert capsys.readouterr().err == (
            f"No sheet of other.xlsx has a header row with an {column}.\n".replace(
                "an name", "a name"))


def test_a_megabyte_cell_is_quoted_cut(demo_path, tmp_path, capsys):
    """A 1 MB name in a bad row is not repeated in every line of the report."""
    huge = "长" * 1_000_000
    path = sheet(tmp_path / "in.xlsx", ["姓名", "电话", "性别"], [huge, "none", "X"])
    assert main(["import", "people", str(demo_path), str(path)]) == 1
    out = capsys.readouterr()
    assert len(out.out) + len(out.err) < 2000
    assert "长" * 79 + "…" in out.out


def test_exit_statuses(demo_path, tmp_path, capsys):
    good = sheet(tmp_path / "good.xlsx", *GOOD_ROWS["supplies"])
    bad = sheet(tmp_path / "bad.xlsx", ["物品", "数量"], ["气球", "很多"])
    assert main(["import", "supplies", str(demo_path), str(bad)]) == 1
    assert main(["import", "supplies", str(demo_path), str(good)]) == 0
    assert main(["import", "supplies", str(demo_path), str(good)]) == 0  # nothing new
    out = capsys.readouterr()
    assert "Sheet!B2 (气球), error: quantity “很多” is not a number greater than zero" in out.out
    assert "Imported 1 item (0 already there, skipped)." in out.out
    assert out.out.rstrip().endswith("Every item in this sheet is already in the gala.")
