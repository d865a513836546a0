"""The duty roster by time and post, and one page per person ("my night"), PDF and Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit import xlsx as xlsx_kit
from gala_manager.export.kit.pdf import (
    Column,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    section_row,
)


@dataclass(frozen=True)
class DutyLine:
    """A post staffed in a shift, ready to print."""

    shift: str
    start: dt.time
    end: dt.time
    post: str
    place: str
    people: tuple[str, ...]
    needed: int

    @property
    def span(self) -> str:
        """"19:00–21:30"."""
        return f"{self.start:%H:%M}\u2013{self.end:%H:%M}"


@dataclass(frozen=True)
class PersonNight:
    """Where one person must be, and when."""

    name: str
    phone: str
    department: str
    duties: tuple[DutyLine, ...]


@dataclass(frozen=True)
class RosterLabels:
    """Translated words of the roster."""

    document_title: str
    time: str
    shift: str
    post: str
    place: str
    people: str
    staffed: str  # header of the "assigned/needed" column
    person: str
    phone: str
    department: str
    with_whom: str
    my_night: str  # "{name}: my night"
    by_person: str  # title of the per-person sheet
    empty: str
    separator: str = ", "  # between names: "、" in Chinese
    free: str = ""  # a "my night" page of someone on no post


def build_roster_pdf(duties: Sequence[DutyLine], nights: Sequence[PersonNight],
                     header: PageHeader, page_labels: PageLabels, labels: RosterLabels,
                     printed_at: dt.datetime | None = None, *,
                     night_note: str = "", overview: bool = True) -> PdfDocument:
    """The roster by time and post; then, if `nights` is given, one page per person.

    `night_note` is printed under each person's table (e.g. whom to call);
    without `overview` only the personal pages are printed (a handout).
    """
    doc = PdfDocument(header, page_labels, title_meta=labels.document_title,
                      printed_at=printed_at)
    if overview:
        doc.title(labels.document_title)
    if overview and not duties:
        doc.paragraph(labels.empty)
    elif overview:
        rows: list[Row] = []
        current = None
        for duty in duties:
            if (duty.shift, duty.span) != current:
                current = (duty.shift, duty.span)
                rows.append(section_row(f"{duty.span}  {duty.shift}"))
            rows.append(Row([duty.post, duty.place, labels.separator.join(duty.people),
                             f"{len(duty.people)}/{duty.needed}"],
                            "normal" if len(duty.people) >= duty.needed else "muted"))
        doc.table([Column(labels.post, 1.2), Column(labels.place, 1.6),
                   Column(labels.people, 3.0), Column(labels.staffed, 0.7, "center")], rows)
    for index, night in enumerate(nights):
        if overview or index:
            doc.page_break()
        doc.title(labels.my_night.format(name=night.name))
        doc.subtitle(" · ".join(p for p in (night.department, night.phone) if p))
        if not night.duties:
            doc.paragraph(labels.free)
        else:
            doc.table([Column(labels.time, 1.0), Column(labels.shift, 1.1),
                       Column(labels.post, 1.1), Column(labels.place, 1.6),
                       Column(labels.with_whom, 2.0)],
                      [[d.span, d.shift, d.post, d.place,
                        labels.separator.join(p for p in d.people if p != night.name)]
                       for d in night.duties])
        if night_note:
            doc.spacer()
            doc.note(night_note)
    return doc


def write_roster_pdf(path: Path, duties: Sequence[DutyLine], nights: Sequence[PersonNight],
                     header: PageHeader, page_labels: PageLabels, labels: RosterLabels,
                     printed_at: dt.datetime | None = None, *, night_note: str = "",
                     overview: bool = True) -> Path:
    """Write the roster PDF atomically."""
    return build_roster_pdf(duties, nights, header, page_labels, labels, printed_at,
                            night_note=night_note, overview=overview).build(path)


def write_roster_xlsx(path: Path, duties: Sequence[DutyLine], nights: Sequence[PersonNight],
                      labels: RosterLabels, *, gala_name: str,
                      page_label: str) -> list[xlsx_kit.CellWarning]:
    """Sheet 1: by time and post; sheet 2: by person (phones as text)."""
    warnings: list[xlsx_kit.CellWarning] = []
    wb = xlsx_kit.new_workbook(title=labels.document_title)
    ws = xlsx_kit.add_sheet(wb, labels.document_title)
    heads = [labels.shift, labels.time, labels.post, labels.place, labels.people,
             labels.staffed]
    xlsx_kit.write_title(ws, f"{gala_name} · {labels.document_title}")
    xlsx_kit.write_header(ws, 2, heads, autofilter_to_row=2 + len(duties))
    for offset, d in enumerate(duties, start=3):
        xlsx_kit.write_row(ws, offset, [d.shift, d.span, d.post, d.place,
                                        labels.separator.join(d.people),
                                        f"{len(d.people)}/{d.needed}"], warnings=warnings)
    xlsx_kit.fit_columns(ws, from_row=2)
    xlsx_kit.setup_print(ws, header_row=2, header_text=gala_name,
                         page_label=page_label)
    ws = xlsx_kit.add_sheet(wb, labels.by_person)
    heads = [labels.person, labels.department, labels.phone, labels.time, labels.shift,
             labels.post, labels.place, labels.with_whom]
    rows = [[n.name, n.department, n.phone, d.span, d.shift, d.post, d.place,
             labels.separator.join(p for p in d.people if p != n.name)]
            for n in nights for d in n.duties]
    xlsx_kit.write_header(ws, 1, heads, autofilter_to_row=1 + len(rows))
    for offset, values in enumerate(rows, start=2):
        xlsx_kit.write_row(ws, offset, values, formats=[None, None, "@"], warnings=warnings)
    xlsx_kit.fit_columns(ws)
    xlsx_kit.setup_print(ws, header_row=1, header_text=gala_name,
                         page_label=page_label)
    xlsx_kit.save_workbook(wb, path)
    return warnings
