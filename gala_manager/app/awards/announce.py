"""The results in words for the host and the review: who wins what, ties said as ties."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from gala_manager.core.awards.results import award_results
from gala_manager.core.awards.rows import AwardResult, Results
from gala_manager.core.models import ActKind
from gala_manager.core.programme.schedule import running_order

translate = QCoreApplication.translate


def announcing_order(results: Results) -> list[AwardResult]:
    """Awards as the host announces them: by votes first, then from the last award to the
    first (三等奖, 二等奖, 一等奖)."""
    awards = list(results.awards)
    by_votes = [a for a in awards if a.category.data.basis.value == "votes"]
    by_score = [a for a in awards if a.category.data.basis.value == "score"]
    return by_votes + list(reversed(by_score))


def tie_text(award: AwardResult) -> str:
    """What to say about an award whose last places are tied and undecided ("" if none)."""
    if not award.contested:
        return ""
    return translate("AwardExport", "Tied, not decided: {acts}. The committee decides before "
                                    "the announcement.").format(
        acts="、".join(a.title for a in award.contested))


def award_winners_text(award: AwardResult) -> str:
    """The winners of an award in one line; "—" while there are none."""
    return "、".join(w.title for w in award.winners) or "—"


def host_results(read: Callable) -> dict[int, list[tuple[str, str]]]:
    """The results for the host script, after the link of the awards act (if any)."""
    results = read(award_results)
    if not results.awards:
        return {}
    act = next((a for a in read(running_order) if a.kind == ActKind.AWARD), None)
    if act is None:
        return {}
    label = translate("AwardExport", "Results")
    lines = []
    for award in announcing_order(results):
        text = translate("AwardExport", "{award}: {winners}").format(
            award=award.category.data.name, winners=award_winners_text(award))
        warning = tie_text(award)
        lines.append((label, f"{text}\n{warning}" if warning else text))
    return {act.act_id: lines}


def review_lines(read: Callable) -> list[tuple[str, str]]:
    """(award, winners) for the review, in the awards' own order."""
    results = read(award_results)
    return [(award.category.data.name,
             translate("AwardExport", "{winners} ({tie})").format(
                 winners=award_winners_text(award), tie=tie_text(award))
             if award.contested else award_winners_text(award))
            for award in results.awards]
