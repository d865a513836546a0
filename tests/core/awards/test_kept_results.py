"""The awards kept across changes: an edit elsewhere reads nothing again, and nothing goes stale."""

from __future__ import annotations

import random
from decimal import Decimal

from gala_manager.core.awards.checks import check_awards
from gala_manager.core.awards.entries import list_entries, list_judges, set_competes
from gala_manager.core.awards.results import award_results, set_tiebreak
from gala_manager.core.awards.scores import set_scores, set_votes
from gala_manager.core.awards.tables import _COLUMNS
from gala_manager.core.guests.records import remove_guests, restore_guests
from gala_manager.core.models import ActStatus, AwardBasis
from gala_manager.core.programme.acts import remove_act, restore_act, update_act
from gala_manager.core.programme.order import place_act
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.storage.touched import FOLLOWED
from tests.core.statements import statements_of


def test_the_awards_rows_kept_across_changes_are_followed():
    assert {model.__tablename__ for model in _COLUMNS} <= set(FOLLOWED)


def test_after_a_title_edit_the_awards_read_nothing_again(demo_doc):
    judges = demo_doc.read(list_judges)
    act = demo_doc.read(award_results).acts[2]
    # Scoring has begun: an act without a judge's score is worth a warning.
    demo_doc.run(set_scores, scores={(act.act_id, judges[0].id): None})
    assert demo_doc.read(statements_of(check_awards)) != []
    demo_doc.run(update_act, act_id=act.act_id, changes={"title": "合唱《新的名字》"})
    demo_doc.read(running_order)  # the programme's own reader reads the one act again
    assert demo_doc.read(statements_of(check_awards)) == []
    assert demo_doc.read(statements_of(award_results)) == []
    missing = [p for p in demo_doc.read(check_awards) if p.code == "award_score_missing"]
    assert [(p.params["act"], p.target) for p in missing] == [
        ("合唱《新的名字》", ("score", act.act_id))]


def fresh(session):
    """The results, entries and checks computed from nothing (a verb's session has no memo)."""
    return award_results(session), list_entries(session), check_awards(session)


def test_kept_results_equal_fresh_ones_after_any_edit(demo_doc):
    rng = random.Random(16)
    judges = [j.id for j in demo_doc.read(list_judges)]
    removed_act = removed_judges = None
    for step in range(48):
        order = [a.act_id for a in demo_doc.read(running_order)]
        act = rng.choice(order)
        kind = step % 8
        if kind == 0:
            demo_doc.run(set_scores, scores={(act, rng.choice(judges)): rng.choice(
                (None, Decimal("88.50"), Decimal("91"), Decimal("75.25")))})
        elif kind == 1:
            demo_doc.run(set_votes, votes={act: rng.choice((None, 120, 300))})
        elif kind == 2:
            demo_doc.run(set_competes, act_id=act, competes=rng.choice((None, True, False)))
        elif kind == 3:
            demo_doc.run(set_tiebreak, basis=rng.choice(list(AwardBasis)),
                         order=rng.sample(order, 2))
        elif kind == 4:
            demo_doc.run(update_act, act_id=act, changes={
                "title": f"节目{step}", "status": rng.choice(list(ActStatus))})
        elif kind == 5:
            if removed_act is None:
                removed_act = demo_doc.run(remove_act, act_id=act)
            else:
                demo_doc.run(restore_act, removed=removed_act)
                removed_act = None
        elif kind == 6:
            if removed_judges is None:
                removed_judges = demo_doc.run(remove_guests, guest_ids=[rng.choice(judges)])
            else:
                demo_doc.run(restore_guests, removed=removed_judges)
                removed_judges = None
        else:
            demo_doc.run(place_act, act_id=act, position=rng.randint(1, len(order)))
        assert (demo_doc.read(award_results), demo_doc.read(list_entries),
                demo_doc.read(check_awards)) == demo_doc.run(fresh), step
