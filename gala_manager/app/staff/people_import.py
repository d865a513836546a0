"""`import people` on the command line: the preview printed, then all or nothing."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.staff.wording import describe_row_problem
from gala_manager.core.staff.people_import import import_people, preview_people_import
from gala_manager.imports.people_sheet import read_people_sheet

translate = QCoreApplication.translate


def import_people_from(doc, path: Path) -> int:
    """Import a sheet into an open gala; 0 when imported (or nothing new), 1 on row errors.

    A file that cannot be read raises `WorkbookError`, which the CLI words (exit 2).
    """
    sheet = read_people_sheet(path)
    preview = doc.read(preview_people_import, people=sheet.people)
    out = sys.stdout
    for person in sorted(preview.errors + preview.new, key=lambda p: p.row):
        for problem in person.problems:
            mark = translate("StaffImport", "error") if problem.severity == "error" \
                else translate("StaffImport", "warning")
            print(translate("StaffImport", "  row {row} ({name}), {mark}: {text}").format(
                row=person.row, name=person.name or "?", mark=mark,
                text=describe_row_problem(problem)), file=out)
    if preview.errors:
        print(translate("StaffImport", "{n} rows have errors; nothing was imported.").format(
            n=len(preview.errors)), file=sys.stderr)
        return 1
    if not preview.new:
        print(translate("StaffImport", "Everyone in this sheet is already in the gala "
                        "({n} skipped).").format(n=len(preview.duplicates)), file=out)
        return 0
    result = doc.run(import_people, people=sheet.people)
    print(translate("StaffImport", "Imported {n} people ({dup} already there, skipped).")
          .format(n=len(result.person_ids), dup=result.skipped), file=out)
    if preview.new_departments:
        print(translate("StaffImport", "New departments: {names}.").format(
            names=translate("Staff", ", ").join(preview.new_departments)), file=out)
    return 0
