"""Undo commands of the Sponsors page: each step calls one core verb."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.app.sponsors.wording import describe_sponsor_error, promise_status_label
from gala_manager.core.models import PromiseStatus
from gala_manager.core.sponsors.promises import set_promise_statuses
from gala_manager.core.sponsors.records import (
    add_sponsor,
    get_sponsor,
    remove_sponsors,
    restore_sponsors,
    update_sponsor,
)
from gala_manager.core.sponsors.rows import SponsorData
from gala_manager.ui.undo import VerbCommand

translate = QCoreApplication.translate


def _worded(command: VerbCommand) -> VerbCommand:
    command.describe = describe_sponsor_error
    return command


def add_sponsor_command(controller, data: SponsorData) -> VerbCommand:
    """Add a sponsor (its id is the command's `result`); a redo after undo puts it back
    with the same ids for it, its goods and its promises (later commands name them)."""
    removed: list = []

    def redo(c):
        if removed:
            return c.run(restore_sponsors, removed=removed)[0]
        return c.run(add_sponsor, data=data)

    def undo(c, sponsor_id):
        removed[:] = c.run(remove_sponsors, sponsor_ids=[sponsor_id])

    return _worded(VerbCommand(controller, translate("Sponsors", "Add sponsor “{company}”")
                               .format(company=data.company), redo, undo))


def edit_sponsor_command(controller, sponsor_id: int, data: SponsorData) -> VerbCommand:
    """Replace a sponsor's data; undo puts the previous back, a redo the same ids again."""
    after: list[SponsorData] = []

    def redo(c):
        previous = c.run(update_sponsor, sponsor_id=sponsor_id,
                         data=after[0] if after else data)
        if not after:  # new goods and promises got ids: a redo must give them the same
            after.append(c.read(get_sponsor, sponsor_id=sponsor_id).data)
        return previous

    return _worded(VerbCommand(
        controller, translate("Sponsors", "Edit sponsor “{company}”").format(
            company=data.company), redo,
        lambda c, previous: c.run(update_sponsor, sponsor_id=sponsor_id, data=previous)))


def remove_sponsors_command(controller, sponsor_ids: list[int],
                            companies: list[str]) -> VerbCommand:
    """Remove sponsors with their goods and promises; undo restores them with their ids."""
    count = len(companies)
    text = (translate("Sponsors", "Remove sponsor “{company}”").format(company=companies[0])
            if count == 1 else translate("Sponsors", "Remove %n sponsor(s)", "", count))
    return _worded(VerbCommand(controller, text,
                               lambda c: c.run(remove_sponsors, sponsor_ids=list(sponsor_ids)),
                               lambda c, removed: c.run(restore_sponsors, removed=removed)))


def promise_status_command(controller, promise_ids: list[int],
                           status: PromiseStatus) -> VerbCommand:
    """Give promises one status; undo gives each its own previous status back."""
    count = len(promise_ids)
    return _worded(VerbCommand(
        controller, translate("Sponsors", "Mark %n promise(s) “{status}”", "", count).format(
            status=promise_status_label(status)),
        lambda c: c.run(set_promise_statuses,
                        statuses={pid: PromiseStatus(status) for pid in promise_ids}),
        lambda c, previous: c.run(set_promise_statuses, statuses=previous)))
