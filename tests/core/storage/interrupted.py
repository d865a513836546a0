"""Make a gala with an interrupted save: a process dies mid-transaction, its journal hot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# A tiny page cache makes SQLite write changed pages into the gala before the commit,
# the originals safe in the journal; dying then leaves the journal hot, as a kill -9
# or a power cut during a save does.
DIE_MID_SAVE = r"""
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=2")
conn.execute("BEGIN IMMEDIATE")
for i in range(300):
    conn.execute("INSERT INTO department (name, duties, colour, sort_order) "
                 "VALUES (?, ?, '#888888', 0)", (f"未保存{i}", "半途" * 1000))
os._exit(0)
"""


def leave_interrupted_save(path: Path) -> None:
    """Leave `path` with a hot journal of 300 departments that were never saved."""
    subprocess.run([sys.executable, "-c", DIE_MID_SAVE, str(path)], check=True)
    assert Path(str(path) + "-journal").stat().st_size > 0
