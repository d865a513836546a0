"""Score sheets, results, the host's card and certificates, worded (GUI and CLI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.awards.announce import announcing_order, award_winners_text, tie_text
from gala_manager.app.awards.wording import format_score, rank_text, rule_text
from gala_manager.app.formatting import format_date
from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.core.awards.entries import competing, list_judges
from gala_manager.core.awards.results import award_results
from gala_manager.core.awards.settings import get_award_settings
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.export.awards.certificates import (
    Certificate,
    CertificateLabels,
    write_certificates,
)
from gala_manager.export.awards.result_card import (
    Announcement,
    ResultCardLabels,
    write_result_card,
)
from gala_manager.export.awards.results_report import (
    AwardLine,
    ResultLine,
    ResultsLabels,
    write_results,
)
from gala_manager.export.awards.score_sheets import ScoreSheetLabels, SheetAct, write_score_sheets

translate = QCoreApplication.translate


def _criteria_text(read: Callable) -> str:
    settings = read(get_award_settings)
    lines = settings.criteria_lines()
    parts = [translate("AwardExport", "{name} {points} points").format(name=n, points=p)
             if p else n for n, p in lines]
    text = translate("AwardExport", "Full marks {max}.").format(max=settings.max_score)
    if parts:
        text = translate("AwardExport", "Criteria: {criteria}. {full}").format(
            criteria=translate("AwardExport", ", ").join(parts), full=text)
    return text


def export_score_sheets(source, path: Path) -> Path:
    """One score sheet per judge: the competing acts in running order, empty boxes."""
    read = source.read
    settings = read(get_award_settings)
    acts = [SheetAct(str(e.number or ""), e.title, e.performers) for e in read(competing)]
    judges = [(j.name, j.title) for j in read(list_judges)]
    labels = ScoreSheetLabels(
        document_title=translate("AwardExport", "Score sheet"),
        judge=translate("AwardExport", "Judge: {name}  {title}"),
        rule=rule_text(settings.rule), criteria=_criteria_text(read),
        number=translate("AwardExport", "No."), act=translate("AwardExport", "Act"),
        performers=translate("AwardExport", "Performers"),
        total=translate("AwardExport", "Score"), remarks=translate("AwardExport", "Remarks"),
        signature=translate("AwardExport", "Judge’s signature: ____________    "
                                           "Date: ____________"),
        empty=translate("AwardExport", "No judge is recorded yet."))
    return write_score_sheets(Path(path), judges, acts, settings.criteria_lines(),
                              page_header(read), page_labels(), labels)


def export_results(source, path: Path) -> Path:
    """The awards and the full ranking with every judge's score."""
    read = source.read
    results = read(award_results)
    lines = []
    for act in results.acts:
        notes = [translate("AwardExport", "no score from {judges}").format(
            judges="、".join(act.missing))] if act.missing else []
        notes += results.award_of(act.act_id)
        lines.append(ResultLine(
            rank_text(act.rank, act.tied), str(act.number or ""), act.title,
            [format_score(act.scores.get(j.id)) for j in results.judges],
            format_score(act.final), "" if act.votes is None else str(act.votes),
            translate("AwardExport", "; ").join(notes),
            bool(results.award_of(act.act_id))))
    awards = [AwardLine(a.category.data.name, award_winners_text(a),
                        tie_text(a) or (translate("AwardExport", "tie decided by the committee")
                                        if a.decided_by_committee else ""))
              for a in results.awards]
    labels = ResultsLabels(
        document_title=translate("AwardExport", "Results"), rule=rule_text(results.settings.rule),
        ranking=translate("AwardExport", "Ranking"), awards=translate("AwardExport", "Awards"),
        rank=translate("AwardExport", "Rank"), number=translate("AwardExport", "No."),
        act=translate("AwardExport", "Act"), final=translate("AwardExport", "Final"),
        votes=translate("AwardExport", "Votes"), note=translate("AwardExport", "Notes"),
        award=translate("AwardExport", "Award"), winners=translate("AwardExport", "Winners"),
        empty=translate("AwardExport", "No award is set up."))
    return write_results(Path(path), lines, awards, [j.name for j in results.judges],
                         page_header(read), page_labels(), labels)


def export_result_card(source, path: Path) -> Path:
    """The host's card for the awards act: the awards in announcing order, large."""
    read = source.read
    results = read(award_results)
    items = [Announcement(a.category.data.name, [(w.title, w.performers) for w in a.winners],
                          tie_text(a)) for a in announcing_order(results)]
    labels = ResultCardLabels(
        document_title=translate("AwardExport", "Award results for the host"),
        intro=translate("AwardExport", "Announce from the top: the audience’s award first, "
                                       "then from the last prize to the first."),
        empty=translate("AwardExport", "No award is set up."))
    return write_result_card(Path(path), items, page_header(read), page_labels(), labels)


def export_certificates(source, path: Path) -> Path:
    """One certificate per award won (an act winning two awards gets two)."""
    read = source.read
    facts = read(get_gala_facts)
    results = read(award_results)
    items = []
    for award in results.awards:
        for winner in award.winners:
            items.append(Certificate(
                recipients=translate("AwardExport", "{performers}:").format(
                    performers=winner.performers or winner.title),
                act=winner.title, award=award.category.data.name,
                body=translate("AwardExport", "At {gala}, your act {act} won ").format(
                    gala=facts.name, act=winner.title),
                closing=translate("AwardExport", ". This certificate is awarded in "
                                                 "recognition."),
                sender=facts.organiser,
                date=format_date(facts.date) if facts.date else ""))
    labels = CertificateLabels(
        title=translate("AwardExport", "Certificate"),
        ornament=translate("AwardExport", "CERTIFICATE OF HONOUR"),
        document_title=translate("AwardExport", "Certificates"),
        empty=translate("AwardExport", "No award has a winner yet."))
    return write_certificates(Path(path), items, labels)
