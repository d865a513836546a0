"""Undo commands of the Guests page: each step calls one core verb."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.app.guests.wording import describe_guest_error, guest_status_label, seat_label
from gala_manager.core.guests.invitations import set_invitation_text
from gala_manager.core.guests.records import (
    add_guest,
    remove_guests,
    restore_guests,
    set_guest_statuses,
    update_guest,
)
from gala_manager.core.guests.rows import GuestData, Seat, SeatingPlanRow
from gala_manager.core.guests.seating import seat_guest, set_seating_plan, set_seats
from gala_manager.core.models import GuestKind, GuestStatus
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword

translate = QCoreApplication.translate


def _worded(command: VerbCommand) -> VerbCommand:
    command.describe = describe_guest_error
    return command


def add_guest_command(controller, data: GuestData) -> VerbCommand:
    """Add a guest (the id is the command's `result`); a redo keeps that id."""
    return _worded(AddingCommand(
        controller, translate("Guests", "Add guest {name}").format(name=data.name), add_guest,
        keyword("guest_id"), remove_guests, lambda guest_id: {"guest_ids": [guest_id]},
        data=data))


def edit_guest_command(controller, guest_id: int, data: GuestData) -> VerbCommand:
    """Replace a guest's data; undo puts the previous back."""
    return _worded(VerbCommand(
        controller, translate("Guests", "Edit guest {name}").format(name=data.name),
        lambda c: c.run(update_guest, guest_id=guest_id, data=data),
        lambda c, previous: c.run(update_guest, guest_id=guest_id, data=previous)))


def remove_guests_command(controller, guest_ids: list[int], names: list[str]) -> VerbCommand:
    """Remove guests; undo brings them back on their seats."""
    count = len(names)
    text = (translate("Guests", "Remove guest {name}").format(name=names[0]) if count == 1
            else translate("Guests", "Remove %n guest(s)", "", count))
    return _worded(VerbCommand(controller, text,
                               lambda c: c.run(remove_guests, guest_ids=list(guest_ids)),
                               lambda c, removed: c.run(restore_guests, removed=removed)))


def guest_status_command(controller, guest_ids: list[int], status: GuestStatus) -> VerbCommand:
    """Give guests one invitation status; undo gives each its own back."""
    count = len(guest_ids)
    return _worded(VerbCommand(
        controller, translate("Guests", "Mark %n guest(s) “{status}”", "", count).format(
            status=guest_status_label(status)),
        lambda c: c.run(set_guest_statuses,
                        statuses={gid: GuestStatus(status) for gid in guest_ids}),
        lambda c, previous: c.run(set_guest_statuses, statuses=previous)))


def seat_command(controller, guest_id: int, name: str, seat: Seat) -> VerbCommand:
    """Seat a guest (whoever sat there takes the guest's old seat); undo moves them back."""
    return _worded(VerbCommand(
        controller, translate("Guests", "Seat {name} in {seat}").format(
            name=name, seat=seat_label(seat)),
        lambda c: c.run(seat_guest, guest_id=guest_id, seat=seat),
        lambda c, previous: c.run(set_seats, assignments=previous)))


def unseat_command(controller, guest_ids: list[int]) -> VerbCommand:
    """Take guests off their seats."""
    count = len(guest_ids)
    return _worded(VerbCommand(
        controller, translate("Guests", "Take %n guest(s) off their seats", "", count),
        lambda c: c.run(set_seats, assignments={gid: None for gid in guest_ids}),
        lambda c, previous: c.run(set_seats, assignments=previous)))


def plan_command(controller, plan: SeatingPlanRow) -> VerbCommand:
    """Change the size or the numbering of the seating plan."""
    return _worded(VerbCommand(
        controller, translate("Guests", "Change the seating plan"),
        lambda c: c.run(set_seating_plan, plan=plan),
        lambda c, previous: c.run(set_seating_plan, plan=previous)))


def invitation_text_command(controller, kind: GuestKind,
                            text: tuple[str, str] | None) -> VerbCommand:
    """Set (or reset, with None) the invitation's words for a kind of guest."""
    return _worded(VerbCommand(
        controller, translate("Guests", "Change the invitation text"),
        lambda c: c.run(set_invitation_text, kind=kind, text=text),
        lambda c, previous: c.run(set_invitation_text, kind=kind, text=previous)))
