"""Hostile files of every format: one clear line, and the gala left byte-identical.

Garbage, empty, truncated, XML entity bombs, a 200,000-row sheet (an .xls holds at
most 65,536 rows: its long case is LibreOffice's 2,100-act .xls), a 5 MB cell, a
far-away cell that would make a whole-sheet reader allocate gigabytes, and
password-protected workbooks made with LibreOffice (see tests/fixtures/sheets).
"""

import random
import shutil
from pathlib import Path

import pytest

from gala_manager.cli import main
from gala_manager.core import errors
from gala_manager.imports.acts import read_act_sheet
from tests.imports.zip_parts import rewrite_part

SHEETS = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
_BOMB = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY a{i} "{("&a%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)) + "]>"


def _bomb(data: bytes, root: bytes) -> bytes:
    text = data.decode("utf-8")
    start = text.index("<" + root.decode())
    return (text[:start] + _BOMB + text[start:]).replace("<t>", "<t>&a9;", 1) \
        .replace("<text:p>", "<text:p>&a9;", 1).encode("utf-8")


def _xlsx_rows(path: Path, rows: int, cell: str = "") -> Path:
    """A LibreOffice .xlsx whose sheet is replaced by `rows` act rows (or one huge cell)."""
    body = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>节目{n}</t></is></c>'
                   f'<c r="H{n}" t="inlineStr"><is><t>3:00</t></is></c></row>'
                   for n in range(6, 6 + rows)) if rows else \
        f'<row r="6"><c r="A6" t="inlineStr"><is><t>{cell}</t></is></c></row>'

    def change(data: bytes) -> bytes:
        text = data.decode("utf-8")
        end = text.index("</sheetData>")
        start = text.index('<row r="6"') if '<row r="6"' in text else end
        return (text[:start] + body + text[end:]).encode("utf-8")

    return rewrite_part(SHEETS / "acts.xlsx", path, "xl/worksheets/sheet1.xml", change)


def _ods(path: Path, rows: str) -> Path:
    def change(data: bytes) -> bytes:
        text = data.decode("utf-8")
        start = text.index("</table:table-row>", text.index("节目名称")) + len("</table:table-row>")
        return (text[:start] + rows + text[start:]).encode("utf-8")

    return rewrite_part(SHEETS / "acts.ods", path, "content.xml", change)


def _cases(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Case name → (file, the WorkbookError reason it gets)."""
    noise = random.Random(11).randbytes(20_000)
    files = {}
    for suffix in ("xlsx", "xls", "ods", "csv"):
        files[f"garbage.{suffix}"] = (noise, "not_spreadsheet")
        files[f"empty.{suffix}"] = (b"", "empty")
    for name in ("acts.xlsx", "acts.ods", "acts.xls"):
        data = (SHEETS / name).read_bytes()
        files[f"cut-{name}"] = (data[: len(data) // 2],
                                "corrupt" if name.endswith("xls") else "truncated")
    cases = {}
    for name, (data, reason) in files.items():
        (tmp / name).write_bytes(data)
        cases[name] = (tmp / name, reason)
    cases["bomb.xlsx"] = (rewrite_part(SHEETS / "acts.xlsx", tmp / "bomb.xlsx",
                                       "xl/sharedStrings.xml", lambda d: _bomb(d, b"sst")),
                          "xml_attack")
    cases["bomb.ods"] = (rewrite_part(SHEETS / "acts.ods", tmp / "bomb.ods", "content.xml",
                                      lambda d: _bomb(d, b"office:document-content")),
                         "xml_attack")
    cases["200000-rows.xlsx"] = (_xlsx_rows(tmp / "200000-rows.xlsx", 200_000), "too_large")
    huge = "长" * 1_750_000  # 5 MB in UTF-8
    cases["200000-rows.ods"] = (_ods(tmp / "200000-rows.ods", (
        '<table:table-row table:number-rows-repeated="200000"><table:table-cell '
        'office:value-type="string"><text:p>节目</text:p></table:table-cell>'
        '</table:table-row>')), "too_large")
    csv_rows = tmp / "200000-rows.csv"
    csv_rows.write_text("节目名称,时长\n" + "节目,3:00\n" * 200_000, encoding="utf-8")
    cases["200000-rows.csv"] = (csv_rows, "too_large")
    cases["2100-rows.xls"] = (SHEETS / "many-acts.xls", "too_large")
    far = tmp / "far.ods"  # a cell a million rows and a thousand columns away
    cases["far.ods"] = (_ods(far, (
        '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
        'table:number-columns-repeated="1000"/></table:table-row><table:table-row>'
        '<table:table-cell table:number-columns-repeated="1000" office:value-type="string">'
        '<text:p>x</text:p></table:table-cell></table:table-row>')), "")
    big = tmp / "5mb-cell.csv"
    big.write_text("节目名称,时长\n\"" + huge + "\",3:00\n", encoding="utf-8")
    cases["5mb-cell.csv"] = (big, "too_large")
    cases["5mb-cell.xlsx"] = (_xlsx_rows(tmp / "5mb-cell.xlsx", 0, huge), "")
    cases["5mb-cell.ods"] = (_ods(tmp / "5mb-cell.ods", (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>'
        f'{huge}</text:p></table:table-cell></table:table-row>')), "")
    for suffix in ("xlsx", "xls", "ods"):
        cases[f"password.{suffix}"] = (SHEETS / f"password.{suffix}", "encrypted")
    return cases


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return _cases(tmp_path_factory.mktemp("hostile"))


def test_every_hostile_file_gets_one_reason_or_a_capped_table(cases):
    for name, (path, reason) in cases.items():
        if reason:
            with pytest.raises(errors.WorkbookError) as caught:
                read_act_sheet(path)
            assert caught.value.reason == reason, name
        else:  # read, but bounded: the far cell is past the blank rows, the huge cell cut
            sheet = read_act_sheet(path)
            assert all(len(r.fields.title) <= 5_000_000 for r in sheet.rows), name


def test_the_command_line_says_one_line_and_leaves_the_gala_as_it_was(qapp, cases, demo_path,
                                                                      tmp_path, capsys):
    before = demo_path.read_bytes()
    for name, (path, reason) in cases.items():
        copy = tmp_path / "copies" / name
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, copy)
        status = main(["import", "acts", str(demo_path), str(copy)])
        out = capsys.readouterr()
        if reason:
            assert status == 2 and out.out == "" and out.err.count("\n") == 1, (name, out)
            assert "Error" not in out.err and "Traceback" not in out.err
        assert len(out.out) + len(out.err) < 3000, name  # values quoted cut
        assert demo_path.read_bytes() == before, name
