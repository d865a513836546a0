"""Write the winners' workbook with the interface's words (GUI and CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.draws.wording import winner_status_label
from gala_manager.core.draws.setup import list_draws
from gala_manager.core.gala import get_gala_facts
from gala_manager.export.draws.winners import WinnerLine, WinnersLabels, write_winners_workbook

translate = QCoreApplication.translate


def winners_labels() -> WinnersLabels:
    """The workbook's words, translated."""
    return WinnersLabels(
        sheet=translate("DrawExport", "Winners"),
        title=translate("DrawExport", "Lucky draw winners"),
        headers=(translate("DrawExport", "Draw"), translate("DrawExport", "No."),
                 translate("DrawExport", "Winner"), translate("DrawExport", "Prize"),
                 translate("DrawExport", "Status"), translate("DrawExport", "Drawn at"),
                 translate("DrawExport", "Note"), translate("DrawExport", "Signature")),
        empty=translate("DrawExport", "No draw has been drawn yet."),
        page_label=translate("DrawExport", "Page {page} of {pages}"))


def winner_lines(read) -> list[WinnerLine]:
    """Every winner of every draw, in the evening's order, worded."""
    lines = []
    for row in read(list_draws):
        for winner in row.winners:
            note = (translate("DrawExport", "redrawn for {absent}").format(
                absent=winner.redraw_of) if winner.redraw_of else "")
            lines.append(WinnerLine(row.data.name, winner.position, winner.entry,
                                    row.prize_name, winner_status_label(winner.status),
                                    winner.at, note))
    return lines


def export_winners(source, path: Path) -> Path:
    """Write the winners of the gala `source` (a controller or document) reads."""
    read = source.read
    return write_winners_workbook(Path(path), winner_lines(read), winners_labels(),
                                  gala_name=read(get_gala_facts).name)
