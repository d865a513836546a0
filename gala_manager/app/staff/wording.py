"""Words of the Staff area: roles, statuses, references, problems and validation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.errors import InUseError, ValidationError
from gala_manager.core.models import Gender, Role
from gala_manager.core.operations import Area
from gala_manager.core.staff.hosts import HostStatus

translate = QCoreApplication.translate

ROLES = {
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Staff", "Overall director"),
    Role.DEPARTMENT_HEAD: QT_TRANSLATE_NOOP("Staff", "Department head"),
    Role.HOST: QT_TRANSLATE_NOOP("Staff", "Host"),
    Role.HOST_CANDIDATE: QT_TRANSLATE_NOOP("Staff", "Host candidate"),
    Role.USHER: QT_TRANSLATE_NOOP("Staff", "Usher"),
    Role.LIGHTS_SOUND: QT_TRANSLATE_NOOP("Staff", "Lights and sound"),
    Role.ORDER_KEEPER: QT_TRANSLATE_NOOP("Staff", "Order keeper"),
    Role.PRESS: QT_TRANSLATE_NOOP("Staff", "Press"),
    Role.MEDICAL: QT_TRANSLATE_NOOP("Staff", "Medical staff"),
    Role.ACT_CONTACT: QT_TRANSLATE_NOOP("Staff", "Act contact"),
    Role.PERFORMER: QT_TRANSLATE_NOOP("Staff", "Performer"),
    Role.OTHER: QT_TRANSLATE_NOOP("Staff", "Other"),
}

GENDERS = {
    Gender.MALE: QT_TRANSLATE_NOOP("Staff", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Staff", "Female"),
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("Staff", "Not given"),
}

HOST_STATUSES = {
    HostStatus.NONE: QT_TRANSLATE_NOOP("Staff", "Not a candidate"),
    HostStatus.CANDIDATE: QT_TRANSLATE_NOOP("Staff", "Candidate"),
    HostStatus.CHOSEN: QT_TRANSLATE_NOOP("Staff", "Chosen (provisional)"),
    HostStatus.CONFIRMED: QT_TRANSLATE_NOOP("Staff", "Confirmed"),
}

# What refers to a person or department, by the "kind:label" prefix of an InUseError.
_REFERENCES = {
    "department_head": QT_TRANSLATE_NOOP("Staff", "person in charge of {x}"),
    "duty": QT_TRANSLATE_NOOP("Staff", "on post {x}"),
    "member": QT_TRANSLATE_NOOP("Staff", "member {x}"),
    "assigned": QT_TRANSLATE_NOOP("Staff", "{x} on duty there"),
    "task": QT_TRANSLATE_NOOP("Staff", "task \u201c{x}\u201d"),
    "supply_item": QT_TRANSLATE_NOOP("Staff", "supply \u201c{x}\u201d"),
    "act": QT_TRANSLATE_NOOP("Staff", "act \u201c{x}\u201d"),
    "act_contact": QT_TRANSLATE_NOOP("Staff", "contact of act \u201c{x}\u201d"),
    "act_host": QT_TRANSLATE_NOOP("Staff", "host of \u201c{x}\u201d"),
    "link": QT_TRANSLATE_NOOP("Staff", "host link \u201c{x}\u201d"),
    "sponsor": QT_TRANSLATE_NOOP("Staff", "looks after sponsor \u201c{x}\u201d"),
    "plan_contact": QT_TRANSLATE_NOOP("Staff", "contact in the plan \u201c{x}\u201d"),
    "contingency_plan": QT_TRANSLATE_NOOP("Staff", "decides in the plan \u201c{x}\u201d"),
    "guest_inviter": QT_TRANSLATE_NOOP("Staff", "invites the guest {x}"),
    "guest_receiver": QT_TRANSLATE_NOOP("Staff", "meets the guest {x}"),
}

_VALIDATION = {
    ("name", "required"): QT_TRANSLATE_NOOP("Staff", "A name is required."),
    ("name", "duplicate"): QT_TRANSLATE_NOOP("Staff", "This name is already used."),
    ("name", "too_long"): QT_TRANSLATE_NOOP("Staff", "The name is too long."),
    ("phone", "invalid_phone"): QT_TRANSLATE_NOOP(
        "Staff", "A phone number may only contain digits, spaces, +, - and brackets."),
    ("colour", "invalid_colour"): QT_TRANSLATE_NOOP("Staff", "Choose a colour like #1c7ed6."),
    ("male", "mix_above_wanted"): QT_TRANSLATE_NOOP(
        "Staff", "Men and women together cannot be more than the hosts wanted."),
    ("end", "empty_shift"): QT_TRANSLATE_NOOP("Staff", "A shift must end after it starts."),
    ("person", "already_assigned"): QT_TRANSLATE_NOOP(
        "Staff", "This person is already on that post in that shift."),
    ("needed", "out_of_range"): QT_TRANSLATE_NOOP("Staff", "Between 0 and 99 people."),
    ("person", "unknown_person"): QT_TRANSLATE_NOOP("Staff", "Nobody of this name is in the "
                                                             "gala."),
}


def role_label(role: Role) -> str:
    """A role's translated name."""
    return translate("Staff", ROLES[Role(role)])


def gender_label(gender: Gender) -> str:
    """A gender's translated name."""
    return translate("Staff", GENDERS[Gender(gender)])


def host_status_label(status: HostStatus) -> str:
    """A host status's translated name."""
    return translate("Staff", HOST_STATUSES[HostStatus(status)])


def roles_text(roles) -> str:
    """Roles as one translated line, in the enum's order."""
    return translate("Staff", ", ").join(role_label(r) for r in Role if r in roles)


def describe_reference(reference: str) -> str:
    """One "kind:label" reference of an `InUseError` in words."""
    kind, _, label = reference.partition(":")
    text = _REFERENCES.get(kind)
    return translate("Staff", text).format(x=label) if text else label or kind


def describe_staff_error(exc: BaseException) -> str:
    """An error of a staff edit in words; staff rules first, then the shared wording."""
    if isinstance(exc, InUseError):
        refs = translate("Staff", "; ").join(describe_reference(r) for r in exc.references)
        texts = {
            "person": translate("Staff", "This person cannot be removed, still: {refs}."),
            "department": translate("Staff", "This department is still used by: {refs}."),
            "post": translate("Staff", "People are on duty at this post: {refs}."),
            "shift": translate("Staff", "People are on duty in this shift: {refs}."),
            "duty": translate("Staff", "People are on duty there: {refs}."),
        }
        return texts.get(exc.kind, translate("Staff", "Still used by: {refs}.")).format(
            refs=refs)
    if isinstance(exc, ValidationError):
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Staff", text)
    return describe_error(exc)


def describe_staff_problem(problem: Problem) -> str | None:
    """Words for the Staff area's problem codes; None for other areas' codes."""
    if problem.area != Area.STAFF:
        return None
    p = dict(problem.params)
    code = problem.code
    if code == "post_short":
        needed = p["needed"]  # lupdate reads a plural count only from a plain name
        return translate("Staff", "Post {post} needs %n person(s) during {shift}, "
                                  "only {assigned} assigned.", "", needed).format(**p)
    if code == "double_booked":
        return translate("Staff", "{person} is on two posts at once: {post_a} ({shift_a}) "
                                  "and {post_b} ({shift_b}).").format(**p)
    if code == "busy_on_post":
        p["what"] = describe_reference(p["what"])
        return translate("Staff", "{person} is on post {post} ({shift}) while busy with "
                                  "{what}.").format(**p)
    if code == "department_without_head":
        return translate("Staff", "Department {department} has no person in charge.").format(
            **p)
    if code == "host_count":
        chosen = p["chosen"]
        return translate("Staff", "%n host(s) chosen, {wanted} wanted.", "", chosen).format(**p)
    if code == "host_mix":
        return translate("Staff", "Hosts chosen: {chosen_male} male, {chosen_female} female; "
                                  "wanted {male} and {female}.").format(**p)
    if code == "link_host_not_chosen":
        return translate("Staff", "{person} speaks the link of \u201c{title}\u201d but is not "
                                  "a chosen host.").format(**p)
    if code == "host_without_link":
        return translate("Staff", "Host {person} has no link in the running order yet.").format(
            **p)
    if code == "hosts_provisional":
        names = translate("Staff", ", ").join(p["names"])
        return translate("Staff", "Hosts not yet confirmed: {names}.").format(names=names)
    return None


register_problem_wording(describe_staff_problem)
