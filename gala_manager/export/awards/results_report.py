"""The results: every act's scores by judge and final score, the ranking, and the awards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit.pdf import Column, PageHeader, PageLabels, PdfDocument, Row


@dataclass(frozen=True)
class ResultLine:
    """One act of the ranking, worded: rank (with a tie mark), title, scores, final, note."""

    rank: str
    number: str
    title: str
    scores: Sequence[str]
    final: str
    votes: str
    note: str  # missing judges, the awards won
    winner: bool = False


@dataclass(frozen=True)
class AwardLine:
    """One award and who gets it, or who is tied for it."""

    award: str
    winners: str
    note: str = ""


@dataclass(frozen=True)
class ResultsLabels:
    """Translated words of the results."""

    document_title: str
    rule: str
    ranking: str
    awards: str
    rank: str
    number: str
    act: str
    final: str
    votes: str
    note: str
    award: str
    winners: str
    empty: str


def build_results(lines: Sequence[ResultLine], awards: Sequence[AwardLine],
                  judges: Sequence[str], header: PageHeader, page_labels: PageLabels,
                  labels: ResultsLabels) -> PdfDocument:
    """The results as a landscape PDF: the awards first, then the full ranking."""
    doc = PdfDocument(header, page_labels, landscape=True, title_meta=labels.document_title)
    doc.title(labels.document_title)
    doc.subtitle(labels.rule)
    doc.heading(labels.awards)
    if awards:
        doc.table([Column(labels.award, 1.2), Column(labels.winners, 4.0),
                   Column(labels.note, 2.4)], [[a.award, a.winners, a.note] for a in awards])
    else:
        doc.note(labels.empty)
    doc.heading(labels.ranking)
    columns = [Column(labels.rank, 0.7, "center"), Column(labels.number, 0.45, "center"),
               Column(labels.act, 2.4)]
    columns += [Column(name, 0.8, "right") for name in judges]
    columns += [Column(labels.final, 0.8, "right"), Column(labels.votes, 0.7, "right"),
                Column(labels.note, 2.0)]
    rows = [Row([line.rank, line.number, line.title, *line.scores, line.final, line.votes,
                 line.note], "total" if line.winner else "normal") for line in lines]
    doc.table(columns, rows, font_size=9 if len(judges) <= 7 else 7.5)
    return doc


def write_results(path: Path, lines: Sequence[ResultLine], awards: Sequence[AwardLine],
                  judges: Sequence[str], header: PageHeader, page_labels: PageLabels,
                  labels: ResultsLabels) -> Path:
    """Write the results PDF atomically."""
    return build_results(lines, awards, judges, header, page_labels, labels).build(path)
