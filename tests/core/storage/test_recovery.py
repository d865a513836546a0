"""Recovery before verdict: an interrupted save is undone before anyone judges the file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gala_manager.core import errors
from gala_manager.core.staff.people import list_departments
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.integrity import check_file
from gala_manager.core.storage.recovery import has_hot_journal, recover_into_copy
from tests.core.storage.interrupted import leave_interrupted_save

ROOT = Path(__file__).resolve().parents[3]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and kill")
# Holds the gala open in the app while a save is under way: its journal is live, not hot.
SAVING = """
import sqlite3, sys, time
from gala_manager.core.storage.document import GalaDocument
doc = GalaDocument.open(sys.argv[1])
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO department (name, duties, colour, sort_order) "
             "VALUES ('未保存', '', '#888888', 0)")
print("saving", flush=True)
time.sleep(600)
"""


def _names(path: Path) -> set[str]:
    with GalaDocument.open(path, read_only=True) as doc:
        return {d.name for d in doc.read(list_departments)}


def _journal(path: Path) -> Path:
    return Path(str(path) + "-journal")


def test_sqlite_alone_cannot_read_it_read_only(demo_path):
    # What every read-only look at the file met before: "attempt to write a readonly
    # database", which the app used to report as a damaged gala.
    leave_interrupted_save(demo_path)
    assert has_hot_journal(demo_path)
    conn = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("SELECT count(*) FROM department").fetchone()
    conn.close()


def test_opening_undoes_the_interrupted_save(demo_path, tmp_path):
    before = _names(demo_path)
    leave_interrupted_save(demo_path)
    with GalaDocument.open(demo_path, data_dir=tmp_path / "data") as doc:
        assert doc.recovered
        assert {d.name for d in doc.read(list_departments)} == before
    assert not _journal(demo_path).exists()
    report = check_file(demo_path)
    assert (report.integrity, report.recovered) == ([], False)


def test_readers_undo_it_too_exports_and_check(demo_path, tmp_path):
    before = _names(demo_path)
    leave_interrupted_save(demo_path)
    with GalaDocument.open(demo_path, read_only=True) as doc:  # as every export opens
        assert doc.recovered
        assert {d.name for d in doc.read(list_departments)} == before
    copy = tmp_path / "copy.gala"
    copy.write_bytes(demo_path.read_bytes())
    leave_interrupted_save(copy)
    report = check_file(copy)
    assert report.recovered and report.integrity == [] and report.foreign_keys == []
    assert not _journal(copy).exists()


@posix_only
def test_the_live_save_of_the_holder_is_left_alone(demo_path):
    before = _names(demo_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    holder = subprocess.Popen([sys.executable, "-c", SAVING, str(demo_path)], env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "saving"
        assert _journal(demo_path).exists()
        with GalaDocument.open(demo_path, read_only=True) as doc:
            assert not doc.recovered
            assert {d.name for d in doc.read(list_departments)} == before
        assert _journal(demo_path).exists()  # the holder's transaction, untouched
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    # Cut off before it wrote to the gala (its journal's header still blank): nothing to
    # undo, nothing lost; SQLite reuses the blank journal at the next save.
    with GalaDocument.open(demo_path) as doc:
        assert not doc.recovered
        assert {d.name for d in doc.read(list_departments)} == before


@posix_only
def test_a_read_only_folder_is_recovered_into_a_copy(demo_path, tmp_path):
    before = _names(demo_path)
    leave_interrupted_save(demo_path)
    gala_bytes, journal_bytes = demo_path.read_bytes(), _journal(demo_path).read_bytes()
    folder = demo_path.parent
    folder.chmod(0o555)
    try:
        for open_it in (lambda: GalaDocument.open(demo_path),
                        lambda: GalaDocument.open(demo_path, read_only=True),
                        lambda: check_file(demo_path)):
            with pytest.raises(errors.RecoveryNeededError) as info:
                open_it()
            assert info.value.reason == "folder"
        target = tmp_path.parent / f"{tmp_path.name}-out" / "恢复的晚会.gala"
        target.parent.mkdir()
        recover_into_copy(demo_path, target)
    finally:
        folder.chmod(0o755)
    assert demo_path.read_bytes() == gala_bytes
    assert _journal(demo_path).read_bytes() == journal_bytes
    assert _names(target) == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["恢复的晚会.gala"]


def test_another_programs_database_is_not_rolled_back(tmp_path):
    path = tmp_path / "other.gala"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE department (name, duties, colour, sort_order)")
    conn.commit()
    conn.close()
    leave_interrupted_save(path)
    gala_bytes, journal_bytes = path.read_bytes(), _journal(path).read_bytes()
    with pytest.raises(errors.ForeignDatabaseError):
        GalaDocument.open(path)
    assert (path.read_bytes(), _journal(path).read_bytes()) == (gala_bytes, journal_bytes)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.gala", "other.gala-journal"]
