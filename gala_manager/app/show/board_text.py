"""Words of a run's board, the same on the console, the stage display and the crew's phones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from gala_manager.app.formatting import format_date
from gala_manager.app.show.wording import clock_text, phase_label
from gala_manager.core.contingency.rules import Phase
from gala_manager.core.show.board import Board
from gala_manager.core.show.state import PlannedAct

translate = QCoreApplication.translate
# Further away than this, the gala's start is a date, not a countdown.
COUNTDOWN_LIMIT = dt.timedelta(hours=12)


def _hm(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else "—"


def run_label(run: int | None) -> str:
    """REHEARSAL or SHOW: which log the console writes to."""
    return (translate("ShowBoard", "REHEARSAL") if run is not None
            else translate("ShowBoard", "SHOW"))


def schedule_text(board: Board) -> str:
    """"Planned 19:00–21:33 · now ending 21:40" (the plan anchored to the actual start)."""
    return translate("ShowBoard", "Planned {start}–{end} · now ending {projected}").format(
        start=_hm(board.planned_start), end=_hm(board.planned_end),
        projected=_hm(board.projected_end))


def delta_text(board: Board) -> tuple[str, str]:
    """(text, tone) of ahead/behind: tone is "ok", "behind", "ahead" or "" before the start."""
    if board.started is None:
        return translate("ShowBoard", "Not started"), ""
    behind = board.behind_seconds
    if abs(behind) < 60:
        return translate("ShowBoard", "On schedule"), "ok"
    if behind > 0:
        return translate("ShowBoard", "Behind by {t}").format(t=clock_text(behind)), "behind"
    return translate("ShowBoard", "Ahead by {t}").format(t=clock_text(-behind)), "ahead"


def contact_text(act: PlannedAct) -> str:
    """"☎ 李倩 13600001111", or "" without a contact."""
    if not act.contact_name and not act.contact_phone:
        return ""
    return f"☎ {act.contact_name} {act.contact_phone}".rstrip()


def host_line(act: PlannedAct) -> str:
    """"王浩然：下面，让我们……": who introduces an act and what they say ("" if nobody)."""
    if not act.host_link:
        return ""
    if not act.host_name:
        return act.host_link
    return translate("ShowBoard", "{host}: {link}").format(host=act.host_name, link=act.host_link)


def stage_title(board: Board) -> str:
    """The big line: the act on stage, or where the run stands."""
    if board.on_stage is not None:
        return board.on_stage.title
    if board.ended is not None:
        return translate("ShowBoard", "The show has ended")
    if board.started is None:
        return (translate("ShowBoard", "Rehearsal run") if board.run is not None
                else translate("ShowBoard", "Not started"))
    if board.intermission_since is not None:
        return phase_label(Phase.INTERMISSION)
    return translate("ShowBoard", "Stage empty")


def stage_time(board: Board) -> str:
    """"03:12 / 05:00" for the act on stage, the intermission's length, or ""."""
    if board.on_stage is not None:
        return f"{clock_text(board.elapsed)} / {clock_text(board.on_stage.duration_seconds)}"
    if board.intermission_since is not None:
        return clock_text(int((board.now - board.intermission_since).total_seconds()))
    return ""


def stage_info(board: Board, scheduled_start: dt.datetime | None) -> str:
    """The line under the time: when the act started, pauses, overruns, what to press."""
    if board.on_stage is not None:
        info = [translate("ShowBoard", "started {time}").format(
            time=f"{board.on_stage_since:%H:%M:%S}")]
        if board.paused:
            info.append(translate("ShowBoard", "paused: power failure"))
        if board.over_seconds:
            info.append(translate("ShowBoard", "over by {t}").format(
                t=clock_text(board.over_seconds)))
        if board.restarts:
            restarts = board.restarts
            info.append(translate("ShowBoard", "restarted {n} time(s)", "", restarts).format(
                n=restarts))
        return " · ".join(info)
    if board.ended is not None:
        run_time = (clock_text(int((board.ended - board.started).total_seconds()))
                    if board.started else "—")
        return translate("ShowBoard", "Run time {t}").format(t=run_time)
    if board.started is None:
        return _before_start(board, scheduled_start)
    if board.intermission_since is not None:
        return translate("ShowBoard", "Press Space when the second half begins")
    return (translate("ShowBoard", "Press Space to bring on the next act") if board.next_act
            else translate("ShowBoard", "No act left: press E to end"))


def _before_start(board: Board, scheduled: dt.datetime | None) -> str:
    if board.run is not None or scheduled is None:
        return translate("ShowBoard", "Press F5 to start")
    wait = scheduled - board.now
    if wait > COUNTDOWN_LIMIT:
        return translate("ShowBoard", "The gala is on {date} at {time}").format(
            date=format_date(scheduled.date()), time=f"{scheduled:%H:%M}")
    if wait > dt.timedelta(0):
        return translate("ShowBoard", "Starts in {t}").format(
            t=clock_text(int(wait.total_seconds())))
    if -wait > COUNTDOWN_LIMIT:
        return translate("ShowBoard", "Press F5 to start")
    return translate("ShowBoard", "Start time reached: press F5")
