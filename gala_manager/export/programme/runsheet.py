"""Run-sheet PDFs of the running order: full, audience, host, backstage and tech variants.

`build_runsheet(variant, schedule, summary, header, page_labels, labels, ...)`
returns a `PdfDocument`; `write_runsheet(path, ...)` writes it. The tables of
`full`, `backstage` and `tech` are here; the prose layouts of `audience` and
`host` are in `runsheet_prose.py`. Every word comes in through
`RunsheetLabels`; user text is escaped by the kit (a title `<b>Rock & Roll</b>`
prints literally).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gala_manager.core.durations import format_duration
from gala_manager.core.models import ActKind
from gala_manager.core.programme.rows import PLAYABLE, ProgrammeSummary, ScheduledAct
from gala_manager.export.kit.pdf import (
    Column,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    section_row,
)
from gala_manager.export.kit.pdf_fonts import FontChoice
from gala_manager.export.programme.variants import LANDSCAPE, VARIANTS


@dataclass(frozen=True)
class RunsheetLabels:
    """Translated words. `columns` maps column keys to headers; `kinds`, `mic_kinds`
    map enum values to names; `sections` maps section ids to their names."""

    title: str
    subtitle: str = ""
    columns: dict = field(default_factory=dict)
    kinds: dict = field(default_factory=dict)
    mic_kinds: dict = field(default_factory=dict)
    sections: dict = field(default_factory=dict)
    fixed: str = "fixed {time}"
    gap: str = "{m} min gap before"
    overlap: str = "{m} min overlap!"
    # Written by the app's `totals_text`, as the Programme page words it.
    totals: str = ""
    against_plan: str = ""  # "Planned length 150 min: the programme is 3 min longer"
    mics: str = "{n} × {kind}"
    no_link: str = "(no link)"
    link_for: str = "before {title}"
    spoken_by: str = "Host: {name}"
    stand_by_first: str = "before the start"
    intermission: str = "Intermission"
    thanks: str = ""


@dataclass(frozen=True)
class RunsheetExtras:
    """What other areas add to the run-sheets, already worded.

    `host_notes` maps an act id to (label, text) lines the host script prints
    after that act's link: sponsor mentions, the award results. `sponsors`
    names the sponsors the audience programme thanks, under `sponsors_title`;
    `live_url` (with `live_caption`) puts the audience view's QR code on it.
    """

    host_notes: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    sponsors: tuple[str, ...] = ()
    sponsors_title: str = ""
    # The audience's live programme: its address in a QR code, with a line saying so.
    live_url: str = ""
    live_caption: str = ""


def clock(moment: dt.datetime, start: dt.datetime) -> str:
    """HH:MM, with (+1) after midnight of the show's first day."""
    days = (moment.date() - start.date()).days
    return moment.strftime("%H:%M") + (f" (+{days})" if days else "")


def sections_of(schedule: Sequence[ScheduledAct]) -> list[tuple[int | None, list]]:
    """The schedule cut into its sections, in order."""
    groups: list[tuple[int | None, list]] = []
    for act in schedule:
        if not groups or groups[-1][0] != act.section_id:
            groups.append((act.section_id, []))
        groups[-1][1].append(act)
    return groups


def _section_rows(schedule, labels: RunsheetLabels, make_row) -> list:
    rows: list = []
    for section_id, acts in sections_of(schedule):
        name = labels.sections.get(section_id, "")
        if name:
            rows.append(section_row(name))
        for act in acts:
            row = make_row(act)
            rows.append(row if act.status in PLAYABLE else Row(row.cells, "muted"))
    return rows


def _time_cell(act: ScheduledAct, start: dt.datetime, labels: RunsheetLabels) -> str:
    text = f"{clock(act.start, start)}–{clock(act.end, start)}"
    if act.fixed_start is not None:
        text += "\n" + labels.fixed.format(time=act.fixed_start.strftime("%H:%M"))
        minutes = round(abs(act.gap_seconds) / 60)
        if act.gap_seconds < 0:
            text += "\n" + labels.overlap.format(m=minutes)
        elif act.gap_seconds > 0:
            text += "\n" + labels.gap.format(m=minutes)
    return text


def _needs(act: ScheduledAct, labels: RunsheetLabels) -> str:
    parts = []
    if act.mic_count:
        parts.append(labels.mics.format(n=act.mic_count,
                                        kind=labels.mic_kinds.get(act.mic_kind.value, "")))
    parts += [p for p in (act.props, act.music_file) if p]
    return "\n".join(parts)


def _number(act: ScheduledAct) -> str:
    return str(act.number) if act.number else ""


def full_table(doc: PdfDocument, schedule, summary: ProgrammeSummary,
               labels: RunsheetLabels) -> None:
    """流程单: every item with times, needs and notes; totals at the end."""
    c = labels.columns
    columns = [Column(c["time"], 1.35), Column(c["number"], 0.45, "center"),
               Column(c["kind"], 0.8), Column(c["title"], 2.2), Column(c["performers"], 2.0),
               Column(c["duration"], 0.65, "center"), Column(c["needs"], 2.0),
               Column(c["notes"], 2.0)]
    start = summary.start

    def row(act: ScheduledAct) -> Row:
        return Row([_time_cell(act, start, labels), _number(act),
                    labels.kinds.get(act.kind.value, ""), act.title, act.performers,
                    format_duration(act.duration_seconds), _needs(act, labels), act.notes])

    rows = _section_rows(schedule, labels, row)
    if summary.planned_end is not None:
        total = labels.totals
        if labels.against_plan:
            total += " · " + labels.against_plan
        rows.append(Row([total], "section"))
    doc.table(columns, rows)


def backstage_table(doc: PdfDocument, schedule, summary: ProgrammeSummary,
                    labels: RunsheetLabels, makeup_minutes: int = 60) -> None:
    """后台候场表: in make-up by, standing by (while the act two before is on), on stage."""
    c = labels.columns
    columns = [Column(c["number"], 0.45, "center"), Column(c["title"], 2.2),
               Column(c["performers"], 2.0), Column(c["head_count"], 0.55, "center"),
               Column(c["makeup"], 0.8, "center"), Column(c["stand_by"], 0.8, "center"),
               Column(c["on_stage"], 0.8, "center"), Column(c["contact"], 1.0),
               Column(c["phone"], 1.2)]
    start = summary.start
    index = {act.act_id: i for i, act in enumerate(schedule)}

    def row(act: ScheduledAct) -> Row:
        i = index[act.act_id]
        # The plan: while one act performs, the next two wait backstage.
        if act.kind in (ActKind.INTERMISSION, ActKind.HOST_SEGMENT):
            # Nobody goes to make-up or stands by for a break or the hosts' own words.
            return Row([_number(act), act.title, act.performers, "", "", "",
                        clock(act.start, start), act.contact_name, act.contact_phone])
        stand_by = clock(schedule[i - 2].start, start) if i >= 2 else labels.stand_by_first
        makeup = clock(act.start - dt.timedelta(minutes=makeup_minutes), start)
        return Row([_number(act), act.title, act.performers, str(act.head_count or ""),
                    makeup, stand_by, clock(act.start, start), act.contact_name,
                    act.contact_phone])

    doc.table(columns, _section_rows(schedule, labels, row))


def tech_table(doc: PdfDocument, schedule, summary: ProgrammeSummary,
               labels: RunsheetLabels) -> None:
    """技术单: microphones, music, lighting and sound per item."""
    c = labels.columns
    columns = [Column(c["time"], 0.8), Column(c["number"], 0.45, "center"),
               Column(c["title"], 2.0), Column(c["mics"], 1.0), Column(c["music"], 2.1),
               Column(c["lighting"], 2.0), Column(c["sound"], 2.0), Column(c["props"], 1.5)]
    start = summary.start

    def row(act: ScheduledAct) -> Row:
        mics = labels.mics.format(n=act.mic_count, kind=labels.mic_kinds.get(
            act.mic_kind.value, "")) if act.mic_count else ""
        return Row([clock(act.start, start), _number(act), act.title, mics, act.music_file,
                    act.lighting_notes, act.sound_notes, act.props])

    doc.table(columns, _section_rows(schedule, labels, row), font_size=8.5)


def build_runsheet(variant: str, schedule: Sequence[ScheduledAct], summary: ProgrammeSummary,
                   header: PageHeader, page_labels: PageLabels, labels: RunsheetLabels, *,
                   font: FontChoice | None = None,
                   printed_at: dt.datetime | None = None,
                   extras: RunsheetExtras | None = None) -> PdfDocument:
    """The PDF document of one variant (see `VARIANTS`)."""
    from gala_manager.export.programme.runsheet_prose import audience_pages, host_script

    if variant not in VARIANTS:
        raise ValueError(f"unknown run-sheet variant {variant!r}")
    doc = PdfDocument(header, page_labels, landscape=variant in LANDSCAPE, font=font,
                      title_meta=f"{header.gala_name} · {labels.title}", printed_at=printed_at)
    schedule = list(schedule)
    extras = extras or RunsheetExtras()
    if variant == "audience":
        audience_pages(doc, schedule, labels, extras)
        return doc
    doc.title(labels.title)
    if labels.subtitle:
        doc.subtitle(labels.subtitle)
    if variant == "full":
        full_table(doc, schedule, summary, labels)
    elif variant == "backstage":
        backstage_table(doc, schedule, summary, labels)
    elif variant == "tech":
        tech_table(doc, schedule, summary, labels)
    else:
        host_script(doc, schedule, summary, labels, extras)
    return doc


def write_runsheet(path: Path | str, variant: str, schedule: Sequence[ScheduledAct],
                   summary: ProgrammeSummary, header: PageHeader, page_labels: PageLabels,
                   labels: RunsheetLabels, *, font: FontChoice | None = None,
                   extras: RunsheetExtras | None = None) -> Path:
    """Write one variant's PDF atomically; returns the path."""
    return build_runsheet(variant, schedule, summary, header, page_labels, labels,
                          font=font, extras=extras).build(path)
