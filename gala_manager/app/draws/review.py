"""The lucky draws in the review: each draw's winners and what became of their prizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.core.draws.setup import list_draws
from gala_manager.core.models import WinnerStatus

translate = QCoreApplication.translate


def review_lines(read) -> list[tuple[str, str]]:
    """(label, value) per draw drawn, for the review: its winners and what became of them."""
    lines = []
    for row in read(list_draws):
        if not row.has_run:
            continue
        kept = [w.entry for w in row.winners if w.status != WinnerStatus.ABSENT]
        collected = sum(w.status == WinnerStatus.COLLECTED for w in row.winners)
        absent = sum(w.status == WinnerStatus.ABSENT for w in row.winners)
        count = len(kept)  # lupdate reads a plural count only from a plain name
        text = translate("DrawExport", "{winners} ({collected} of %n prize(s) collected, "
                                       "{absent} absent)", "", count).format(
            winners=translate("Draws", ", ").join(kept), collected=collected, absent=absent)
        lines.append((translate("DrawExport", "Lucky draw “{draw}”").format(
            draw=row.data.name), text))
    return lines
