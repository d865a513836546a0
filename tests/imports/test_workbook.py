"""Reading departments' workbooks: messy but valid sheets, and malformed files."""

from __future__ import annotations

import re
import zipfile
from datetime import time

import openpyxl
import pytest

from gala_manager.core import errors
from gala_manager.imports import workbook
from gala_manager.imports.tables import read_tables
from gala_manager.imports.workbook import cell_text, normalise_header, phone_text


def read_table(path, columns, **kwargs):
    """The first table of a workbook."""
    return read_tables(path, columns, **kwargs).tables[0]

COLUMNS = {
    "title": ["节目名称", "节目", "Title"],
    "kind": ["类型", "节目类型", "Kind"],
    "duration": ["时长", "Duration"],
    "phone": ["联系电话", "电话", "Phone"],
}


def _messy(path, rows=None):
    """A sheet like a department sends: merged title, a note, shuffled headers, gaps."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报名表"
    ws["A1"] = "2026 迎新晚会 节目报名表"
    ws.merge_cells("A1:F1")
    ws["A2"] = "请各部门于12月1日前提交"
    ws.append([])
    ws.append(["联系电话", " 节目名称： ", "备注2", "时长（分钟）", "ＫＩＮＤ"])
    for row in (
        rows
        if rows is not None
        else [
            [13812345678, "青春舞曲", "", time(0, 3, 30), "舞蹈"],
            [None, None, None, None, None],
            ["139 0000 1111", "<b>Rock & Roll</b>", "x", "3分30秒", "歌曲"],
            [],
            ["", "   ", None, None, ""],
            [None, "相声《新生》", None, 4.5, "相声"],
        ]
    ):
        ws.append(row)
    wb.save(path)
    return path


def test_messy_sheet_is_read_with_source_row_numbers(tmp_path):
    read = read_table(_messy(tmp_path / "acts.xlsx"), COLUMNS, required=["title"])
    assert read.sheet == "报名表" and read.header_row == 4
    assert [r.number for r in read.rows] == [5, 7, 10]
    first, second, third = (r.values for r in read.rows)
    assert first == {
        "phone": 13812345678,
        "title": "青春舞曲",
        "duration": time(0, 3, 30),
        "kind": "舞蹈",
    }
    assert second["title"] == "<b>Rock & Roll</b>" and second["duration"] == "3分30秒"
    assert third["duration"] == 4.5 and third["phone"] is None
    assert read.unmatched_headers == ["备注2"] and read.missing == []
    assert read.headers == {
        "phone": "联系电话",
        "title": "节目名称：",
        "duration": "时长（分钟）",
        "kind": "ＫＩＮＤ",
    }


def test_header_on_second_sheet_and_missing_optional_column(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["填写说明：每行一个节目"])
    ws = wb.create_sheet("节目")
    ws.append(["Title", "Duration"])
    ws.append(["Opening", "5:00"])
    wb.save(tmp_path / "two.xlsx")
    read = read_table(tmp_path / "two.xlsx", COLUMNS, required=["title"])
    assert read.sheet == "节目" and read.missing == ["kind", "phone"]
    assert read.rows[0].values == {"title": "Opening", "duration": "5:00"}


def test_no_header_names_missing_required_columns(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["名字", "年龄"])
    wb.active.append(["张三", 19])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(errors.WorkbookError) as caught:
        read_table(tmp_path / "other.xlsx", COLUMNS, required=["title", "duration"])
    assert caught.value.reason == "no_header" and caught.value.detail == "title, duration"


def test_row_cap(tmp_path):
    rows = [[None, f"节目{i}", None, "3:00", "歌曲"] for i in range(6)]
    path = _messy(tmp_path / "many.xlsx", rows)
    assert len(read_table(path, COLUMNS, max_rows=6).rows) == 6
    with pytest.raises(errors.WorkbookError) as caught:
        read_table(path, COLUMNS, max_rows=5)
    assert caught.value.reason == "too_large"


def _reason(path) -> str:
    with pytest.raises(errors.WorkbookError) as caught:
        read_table(path, COLUMNS)
    assert caught.value.path == path
    return caught.value.reason


def test_csv_renamed_xlsx_is_read_as_csv(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("节目名称,时长\n青春舞曲,3:30\n", encoding="utf-8")
    read = read_tables(path, COLUMNS)
    assert read.format == "csv" and read.tables[0].rows[0].values["title"] == "青春舞曲"


def test_empty_file_and_other_zip(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert _reason(empty) == "empty"
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert _reason(docx) == "not_spreadsheet"


def test_truncated_and_corrupt_files(tmp_path):
    whole = _messy(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    assert _reason(cut) == "truncated"
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(tmp_path / "whole.xlsx") as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # XML cut off mid-element
            dst.writestr(info, data)
    assert _reason(broken) == "corrupt"


def test_password_protected_and_damaged_ole(tmp_path):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    encrypted = tmp_path / "secret.xlsx"
    encrypted.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1024)
    assert _reason(encrypted) == "encrypted"
    legacy = tmp_path / "old.xls"  # an OLE header and nothing a reader can use
    legacy.write_bytes(header + "Workbook".encode("utf-16-le") + b"\0" * 1024)
    assert _reason(legacy) == "corrupt"


def test_zip_bomb_and_oversize_file(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    assert _reason(bomb) == "too_large"
    big = _messy(tmp_path / "big.xlsx")
    monkeypatch.setattr(workbook, "MAX_FILE_BYTES", 1000)
    assert _reason(big) == "too_large"


def test_billion_laughs_inside_a_sheet(tmp_path):
    src = _messy(tmp_path / "src.xlsx")
    attack = tmp_path / "laughs.xlsx"
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    )
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(attack, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text = text.replace("<worksheet", f"<!DOCTYPE worksheet [{entities}]><worksheet", 1)
                text = text.replace("<t>", "<t>&lol9;", 1)
                data = text.encode()
            zout.writestr(info, data)
    assert _reason(attack) == "xml_attack"


def test_defusedxml_is_active():
    assert openpyxl.DEFUSEDXML is True


def test_header_normalisation_and_cell_helpers():
    assert normalise_header(" 节目名称： ") == normalise_header("节目名称") == "节目名称"
    assert normalise_header("ＴＩＴＬＥ*") == "title"
    assert cell_text(12.0) == "12" and cell_text(None) == "" and cell_text(" ａ ") == "ａ"
    typed = "合唱《我和我的祖国》（混声四部），好；"
    assert cell_text(f" {typed}\u3000") == typed
    assert phone_text(13812345678.0) == "13812345678"
    assert phone_text(13812345678) == "13812345678"
    assert phone_text("１３８ 1234 5678") == "13812345678"
    assert phone_text("010-12345678") == "010-12345678"
    assert phone_text(None) == ""


def test_wrong_stated_sheet_size_does_not_hide_rows(tmp_path):
    src = _messy(tmp_path / "src.xlsx")
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(lying, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
                assert b'<dimension ref="A1"/>' in data
            zout.writestr(info, data)
    read = read_table(lying, COLUMNS, required=["title"])
    assert [r.number for r in read.rows] == [5, 7, 10]
