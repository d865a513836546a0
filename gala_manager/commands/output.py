"""Text output of the headless commands, translated like the GUI."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.pyside_hook import skip_source_scan

skip_source_scan()  # before the modules below load: see pyside_hook

from gala_manager.app.i18n import install_language, preferred_language  # noqa: E402
from gala_manager.app.wording import describe_problem  # noqa: E402
from gala_manager.core.checks import Severity  # noqa: E402
from gala_manager.core.storage.integrity import check_file  # noqa: E402

translate = QCoreApplication.translate


def setup_language(lang: str | None) -> str:
    """Create a QCoreApplication (no display needed) and install the language."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setOrganizationName("GalaManager")
    app.setApplicationName("Gala Manager")
    from gala_manager.app.pdf_font import apply_stored_font

    apply_stored_font()  # headless exports use the PDF font chosen in the GUI
    return install_language(preferred_language(lang))


def print_check(path: Path) -> int:
    """Print the file check; 0 when clean, 1 when it found problems.

    A file that cannot be opened raises, and the CLI exits with 2.
    """
    report = check_file(path)
    out = sys.stdout
    print(translate("Check", "Checked {path}").format(path=path), file=out)
    if report.recovered:
        print(translate(
            "Check", "Interrupted save: {journal} held a save that was cut off (the app or "
            "the computer stopped during it). It was undone; the gala is as after its last "
            "complete save.").format(journal=Path(path).name + "-journal"), file=out)
    print(translate("Check", "Database integrity: {status}").format(
        status=translate("Check", "ok") if not report.integrity
        else translate("Check", "%n fault(s)", "", len(report.integrity))), file=out)
    for line in report.integrity[:20]:
        print("  " + line, file=out)
    print(translate("Check", "Foreign keys: {status}").format(
        status=translate("Check", "ok") if not report.foreign_keys
        else translate("Check", "%n broken reference(s)", "", len(report.foreign_keys))),
        file=out)
    errors = sum(1 for p in report.problems if p.severity == Severity.ERROR)
    warnings = len(report.problems) - errors
    # "1 error", not "1 errors": each count in its own plural form.
    print(translate("Check", "Plan checks: {errors}, {warnings}").format(
        errors=translate("Check", "%n error(s)", "", errors),
        warnings=translate("Check", "%n warning(s)", "", warnings)), file=out)
    for problem in report.problems:
        mark = translate("Check", "error") if problem.severity == Severity.ERROR \
            else translate("Check", "warning")
        print(f"  [{mark}] {describe_problem(problem)}", file=out)
    return 0 if report.clean else 1


def wrote_text(path: Path) -> str:
    """The line an export prints when it is done: the whole path, to copy or open."""
    return translate("Check", "Wrote {path}").format(path=Path(path).absolute())


def print_written(path: Path) -> None:
    """Say on standard output which file an export or `demo` wrote."""
    print(wrote_text(path))


def wrong_suffix_text(path: Path, suffixes: list[str]) -> str:
    """The refusal of an output file name whose type cannot be written."""
    return translate("Check", "The output must end in {suffixes}: {path}").format(
        suffixes=translate("Check", " or ").join(suffixes), path=path)
