"""Undo commands of the Awards page: each step calls one core verb."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from gala_manager.app.awards.wording import describe_awards_error, format_score
from gala_manager.core.awards.entries import set_competes
from gala_manager.core.awards.results import restore_tiebreak, set_tiebreak
from gala_manager.core.awards.rows import AwardSettingsRow, CategoryData
from gala_manager.core.awards.scores import set_scores, set_votes
from gala_manager.core.awards.settings import (
    add_category,
    move_category,
    remove_category,
    restore_category,
    set_award_settings,
    update_category,
)
from gala_manager.core.models import AwardBasis
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword

translate = QCoreApplication.translate


def _worded(command: VerbCommand) -> VerbCommand:
    command.describe = describe_awards_error
    return command


def score_command(controller, act_id: int, judge_id: int, value: Decimal | None,
                  act: str, judge: str) -> VerbCommand:
    """Enter (or clear) one judge's score of one act."""
    text = (translate("Awards", "Score {score} from {judge} for {act}").format(
        score=format_score(value), judge=judge, act=act) if value is not None
        else translate("Awards", "Clear the score of {judge} for {act}").format(
            judge=judge, act=act))
    return _worded(VerbCommand(
        controller, text, lambda c: c.run(set_scores, scores={(act_id, judge_id): value}),
        lambda c, previous: c.run(set_scores, scores=previous)))


def votes_command(controller, act_id: int, votes: int | None, act: str) -> VerbCommand:
    """Enter (or clear) the audience's votes of an act."""
    return _worded(VerbCommand(
        controller, translate("Awards", "Votes for {act}").format(act=act),
        lambda c: c.run(set_votes, votes={act_id: votes}),
        lambda c, previous: c.run(set_votes, votes=previous)))


def competes_command(controller, act_id: int, competes: bool, act: str) -> VerbCommand:
    """Make an act compete or not; undo restores the previous choice (or the default)."""
    text = (translate("Awards", "{act} competes") if competes
            else translate("Awards", "{act} does not compete")).format(act=act)
    return _worded(VerbCommand(
        controller, text, lambda c: c.run(set_competes, act_id=act_id, competes=competes),
        lambda c, previous: c.run(set_competes, act_id=act_id, competes=previous)))


def settings_command(controller, settings: AwardSettingsRow) -> VerbCommand:
    """Change the scoring rule, the highest score or the criteria."""
    return _worded(VerbCommand(
        controller, translate("Awards", "Change the scoring rule"),
        lambda c: c.run(set_award_settings, settings=settings),
        lambda c, previous: c.run(set_award_settings, settings=previous)))


def add_category_command(controller, data: CategoryData) -> VerbCommand:
    """Add an award (its id is the `result`); a redo keeps the id."""
    return _worded(AddingCommand(
        controller, translate("Awards", "Add award {name}").format(name=data.name),
        add_category, keyword("category_id"), remove_category, keyword("category_id"),
        data=data))


def edit_category_command(controller, category_id: int, data: CategoryData) -> VerbCommand:
    """Change an award's name, places or basis."""
    return _worded(VerbCommand(
        controller, translate("Awards", "Edit award {name}").format(name=data.name),
        lambda c: c.run(update_category, category_id=category_id, data=data),
        lambda c, previous: c.run(update_category, category_id=category_id, data=previous)))


def remove_category_command(controller, category_id: int, name: str) -> VerbCommand:
    """Remove an award; undo puts it back in its place."""
    return _worded(VerbCommand(
        controller, translate("Awards", "Remove award {name}").format(name=name),
        lambda c: c.run(remove_category, category_id=category_id),
        lambda c, row: c.run(restore_category, row=row)))


def move_category_command(controller, category_id: int, step: int, name: str) -> VerbCommand:
    """Move an award up or down the list."""
    return _worded(VerbCommand(
        controller, translate("Awards", "Move award {name}").format(name=name),
        lambda c: c.run(move_category, category_id=category_id, step=step),
        lambda c, back: c.run(move_category, category_id=category_id, step=back)))


def tiebreak_command(controller, basis: AwardBasis, order: list[int]) -> VerbCommand:
    """Record the committee's order of tied acts (an empty order clears the decisions)."""
    text = (translate("Awards", "Decide a tie") if order
            else translate("Awards", "Clear the tie decisions"))
    return _worded(VerbCommand(
        controller, text, lambda c: c.run(set_tiebreak, basis=basis, order=list(order)),
        lambda c, previous: c.run(restore_tiebreak, basis=basis, places=previous)))
