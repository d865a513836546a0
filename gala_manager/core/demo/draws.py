"""The demo gala's two lucky draws: seat numbers for the audience, and the volunteers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.draws.rows import DrawData
from gala_manager.core.draws.setup import add_draw
from gala_manager.core.models import PoolKind, SupplyItem

# The volunteers' list as 青年志愿者协会 sends it; none of them is on the committee.
VOLUNTEERS = ("李思琪", "张子豪", "王雨欣", "刘浩宇", "陈梓涵", "杨一鸣", "黄诗雨", "赵梓轩",
              "周欣然", "吴宇轩", "徐可欣", "孙浩然", "胡静怡", "朱俊熙", "郭雨萱", "何家乐",
              "林晓彤", "罗嘉怡", "高子健", "谢婉婷", "韩梦瑶", "唐一帆", "冯若彤", "董泽宇")


def fill_draws(session: Session) -> None:
    """A seat-number draw for the audience and a thank-you draw among the volunteers."""
    items = dict(session.execute(select(SupplyItem.name, SupplyItem.id)).all())
    add_draw(session, data=DrawData(
        name="幸运观众抽奖", prize_item_id=items.get("保温杯（一等奖）"), winners=3,
        pool_kind=PoolKind.RANGE, range_low=1, range_high=800, excluded="1-24",
        notes="按入场券上的座位号抽取；前两排（1–24 号）为嘉宾与评委席，不参与。"
              "下半场开场前由主持人宣布，中奖观众到舞台左侧领奖。"))
    add_draw(session, data=DrawData(
        name="志愿者感谢抽奖", prize_item_id=items.get("奶茶券（有奖问答）"), winners=5,
        pool_kind=PoolKind.NAMES, names=VOLUNTEERS, exclude_committee=True,
        notes="名单来自青年志愿者协会；晚会结束前抽取，感谢志愿者一晚的服务。"))
