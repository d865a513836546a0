"""The prose run-sheets: the audience's programme (节目单) and the host script (主持稿)."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from gala_manager.core.models import ActKind
from gala_manager.core.programme.rows import PLAYABLE, ProgrammeSummary, ScheduledAct
from gala_manager.export.kit.pdf import Markup, PdfDocument, escape_text
from gala_manager.export.kit.qr import qr_drawing
from gala_manager.export.programme.runsheet import (
    RunsheetExtras,
    RunsheetLabels,
    clock,
    sections_of,
)

# What the audience does not see: the hosts' own segments and acts not on the bill.
_NOT_FOR_AUDIENCE = {ActKind.HOST_SEGMENT}


def _centred(doc: PdfDocument, name: str, base: str, **kw) -> str:
    doc.styles[name] = ParagraphStyle(name, doc.styles[base], alignment=TA_CENTER, **kw)
    return name


def audience_pages(doc: PdfDocument, schedule: list[ScheduledAct],
                   labels: RunsheetLabels, extras: RunsheetExtras | None = None) -> None:
    """Titles and performers only, centred like a printed programme; no phones, no notes."""
    title = _centred(doc, "a_title", "title", fontSize=24, leading=30, spaceAfter=2 * mm)
    subtitle = _centred(doc, "a_subtitle", "subtitle", fontSize=12, spaceAfter=5 * mm)
    section = _centred(doc, "a_section", "heading", fontSize=14, leading=18,
                       spaceBefore=3 * mm, spaceAfter=3 * mm)
    act_title = _centred(doc, "a_act", "body", fontSize=12.5, leading=16, spaceAfter=0)
    performers = _centred(doc, "a_perf", "note", fontSize=9.5, leading=12, spaceAfter=2.6 * mm)
    pause = _centred(doc, "a_pause", "note", fontSize=11, leading=14, spaceBefore=1 * mm,
                     spaceAfter=3 * mm)
    bold = doc.font.bold_name or doc.font.name
    doc.paragraph(labels.title, title)
    if labels.subtitle:
        doc.paragraph(labels.subtitle, subtitle)
    for section_id, acts in sections_of(schedule):
        shown = [a for a in acts if a.kind not in _NOT_FOR_AUDIENCE and a.status in PLAYABLE]
        if not shown:
            continue
        name = labels.sections.get(section_id, "")
        if name:
            doc.paragraph(Markup(f"—— {escape_text(name)} ——"), section)
        for act in shown:
            if act.kind == ActKind.INTERMISSION:
                doc.paragraph(Markup(f"· {escape_text(act.title or labels.intermission)} ·"),
                              pause)
                continue
            with doc.keep_together():
                number = f"{act.number:02d}  " if act.number else ""
                doc.paragraph(Markup(f"<font name='{bold}'>{escape_text(number + act.title)}"
                                     "</font>"), act_title)
                doc.paragraph(act.performers or " ", performers)
    if extras is not None and extras.sponsors:
        doc.spacer(4)
        with doc.keep_together():
            doc.paragraph(Markup(f"—— {escape_text(extras.sponsors_title)} ——"), section)
            doc.paragraph("　".join(extras.sponsors), act_title)
    if extras is not None and extras.live_url:
        _live_code(doc, extras, performers)
    if labels.thanks:
        doc.spacer(6)
        doc.paragraph(labels.thanks, subtitle)


def _live_code(doc: PdfDocument, extras: RunsheetExtras, small: str) -> None:
    """The audience view's QR code, what it is for, and its address to type."""
    caption = _centred(doc, "a_live", "body", fontSize=11, leading=14, spaceBefore=2 * mm,
                       spaceAfter=1 * mm)
    doc.spacer(5)
    with doc.keep_together():
        doc.add(qr_drawing(extras.live_url, 30))
        doc.paragraph(extras.live_caption, caption)
        doc.paragraph(extras.live_url, small)


def host_script(doc: PdfDocument, schedule: list[ScheduledAct], summary: ProgrammeSummary,
                labels: RunsheetLabels, extras: RunsheetExtras | None = None) -> None:
    """Each host link in order: when, who speaks it, and the act it introduces; then what
    other areas add at that point (sponsor mentions, the award results), framed."""
    link = ParagraphStyle("h_link", doc.styles["body"], fontSize=12, leading=19,
                          leftIndent=6 * mm, spaceAfter=5 * mm)
    meta = ParagraphStyle("h_meta", doc.styles["note"], leftIndent=6 * mm, spaceAfter=1.5 * mm)
    head = ParagraphStyle("h_head", doc.styles["section"], fontSize=11.5, leading=16,
                          spaceBefore=2 * mm, spaceAfter=1 * mm)
    note = ParagraphStyle("h_note", doc.styles["body"], fontSize=11, leading=17,
                          leftIndent=6 * mm, borderPadding=(2 * mm, 3 * mm, 2 * mm, 3 * mm),
                          backColor="#FFF4D6", borderColor="#D99A00", borderWidth=0.5,
                          spaceBefore=1 * mm, spaceAfter=5 * mm)
    doc.styles.update(h_link=link, h_meta=meta, h_head=head, h_note=note)
    start = summary.start
    for section_id, acts in sections_of(schedule):
        name = labels.sections.get(section_id, "")
        if name:
            doc.heading(name)
        for act in acts:
            with doc.keep_together():
                number = f"{act.number}. " if act.number else ""
                doc.paragraph(f"{clock(act.start, start)}   {number}{act.title}", "h_head")
                kind = labels.kinds.get(act.kind.value, "")
                doc.paragraph(" · ".join(p for p in (
                    labels.spoken_by.format(name=act.host_name or "—"),
                    labels.link_for.format(title=act.title), kind) if p), "h_meta")
                if act.host_link.strip():
                    doc.paragraph(act.host_link, "h_link")
                else:
                    doc.paragraph(labels.no_link, "h_meta")
            notes = (extras.host_notes.get(act.act_id, []) if extras is not None else [])
            for label, text in notes:
                doc.paragraph(Markup(f"<b>{escape_text(label)}</b>　{escape_text(text)}"),
                              "h_note")
