"""Drawing winners: distinct, never excluded, recorded in the log, redrawn on the record."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from gala_manager.core.draws.drawing import (
    prize_stock,
    redraw_absent,
    run_draw,
    set_winner_status,
)
from gala_manager.core.draws.errors import (
    AlreadyDrawnError,
    NotAbsentError,
    PoolTooSmallError,
    PrizeStockError,
)
from gala_manager.core.draws.pool import excluded_numbers
from gala_manager.core.draws.rows import DrawData
from gala_manager.core.draws.setup import add_draw, edit_draw, list_draws, remove_draw
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import PoolKind, WinnerStatus
from gala_manager.core.show.log import EventKind, show_log, undo_last_action
from gala_manager.core.show.runs import reset_show, show_has_log
from gala_manager.core.supplies.items import SupplyItemData, add_item
from gala_manager.core.supplies.settings import category_by_key

AT = dt.datetime(2027, 4, 30, 20, 15)
EXCLUDED = "1 2 3, 17，44、100-105 200 ~ 205 777 799 800"


def _cups(doc, quantity: int) -> int:
    prizes = doc.read(lambda s: category_by_key(s, "prizes"))
    return doc.run(add_item, data=SupplyItemData(name="保温杯", category_id=prizes,
                                                 quantity=Decimal(quantity), unit="个"))


def _seats(doc, **changes) -> int:
    data = DrawData(name="座位号抽奖", winners=10, range_low=1, range_high=800,
                    excluded=EXCLUDED).replace(**changes)
    return doc.run(add_draw, data=data)


def test_ten_of_800_are_distinct_never_excluded_and_in_the_log_before_shown(empty_doc):
    draw_id = _seats(empty_doc)
    excluded, unreadable = excluded_numbers(EXCLUDED)
    assert len(excluded) == 20 and unreadable == []
    result = empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    assert len(set(result.winners)) == 10
    assert not set(result.winners) & excluded
    assert all(1 <= int(w) <= 800 for w in result.winners)
    # What the big screen will show is already in the file, in the show log.
    [entry] = [e for e in empty_doc.read(show_log) if e.kind == EventKind.DRAW]
    account = json.loads(entry.note)
    assert account["winners"] == list(result.winners)
    assert account["pool"] == "1-800" and account["candidates"] == 780
    assert set(account["left_out"]) == excluded
    [row] = empty_doc.read(list_draws)
    assert [w.entry for w in row.winners] == list(result.winners)


def test_a_draw_is_drawn_once_and_is_then_history(empty_doc):
    draw_id = _seats(empty_doc, winners=2)
    empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    with pytest.raises(AlreadyDrawnError):
        empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    with pytest.raises(AlreadyDrawnError):
        empty_doc.run(remove_draw, draw_id=draw_id)
    data = empty_doc.read(list_draws)[0].data
    with pytest.raises(AlreadyDrawnError):
        empty_doc.run(edit_draw, draw_id=draw_id, data=data.replace(range_high=900))
    empty_doc.run(edit_draw, draw_id=draw_id, data=data.replace(name="幸运观众"))
    assert empty_doc.read(list_draws)[0].data.name == "幸运观众"


def test_the_console_undo_and_a_show_reset_keep_the_draws(empty_doc):
    draw_id = _seats(empty_doc, winners=1)
    empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    assert not empty_doc.read(show_has_log)
    assert empty_doc.run(undo_last_action) is None
    assert empty_doc.run(reset_show) == 0
    assert [e.kind for e in empty_doc.read(show_log)] == [EventKind.DRAW]


def test_an_absent_winner_is_redrawn_on_the_record(empty_doc):
    draw_id = _seats(empty_doc, winners=3, range_high=30, excluded="")
    first = empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    absent = empty_doc.read(list_draws)[0].winners[1]
    with pytest.raises(NotAbsentError):
        empty_doc.run(redraw_absent, winner_id=absent.id, at=AT)
    empty_doc.run(set_winner_status, winner_id=absent.id, status=WinnerStatus.ABSENT)
    again = empty_doc.run(redraw_absent, winner_id=absent.id, at=AT)
    assert again.winners[0] not in first.winners
    winners = empty_doc.read(list_draws)[0].winners
    assert [w.status for w in winners] == [WinnerStatus.DRAWN, WinnerStatus.ABSENT,
                                           WinnerStatus.DRAWN, WinnerStatus.DRAWN]
    assert winners[3].redraw_of == absent.entry
    with pytest.raises(NotAbsentError):  # one redraw per absent winner
        empty_doc.run(redraw_absent, winner_id=absent.id, at=AT)
    accounts = [json.loads(e.note) for e in empty_doc.read(show_log)]
    assert accounts[1]["redraw_of"] == absent.entry


def test_names_pool_leaves_out_the_committee_and_earlier_winners(empty_doc):
    from gala_manager.core.staff.people import add_person

    empty_doc.run(add_person, name="陈思远")
    names = ("陈思远", "李思琪", "张子豪", "王雨欣")
    first = empty_doc.run(add_draw, data=DrawData(
        name="志愿者", winners=1, pool_kind=PoolKind.NAMES, names=names,
        exclude_committee=True))
    won = empty_doc.run(run_draw, draw_id=first, at=AT).winners[0]
    assert won != "陈思远"
    second = empty_doc.run(add_draw, data=DrawData(
        name="志愿者二", winners=2, pool_kind=PoolKind.NAMES, names=names,
        exclude_committee=True))
    assert set(empty_doc.run(run_draw, draw_id=second, at=AT).winners) == (
        set(names) - {"陈思远", won})


def test_a_pool_or_a_stock_too_small_stops_the_draw_before_anyone_wins(empty_doc):
    draw_id = _seats(empty_doc, winners=5, range_low=1, range_high=5, excluded="2")
    with pytest.raises(PoolTooSmallError) as small:
        empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    assert (small.value.needed, small.value.available) == (5, 4)
    cups = _cups(empty_doc, 2)
    stocked = _seats(empty_doc, name="一等奖", winners=3, prize_item_id=cups)
    with pytest.raises(PrizeStockError) as stock:
        empty_doc.run(run_draw, draw_id=stocked, at=AT)
    assert (stock.value.needed, stock.value.left) == (3, 2)
    assert empty_doc.read(show_log) == []


def test_the_prize_stock_falls_as_winners_collect(empty_doc):
    cups = _cups(empty_doc, 5)
    draw_id = _seats(empty_doc, winners=2, prize_item_id=cups)
    empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    assert empty_doc.read(prize_stock, item_id=cups).left == 5
    winner = empty_doc.read(list_draws)[0].winners[0]
    empty_doc.run(set_winner_status, winner_id=winner.id, status=WinnerStatus.COLLECTED)
    stock = empty_doc.read(prize_stock, item_id=cups)
    assert (stock.quantity, stock.collected, stock.left) == (5, 1, 4)


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": " "}, "name"), ({"winners": 0}, "winners"), ({"range_high": None}, "range"),
    ({"range_low": 9, "range_high": 3}, "range"), ({"excluded": "3, 七"}, "excluded"),
    ({"pool_kind": PoolKind.NAMES, "names": ("", " ")}, "names")])
def test_a_draw_that_cannot_be_drawn_is_refused_when_saved(empty_doc, changes, field):
    with pytest.raises(ValidationError) as refused:
        _seats(empty_doc, **changes)
    assert refused.value.field == field
