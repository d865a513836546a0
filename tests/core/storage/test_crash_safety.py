"""kill -9 during edits and during imports: the app opens the file after every kill (never
sqlite3, which would roll the journal back and hide a refusal), integrity is ok, every
acknowledged edit is there and every import is all or nothing.

CI kills a few times; `make test-slow` kills 100 times each and prints the figures.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.staff.people import list_departments, list_people
from gala_manager.core.storage.document import GalaDocument

ROOT = Path(__file__).resolve().parents[3]
# Edits: one department per committed verb, acknowledged only after the commit returned.
EDITOR = """
import sys
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.staff.people import add_department
doc = GalaDocument.open(sys.argv[1])
prefix = sys.argv[2]
i = 0
while True:
    doc.run(add_department, name=f"{prefix}{i}")
    print(i, flush=True)
    i += 1
"""
# Imports: each sheet of 60 people through the app's one import path, all or nothing.
IMPORTER = """
import sys
from gala_manager.app.importing import commit, preview_file
from gala_manager.app.staff.people_import import PEOPLE
from gala_manager.core.storage.document import GalaDocument
doc = GalaDocument.open(sys.argv[1])
for k, sheet in enumerate(sys.argv[2:]):
    preview = preview_file(PEOPLE, doc, sheet)
    print(f"committing {k}", flush=True)
    commit(doc, preview)
    print(k, flush=True)
"""
SHEET_ROWS = 60
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@dataclass
class Kills:
    """What a series of kills found."""

    runs: int = 0
    recovered: int = 0      # opens that undid an interrupted save
    acknowledged: int = 0   # edits or imports acknowledged before their kill

    def line(self, what: str) -> str:
        return (f"{what}: {self.runs} kill -9, {self.recovered} interrupted saves recovered, "
                f"{self.acknowledged} acknowledged, none lost, no refusal")


def _run_until_killed(script: str, args: list[str], target: int, rng: random.Random,
                      within: float = 0.03) -> int:
    """Start `script`, kill it with SIGKILL soon after its `target`th acknowledgement
    (at a random moment of the next commit, `within` seconds once it says it is
    committing); the last acknowledged number."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", script, *args], env=env,
                            stdout=subprocess.PIPE, text=True)
    acknowledged = -1
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("committing"):
                if acknowledged >= target:
                    break
                continue
            acknowledged = int(line)
            if acknowledged >= target and "committing" not in script:
                break
        time.sleep(rng.uniform(0, within))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # What it printed after the line we read was acknowledged too.
        for line in proc.stdout.read().splitlines():
            if not line.startswith("committing"):
                acknowledged = int(line)
    finally:
        proc.kill()
        proc.stdout.close()
    return acknowledged


def _open_with_the_app(path: Path, kills: Kills):
    doc = GalaDocument.open(path)  # any refusal fails the test here
    kills.runs += 1
    kills.recovered += doc.recovered
    assert doc.read(_integrity) == "ok"
    return doc


def _integrity(session) -> str:
    return session.execute(text("PRAGMA integrity_check")).scalar()


def kill_during_edits(path: Path, runs: int, seed: int = 15) -> Kills:
    rng, kills = random.Random(seed), Kills()
    for run in range(runs):
        prefix = f"第{run}轮部门"
        acknowledged = _run_until_killed(EDITOR, [str(path), prefix], rng.randint(2, 40), rng)
        with _open_with_the_app(path, kills) as doc:
            names = {d.name for d in doc.read(list_departments)}
        lost = [i for i in range(acknowledged + 1) if f"{prefix}{i}" not in names]
        assert lost == [], f"run {run}: acknowledged edits lost: {lost}"
        kills.acknowledged += acknowledged + 1
    return kills


def _sheets(folder: Path, runs: int, per_run: int) -> list[list[str]]:
    folder.mkdir(exist_ok=True)
    sheets = []
    for run in range(runs):
        paths = []
        for k in range(per_run):
            wb = Workbook()
            ws = wb.active
            ws.append(["姓名", "电话", "备注"])
            for i in range(SHEET_ROWS):
                ws.append([f"第{run}轮表{k}人{i}", f"139{run:03d}{k:02d}{i:03d}"[:11],
                           "导入测试：全部或全不"])
            path = folder / f"名单-{run}-{k}.xlsx"
            wb.save(path)
            paths.append(str(path))
        sheets.append(paths)
    return sheets


def kill_during_imports(path: Path, folder: Path, runs: int, seed: int = 15) -> Kills:
    rng, kills = random.Random(seed), Kills()
    per_run = 6
    for run, sheets in enumerate(_sheets(folder, runs, per_run)):
        # An import's commit takes 0.2–0.5 s here (verb, then SQLite's journal and syncs).
        acknowledged = _run_until_killed(IMPORTER, [str(path), *sheets],
                                         rng.randint(0, per_run - 2), rng, within=0.5)
        with _open_with_the_app(path, kills) as doc:
            names = {p.name for p in doc.read(list_people)}
        for k in range(per_run):
            present = sum(f"第{run}轮表{k}人{i}" in names for i in range(SHEET_ROWS))
            if k <= acknowledged:
                assert present == SHEET_ROWS, f"run {run}: acknowledged import {k} lost"
            else:
                assert present in (0, SHEET_ROWS), f"run {run}: import {k} half done"
        kills.acknowledged += acknowledged + 1
    return kills


@pytest.fixture
def gala(tmp_path) -> Path:
    path = tmp_path / "崩溃测试.gala"
    with GalaDocument.create(path) as doc:
        doc.run(set_gala_facts, facts=GalaFacts(name="崩溃测试"))
    return path


def test_kill_during_edits_loses_no_acknowledged_edit(gala):
    assert kill_during_edits(gala, 4).runs == 4


def test_kill_during_imports_keeps_them_all_or_nothing(gala, tmp_path):
    assert kill_during_imports(gala, tmp_path / "sheets", 2).runs == 2


@pytest.mark.slow
def test_a_hundred_kills_during_edits(gala):
    kills = kill_during_edits(gala, 100)
    print("\n" + kills.line("edits"))
    assert kills.runs == 100


@pytest.mark.slow
def test_a_hundred_kills_during_imports(gala, tmp_path):
    kills = kill_during_imports(gala, tmp_path / "sheets", 100)
    print("\n" + kills.line("imports"))
    assert kills.runs == 100
