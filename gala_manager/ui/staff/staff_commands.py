"""Undo commands of the Staff page: each one calls core verbs through the controller."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from gala_manager.core.staff import department_edits as dept_verbs
from gala_manager.core.staff import duties, hosts, posts
from gala_manager.core.staff import person_edits as person_edit
from gala_manager.ui.undo import VerbCommand, verb_command

translate = QCoreApplication.translate


def _create_command(controller, text: str, create: Callable, kwargs: dict,
                    remove: Callable, key: str, restore: Callable) -> VerbCommand:
    """Create a row; undo removes it; redo puts the same row (same id) back."""
    state: dict = {}

    def redo(c):
        if "snapshot" in state:
            return c.run(restore, snapshot=state.pop("snapshot"))
        return c.run(create, **kwargs)

    def undo(c, new_id):
        state["snapshot"] = c.run(remove, **{key: new_id})

    return VerbCommand(controller, text, redo, undo)


def _remove_command(controller, text: str, remove: Callable, kwargs: dict,
                    restore: Callable) -> VerbCommand:
    return VerbCommand(controller, text, lambda c: c.run(remove, **kwargs),
                       lambda c, snapshot: c.run(restore, snapshot=snapshot))


def add_person(controller, data: person_edit.PersonData) -> VerbCommand:
    return _create_command(controller, translate("Staff", "Add person {name}").format(
        name=data.name.strip()), person_edit.create_person, {"data": data},
        person_edit.remove_person, "person_id", person_edit.restore_person)


def edit_person(controller, person_id: int, data: person_edit.PersonData) -> VerbCommand:
    return verb_command(controller, translate("Staff", "Edit person {name}").format(
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
        dept_verbs.remove_department, "department_id", dept_verbs.restore_department)


def edit_department(controller, department_id: int,
                    data: dept_verbs.DepartmentData) -> VerbCommand:
    return verb_command(controller, translate("Staff", "Edit department {name}").format(
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
    return verb_command(controller, translate("Staff", "Host status of {name}").format(
        name=name), hosts.set_host_status, hosts.restore_roles,
        lambda previous: {"person_id": person_id, "state": previous},
        person_id=person_id, status=status)


def set_host_plan(controller, plan: hosts.HostPlan) -> VerbCommand:
    return verb_command(controller, translate("Staff", "Wanted hosts"), hosts.set_host_plan,
                        hosts.set_host_plan, lambda previous: {"plan": previous}, plan=plan)


def add_post(controller, data: posts.PostData) -> VerbCommand:
    return _create_command(controller, translate("Staff", "Add post {name}").format(
        name=data.name.strip()), posts.create_post, {"data": data}, posts.remove_post,
        "post_id", posts.restore_post)


def edit_post(controller, post_id: int, data: posts.PostData) -> VerbCommand:
    return verb_command(controller, translate("Staff", "Edit post {name}").format(
        name=data.name.strip()), posts.update_post, posts.update_post,
        lambda previous: {"post_id": post_id, "data": previous}, post_id=post_id, data=data)


def remove_post(controller, post_id: int, name: str, force: bool) -> VerbCommand:
    return _remove_command(controller, translate("Staff", "Remove post {name}").format(
        name=name), posts.remove_post, {"post_id": post_id, "force": force}, posts.restore_post)


def add_shift(controller, data: posts.ShiftData) -> VerbCommand:
    return _create_command(controller, translate("Staff", "Add shift {name}").format(
        name=data.name.strip()), posts.create_shift, {"data": data}, posts.remove_shift,
        "shift_id", posts.restore_shift)


def edit_shift(controller, shift_id: int, data: posts.ShiftData) -> VerbCommand:
    return verb_command(controller, translate("Staff", "Edit shift {name}").format(
        name=data.name.strip()), posts.update_shift, posts.update_shift,
        lambda previous: {"shift_id": shift_id, "data": previous}, shift_id=shift_id,
        data=data)


def remove_shift(controller, shift_id: int, name: str, force: bool) -> VerbCommand:
    return _remove_command(controller, translate("Staff", "Remove shift {name}").format(
        name=name), posts.remove_shift, {"shift_id": shift_id, "force": force},
        posts.restore_shift)


def assign(controller, person_id: int, name: str, post_id: int, shift_id: int) -> VerbCommand:
    return VerbCommand(
        controller, translate("Staff", "Put {name} on duty").format(name=name),
        lambda c: c.run(duties.assign_person, person_id=person_id, post_id=post_id,
                        shift_id=shift_id),
        lambda c, result: c.run(duties.undo_assign, result=result))


def unassign(controller, assignment_id: int, name: str) -> VerbCommand:
    return verb_command(controller, translate("Staff", "Take {name} off duty").format(
        name=name), duties.unassign_person, duties.restore_assignment,
        lambda found: {"found": found}, assignment_id=assignment_id)


def set_duty_needed(controller, post_id: int, shift_id: int, needed: int | None
                    ) -> VerbCommand:
    return verb_command(controller, translate("Staff", "People needed on a post"),
                        duties.set_duty_needed, duties.set_duty_needed,
                        lambda previous: {"post_id": post_id, "shift_id": shift_id,
                                          "needed": previous},
                        post_id=post_id, shift_id=shift_id, needed=needed)


def push(controller, command: VerbCommand, parent=None) -> bool:
    """Like `controller.push`, but a failure is worded by the Staff area's wording."""
    from PySide6.QtWidgets import QMessageBox

    from gala_manager.app.staff.wording import describe_staff_error

    controller.last_error = None
    controller.undo_stack.push(command)
    if command.error is not None:
        controller.last_error = command.error
        QMessageBox.warning(parent, translate("Staff", "Gala Manager"),
                            describe_staff_error(command.error))
        return False
    return True
