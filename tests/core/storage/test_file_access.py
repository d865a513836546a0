"""Honest about the file: read-only files and folders, names too long, full disks, versions."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gala_manager.core import errors
from gala_manager.core.demo import write_demo
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.staff.people import add_department
from gala_manager.core.storage.access import name_excess
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.integrity import check_file

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and mounts")
# 81 Chinese characters: a valid name of 248 bytes, whose journal's would be 256.
LONG_NAME = "五" * 81 + ".gala"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@posix_only
@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_read_only_file_or_folder_opens_read_only_and_says_why(demo_path, where):
    before = _listing(demo_path.parent)
    (demo_path if where == "file" else demo_path.parent).chmod(0o444 if where == "file"
                                                               else 0o555)
    try:
        with pytest.raises(errors.WriteProtectedError) as info:
            GalaDocument.open(demo_path)
        assert info.value.reason == where
        with GalaDocument.open(demo_path, read_only=True) as doc:
            assert doc.read_only and doc.read_only_reason == where
            assert doc.read(get_gala_facts).name
            with pytest.raises(errors.ReadOnlyError):
                doc.run(add_department, name="新部门")
    finally:
        demo_path.parent.chmod(0o755)
        demo_path.chmod(0o644)
    assert _listing(demo_path.parent) == before  # no lock, no journal, no backup


def test_a_name_too_long_for_its_journal_is_refused_at_creation(tmp_path):
    path = tmp_path / LONG_NAME
    assert len(path.name.encode()) == 248 and name_excess(path) == 1
    with pytest.raises(errors.NameTooLongError) as info:
        GalaDocument.create(path)
    assert info.value.excess == 1
    with pytest.raises(errors.NameTooLongError):
        write_demo(path)
    assert _listing(tmp_path) == []
    GalaDocument.create(tmp_path / ("五" * 80 + ".gala")).close()  # one less fits


def test_an_existing_gala_with_such_a_name_opens_read_only(demo_path, tmp_path):
    path = tmp_path / LONG_NAME
    shutil.copyfile(demo_path, path)
    with pytest.raises(errors.WriteProtectedError) as info:
        GalaDocument.open(path)
    assert info.value.reason == "name"
    with GalaDocument.open(path, read_only=True, data_dir=tmp_path / "data") as doc:
        assert doc.read_only_reason == "name"
        copy = tmp_path / "短名.gala"
        doc.save_copy(copy)
    with GalaDocument.open(copy) as doc:  # the copy under a shorter name can be edited
        doc.run(add_department, name="新部门")


def test_check_refuses_a_newer_file_as_the_app_does(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("ALTER TABLE act RENAME COLUMN notes TO remarks")  # a newer schema
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    with pytest.raises(errors.NewerVersionError):
        check_file(demo_path)
    assert demo_path.read_bytes() == before


def _mount_small_disk(folder: Path, size_kb: int) -> bool:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                           str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def full_disk(tmp_path):
    """A tiny disk (tmpfs) holding a gala, then filled to the last byte."""
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("needs Linux mount")
    disk = tmp_path / "disk"
    if not _mount_small_disk(disk, 2048):
        pytest.skip("no permission to mount a small disk")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def _fill(disk: Path) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # the disk is full
    finally:
        os.close(fd)


@posix_only
def test_a_full_disk_is_called_full_and_left_clean(full_disk, demo_path, tmp_path):
    gala = full_disk / "晚会.gala"
    shutil.copyfile(demo_path, gala)
    _fill(full_disk)
    before = _listing(full_disk)
    with pytest.raises(errors.DiskFullError):
        GalaDocument.open(gala, data_dir=tmp_path / "data")
    with pytest.raises(errors.DiskFullError):
        write_demo(full_disk / "演示.gala")
    with pytest.raises(errors.DiskFullError):
        GalaDocument.create(full_disk / "新晚会.gala")
    assert _listing(full_disk) == before  # no lock, record, journal or partial file
    with GalaDocument.open(gala, read_only=True) as doc:  # still readable
        assert doc.read(get_gala_facts).name
