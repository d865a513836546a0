"""Write the sponsor report with the interface's words (GUI and CLI)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.sponsors.wording import (
    promise_status_label,
    promise_text,
    sponsor_status_label,
)
from gala_manager.core.models import PromiseStatus
from gala_manager.core.money import format_yuan
from gala_manager.core.sponsors.income import sponsorship_totals
from gala_manager.core.sponsors.records import list_sponsors
from gala_manager.core.sponsors.rows import SponsorRow
from gala_manager.export.sponsors.report import (
    PromiseLine,
    SponsorReportLabels,
    SponsorSection,
    write_sponsor_report,
)

translate = QCoreApplication.translate
_MARKS = {PromiseStatus.DONE: "√ ", PromiseStatus.PENDING: "□ ", PromiseStatus.DROPPED: "— "}


def report_labels() -> SponsorReportLabels:
    """The report's words, translated."""
    return SponsorReportLabels(
        document_title=translate("SponsorExport", "Sponsor report"),
        summary=translate("SponsorExport", "In brief"),
        goods=translate("SponsorExport", "Goods in kind"),
        goods_headers=(translate("SponsorExport", "Goods in kind"),
                       translate("SponsorExport", "Supply item"),
                       translate("SponsorExport", "Value")),
        promises=translate("SponsorExport", "What we promised"),
        promise_headers=(translate("SponsorExport", "Promise"),
                         translate("SponsorExport", "When on stage"),
                         translate("SponsorExport", "Status"),
                         translate("SponsorExport", "Photo")),
        no_goods=translate("SponsorExport", "No goods in kind."),
        no_promises=translate("SponsorExport", "Nothing was promised."),
        empty=translate("SponsorExport", "No sponsors are recorded."))


def _section(row: SponsorRow) -> SponsorSection:
    data = row.data
    facts = [(translate("SponsorExport", "Contact"),
              " ".join(p for p in (data.contact_name, data.contact_phone) if p)),
             (translate("SponsorExport", "Looked after by"), row.handled_by),
             (translate("SponsorExport", "Cash"), format_yuan(data.cash) if data.cash else ""),
             (translate("SponsorExport", "Goods in kind"),
              format_yuan(data.goods_value) if data.goods else ""),
             (translate("SponsorExport", "Notes"), data.notes)]
    goods = [(g.description, row.item_names.get(g.supply_item_id, ""), format_yuan(g.value))
             for g in data.goods]
    promises = [PromiseLine(promise_text(p.kind, p.detail), row.act_titles.get(p.act_id, ""),
                            _MARKS[p.status] + promise_status_label(p.status),
                            p.status == PromiseStatus.DROPPED, p.photo_path)
                for p in data.promises]
    return SponsorSection(data.company, sponsor_status_label(data.status), facts, goods,
                          promises)


def report_summary(read: Callable) -> list[tuple[str, str]]:
    """The figures at the top of the report: money, goods and promises kept."""
    totals = read(sponsorship_totals)
    rows = read(list_sponsors)
    promises = [p for r in rows if r.data.counted for p in r.data.promises]
    kept = sum(p.status == PromiseStatus.DONE for p in promises)
    dropped = sum(p.status == PromiseStatus.DROPPED for p in promises)
    return [
        (translate("SponsorExport", "Sponsors who agreed"),
         translate("SponsorExport", "{count} of {all}").format(count=totals.sponsors,
                                                                all=len(rows))),
        (translate("SponsorExport", "Cash agreed"), format_yuan(totals.cash)),
        (translate("SponsorExport", "Cash received"), format_yuan(totals.received)),
        (translate("SponsorExport", "Goods in kind"), format_yuan(totals.goods)),
        (translate("SponsorExport", "Promises kept"),
         translate("SponsorExport", "{kept} of {all} ({dropped} dropped)").format(
             kept=kept, all=len(promises), dropped=dropped)),
    ]


def export_sponsor_report(source, path: Path, printed_at: dt.datetime | None = None) -> Path:
    """Write the report of the gala `source` (a controller or document) reads."""
    read = source.read
    sections = [_section(row) for row in read(list_sponsors)]
    return write_sponsor_report(Path(path), sections, report_summary(read), page_header(read),
                                page_labels(), report_labels(), printed_at)
