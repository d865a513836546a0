"""The shared row vocabulary of every import: severities, and rows sorted new/duplicate/error."""

from gala_manager.core.checks import Severity
from gala_manager.core.import_rows import RowProblem, SortedRows, has_error, sort_rows


def test_only_errors_stop_an_import():
    warning = RowProblem("unknown_role", Severity.WARNING, "舞龙", "roles")
    error = RowProblem("invalid_phone", Severity.ERROR, "none", "phone")
    assert RowProblem("no_contact").severity == Severity.WARNING
    assert not has_error([warning]) and has_error([warning, error])


def test_rows_are_sorted_against_the_gala_and_the_sheet_itself():
    bad = RowProblem("required", Severity.ERROR, "", "name")
    rows = [("甲", ()), ("乙", ()), ("甲", ()), ("", (bad,)), ("丙", ())]
    known = {"乙"}
    new, duplicates, errors = sort_rows(rows, known, key=lambda r: r[0],
                                        problems=lambda r: r[1])
    assert [r[0] for r in new] == ["甲", "丙"]
    assert [r[0] for r in duplicates] == ["乙", "甲"]  # in the gala, then twice in the sheet
    assert errors == (("", (bad,)),)
    assert known == {"乙"}  # the caller's set is not changed
    assert not SortedRows(new, duplicates, errors).can_import
    assert SortedRows(new, duplicates, ()).can_import
    assert not SortedRows((), duplicates, ()).can_import
