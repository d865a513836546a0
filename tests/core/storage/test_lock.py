"""One writer at a time: the OS lock, its owner record, stale records, every path to a gala."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gala_manager.core import errors
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.storage import lock as lock_module
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.lock import GalaLock, lock_path, owner_path, read_owner

ROOT = Path(__file__).resolve().parents[3]
ENV = dict(os.environ, PYTHONPATH=str(ROOT))
# A racer: on "go T" it waits for the moment T, then opens the gala read-write (or
# takes the bare lock, whose race window is narrower still) and says whether it got
# it; on "close" it closes what it holds.
RACER = """
import sys, time
from gala_manager.core import errors
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.lock import GalaLock
path, what = sys.argv[1:3]
print("ready", flush=True)
held = None
for line in sys.stdin:
    word, *rest = line.split()
    if word == "go":
        start = float(rest[0])
        while time.time() < start:
            pass
        try:
            if what == "lock":
                held = GalaLock(path)
                held.acquire()
            else:
                held = GalaDocument.open(path)
            print("held", flush=True)
        except errors.FileLockedError:
            held = None
            print("refused", flush=True)
    elif word == "close":
        if held is not None:
            held.release() if what == "lock" else held.close()
            held = None
        print("closed", flush=True)
"""
HOLDER = """
import sys, time
from gala_manager.core.storage.document import GalaDocument
doc = GalaDocument.open(sys.argv[1])
print("held", flush=True)
time.sleep(600)
"""
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and symlinks are POSIX")


def _record(path: Path, **fields) -> None:
    data = {"pid": 1, "host": "other-laptop", "user": "小王", "since": "2026-04-30T18:00:00"}
    owner_path(path).write_text(json.dumps({**data, **fields}), encoding="utf-8")


def test_second_opener_is_told_who_has_it(demo_doc):
    with pytest.raises(errors.FileLockedError) as info:
        GalaDocument.open(demo_doc.path)
    assert (info.value.host, info.value.pid) == (socket.gethostname(), os.getpid())
    assert info.value.since
    # Reading beside the writer still works.
    with GalaDocument.open(demo_doc.path, read_only=True) as reader:
        assert reader.read(get_gala_facts).name


def test_closing_removes_the_lock_and_its_record(demo_path):
    doc = GalaDocument.open(demo_path)
    assert lock_path(demo_path).exists()
    assert read_owner(demo_path).pid == os.getpid()
    doc.close()
    assert not lock_path(demo_path).exists() and not owner_path(demo_path).exists()
    GalaDocument.open(demo_path).close()


def test_a_record_left_by_a_crash_on_this_computer_is_taken_over(demo_path):
    lock_path(demo_path).write_text("", encoding="utf-8")
    _record(demo_path, pid=999_999_999, host=socket.gethostname(), user="someone")
    with GalaDocument.open(demo_path) as doc:
        assert doc.read(get_gala_facts).name
        assert read_owner(demo_path).pid == os.getpid()


def test_a_lock_taken_but_not_yet_recorded_is_not_stale(demo_path):
    # The race the hand-written lock lost: its file existed before its owner was in it.
    from filelock import FileLock

    taken = FileLock(lock_path(demo_path), timeout=0, thread_local=False)
    taken.acquire()
    try:
        with pytest.raises(errors.FileLockedError) as info:
            GalaDocument.open(demo_path)
        assert info.value.host == ""  # nobody named yet: "in use by another program"
    finally:
        taken.release()
    GalaDocument.open(demo_path).close()


def test_another_computers_record_is_respected_until_it_goes_stale(demo_path):
    _record(demo_path)
    with pytest.raises(errors.FileLockedError) as info:
        GalaDocument.open(demo_path)
    assert (info.value.host, info.value.user) == ("other-laptop", "小王")
    assert owner_path(demo_path).exists()  # the other computer's record is left alone
    assert not lock_path(demo_path).exists()
    # Its holder stopped refreshing it over an hour ago: it crashed or lost the share.
    old = time.time() - lock_module.FOREIGN_STALE.total_seconds() - 60
    os.utime(owner_path(demo_path), (old, old))
    with GalaDocument.open(demo_path):
        assert read_owner(demo_path).host == socket.gethostname()


def test_the_holder_keeps_its_record_fresh(demo_path, monkeypatch):
    monkeypatch.setattr(lock_module, "HEARTBEAT", dt.timedelta(seconds=0.05))
    lock = GalaLock(demo_path)
    lock.acquire()
    try:
        old = time.time() - 3600
        os.utime(owner_path(demo_path), (old, old))
        time.sleep(0.3)
        assert lock_module.record_age(demo_path) < dt.timedelta(seconds=60)
    finally:
        lock.release()


@posix_only
def test_every_path_to_the_gala_meets_the_same_lock(demo_doc, tmp_path):
    link = tmp_path / "链接.gala"
    link.symlink_to(demo_doc.path)
    (tmp_path / "sub").mkdir()
    dotted = tmp_path / "sub" / ".." / demo_doc.path.name
    for other in (link, dotted):
        with pytest.raises(errors.FileLockedError):
            GalaDocument.open(other)
    with GalaDocument.open(link, read_only=True) as reader:
        assert reader.read(get_gala_facts).name


@posix_only
def test_the_lock_of_a_killed_process_is_free_at_once(demo_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_path)], env=ENV,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(errors.FileLockedError) as info:
            GalaDocument.open(demo_path)
        assert info.value.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    with GalaDocument.open(demo_path) as doc:
        assert doc.read(get_gala_facts).name


def test_a_full_disk_leaves_no_lock_behind(demo_path, monkeypatch):
    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lock_module.os, "fsync", full)
    with pytest.raises(errors.DiskFullError):
        GalaDocument.open(demo_path)
    assert not lock_path(demo_path).exists() and not owner_path(demo_path).exists()


def race(path: Path, racers: int, rounds: int, what: str = "open") -> list[int]:
    """Start `racers` processes, let them open `path` (or take its bare lock) at the
    same moment `rounds` times; how many held it read-write in each round."""
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(path), what], env=ENV,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for _ in range(racers)]
    holders = []
    try:
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready"
        for _round in range(rounds):
            start = time.time() + 0.05
            for proc in procs:
                proc.stdin.write(f"go {start}\n")
                proc.stdin.flush()
            answers = [proc.stdout.readline().strip() for proc in procs]
            assert set(answers) <= {"held", "refused"}, answers
            holders.append(answers.count("held"))
            for proc in procs:
                proc.stdin.write("close\n")
                proc.stdin.flush()
            assert [proc.stdout.readline().strip() for proc in procs] == ["closed"] * racers
    finally:
        for proc in procs:
            proc.stdin.close()
            proc.wait(timeout=30)
            proc.stdout.close()
    return holders


@pytest.mark.parametrize("what", ["open", "lock"])
def test_eight_processes_racing_leave_exactly_one_writer(demo_path, what):
    assert race(demo_path, 8, 10, what) == [1] * 10


@pytest.mark.slow
@pytest.mark.parametrize("what", ["open", "lock"])
def test_eight_processes_racing_a_hundred_times_leave_exactly_one_writer(demo_path, what):
    assert race(demo_path, 8, 100, what) == [1] * 100
