"""Export the contact list and the duty roster (PDF, Excel) with the UI's words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.staff.wording import roles_text
from gala_manager.core.errors import ValidationError
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import Role
from gala_manager.core.staff.directory import list_staff_departments, list_staff_people
from gala_manager.core.staff.duties import Roster, read_roster
from gala_manager.export.staff.contact_list import (
    ContactLabels,
    ContactLine,
    write_contact_pdf,
    write_contact_xlsx,
)
from gala_manager.export.staff.duty_roster import (
    DutyLine,
    PersonNight,
    RosterLabels,
    write_roster_pdf,
    write_roster_xlsx,
)

translate = QCoreApplication.translate
FORMATS = (".pdf", ".xlsx")



def duty_lines(roster: Roster) -> list[DutyLine]:
    """Every staffed post, by shift start then post order."""
    posts = {p.id: (i, p) for i, p in enumerate(roster.posts)}
    lines = []
    for shift in roster.shifts:
        for duty in sorted((d for d in roster.duties if d.shift_id == shift.id),
                           key=lambda d: posts[d.post_id][0]):
            post = posts[duty.post_id][1]
            lines.append(DutyLine(shift.name, shift.start, shift.end, post.name, post.place,
                                  tuple(a.person_name for a in duty.people), duty.needed))
    return lines


def _duties_by_person(roster: Roster) -> dict[int, list[DutyLine]]:
    lines = duty_lines(roster)
    found: dict[int, list[DutyLine]] = {}
    shifts = {s.id: s for s in roster.shifts}
    posts = {p.id: p for p in roster.posts}
    for duty in roster.duties:
        shift, post = shifts[duty.shift_id], posts[duty.post_id]
        line = next(x for x in lines if x.shift == shift.name and x.post == post.name)
        for a in duty.people:
            found.setdefault(a.person_id, []).append(line)
    for duties in found.values():
        duties.sort(key=lambda d: (d.start, d.post))
    return found


def contact_lines(read) -> list[ContactLine]:
    """Everyone by department (in the departments' order), with their posts."""
    by_person = _duties_by_person(read(read_roster))
    no_department = translate("StaffExport", "(no department)")
    # One post per line: a steward scans the column for times.
    return [ContactLine(p.department_name or no_department, p.name, roles_text(p.roles),
                        p.phone, p.other_contact,
                        "\n".join(f"{d.span} {d.post}" for d in by_person.get(p.id, [])))
            for p in read(list_staff_people)]


def contact_labels(lines: list[ContactLine], departments: int) -> ContactLabels:
    """The contact list's words."""
    people = len(lines)  # lupdate reads a plural count only from a plain name
    return ContactLabels(
        document_title=translate("StaffExport", "Contact list"),
        department=translate("StaffExport", "Department"),
        name=translate("StaffExport", "Name"), roles=translate("StaffExport", "Roles"),
        phone=translate("StaffExport", "Phone"),
        other_contact=translate("StaffExport", "Other contact"),
        posts=translate("StaffExport", "Post on the night"),
        summary=translate("StaffExport", "{people} in {departments}").format(
            people=translate("StaffExport", "%n person(s)", "", people),
            departments=translate("StaffExport", "%n department(s)", "", departments)),
        confidential=translate("StaffExport", "Internal: contains personal phone numbers. "
                               "Do not publish or pass on."),
        empty=translate("StaffExport", "This gala has no people yet."))


def roster_labels() -> RosterLabels:
    """The roster's words."""
    return RosterLabels(
        document_title=translate("StaffExport", "Duty roster"),
        time=translate("StaffExport", "Time"), shift=translate("StaffExport", "Shift"),
        post=translate("StaffExport", "Post"), place=translate("StaffExport", "Place"),
        people=translate("StaffExport", "People on duty"),
        staffed=translate("StaffExport", "Staffed"),
        person=translate("StaffExport", "Name"), phone=translate("StaffExport", "Phone"),
        department=translate("StaffExport", "Department"),
        with_whom=translate("StaffExport", "Together with"),
        my_night=translate("StaffExport", "{name}: my night"),
        by_person=translate("StaffExport", "By person"),
        empty=translate("StaffExport", "No posts are staffed yet."),
        free=translate("StaffExport", "No post on the night."),
        separator=translate("Staff", ", "))


def person_nights(read, names: Sequence[str] = ()) -> list[PersonNight]:
    """One entry per person with at least one duty (and each of `names`), in list order."""
    by_person = _duties_by_person(read(read_roster))
    return [PersonNight(p.name, p.phone, p.department_name, tuple(by_person.get(p.id, ())))
            for p in read(list_staff_people) if p.id in by_person or p.name in names]


def night_note(read) -> str:
    """Whom to call on the night: the overall directors with their phones."""
    directors = [p for p in read(list_staff_people) if Role.DIRECTOR in p.roles]
    if not directors:
        return ""
    sep = translate("Staff", ", ")
    return translate("StaffExport", "Questions on the night: {who}").format(
        who=sep.join(f"{p.name} {p.phone}".strip() for p in directors))


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("out", "unknown_format", path.suffix)
    return suffix


def export_contacts(source, path: Path) -> Path:
    """Write the contact list of the gala `source` reads; the suffix picks PDF or Excel."""
    path = Path(path)
    suffix = _check_suffix(path)
    lines = contact_lines(source.read)
    labels = contact_labels(lines, len(source.read(list_staff_departments)))
    if suffix == ".pdf":
        return write_contact_pdf(path, lines, page_header(source.read), page_labels(), labels)
    write_contact_xlsx(path, lines, labels, gala_name=source.read(get_gala_facts).name,
                       page_label=translate("StaffExport", "Page {page} of {pages}"))
    return path


def export_roster(source, path: Path, *, per_person: bool = True,
                  names: Sequence[str] = ()) -> Path:
    """Write the duty roster (and "my night" pages when `per_person`).

    With `names`, the PDF holds only those people's pages (a handout); a name
    nobody has raises `ValidationError("person", "unknown_person", name)`.
    """
    path = Path(path)
    suffix = _check_suffix(path)
    duties = duty_lines(source.read(read_roster))
    nights = person_nights(source.read, names) if per_person or names else []
    if names:
        known = {p.name for p in source.read(list_staff_people)}
        for name in names:
            if name not in known:
                raise ValidationError("person", "unknown_person", name)
        nights = [n for n in nights if n.name in set(names)]
    if suffix == ".pdf":
        return write_roster_pdf(path, duties, nights, page_header(source.read), page_labels(),
                                roster_labels(), night_note=night_note(source.read),
                                overview=not names)
    write_roster_xlsx(path, duties, nights, roster_labels(),
                      gala_name=source.read(get_gala_facts).name,
                      page_label=translate("StaffExport", "Page {page} of {pages}"))
    return path


def unknown_format_text(suffix: str) -> str:
    """The message for an export file name with a suffix we cannot write."""
    return translate("StaffExport", "Cannot write \u201c{suffix}\u201d files: use .pdf or "
                     ".xlsx.").format(suffix=suffix)
