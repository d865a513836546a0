"""Undo commands of the Staff page: each one calls core verbs through the controller.

Their errors are worded by the Staff area (`describe_staff_error`), whether
the first step fails or a later undo or redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from gala_manager.app.staff.wording import describe_staff_error
from gala_manager.core.programme.acts import set_hosts
from gala_manager.core.staff import department_edits as dept_verbs
from gala_manager.core.staff import duties, hosts, posts
from gala_manager.core.staff import person_edits as person_edit
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword, verb_command

translate = QCoreApplication.translate
C = TypeVar("C", bound=VerbCommand)


def _worded(command: C) -> C:
    command.describe = describe_staff_error
    return command


def _create_command(controller, text: str, create: Callable, kwargs: dict,
                    remove: Callable, key: str) -> AddingCommand:
    """Create a row; undo removes it; redo creates it again under the same id (`key`)."""
    return _worded(AddingCommand(controller, text, create, keyword(key), remove, keyword(key),
                                 **kwargs))


def _remove_command(controller, text: str, remove: Callable, kwargs: dict,
                    restore: Callable) -> VerbCommand:
    return _worded(VerbCommand(controller, text, lambda c: c.run(remove, **kwargs),
                               lambda c, snapshot: c.run(restore, snapshot=snapshot)))


def _verb_command(*args, **kwargs) -> VerbCommand:
    return _worded(verb_command(*args, **kwargs))


def add_person(controller, data: person_edit.PersonData) -> VerbCommand:
    return _create_command(controller, translate("Staff", "Add person {name}").format(
        name=data.name.strip()), person_edit.create_person, {"data": data},
        person_edit.remove_person, "person_id")


def edit_person(controller, person_id: int, data: person_edit.PersonData) -> VerbCommand:
    return _verb_command(controller, translate("Staff", "Edit person {name}").format(
        name=data.name.strip()), person_edit.update_person, person_edit.update_person,
        lambda previous: {"person_id": person_id, "data": previous},
        person_id=person_id, data=data)


def remove_person(controller, person_id: int, name: str) -> VerbCommand:
    return _remove_command(controller, translate("Staff", "Remove person {name}").format(
        name=name), person_edit.remove_person, {"person_id": person_id},
        person_edit.restore_person)


def add_department(controller, data: dept_verbs.DepartmentData) -> VerbCommand:
    return _create_command(controller, translate("Staff", "Add department {name}").format(
        name=data.name.strip()), dept_verbs.create_department, {"data": data},
        dept_verbs.remove_department, "department_id")


def edit_department(controller, department_id: int,
                    data: dept_verbs.DepartmentData) -> VerbCommand:
    return _verb_command(controller, translate("Staff", "Edit department {name}").format(
        name=data.name.strip()), dept_verbs.update_department, dept_verbs.update_department,
        lambda previous: {"department_id": department_id, "data": previous},
        department_id=department_id, data=data)


def remove_department(controller, department_id: int, name: str,
                      detach_members: bool) -> VerbCommand:
    return _remove_command(controller, translate("Staff", "Remove department {name}").format(
        name=name), dept_verbs.remove_department,
        {"department_id": department_id, "detach_members": detach_members},
        dept_verbs.restore_department)


def set_host_status(controller, person_id: int, name: str,
                    status: hosts.HostStatus) -> VerbCommand:
    return _verb_command(controller, translate("Staff", "Host status of {name}").format(
        name=name), hosts.set_host_status, hosts.restore_roles,
        lambda previous: {"person_id": person_id, "state": previous},
        person_id=person_id, status=status)


def set_host_plan(controller, plan: hosts.HostPlan) -> VerbCommand:
    return _verb_command(controller, translate("Staff", "Wanted hosts"), hosts.set_host_plan,
                         hosts.set_host_plan, lambda previous: {"plan": previous}, plan=plan)


def add_post(controller, data: posts.PostData) -> VerbCommand:
    return _create_command(controller, translate("Staff", "Add post {name}").format(
        name=data.name.strip()), posts.create_post, {"data": data}, posts.remove_post,
        "post_id")


def edit_post(controller, post_id: int, data: posts.PostData) -> VerbCommand:
    return _verb_command(controller, translate("Staff", "Edit post {name}").format(
        name=data.name.strip()), posts.update_post, posts.update_post,
        lambda previous: {"post_id": post_id, "data": previous}, post_id=post_id, data=data)


def remove_post(controller, post_id: int, name: str, force: bool) -> VerbCommand:
    return _remove_command(controller, translate("Staff", "Remove post {name}").format(
        name=name), posts.remove_post, {"post_id": post_id, "force": force}, posts.restore_post)


def add_shift(controller, data: posts.ShiftData) -> VerbCommand:
    return _create_command(controller, translate("Staff", "Add shift {name}").format(
        name=data.name.strip()), posts.create_shift, {"data": data}, posts.remove_shift,
        "shift_id")


def edit_shift(controller, shift_id: int, data: posts.ShiftData) -> VerbCommand:
    return _verb_command(controller, translate("Staff", "Edit shift {name}").format(
        name=data.name.strip()), posts.update_shift, posts.update_shift,
        lambda previous: {"shift_id": shift_id, "data": previous}, shift_id=shift_id,
        data=data)


def remove_shift(controller, shift_id: int, name: str, force: bool) -> VerbCommand:
    return _remove_command(controller, translate("Staff", "Remove shift {name}").format(
        name=name), posts.remove_shift, {"shift_id": shift_id, "force": force},
        posts.restore_shift)


def assign(controller, person_id: int, name: str, post_id: int, shift_id: int) -> VerbCommand:
    return _worded(AddingCommand(
        controller, translate("Staff", "Put {name} on duty").format(name=name),
        duties.assign_person, keyword("redo_of"), duties.undo_assign, keyword("result"),
        person_id=person_id, post_id=post_id, shift_id=shift_id))


def give_host_links(controller, text: str, hosts: dict[int, int | None]) -> VerbCommand:
    """Give several acts' host links to one person (or nobody), as one verb."""
    return _verb_command(controller, text, set_hosts, set_hosts, keyword("hosts"),
                         hosts=dict(hosts))


def unassign(controller, assignment_id: int, name: str) -> VerbCommand:
    return _verb_command(controller, translate("Staff", "Take {name} off duty").format(
        name=name), duties.unassign_person, duties.restore_assignment,
        lambda found: {"found": found}, assignment_id=assignment_id)


def set_duty_needed(controller, post_id: int, shift_id: int, needed: int | None
                    ) -> VerbCommand:
    """Staff a post in a shift (or stop); a duty it creates or removes keeps its id."""
    return _worded(AddingCommand(
        controller, translate("Staff", "People needed on a post"), duties.set_duty_needed,
        lambda was: {"duty_id": was.duty_id}, duties.set_duty_needed,
        lambda was: {"post_id": post_id, "shift_id": shift_id, "needed": was.needed,
                     "duty_id": was.duty_id},
        post_id=post_id, shift_id=shift_id, needed=needed))


