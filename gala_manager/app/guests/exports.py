"""Invitations, place cards and the seating plan with the interface's words (GUI and CLI)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.formatting import format_date
from gala_manager.app.guests.invitation_text import invitation_words
from gala_manager.app.guests.wording import guest_kind_label, row_label, seat_label
from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.core import clock
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.guests.invitations import invitation_texts
from gala_manager.core.guests.records import list_guests
from gala_manager.core.guests.rows import GuestRow
from gala_manager.core.guests.seating import get_seating_plan
from gala_manager.core.models import GuestKind
from gala_manager.export.guests.invitations import (
    Invitation,
    InvitationLabels,
    write_invitations,
)
from gala_manager.export.guests.place_cards import PlaceCard, PlaceCardLabels, write_place_cards
from gala_manager.export.guests.seating_plan import (
    SeatingLabels,
    SeatingPlanPrint,
    write_seating_plan,
)

translate = QCoreApplication.translate
PAPERS = ("a4", "a5")


def chosen_guests(read: Callable, names: Sequence[str] = ()) -> list[GuestRow]:
    """The guests to print for: those named, else everyone who has not declined."""
    rows = [row for row in read(list_guests) if row.coming]
    if names:
        wanted = {name.strip() for name in names}
        rows = [row for row in read(list_guests) if row.name in wanted]
    return rows


def unknown_names(read: Callable, names: Sequence[str]) -> list[str]:
    """The names asked for that are no guest of the gala."""
    known = {row.name for row in read(list_guests)}
    return [name for name in names if name.strip() not in known]


def _values(read: Callable) -> dict[str, str]:
    facts = read(get_gala_facts)
    return {"gala": facts.name, "theme": facts.theme, "organiser": facts.organiser,
            "venue": facts.venue, "date": format_date(facts.date) if facts.date else "",
            "time": facts.start_time.strftime("%H:%M")}


def export_invitations(source, path: Path, *, paper: str = "a4",
                       names: Sequence[str] = ()) -> Path:
    """One invitation per guest (all who have not declined, or the named ones)."""
    read = source.read
    facts = read(get_gala_facts)
    gala = _values(read)
    custom = read(invitation_texts)
    items = []
    for row in chosen_guests(read, names):
        values = {**gala, "name": row.name, "title": row.data.title,
                  "seat": seat_label(row.seat)}
        greeting, body = invitation_words(row.data.kind, custom, values)
        when = " ".join(p for p in (gala["date"], gala["time"]) if p)
        facts_lines = [(translate("GuestExport", "Time"), when),
                       (translate("GuestExport", "Venue"), facts.venue),
                       (translate("GuestExport", "Seat"), seat_label(row.seat))]
        items.append(Invitation(row.name, greeting, body, [f for f in facts_lines if f[1]],
                                facts.organiser, format_date(clock.now().date()), facts.name,
                                facts.theme))
    labels = InvitationLabels(
        title=translate("GuestExport", "Invitation"),
        ornament=translate("GuestExport", "INVITATION"),
        # Chinese letters close on two lines (此致 / 敬礼！): the translation holds both.
        closing=tuple((translate("GuestExport", "With best regards,").split("\n") + [""])[:2]),
        document_title=translate("GuestExport", "Invitations"),
        empty=translate("GuestExport", "No guest to invite."))
    return write_invitations(Path(path), items, labels, paper=paper)


def export_place_cards(source, path: Path, *, paper: str = "a4",
                       names: Sequence[str] = ()) -> Path:
    """One folded place card (桌签) per guest, name on both faces."""
    read = source.read
    gala = read(get_gala_facts).name
    cards = [PlaceCard(row.name, row.data.title, gala) for row in chosen_guests(read, names)]
    labels = PlaceCardLabels(fold=translate("GuestExport", "fold here"),
                             document_title=translate("GuestExport", "Place cards"),
                             empty=translate("GuestExport", "No guest to print a card for."))
    return write_place_cards(Path(path), cards, labels, paper=paper)


def export_seating_plan(source, path: Path) -> Path:
    """The seating plan of the front rows, and the guests by seat."""
    read = source.read
    rows = read(list_guests)
    plan = read(get_seating_plan)
    print_data = SeatingPlanPrint(
        plan.rows, plan.seat_order(),
        {row.seat: (row.name, row.data.title, row.data.kind.value) for row in rows
         if row.seat is not None and row.coming},
        [[seat_label(row.seat), row.name, row.data.title, guest_kind_label(row.data.kind),
          row.data.arrival_time.strftime("%H:%M") if row.data.arrival_time else "",
          row.receiver] for row in sorted((r for r in rows if r.seat is not None and r.coming),
                                          key=lambda r: r.seat)],
        [row.name for row in rows if row.coming and row.seat is None])
    labels = SeatingLabels(
        title=translate("GuestExport", "Seating plan of the guests"),
        stage=translate("GuestExport", "STAGE"),
        rows={number: row_label(number) for number in range(1, plan.rows + 1)},
        kinds={kind.value: guest_kind_label(kind) for kind in GuestKind},
        headers=[translate("GuestExport", "Seat"), translate("GuestExport", "Guest"),
                 translate("GuestExport", "Title"), translate("GuestExport", "Kind"),
                 translate("GuestExport", "Arrives"), translate("GuestExport", "Met by")],
        unseated=translate("GuestExport", "Not seated yet: {names}"),
        empty_seat=translate("GuestExport", "free"))
    return write_seating_plan(Path(path), print_data, page_header(read), page_labels(), labels)
