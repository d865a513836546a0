"""Check a gala file: SQLite's own checks, foreign keys and the domain checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gala_manager.core.checks import Problem, run_checks
from gala_manager.core.storage.engine import connect_raw, make_engine
from gala_manager.core.storage.opening import prepare


@dataclass
class FileReport:
    """What a file check found. It changes the file only to undo an interrupted save
    (`recovered`), as opening it in the app would."""

    path: Path
    recovered: bool = False
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[tuple] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """No storage fault and no domain problem."""
        return not (self.integrity or self.foreign_keys or self.problems)


def check_file(path: Path) -> FileReport:
    """Run `integrity_check`, `foreign_key_check` and every domain check, read-only.

    Opens the file as a reader does (`opening.prepare`): an interrupted save is undone
    first, and a file from another version is refused like the app refuses it.
    Raises a `GalaFileError` when the file cannot be opened as a gala at all.
    """
    path = Path(path)
    report = FileReport(path, recovered=prepare(path, read_only=True).recovered)
    conn = connect_raw(path, read_only=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        report.integrity = [r for r in rows if r != "ok"]
        report.foreign_keys = [tuple(r) for r in conn.execute("PRAGMA foreign_key_check")]
    finally:
        conn.close()
    if not report.integrity:
        from sqlalchemy.orm import Session

        engine = make_engine(path, read_only=True)
        try:
            with Session(engine) as session, session.begin():
                report.problems = run_checks(session)
        finally:
            engine.dispose()
    return report
