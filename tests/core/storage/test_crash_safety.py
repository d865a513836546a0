"""A process killed mid-stream of commits leaves an intact file with every acknowledged edit."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.storage.document import GalaDocument

ROOT = Path(__file__).resolve().parents[3]
WRITER = """
import sys
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.staff.people import add_department
doc = GalaDocument.open(sys.argv[1])
i = 0
while True:
    doc.run(add_department, name=f"部门{i}")
    # Acknowledge only after the commit returned.
    print(i, flush=True)
    i += 1
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_sigkill_during_commits_never_loses_an_acknowledged_edit(tmp_path):
    path = tmp_path / "crash.gala"
    with GalaDocument.create(path) as doc:
        doc.run(set_gala_facts, facts=GalaFacts(name="崩溃测试"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for round_ in range(22):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], env=env,
                                stdout=subprocess.PIPE, text=True)
        acknowledged = -1
        deadline = time.monotonic() + 20
        # Kill at a different point each round: after a varying number of commits.
        target = 3 + (round_ * 7) % 23
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged = int(line)
            if acknowledged >= target:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {row[0] for row in conn.execute("SELECT name FROM department")}
        conn.close()
        for i in range(acknowledged + 1):
            assert f"部门{i}" in names, f"round {round_}: acknowledged commit {i} lost"
        # Next round starts fresh; the stale lock of the killed writer is cleared.
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM department")
        conn.commit()
        conn.close()
    with GalaDocument.open(path) as doc:
        assert doc.schema_revision()
