"""Words of the lucky draw: pools, winners' statuses, errors, problems and log lines."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.draws.errors import (
    AlreadyDrawnError,
    NotAbsentError,
    PoolTooSmallError,
    PrizeStockError,
)
from gala_manager.core.draws.pool import excluded_names, excluded_numbers
from gala_manager.core.draws.rows import DrawData
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import PoolKind, WinnerStatus
from gala_manager.core.operations import Area

translate = QCoreApplication.translate

_STATUSES = {
    WinnerStatus.DRAWN: QT_TRANSLATE_NOOP("Draws", "Drawn"),
    WinnerStatus.COLLECTED: QT_TRANSLATE_NOOP("Draws", "Prize collected"),
    WinnerStatus.ABSENT: QT_TRANSLATE_NOOP("Draws", "Absent"),
}

_POOLS = {
    PoolKind.RANGE: QT_TRANSLATE_NOOP("Draws", "Numbers (seats or tickets)"),
    PoolKind.NAMES: QT_TRANSLATE_NOOP("Draws", "A list of names"),
}

_VALIDATION = {
    ("name", "required"): QT_TRANSLATE_NOOP("Draws", "A draw needs a name."),
    ("name", "too_long"): QT_TRANSLATE_NOOP("Draws", "The draw's name is too long."),
    ("winners", "out_of_range"): QT_TRANSLATE_NOOP(
        "Draws", "The number of winners must be between 1 and 1,000."),
    ("range", "required"): QT_TRANSLATE_NOOP(
        "Draws", "Give the first and the last number of the pool."),
    ("range", "out_of_range"): QT_TRANSLATE_NOOP(
        "Draws", "The numbers must run from a first to a last number, at most 100,000 "
                 "of them."),
    ("names", "required"): QT_TRANSLATE_NOOP("Draws", "The list of names is empty."),
    ("names", "out_of_range"): QT_TRANSLATE_NOOP(
        "Draws", "The list holds more than 20,000 names."),
    ("names", "too_long"): QT_TRANSLATE_NOOP(
        "Draws", "A name in the list is longer than 100 characters."),
}


def winner_status_label(status: WinnerStatus) -> str:
    """The translated name of a winner's status (已抽中, 已领奖, 缺席)."""
    return translate("Draws", _STATUSES[WinnerStatus(status)])


def pool_kind_label(kind: PoolKind) -> str:
    """The translated name of a kind of pool."""
    return translate("Draws", _POOLS[PoolKind(kind)])


def pool_text(data: DrawData) -> str:
    """The pool in one phrase: "Nos. 1–800, 24 left out" or "24 names"."""
    if data.pool_kind == PoolKind.RANGE:
        text = translate("Draws", "Nos. {low}–{high}").format(low=data.range_low,
                                                             high=data.range_high)
        out = len(excluded_numbers(data.excluded)[0])
    else:
        count = len(data.names)
        text = translate("Draws", "%n name(s)", "", count)
        out = len(excluded_names(data.excluded))
    if out:
        text = translate("Draws", "{pool}, %n left out", "", out).format(pool=text)
    return text


def describe_draw_error(exc: BaseException) -> str:
    """An error of the lucky draw in words; the area's rules first, then the shared wording."""
    if isinstance(exc, PoolTooSmallError):
        needed = exc.needed  # lupdate reads a plural count only from a plain name
        return translate("Draws", "Only {available} can still win, and %n winner(s) wanted: "
                                  "widen the pool or draw fewer.", "", needed).format(
            available=exc.available)
    if isinstance(exc, PrizeStockError):
        left = exc.left
        return translate("Draws", "The prize's stock covers %n more winner(s), and {needed} "
                                  "are to be drawn: add to the stock in Supplies or draw "
                                  "fewer.", "", left).format(needed=exc.needed)
    if isinstance(exc, AlreadyDrawnError):
        return translate("Draws", "This draw has been drawn: its winners are on record and it "
                                  "is not drawn again, changed or deleted. Mark an absent "
                                  "winner and redraw them instead.")
    if isinstance(exc, NotAbsentError):
        return translate("Draws", "Only a winner marked absent can be redrawn, and only once.")
    if isinstance(exc, ValidationError):
        if exc.field == "excluded":
            return translate("Draws", "“{part}” in the numbers left out is not a number or a "
                                      "range such as 100-105.").format(part=exc.value)
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Draws", text)
    return describe_error(exc)


def describe_names_error(exc: BaseException) -> str:
    """Why a sheet of names could not be read, in one line."""
    from gala_manager.app.import_wording import describe_workbook_error
    from gala_manager.core.errors import WorkbookError

    if isinstance(exc, WorkbookError) and exc.reason == "no_header":
        return translate("Draws", "No column headed 姓名 or Name was found in {name}.").format(
            name=Path(exc.path).name)
    return describe_workbook_error(exc, None)


def describe_draw_problem(problem: Problem) -> str | None:
    """Words for the draws' problem codes; None for other areas' codes."""
    if problem.area != Area.DRAWS:
        return None
    p = problem.params
    if problem.code == "draw_no_prize":
        return translate("Draws", "The draw “{draw}” has no prize from the supplies.").format(**p)
    if problem.code == "draw_pool_too_small":
        needed = p["needed"]
        return translate("Draws", "The draw “{draw}” wants %n winner(s) but only "
                                  "{available} can win.", "", needed).format(**p)
    if problem.code == "draw_prize_short":
        needed = p["needed"]
        return translate("Draws", "The draw “{draw}” has %n winner(s) but “{prize}” has "
                                  "only {left} left.", "", needed).format(**p)
    return None


def account(note: str) -> dict:
    """The draw's account as the log holds it ({} for a note that is not one)."""
    try:
        found = json.loads(note)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def draw_log_line(title: str, note: str) -> str:
    """A draw as one line of the show log: what was drawn and who won."""
    found = account(note)
    winners = translate("Draws", ", ").join(found.get("winners", []))
    if found.get("redraw_of"):
        return translate("Draws", "Redraw in “{draw}” for absent {absent}: {winners}").format(
            draw=title, absent=found["redraw_of"], winners=winners)
    return translate("Draws", "Lucky draw “{draw}” from {pool} ({count} could win): "
                              "{winners}").format(draw=title, pool=found.get("pool", ""),
                                                   count=found.get("candidates", "?"),
                                                   winners=winners)


register_problem_wording(describe_draw_problem)
