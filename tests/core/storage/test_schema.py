"""Schema revisions: head, models and migrations agree; old files migrate safely."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from gala_manager.core import errors
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import Base
from gala_manager.core.staff.people import list_departments, list_people
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.schema import SCHEMA_HEAD, create_file, script_head

OLD_FIXTURE = Path(__file__).parents[2] / "fixtures" / "gala_0001.gala"


def test_schema_head_constant_matches_the_scripts():
    assert SCHEMA_HEAD == script_head()


def test_models_match_the_migrated_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    path = tmp_path / "new.gala"
    create_file(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_old_file_is_backed_up_and_migrated(tmp_path):
    path = tmp_path / "旧版.gala"
    shutil.copyfile(OLD_FIXTURE, path)
    original = path.read_bytes()
    with GalaDocument.open(path) as doc:
        assert doc.schema_revision() == SCHEMA_HEAD
        assert doc.read(get_gala_facts).name == "旧版晚会"
        people = doc.read(list_people)
        assert [(p.name, p.phone, p.department_name) for p in people] == [
            ("陈思远", "13812345601", "文艺部")]
        assert doc.read(list_departments)[0].head_person_id == people[0].id
    backups = list(tmp_path.glob("旧版.gala.bak-*"))
    if SCHEMA_HEAD != "0001":
        assert len(backups) == 1
        assert backups[0].read_bytes()[:16] == original[:16]
        conn = sqlite3.connect(backups[0])
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        conn.close()


def test_each_migrated_gala_gets_its_own_identifier(tmp_path):
    """Revision 0014: an old file gets a random identifier of its own (calendar UIDs)."""
    from gala_manager.core.gala.facts import gala_uid

    uids = []
    for name in ("a.gala", "b.gala"):
        shutil.copyfile(OLD_FIXTURE, tmp_path / name)
        with GalaDocument.open(tmp_path / name) as doc:
            uids.append(doc.read(gala_uid))
    assert all(len(u) == 32 and int(u, 16) >= 0 for u in uids) and uids[0] != uids[1]


def test_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.gala"
    shutil.copyfile(OLD_FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'base-test'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    # An unknown revision is "newer": refused untouched, never half-migrated.
    with pytest.raises(errors.NewerVersionError):
        GalaDocument.open(path)
    assert path.read_bytes() == before


def test_migration_error_rolls_back_everything(tmp_path, monkeypatch):
    from gala_manager.core.storage import schema

    path = tmp_path / "old.gala"
    shutil.copyfile(OLD_FIXTURE, path)
    before = path.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_HEAD", "not-yet")

    def failing_upgrade(conn, revision):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE person")
        conn.execute("ROLLBACK")
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(schema, "_upgrade", failing_upgrade)
    with pytest.raises(errors.MigrationFailedError):
        schema.ensure_current(path)
    assert path.read_bytes() == before
