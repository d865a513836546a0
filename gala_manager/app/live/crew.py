"""The crew's view of a run, read from the gala file: on stage, standing by, to call.

`crew_snapshot` is a plain JSON-able dict (the words in the interface's
language); `crew_server` serves it with its page (see `server`). The callers who
bring acts to the wings and the tech desk open it on their phones.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.contingency.wording import kind_label
from gala_manager.app.live.pages import live_page
from gala_manager.app.live.server import LiveServer
from gala_manager.app.show.board_text import (
    delta_text,
    run_label,
    stage_info,
    stage_time,
    stage_title,
)
from gala_manager.app.show.wording import phase_label
from gala_manager.core.contingency.thresholds import get_rule_settings
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.show.actions import read_show
from gala_manager.core.show.board import make_board
from gala_manager.core.show.runs import live_run
from gala_manager.core.show.state import PlannedAct

translate = QCoreApplication.translate


def _act(act: PlannedAct) -> dict:
    return {"number": act.number, "title": act.title, "contact": act.contact_name,
            "phone": act.contact_phone}


def _labels() -> dict:
    return {
        "title": translate("CrewView", "Backstage"),
        "on_stage": translate("CrewView", "ON STAGE"),
        "standby": translate("CrewView", "STANDING BY (backstage, ready)"),
        "to_call": translate("CrewView", "TO CALL"),
        "incidents": translate("CrewView", "INCIDENT"),
        "live": translate("CrewView", "live"),
        "offline": translate("CrewView", "reconnecting…"),
    }


def crew_snapshot(read, now: dt.datetime) -> dict:
    """The live run (see `runs.live_run`) at `now`, as the crew's page shows it."""
    run = read(live_run)
    show = read(read_show, run=run)
    settings = read(get_rule_settings)
    facts = read(get_gala_facts)
    board = make_board(show, settings.standby_count, now)
    delta, tone = delta_text(board)
    return {
        "gala": facts.name,
        "clock": now.strftime("%H:%M:%S"),
        "run": run_label(board.run),
        "rehearsal": board.run is not None,
        "phase": phase_label(board.phase),
        "delta": delta if board.started else "",
        "tone": tone,
        "stage": {"title": stage_title(board), "time": stage_time(board),
                  "info": stage_info(board, facts.start_datetime()),
                  "act": _act(board.on_stage) if board.on_stage else None,
                  "paused": board.paused, "over": board.over_seconds > 0},
        "standby": [_act(a) for a in board.standby],
        "to_call": [_act(a) for a in board.to_call],
        "incidents": [kind_label(i.kind) for i in board.incidents],
        "labels": _labels(),
    }


def crew_page(lang: str) -> str:
    """The crew's page (HTML with its script), in `lang` ("zh_CN" or "en")."""
    return live_page("crew_page.html", lang)


def file_mark(path: Path) -> tuple[int, int]:
    """What changes when the gala file is written (every console action is a write)."""
    stat = os.stat(path)
    return stat.st_mtime_ns, stat.st_size


def crew_server(document, *, host: str, port: int = 0, lang: str = "en",
                now: Callable[[], dt.datetime] = dt.datetime.now) -> LiveServer:
    """A server of the crew's view of `document` (open read-only: it never writes)."""
    path = Path(document.path)
    return LiveServer(crew_page(lang), lambda: crew_snapshot(document.read, now()), host=host,
                      port=port, changed=lambda: file_mark(path))
