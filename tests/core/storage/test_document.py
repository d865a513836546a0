"""The gala file: create, reopen, edit, refuse bad files, roll back failed writes."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from gala_manager.core import errors
from gala_manager.core.gala.facts import GalaFacts, get_gala_facts, set_gala_facts
from gala_manager.core.operations import Area
from gala_manager.core.staff.people import add_department, add_person, list_people
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.schema import SCHEMA_HEAD


def test_create_edit_and_reopen(tmp_path):
    path = tmp_path / "迎五一晚会.gala"
    with GalaDocument.create(path) as doc:
        doc.run(set_gala_facts, facts=GalaFacts(name="迎五一晚会", venue="西广场"))
    with GalaDocument.open(path) as doc:
        facts = doc.read(get_gala_facts)
        assert (facts.name, facts.venue) == ("迎五一晚会", "西广场")
        assert doc.schema_revision() == SCHEMA_HEAD


def test_document_file_settings(empty_doc):
    conn = sqlite3.connect(empty_doc.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47414C41
    conn.close()
    # Foreign keys are enforced on the document's own connections.
    with pytest.raises(errors.ConflictError):
        empty_doc.run(add_person, name="无部门", department_id=999)


def test_failed_write_is_rolled_back_and_next_write_works(empty_doc):
    def half_then_fail(session, **_):
        add_department(session, name="文艺部")
        raise errors.ValidationError("x", "boom")

    half_then_fail.changes = frozenset({Area.PEOPLE})
    with pytest.raises(errors.ValidationError):
        empty_doc.run(half_then_fail)
    empty_doc.run(add_department, name="外联部")
    from gala_manager.core.staff.people import list_departments

    assert [d.name for d in empty_doc.read(list_departments)] == ["外联部"]


def test_validation_rejects_bad_facts(empty_doc):
    with pytest.raises(errors.ValidationError) as info:
        empty_doc.run(set_gala_facts, facts=GalaFacts(name="  "))
    assert info.value.code == "required"
    with pytest.raises(errors.ValidationError) as info:
        empty_doc.run(set_gala_facts, facts=GalaFacts(name="x", planned_minutes=200))
    assert info.value.code == "outside_range"
    assert empty_doc.read(get_gala_facts).name == "测试晚会"


def test_read_only_refuses_writes(demo_path):
    with GalaDocument.open(demo_path, read_only=True) as doc:
        assert len(doc.read(list_people)) > 20
        with pytest.raises(errors.ReadOnlyError):
            doc.run(add_department, name="新部门")


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make, expected", [
    (lambda d: d / "missing.gala", errors.FileMissingError),
    (lambda d: (d / "folder.gala").mkdir() or d / "folder.gala", errors.IsDirectoryError),
    (lambda d: _write(d / "empty.gala", b""), errors.EmptyFileError),
    (lambda d: _write(d / "notes.gala", "晚会节目单\n".encode() * 50), errors.NotSQLiteError),
])
def test_bad_files_get_distinct_errors(tmp_path, make, expected):
    path = make(tmp_path)
    with pytest.raises(expected):
        GalaDocument.open(path)


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.gala"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(errors.ForeignDatabaseError):
        GalaDocument.open(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "other.gala.lock").exists()


def test_truncated_file_is_refused(demo_path):
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(errors.TruncatedFileError):
        GalaDocument.open(demo_path)


def test_corrupt_file_is_refused(demo_path):
    data = bytearray(demo_path.read_bytes())
    page = 4096
    data[page * 2: page * 3] = b"\xff" * page  # scribble over a b-tree page
    demo_path.write_bytes(bytes(data))
    with pytest.raises((errors.CorruptFileError, errors.NotSQLiteError)):
        GalaDocument.open(demo_path)


def test_newer_file_is_refused_untouched(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    with pytest.raises(errors.NewerVersionError):
        GalaDocument.open(demo_path)
    with pytest.raises(errors.NewerVersionError):
        GalaDocument.open(demo_path, read_only=True)
    assert demo_path.read_bytes() == before
    assert not list(demo_path.parent.glob("*.bak-*"))


def test_save_copy_uses_a_consistent_snapshot(demo_doc, tmp_path):
    target = tmp_path / "副本.gala"
    demo_doc.save_copy(target)
    with GalaDocument.open(target) as copy:
        assert copy.read(get_gala_facts) == demo_doc.read(get_gala_facts)


def test_copy_of_missing_source_folder_fails_cleanly(demo_doc, tmp_path):
    with pytest.raises(errors.GalaError):
        demo_doc.save_copy(tmp_path / "no" / "such" / "dir" / "x.gala")


def test_open_keeps_working_after_failed_open(tmp_path, demo_path):
    shutil.copyfile(demo_path, tmp_path / "ok.gala")
    with pytest.raises(errors.EmptyFileError):
        GalaDocument.open(_write(tmp_path / "bad.gala", b""))
    with GalaDocument.open(tmp_path / "ok.gala") as doc:
        assert doc.read(get_gala_facts).name
