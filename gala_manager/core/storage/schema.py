"""Create gala files and bring older ones up to date through Alembic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gala_manager.core import errors
from gala_manager.core.storage.access import JOURNAL_SUFFIX, check_new_name, os_error, temp_beside
from gala_manager.core.storage.backup import copy_database, migration_backup_path
from gala_manager.core.storage.engine import connect_raw, mark_as_gala_file

# The newest revision this version knows. Kept as a constant so that opening
# an up-to-date file does not import Alembic; a test checks it against the
# scripts in core/migrations/versions.
SCHEMA_HEAD = "0018"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def file_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision a file is at, or None when it has none."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision id shipped with this version."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str:
    """The head revision according to the Alembic scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def create_file(path: Path) -> None:
    """Write an empty gala file at `path` with the newest schema.

    The schema is built by running every revision, the same path older
    files take, so a new file and a migrated one cannot differ. It is built
    under a short temporary name and renamed into place: a full disk or a
    crash leaves nothing under the gala's name, and no temporary file.
    """
    path = Path(path)
    if path.exists():
        raise errors.FileExistsAlreadyError(path)
    check_new_name(path)
    tmp = temp_beside(path)
    tmp_journal = Path(str(tmp) + JOURNAL_SUFFIX)
    try:
        sqlite3.connect(str(tmp)).close()
        conn = connect_raw(tmp, read_only=False)
        try:
            mark_as_gala_file(conn)
            _upgrade(conn, "head")
        finally:
            conn.close()
        tmp.replace(path)
    except OSError as exc:
        raise os_error(path, exc) from exc
    except sqlite3.OperationalError as exc:
        if "full" in str(exc).lower():
            raise errors.DiskFullError(path) from exc
        if "readonly" in str(exc).lower() or "unable to open" in str(exc).lower():
            raise errors.WriteProtectedError(path, reason="folder") from exc
        raise
    finally:
        tmp.unlink(missing_ok=True)
        tmp_journal.unlink(missing_ok=True)


def upgrade_to(path: Path, revision: str) -> None:
    """Run revisions up to `revision` on a file (tests build old fixtures with it)."""
    conn = connect_raw(path, read_only=False)
    try:
        _upgrade(conn, revision)
    finally:
        conn.close()


def _upgrade(conn: sqlite3.Connection, revision: str) -> None:
    """Upgrade in one transaction, foreign keys off (see below), all or nothing."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    # A batch-mode table rebuild with foreign keys on would silently delete
    # child rows through ON DELETE CASCADE; the pragma is a no-op inside a
    # transaction, so it is set before BEGIN.
    conn.execute("PRAGMA foreign_keys=OFF")
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    try:
        with engine.connect() as sa_conn:
            sa_conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                command.upgrade(_alembic_config(sa_conn), revision)
                problems = sa_conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"foreign key violations after upgrade: {problems[:5]}")
                sa_conn.exec_driver_sql("COMMIT")
            except BaseException:
                sa_conn.exec_driver_sql("ROLLBACK")
                raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def ensure_current(path: Path) -> Path | None:
    """Check the file's revision; migrate an older file after backing it up.

    Returns the backup written before a migration, or None when the file was
    current. A file from a newer version raises `NewerVersionError` untouched.
    """
    path = Path(path)
    conn = connect_raw(path, read_only=True)
    try:
        current = file_revision(conn)
    finally:
        conn.close()
    if current == SCHEMA_HEAD:
        return None
    if current is None:
        # Our header but no revision: never written by us completely.
        raise errors.CorruptFileError(path)
    if current not in known_revisions():
        raise errors.NewerVersionError(path, revision=current)
    backup = migration_backup_path(path)
    copy_database(path, backup)
    conn = connect_raw(path, read_only=False)
    try:
        _upgrade(conn, "head")
    except Exception as exc:  # noqa: BLE001 - any failure leaves the file as it was
        raise errors.MigrationFailedError(path, reason=str(exc)) from exc
    finally:
        conn.close()
    return backup
