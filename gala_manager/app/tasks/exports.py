"""Export the task list (PDF, Excel) and the due dates (iCalendar) with the UI's words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimeZone

from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.tasks.wording import (
    due_text,
    due_words,
    phase_label,
    status_label,
    tasks_summary,
)
from gala_manager.core import clock
from gala_manager.core.errors import ValidationError
from gala_manager.core.gala.facts import gala_uid, get_gala_facts
from gala_manager.core.models import TaskStatus
from gala_manager.core.tasks.rows import TaskRow, list_tasks
from gala_manager.export.tasks.ical import CalendarEntry, write_calendar
from gala_manager.export.tasks.ical_zone import zone_or_default
from gala_manager.export.tasks.task_list import (
    TaskLine,
    TaskListLabels,
    write_task_pdf,
    write_task_xlsx,
)

translate = QCoreApplication.translate
FORMATS = (".xlsx", ".pdf", ".ics")
_ICAL_STATUS = {TaskStatus.TODO: "NEEDS-ACTION", TaskStatus.DOING: "IN-PROCESS",
                TaskStatus.DONE: "COMPLETED", TaskStatus.DROPPED: "CANCELLED"}



def list_labels(rows: list[TaskRow], late: int) -> TaskListLabels:
    """The task list's words, with its one-line summary."""
    done = sum(1 for r in rows if r.status == TaskStatus.DONE)
    return TaskListLabels(
        document_title=translate("TaskExport", "Task list"),
        phase=translate("TaskExport", "Phase"), task=translate("TaskExport", "Task"),
        department=translate("TaskExport", "Department"),
        person=translate("TaskExport", "Person in charge"),
        due=translate("TaskExport", "Due"), due_detail=translate("TaskExport", "When"),
        status=translate("TaskExport", "Status"), steps=translate("TaskExport", "Steps"),
        notes=translate("TaskExport", "Notes"), overdue=translate("TaskExport", "Overdue:"),
        summary=tasks_summary(len(rows), done, late),
        empty=translate("TaskExport", "This gala has no tasks yet."))


def task_lines(rows: list[TaskRow], gala_date: dt.date | None, now: dt.datetime
               ) -> list[TaskLine]:
    """The rows as printable lines, in plan order."""
    lines = []
    for row in rows:
        steps = f"{row.steps_done}/{len(row.fields.steps)}" if row.fields.steps else ""
        lines.append(TaskLine(
            phase_label(row.phase), row.title, row.department_name, row.person_name,
            row.due_on, due_text(row), status_label(row.status), steps, row.fields.notes,
            overdue=row.overdue(gala_date, now), due_words=due_words(row),
            closed=row.status in (TaskStatus.DONE, TaskStatus.DROPPED)))
    return lines


def calendar_entries(rows: list[TaskRow], gala_uid: str) -> list[CalendarEntry]:
    """One entry per task that has a date. A UID is the task's number on the gala's own
    random identifier: the same in every export and through renames, never another
    gala's (not even one made from this one under the same name)."""
    entries = []
    for row in rows:
        if row.due_on is None:
            continue
        who = row.person_name or row.department_name
        details = [phase_label(row.phase), status_label(row.status)]
        if who:
            details.append(translate("TaskExport", "In charge: {who}").format(who=who))
        details += [("[x] " if s.done else "[ ] ") + s.text for s in row.fields.steps]
        if row.fields.notes:
            details.append(row.fields.notes)
        entries.append(CalendarEntry(
            uid=f"task-{row.id}-{gala_uid}@gala-manager", summary=row.title, day=row.due_on,
            time=row.due.time, description="\n".join(details),
            categories=(phase_label(row.phase),), status=_ICAL_STATUS[row.status],
            sequence=row.revision, modified=row.modified_at))
    return entries


def calendar_zone() -> str:
    """The system's time zone (an IANA name), or Asia/Shanghai when it is unknown."""
    system = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return zone_or_default(system)


def export_tasks(source, path: Path, *, now: dt.datetime | None = None,
                 todo: bool = False) -> Path:
    """Write the tasks of the gala `source` reads to `path`; its suffix picks the format.

    Raises `ValidationError("out", "unknown_format")` for another suffix.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("out", "unknown_format", path.suffix)
    now = now or clock.now()
    facts = source.read(get_gala_facts)
    rows = source.read(list_tasks)
    lines = task_lines(rows, facts.date, now)
    if suffix == ".ics":
        calendar = translate("TaskExport", "{gala} · tasks").format(gala=facts.name)
        return write_calendar(path, calendar_entries(rows, source.read(gala_uid)),
                              name=calendar, todo=todo, zone=calendar_zone())
    labels = list_labels(rows, sum(1 for line in lines if line.overdue))
    if suffix == ".pdf":
        return write_task_pdf(path, lines, page_header(source.read), page_labels(), labels,
                              printed_at=now)
    write_task_xlsx(path, lines, labels, gala_name=facts.name,
                    page_label=translate("TaskExport", "Page {page} of {pages}"))
    return path


def unknown_format_text(suffix: str) -> str:
    """The message for an export file name with a suffix we cannot write."""
    return translate("TaskExport", "Cannot write \u201c{suffix}\u201d files: use .xlsx, .pdf "
                     "or .ics.").format(suffix=suffix)
