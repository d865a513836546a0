"""Every import kind words unreadable workbooks, row results and its summary the same way."""

from pathlib import Path

import pytest

from gala_manager.app.import_wording import (
    button_text,
    clip,
    describe_workbook_error,
    problem_lines,
    status_text,
    summary_lines,
    verdict_text,
)
from gala_manager.app.importing import ImportPreview, PreviewRow, import_kinds
from gala_manager.core.checks import Severity
from gala_manager.core.errors import FileMissingError, WorkbookError
from gala_manager.core.import_rows import RowProblem, RowStatus

REASONS = ["empty", "not_spreadsheet", "html", "xlsb", "encrypted", "truncated", "corrupt",
           "too_large", "xml_attack", "no_header", "something_new"]


def test_clip_cuts_long_values_to_80_characters():
    assert clip("短") == "短" and clip(None) == "" and clip(12) == "12"
    cut = clip("名" * 5000)
    assert len(cut) == 80 and cut.endswith("名…")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("kind", import_kinds(), ids=lambda kind: kind.name)
def test_every_workbook_error_is_one_line_for_every_kind(kind, lang, qapp):
    from gala_manager.app.i18n import install_language

    install_language(lang)
    try:
        texts = [describe_workbook_error(WorkbookError(Path("x" * 300 + ".xlsx"), reason,
                                                       "KeyError: 'zip' " * 50), kind)
                 for reason in REASONS]
    finally:
        install_language("en")
    for reason, text in zip(REASONS, texts, strict=True):
        assert "\n" not in text and "WorkbookError" not in text and "KeyError" not in text \
            or reason == "too_large", (reason, text)
        assert "x" * 79 + "…" in text and len(text) < 320
    assert len(set(texts)) == len(REASONS) - 1  # an unknown reason is worded as damaged
    assert describe_workbook_error(FileMissingError(Path("/nowhere/a.xlsx")), kind) \
        .endswith("a.xlsx.")


def test_summary_status_and_lines_of_a_preview(qapp):
    kind = next(k for k in import_kinds() if k.name == "people")
    from gala_manager.core.staff.people_import import ImportedPerson
    from gala_manager.core.staff.people_import import PeopleImportPreview as Found

    def person(row, name, *problems):
        return ImportedPerson(row, name, "unspecified", "", "新部门", "", "", frozenset(), "",
                              problems)

    bad = RowProblem("invalid_phone", Severity.ERROR, "电话" * 100, "phone")
    warned = RowProblem("unknown_gender", Severity.WARNING, "X", "gender")
    rows = (PreviewRow(2, RowStatus.NEW, (warned,), person(2, "甲", warned)),
            PreviewRow(3, RowStatus.DUPLICATE, (), person(3, "乙")),
            PreviewRow(4, RowStatus.ERROR, (bad,), person(4, "", bad)))
    preview = ImportPreview(rows, lambda records, options: {}, Found((), (), (), ("新部门",)),
                            kind, "名单.xlsx", chosen=("名单",))
    assert summary_lines(preview) == [
        "Sheet “名单”: 1 new, 1 already there (skipped), 1 with errors.",
        "New departments: 新部门."]
    assert verdict_text(preview) == \
        "Fix the 1 row marked red in the sheet, or import the others and leave these out."
    assert verdict_text(preview, skip_invalid=True) == "The 1 row with errors will be left out."
    assert not preview.can_import and button_text(preview) == "Import 1 person"
    assert status_text(kind, rows[0]) == "Will be added; gender “X” not understood (left open)"
    assert status_text(kind, rows[1]) == "Already there (same name and phone): skipped"
    assert status_text(kind, rows[2]).startswith("Error; “电话电话")
    assert problem_lines(preview) == [
        "  row 2 (甲), warning: gender “X” not understood (left open)",
        "  row 4, error: “" + "电话" * 39 + "电…” is not a phone number (digits, spaces and "
        "+ - ( ) only)"]
