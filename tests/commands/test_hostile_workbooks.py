"""Every hostile workbook for every import kind: one translated line, no internals, the gala
byte-identical, and each part's unpacked size bounded before anything parses it."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from gala_manager.cli import main
from gala_manager.imports.zip_limits import MAX_PARSED_PART

KINDS = {"acts": ["节目名称", "时长", "备注"], "people": ["姓名", "电话", "备注"],
         "supplies": ["物品", "数量", "备注"]}
ROWS = {"acts": ["魔术《硬币》", "3分", "短"], "people": ["新人甲", "13900000001", "短"],
        "supplies": ["气球", 300, "短"]}
# What a user must never read: a library's or Python's words for what went wrong.
INTERNALS = ("Error", "Exception", "Traceback", "Unexpected", "意外", "not_xlsx", "Errno",
             "KeyError", "XMLSyntax", "BadZip", "lxml", "openpyxl", "zipfile", "</", "/>")
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
          '</sheetData></worksheet>')


@pytest.fixture
def english(qapp):
    yield
    from gala_manager.app.i18n import install_language

    install_language("en")


def _good(path: Path, kind: str) -> Path:
    wb = Workbook()
    wb.active.append(KINDS[kind])
    wb.active.append(ROWS[kind])
    wb.save(path)
    return path


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of a workbook with parts replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in change:
                continue
            new.writestr(info, old.read(info.filename))
        for name, data in change.items():
            if data is not None:
                new.writestr(name, data)
    return target


def _strings_bomb(size: int) -> bytes:
    """A shared-strings table of `size` bytes that compresses to almost nothing."""
    head = (b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
    tail = b"</t></si></sst>"
    return head + "晚".encode() * ((size - len(head) - len(tail)) // 3 + 1) + tail


def hostile(folder: Path, kind: str) -> dict[str, Path]:
    good = _good(folder / "good.xlsx", kind)
    sheet = "xl/worksheets/sheet1.xml"
    cases = {
        "strings_bomb": {"xl/sharedStrings.xml": _strings_bomb(4 * MAX_PARSED_PART)},
        "billion_laughs": {sheet: LAUGHS.encode()},
        "broken_xml": {sheet: b"<worksheet><sheetData><row><c r='A1' t='s'><v>0</v></c>"},
        "no_workbook": {"xl/workbook.xml": None},
        "missing_sheet": {sheet: None},
        "bad_string_index": {sheet: (
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="s"><v>999</v></c></row></sheetData>'
            b'</worksheet>')},
        "garbage_styles": {"xl/styles.xml": b"\x00\xff not xml at all"},
        "garbage_types": {"[Content_Types].xml": b"<Types><Default"},
    }
    paths = {name: _rewrite(good, folder / f"{name}.xlsx", change)
             for name, change in cases.items()}
    raw = {"random_bytes": bytes(range(256)) * 40,
           "truncated": good.read_bytes()[: len(good.read_bytes()) // 2],
           "encrypted": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode(
               "utf-16-le") + b"\0" * 600,
           "empty": b""}
    for name, data in raw.items():
        (folder / f"{name}.xlsx").write_bytes(data)
        paths[name] = folder / f"{name}.xlsx"
    return paths


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_hostile_workbook_gets_one_plain_line(kind, demo_path, tmp_path, capsys,
                                                    english):
    before = demo_path.read_bytes()
    for case, path in hostile(tmp_path, kind).items():
        lang = "zh_CN" if case in ("strings_bomb", "broken_xml") else "en"
        started = time.monotonic()
        status = main(["--lang", lang, "import", kind, str(demo_path), str(path)])
        out = capsys.readouterr()
        assert status == 2, (case, out)
        assert out.out == "" and out.err.count("\n") == 1, (case, out.err)
        assert not [word for word in INTERNALS if word in out.err], (case, out.err)
        assert time.monotonic() - started < 20, case  # refused before parsing, not after
    assert demo_path.read_bytes() == before


def test_a_shared_strings_bomb_is_refused_by_its_size(demo_path, tmp_path, capsys, english):
    path = hostile(tmp_path, "people")["strings_bomb"]
    assert path.stat().st_size < 1024 * 1024
    assert main(["--lang", "en", "import", "people", str(demo_path), str(path)]) == 2
    assert capsys.readouterr().err == (
        "strings_bomb.xlsx is too large to import (xl/sharedStrings.xml: 64 MB > 16 MB).\n")


def test_a_text_longer_than_a_gala_keeps_stops_the_import(demo_path, tmp_path, capsys):
    before = demo_path.read_bytes()
    wb = Workbook()
    wb.active.append(KINDS["acts"])
    wb.active.append(["独唱《我的祖国》", "4分", "舞台灯光说明。" * 800])  # 5,600 characters
    wb.save(tmp_path / "节目.xlsx")
    assert main(["--lang", "en", "import", "acts", str(demo_path),
                 str(tmp_path / "节目.xlsx")]) == 1
    out = capsys.readouterr()
    assert ("Sheet!C2 (独唱《我的祖国》), error: a text of 5600 characters is longer than the "
            "5000 a gala keeps; shorten it in the sheet") in out.out
    assert demo_path.read_bytes() == before
