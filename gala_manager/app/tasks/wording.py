"""Words of the Tasks area: phase and status names, problems and validation messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from gala_manager.app.formatting import with_note
from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import Phase, TaskStatus
from gala_manager.core.operations import Area
from gala_manager.core.tasks.rows import TaskRow

translate = QCoreApplication.translate

_PHASES = {
    Phase.BEFORE: QT_TRANSLATE_NOOP("Tasks", "Before anything"),
    Phase.PLANNING: QT_TRANSLATE_NOOP("Tasks", "Planning"),
    Phase.COORDINATION: QT_TRANSLATE_NOOP("Tasks", "Coordination"),
    Phase.COUNTDOWN: QT_TRANSLATE_NOOP("Tasks", "Countdown"),
    Phase.DAY: QT_TRANSLATE_NOOP("Tasks", "Gala day"),
    Phase.AFTER: QT_TRANSLATE_NOOP("Tasks", "Afterwards"),
}

_STATUSES = {
    TaskStatus.TODO: QT_TRANSLATE_NOOP("Tasks", "To do"),
    TaskStatus.DOING: QT_TRANSLATE_NOOP("Tasks", "Doing"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("Tasks", "Done"),
    TaskStatus.DROPPED: QT_TRANSLATE_NOOP("Tasks", "Dropped"),
}

_VALIDATION = {
    ("title", "required"): QT_TRANSLATE_NOOP("Tasks", "A task needs a title."),
    ("title", "too_long"): QT_TRANSLATE_NOOP(
        "Tasks", "The title is too long (200 characters at most)."),
    ("steps", "too_long"): QT_TRANSLATE_NOOP(
        "Tasks", "A checklist step is too long (300 characters at most)."),
    ("due", "two_kinds"): QT_TRANSLATE_NOOP(
        "Tasks", "A due date is either a fixed date or relative to the gala date, not both."),
    ("due_offset_days", "out_of_range"): QT_TRANSLATE_NOOP(
        "Tasks", "A relative due date must lie within a year of the gala."),
    ("due_time", "time_without_date"): QT_TRANSLATE_NOOP(
        "Tasks", "A time of day needs a due date."),
    ("out", "unknown_format"): QT_TRANSLATE_NOOP(
        "Tasks", "Tasks can be exported as .xlsx, .pdf or .ics files only."),
}


def phase_label(phase: Phase) -> str:
    """The translated name of a phase (会前工作 ...)."""
    return translate("Tasks", _PHASES[Phase(phase)])


def status_label(status: TaskStatus) -> str:
    """The translated name of a status."""
    return translate("Tasks", _STATUSES[TaskStatus(status)])


def relative_text(offset_days: int) -> str:
    """"7 days before the gala", "gala day", "14 days after the gala"."""
    if offset_days < 0:
        before = -offset_days
        return translate("Tasks", "%n day(s) before the gala", "", before)
    if offset_days > 0:
        return translate("Tasks", "%n day(s) after the gala", "", offset_days)
    return translate("Tasks", "gala day")


def short_date(day: dt.date) -> str:
    """A date in the language's short form (2027/4/23)."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def tasks_summary(total: int, done: int, late: int) -> str:
    """"33 tasks, 14 done, 0 overdue": the Tasks page's line and the task list's."""
    return translate("Tasks", "%n task(s), {done} done, {late} overdue", "", total).format(
        done=done, late=late)


def due_text(row: TaskRow, overdue: bool = False) -> str:
    """When a task is due, as a card or a list shows it: 2027/4/23 19:00（晚会前 7 天）."""
    due = row.due
    if due.date is None and due.offset_days is None:
        return translate("Tasks", "No due date")
    text = _when(row, with_date=True)
    if overdue:
        return translate("Tasks", "Overdue: {due}").format(due=text)
    return text


def due_words(row: TaskRow) -> str:
    """When a task is due, without its date (a column beside the date holds it):
    "19:00", "7 days before the gala", or both; empty for a plain date."""
    return _when(row, with_date=False)


def _when(row: TaskRow, *, with_date: bool) -> str:
    due = row.due
    parts = []
    if with_date and row.due_on is not None:
        parts.append(short_date(row.due_on))
    if due.time is not None:
        parts.append(due.time.strftime("%H:%M"))
    text = " ".join(parts)
    if due.is_relative:
        relative = relative_text(due.offset_days)
        return with_note(text, relative) if text else relative
    return text


def describe_task_error(exc: BaseException) -> str:
    """An error of a task edit in words; task rules first, then the shared wording."""
    if isinstance(exc, ValidationError):
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Tasks", text)
    return describe_error(exc)


def describe_task_problem(problem: Problem) -> str | None:
    """Words for the Tasks area's problem codes; None for other areas' codes."""
    if problem.area != Area.TASKS:
        return None
    params = problem.params
    if problem.code == "task_overdue":
        if params.get("days", 0) == 0:
            return translate("Tasks", "Task \u201c{title}\u201d was due today ({due}).").format(
                **params)
        days = params["days"]
        return translate("Tasks", "Task \u201c{title}\u201d is overdue by %n day(s) (due {due}).",
                         "", days).format(**params)
    if problem.code == "task_no_owner":
        return translate("Tasks", "Task \u201c{title}\u201d has nobody in charge.").format(
            **params)
    return None


register_problem_wording(describe_task_problem)
