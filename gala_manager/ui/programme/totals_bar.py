"""The totals bar under the running order: planned end and length against the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gala_manager.app.programme.wording import end_text, length_text
from gala_manager.core.programme.rows import ProgrammeSummary, Verdict
from gala_manager.ui import theme
from gala_manager.ui.fonts import sized
from gala_manager.ui.theme import Tone

_TONES = {Verdict.UNDER: Tone.WARNING, Verdict.WITHIN: Tone.SUCCESS, Verdict.OVER: Tone.ERROR}


class TotalsBar(QWidget):
    """Start, planned end, running time, and under / within / over with the minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ProgrammeSummary | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.times_label = QLabel(self)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdict")
        sized(self.verdict_label, 1.0, bold=True)
        self.verdict_label.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.times_label, 1)
        layout.addWidget(self.verdict_label)

    def set_summary(self, summary: ProgrammeSummary | None) -> None:
        """Show a programme's totals."""
        self.summary = summary
        self.retranslate_ui()

    def verdict(self) -> Verdict | None:
        """The verdict shown, for whoever needs it (tests, the page's status)."""
        return self.summary.verdict if self.summary else None

    def retranslate_ui(self) -> None:
        """Set the texts again in the current language."""
        s = self.summary
        if s is None or s.planned_end is None:
            self.times_label.setText(self.tr("The running order is empty."))
            self.verdict_label.setText("")
            return
        count = s.act_count  # lupdate reads a plural count only from a plain name
        self.times_label.setText(self.tr(
            "Start {start} · planned end {end} · %n item(s) · running time {total}", "",
            count).format(start=s.start.strftime("%H:%M"), end=end_text(s),
                          total=length_text(s)))
        if s.verdict == Verdict.OVER:
            text = self.tr("Over: {m} min longer than the longest {max} min").format(
                m=s.difference_minutes, max=s.max_minutes)
        elif s.verdict == Verdict.UNDER:
            text = self.tr("Under: {m} min shorter than the shortest {min} min").format(
                m=s.difference_minutes, min=s.min_minutes)
        elif s.difference_minutes > 0:
            text = self.tr("Within {min}–{max} min: {m} min over the planned {planned}").format(
                min=s.min_minutes, max=s.max_minutes, m=s.difference_minutes,
                planned=s.planned_minutes)
        elif s.difference_minutes < 0:
            text = self.tr("Within {min}–{max} min: {m} min under the planned {planned}").format(
                min=s.min_minutes, max=s.max_minutes, m=-s.difference_minutes,
                planned=s.planned_minutes)
        else:
            text = self.tr("Within {min}–{max} min: exactly the planned {planned}").format(
                min=s.min_minutes, max=s.max_minutes, planned=s.planned_minutes)
        self.verdict_label.setText(text)
        theme.paint_text(self.verdict_label, _TONES[s.verdict])
