"""Write run-sheet PDFs of the open gala with the interface's words (GUI and CLI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.awards.announce import host_results
from gala_manager.app.formatting import format_minutes, plan_difference
from gala_manager.app.pdf_font import stored_font
from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.programme.wording import (
    kind_label,
    mic_kind_label,
    section_label,
    totals_text,
)
from gala_manager.app.sponsors.mentions import host_mentions, thanked_sponsors
from gala_manager.core.gala import get_audience_address
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import ActKind, MicKind
from gala_manager.core.programme.schedule import programme_summary, running_order
from gala_manager.core.programme.sections import list_sections
from gala_manager.export.kit.pdf_fonts import resolve_font
from gala_manager.export.programme.runsheet import (
    VARIANTS,
    RunsheetExtras,
    RunsheetLabels,
    write_runsheet,
)

__all__ = ["VARIANTS", "export_runsheet", "runsheet_labels"]

translate = QCoreApplication.translate

TITLES = {
    "full": QT_TRANSLATE_NOOP("Runsheet", "Run-sheet"),
    "audience": QT_TRANSLATE_NOOP("Runsheet", "Programme"),
    "host": QT_TRANSLATE_NOOP("Runsheet", "Host script"),
    "backstage": QT_TRANSLATE_NOOP("Runsheet", "Backstage call sheet"),
    "tech": QT_TRANSLATE_NOOP("Runsheet", "Technical sheet"),
}
_COLUMNS = {
    "time": QT_TRANSLATE_NOOP("Runsheet", "Time"),
    "number": QT_TRANSLATE_NOOP("Runsheet", "No."),
    "kind": QT_TRANSLATE_NOOP("Runsheet", "Kind"),
    "title": QT_TRANSLATE_NOOP("Runsheet", "Act"),
    "performers": QT_TRANSLATE_NOOP("Runsheet", "Performers"),
    "duration": QT_TRANSLATE_NOOP("Runsheet", "Length"),
    "needs": QT_TRANSLATE_NOOP("Runsheet", "Mics / props / music"),
    "notes": QT_TRANSLATE_NOOP("Runsheet", "Notes"),
    "head_count": QT_TRANSLATE_NOOP("Runsheet", "People"),
    "makeup": QT_TRANSLATE_NOOP("Runsheet", "Make-up by"),
    "stand_by": QT_TRANSLATE_NOOP("Runsheet", "Stand by"),
    "on_stage": QT_TRANSLATE_NOOP("Runsheet", "On stage"),
    "contact": QT_TRANSLATE_NOOP("Runsheet", "Contact"),
    "phone": QT_TRANSLATE_NOOP("Runsheet", "Phone"),
    "mics": QT_TRANSLATE_NOOP("Runsheet", "Microphones"),
    "music": QT_TRANSLATE_NOOP("Runsheet", "Music file"),
    "lighting": QT_TRANSLATE_NOOP("Runsheet", "Lighting"),
    "sound": QT_TRANSLATE_NOOP("Runsheet", "Sound"),
    "props": QT_TRANSLATE_NOOP("Runsheet", "Props"),
    "host": QT_TRANSLATE_NOOP("Runsheet", "Host"),
}


def variant_title(variant: str) -> str:
    """The translated name of a run-sheet variant."""
    return translate("Runsheet", TITLES[variant])



def against_plan_text(read: Callable) -> str:
    """The programme's length against the gala's planned length, for the run-sheet's end:
    "planned length 150 min: 3 min longer than planned"."""
    facts, summary = read(get_gala_facts), read(programme_summary)
    if not summary.act_count:
        return ""
    return translate("Runsheet", "planned length {planned}: {difference}").format(
        planned=format_minutes(facts.planned_minutes),
        # The page's figure: whole minutes of the programme (rounded once) against the plan.
        difference=plan_difference((summary.total_minutes - facts.planned_minutes) * 60))


def runsheet_labels(variant: str, read: Callable) -> RunsheetLabels:
    """Every word of a variant in the current language."""
    facts = read(get_gala_facts)
    sections = {s.id: section_label(s.kind, s.name) for s in read(list_sections)}
    subtitle = facts.theme if variant == "audience" else \
        translate("Runsheet", "Start {time} · planned length {minutes} min").format(
            time=facts.start_time.strftime("%H:%M"), minutes=facts.planned_minutes)
    return RunsheetLabels(
        title=variant_title(variant), subtitle=subtitle,
        columns={key: translate("Runsheet", text) for key, text in _COLUMNS.items()},
        kinds={kind.value: kind_label(kind) for kind in ActKind},
        mic_kinds={kind.value: mic_kind_label(kind) for kind in MicKind},
        sections=sections,
        fixed=translate("Runsheet", "fixed at {time}"),
        gap=translate("Runsheet", "{m} min gap before"),
        overlap=translate("Runsheet", "overlaps {m} min!"),
        totals=totals_text(read(programme_summary)),
        against_plan=against_plan_text(read),
        mics=translate("Runsheet", "{n} × {kind}"),
        no_link=translate("Runsheet", "(no host link)"),
        link_for=translate("Runsheet", "introduces “{title}”"),
        spoken_by=translate("Runsheet", "Host: {name}"),
        stand_by_first=translate("Runsheet", "before the start"),
        intermission=kind_label(ActKind.INTERMISSION),
        thanks=translate("Runsheet", "Thank you for coming!") if variant == "audience" else "",
    )


def runsheet_extras(variant: str, read: Callable) -> RunsheetExtras:
    """What other areas add: the host's sponsor mentions and award results, the programme's
    sponsors and the audience view's QR code (once its address is set, see the console)."""
    if variant == "host":
        notes = host_mentions(read)
        for act_id, lines in host_results(read).items():
            notes.setdefault(act_id, []).extend(lines)
        return RunsheetExtras(host_notes=notes)
    if variant == "audience":
        address = read(get_audience_address)
        return RunsheetExtras(
            sponsors=thanked_sponsors(read),
            sponsors_title=translate("Runsheet", "With thanks to our sponsors"),
            live_url=address.url if address else "",
            live_caption=translate("Runsheet", "Scan for the live programme (on the hall's "
                                               "Wi-Fi): see what is on stage and what is next"))
    return RunsheetExtras()


def chosen_font_path() -> str:
    """The font file the user chose for PDFs ("" = find one)."""
    return str(stored_font() or "")


def export_runsheet(source, path: Path, variant: str, font_path: str | None = None) -> Path:
    """Write one variant for the gala `source` (a controller or a document) reads."""
    read = source.read
    font = resolve_font((font_path if font_path is not None else chosen_font_path()) or None)
    schedule = read(running_order)
    return write_runsheet(Path(path), variant, schedule, read(programme_summary),
                          page_header(read), page_labels(), runsheet_labels(variant, read),
                          font=font, extras=runsheet_extras(variant, read))
