"""The demo gala's guests: the school leader, five judges, two sponsors' people, with seats."""

from __future__ import annotations

import datetime as dt

from gala_manager.core.models import GuestKind as K
from gala_manager.core.models import GuestStatus as S

# The reserved front rows: two rows of twelve, seat 1 in the middle (odd right, even left).
SEATING = dict(rows=2, seats_per_row=12, numbering="odd_even")

# (name, title, kind, contact, invited by, status, arrival, (row, seat), received by
#  (a person, or ("post", NAME)), sponsor, notes)
GUESTS = [
    ("张明", "院团委书记", K.LEADER, "0571-86001001", "蒋天佑", S.CONFIRMED, dt.time(18, 40),
     (1, 1), "高雅琳", None, "晚会开场后致辞；颁奖环节为一等奖颁奖"),
    ("李文华", "艺术设计系主任", K.JUDGE, "13805710002", "蒋天佑", S.CONFIRMED,
     dt.time(18, 30), (1, 2), "梁晓雪", None, "评委组长"),
    ("王建国", "音乐教研室主任", K.JUDGE, "13805710003", "陈思远", S.CONFIRMED,
     dt.time(18, 30), (1, 3), "梁晓雪", None, ""),
    ("赵丽", "学生处副处长", K.JUDGE, "13805710004", "蒋天佑", S.CONFIRMED, dt.time(18, 45),
     (1, 4), "高雅琳", None, ""),
    ("陈晓燕", "校团委文艺指导老师", K.JUDGE, "13805710005", "陈思远", S.CONFIRMED,
     dt.time(18, 30), (1, 5), "梁晓雪", None, ""),
    ("刘洋", "电子信息系辅导员", K.JUDGE, "13805710006", "陈思远", S.INVITED,
     dt.time(18, 45), (1, 6), ("post", "观众入口"), None, "已发邀请函，待回复"),
    ("刘经理", "星光广告公司市场部经理", K.SPONSOR, "13900001111", "郑晓峰", S.CONFIRMED,
     dt.time(18, 50), (2, 1), ("post", "观众入口"), "星光广告公司", "中场休息时鸣谢"),
    ("陈店长", "蜜雪奶茶（学院店）店长", K.SPONSOR, "13900003333", "何子轩", S.CONFIRMED,
     dt.time(18, 50), (2, 2), ("post", "观众入口"), "蜜雪奶茶（学院店）", ""),
]
