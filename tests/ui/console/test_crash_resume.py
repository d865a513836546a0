"""Crash and resume: the console is killed mid-show; the log survives, the show resumes."""

import signal
import subprocess
import sys
from pathlib import Path

from gala_manager.core.show.actions import read_show
from gala_manager.core.show.log import EventKind, show_log
from gala_manager.core.show.state import Outcome
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.console.launcher import ConsoleLauncher, console_launcher
from gala_manager.ui.contingency.contingency_page import ContingencyPage
from gala_manager.ui.controller import GalaController
from tests.ui.console_helpers import standby_text

SCRIPT = Path(__file__).parents[1] / "console_script.py"
KEYS = ["F5", "Space", "P", "V", "Space", "B", "B", "R", "Space", "Space"]


def test_killed_console_resumes_at_the_same_act(qtbot, demo_path, tmp_path, monkeypatch):
    child = subprocess.Popen([sys.executable, str(SCRIPT), str(demo_path), *KEYS],
                             stdout=subprocess.PIPE, text=True)
    try:
        lines = []
        for line in child.stdout:
            lines.append(line.strip())
            if line.strip() == "ready":
                break
        assert lines[-1] == "ready", lines
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    # The stale lock of the dead process is cleared; every action is in the log.
    with GalaDocument.open(demo_path) as doc:
        kinds = [e.kind for e in doc.read(show_log)]
        show = doc.read(read_show)
    assert kinds == [EventKind.SHOW_START, EventKind.NEXT, EventKind.INCIDENT_START,
                     EventKind.INCIDENT_RESOLVE, EventKind.NEXT, EventKind.RESTART,
                     EventKind.WITHDRAW, EventKind.SWAP, EventKind.NEXT, EventKind.NEXT]
    titles = [a.title for a in show.acts]
    state = show.state
    assert state.running
    # Act 3 withdrawn, act 4 went on; act 5 swapped with act 6: 6 went on, then 5.
    assert state.on_stage.act_id == show.acts[4].act_id
    assert {r.act_id: r.outcome for r in state.runs}[show.acts[2].act_id] == Outcome.WITHDRAWN

    # Reopening in the app offers to resume, and the console shows the same act.
    asked = []
    monkeypatch.setattr(ConsoleLauncher, "ask_resume",
                        lambda self, run: asked.append(run) or True)
    controller = GalaController()
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    controller.set_document(GalaDocument.open(demo_path, data_dir=tmp_path / "data"))
    try:
        assert asked
        assert console_launcher(controller).console.stage.title.full_text() == titles[4]
        assert titles[6] in standby_text(console_launcher(controller).console)
        console_launcher(controller).console.close()
    finally:
        controller.close_document()
