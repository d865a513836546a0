"""Words of the Guests area: kinds, statuses, seats, problems and validation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.errors import ValidationError
from gala_manager.core.guests.rows import Seat
from gala_manager.core.models import GuestKind, GuestStatus
from gala_manager.core.operations import Area

translate = QCoreApplication.translate

_KINDS = {
    GuestKind.LEADER: QT_TRANSLATE_NOOP("Guests", "School leader"),
    GuestKind.JUDGE: QT_TRANSLATE_NOOP("Guests", "Judge"),
    GuestKind.SPONSOR: QT_TRANSLATE_NOOP("Guests", "Sponsor’s representative"),
    GuestKind.MEDIA: QT_TRANSLATE_NOOP("Guests", "Press"),
    GuestKind.ALUMNUS: QT_TRANSLATE_NOOP("Guests", "Alumnus"),
    GuestKind.OTHER: QT_TRANSLATE_NOOP("Guests", "Other guest"),
}

_STATUSES = {
    GuestStatus.TO_INVITE: QT_TRANSLATE_NOOP("Guests", "To invite"),
    GuestStatus.INVITED: QT_TRANSLATE_NOOP("Guests", "Invited"),
    GuestStatus.CONFIRMED: QT_TRANSLATE_NOOP("Guests", "Confirmed"),
    GuestStatus.DECLINED: QT_TRANSLATE_NOOP("Guests", "Declined"),
}

_VALIDATION = {
    ("name", "required"): QT_TRANSLATE_NOOP("Guests", "A guest needs a name."),
    ("name", "too_long"): QT_TRANSLATE_NOOP("Guests", "The name is too long."),
    ("title", "too_long"): QT_TRANSLATE_NOOP("Guests", "The title is too long."),
    ("rows", "out_of_range"): QT_TRANSLATE_NOOP("Guests", "Between 1 and 30 rows."),
    ("seats_per_row", "out_of_range"): QT_TRANSLATE_NOOP("Guests",
                                                         "Between 1 and 60 seats a row."),
    ("rows", "seats_taken"): QT_TRANSLATE_NOOP(
        "Guests", "Guests sit where the smaller plan has no seat: move them first."),
    ("seat", "outside_plan"): QT_TRANSLATE_NOOP("Guests", "There is no such seat in the plan."),
    ("seat", "taken"): QT_TRANSLATE_NOOP("Guests", "That seat is taken."),
    ("body", "too_long"): QT_TRANSLATE_NOOP("Guests", "The text is too long."),
}


def guest_kind_label(kind: GuestKind) -> str:
    """The translated name of a kind of guest (校领导, 评委 ...)."""
    return translate("Guests", _KINDS[GuestKind(kind)])


def guest_status_label(status: GuestStatus) -> str:
    """The translated name of an invitation status."""
    return translate("Guests", _STATUSES[GuestStatus(status)])


def seat_label(seat: Seat | None) -> str:
    """"Row 1, seat 5" / "第1排5号"; empty for no seat."""
    if seat is None:
        return ""
    return translate("Guests", "Row {row}, seat {number}").format(row=seat[0], number=seat[1])


def row_label(row: int) -> str:
    """"Row 1" / "第1排"."""
    return translate("Guests", "Row {row}").format(row=row)


def unknown_guest_text(names: list[str]) -> str:
    """The refusal of a print for names that are no guest of the gala."""
    return translate("Guests", "No guest of that name: {names}").format(names="、".join(names))


def describe_guest_error(exc: BaseException) -> str:
    """An error of a guests edit in words; the area's rules first, then the shared wording."""
    if isinstance(exc, ValidationError):
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Guests", text)
    return describe_error(exc)


def describe_guest_problem(problem: Problem) -> str | None:
    """Words for the Guests area's problem codes; None for other areas' codes."""
    if problem.area != Area.GUESTS:
        return None
    p = problem.params
    if problem.code == "guest_no_seat":
        return translate("Guests", "{name} has confirmed but has no seat.").format(**p)
    if problem.code == "guest_no_receiver":
        return translate("Guests", "Nobody is to meet {name} on arrival.").format(**p)
    if problem.code == "guest_seat_outside":
        return translate("Guests", "{name} sits in row {row}, seat {number}, which the "
                                   "seating plan does not have.").format(**p)
    if problem.code == "guest_judge_unconfirmed":
        days = int(p["days"])
        if days == 0:
            return translate("Guests", "The judge {name} has not confirmed, and the gala is "
                                       "today.").format(**p)
        return translate("Guests", "The judge {name} has not confirmed, %n day(s) before the "
                                   "gala.", "", days).format(**p)
    return None


register_problem_wording(describe_guest_problem)
