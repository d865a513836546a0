"""The command line after a crash and on files it cannot write: recovery first, one line each."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from gala_manager.cli import main
from tests.core.storage.interrupted import leave_interrupted_save


@pytest.fixture
def english(qapp):
    """The CLI installs the language it is given; the next test starts in English again."""
    yield
    from gala_manager.app.i18n import install_language

    install_language("en")


def test_check_export_and_import_recover_an_interrupted_save(demo_path, tmp_path, capsys,
                                                             english):
    leave_interrupted_save(demo_path)
    assert main(["--lang", "en", "check", str(demo_path)]) in (0, 1)
    out = capsys.readouterr().out
    assert "Interrupted save: 演示晚会.gala-journal held a save that was cut off" in out
    assert "Database integrity: ok" in out and "damaged" not in out

    leave_interrupted_save(demo_path)
    pdf = tmp_path / "流程单.pdf"
    assert main(["--lang", "en", "export", "runsheet", str(demo_path), "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")

    leave_interrupted_save(demo_path)
    wb = Workbook()
    wb.active.append(["姓名", "电话"])
    wb.active.append(["恢复后新人", 13900000009])
    wb.save(tmp_path / "名单.xlsx")
    assert main(["--lang", "en", "import", "people", str(demo_path),
                 str(tmp_path / "名单.xlsx")]) == 0
    captured = capsys.readouterr()
    assert "Recovered from an interrupted save" in captured.err
    assert "Imported 1 person" in captured.out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX folder modes")
def test_a_read_only_folder_explains_the_recovery_it_needs(demo_path, capsys, english):
    leave_interrupted_save(demo_path)
    demo_path.parent.chmod(0o555)
    try:
        assert main(["--lang", "en", "check", str(demo_path)]) == 2
    finally:
        demo_path.parent.chmod(0o755)
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "was being saved when the app or the computer stopped" in err
    assert "do not delete the journal file" in err and "damaged" not in err


def test_check_refuses_a_newer_file(demo_path, capsys, english):
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("ALTER TABLE act RENAME COLUMN notes TO remarks")
    conn.commit()
    conn.close()
    assert main(["--lang", "en", "check", str(demo_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "saved by a newer version of Gala Manager" in captured.err


def test_demo_refuses_a_name_too_long_for_its_journal(tmp_path: Path, capsys, english):
    assert main(["--lang", "en", "demo", str(tmp_path / ("五" * 81 + ".gala"))]) == 2
    err = capsys.readouterr().err.strip()
    assert "Shorten the name by at least 1 character." in err
    assert list(tmp_path.iterdir()) == []
