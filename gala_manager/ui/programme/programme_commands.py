"""Undoable programme edits: each builds one VerbCommand over the core's programme verbs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.core.models import ActStatus, SectionKind
from gala_manager.core.programme.acts import (
    add_act,
    duplicate_act,
    remove_act,
    restore_act,
    set_status,
    set_statuses,
    update_act,
)
from gala_manager.core.programme.order import (
    place_acts,
    place_and_select,
    remove_acts_from_order,
    restore_order,
    unplace,
)
from gala_manager.core.programme.rehearsals import (
    ProgrammeSettingsRow,
    add_rehearsal,
    apply_measured_durations,
    remove_rehearsal,
    set_durations,
    set_programme_settings,
)
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.sections import add_section, remove_section, rename_section
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword

translate = QCoreApplication.translate


def _restore(c, snapshot) -> None:
    c.run(restore_order, snapshot=snapshot)


def move_command(controller, act_ids: list[int], position: int, title: str,
                 section_id: int | None = None) -> VerbCommand:
    """Put acts at a position of the running order (a move or an insert)."""
    return VerbCommand(
        controller, translate("Programme", "Move “{title}”").format(title=title),
        lambda c: c.run(place_acts, act_ids=list(act_ids), position=position,
                        section_id=section_id),
        _restore)


def place_command(controller, act_ids: list[int], position: int, title: str,
                  section_id: int | None = None) -> VerbCommand:
    """Put acts of the side list into the running order; the submitted become selected."""
    count = len(act_ids)
    text = translate("Programme", "Add “{title}” to the running order").format(title=title) \
        if count == 1 else translate("Programme", "Add %n acts to the running order", "", count)
    return VerbCommand(
        controller, text,
        lambda c: c.run(place_and_select, act_ids=list(act_ids), position=position,
                        section_id=section_id),
        lambda c, placed: c.run(unplace, placed=placed))


def remove_from_order_command(controller, act_ids: list[int], title: str) -> VerbCommand:
    """Take acts out of the running order (one step, however many)."""
    return VerbCommand(
        controller,
        translate("Programme", "Take “{title}” out of the order").format(title=title),
        lambda c: c.run(remove_acts_from_order, act_ids=list(act_ids)), _restore)


def add_command(controller, fields: ActFields, position: int | None = None) -> VerbCommand:
    """Add an act (into the order at `position`, if given); undo removes it."""
    return AddingCommand(
        controller, translate("Programme", "Add “{title}”").format(title=fields.title),
        add_act, keyword("act_id"), remove_act, keyword("act_id"),
        fields=fields, position=position)


def edit_command(controller, act_id: int, changes: dict, title: str) -> VerbCommand:
    """Change some fields of an act; undo puts the previous values back."""
    return VerbCommand(
        controller, translate("Programme", "Edit “{title}”").format(title=title),
        lambda c: c.run(update_act, act_id=act_id, changes=dict(changes)),
        lambda c, previous: c.run(update_act, act_id=act_id, changes=previous))


def duplicate_command(controller, act_id: int, title: str, copy_title: str) -> VerbCommand:
    """Copy an act right after itself; undo removes the copy."""
    return AddingCommand(
        controller, translate("Programme", "Duplicate “{title}”").format(title=title),
        duplicate_act, keyword("copy_id"), remove_act, keyword("act_id"),
        act_id=act_id, title=copy_title)


def remove_command(controller, act_id: int, title: str) -> VerbCommand:
    """Delete an act; undo restores it with its id, place and rehearsal times."""
    return VerbCommand(
        controller, translate("Programme", "Delete “{title}”").format(title=title),
        lambda c: c.run(remove_act, act_id=act_id),
        lambda c, removed: c.run(restore_act, removed=removed))


def status_command(controller, act_ids: list[int], status: ActStatus) -> VerbCommand:
    """Give acts a status; undo gives each its previous one."""
    count = len(act_ids)
    return VerbCommand(
        controller, translate("Programme", "Set status of %n act(s)", "", count),
        lambda c: c.run(set_status, act_ids=list(act_ids), status=status),
        lambda c, previous: c.run(set_statuses, statuses=previous))


def add_section_command(controller, name: str) -> VerbCommand:
    """Add a named section at the end of the order."""
    return AddingCommand(
        controller, translate("Programme", "Add section “{name}”").format(name=name),
        add_section, keyword("section_id"), remove_section, keyword("section_id"),
        name=name, kind=SectionKind.CUSTOM)


def rename_section_command(controller, section_id: int, name: str) -> VerbCommand:
    """Rename a section."""
    return VerbCommand(
        controller, translate("Programme", "Rename section to “{name}”").format(name=name),
        lambda c: c.run(rename_section, section_id=section_id, name=name),
        lambda c, previous: c.run(rename_section, section_id=section_id, name=previous))


def remove_section_command(controller, section_id: int, name: str) -> VerbCommand:
    """Remove a section; its acts join the neighbouring one."""
    return VerbCommand(
        controller, translate("Programme", "Remove section “{name}”").format(name=name),
        lambda c: c.run(remove_section, section_id=section_id), _restore)


def rehearsal_command(controller, kind, date, notes: str, timings: dict) -> VerbCommand:
    """Record a rehearsal with its measured times; undo removes it."""
    return AddingCommand(
        controller, translate("Programme", "Record a rehearsal"),
        add_rehearsal, keyword("rehearsal_id"), remove_rehearsal, keyword("rehearsal_id"),
        kind=kind, date=date, notes=notes, timings=timings)


def use_measured_command(controller) -> VerbCommand:
    """Planned durations := the latest measured ones, in one step."""
    return VerbCommand(
        controller, translate("Programme", "Use measured durations"),
        lambda c: c.run(apply_measured_durations),
        lambda c, previous: c.run(set_durations, durations=previous))


def settings_command(controller, settings: ProgrammeSettingsRow) -> VerbCommand:
    """Change the default changeover and the number of microphones."""
    return VerbCommand(
        controller, translate("Programme", "Change programme settings"),
        lambda c: c.run(set_programme_settings, settings=settings),
        lambda c, previous: c.run(set_programme_settings, settings=previous))
