"""The demo gala's sponsors (found by 外联部), their cash and goods, and what was promised."""

from __future__ import annotations

from decimal import Decimal

from gala_manager.core.models import PromiseKind as K
from gala_manager.core.models import PromiseStatus as P
from gala_manager.core.models import SponsorStatus as S

# Cash of sponsors who agreed or paid is the budget's sponsorship income: ¥500 + ¥300.
# Goods name their supply item; a host mention names the act after whose link it is spoken.
SPONSORS = [
    dict(company="星光广告公司", contact_name="刘经理", contact_phone="13900001111",
         handled_by="郑晓峰", status=S.RECEIVED, cash=Decimal("500.00"),
         notes="赞助现金 500 元，已于 4 月 12 日转入协会账户。",
         goods=[],
         promises=[(K.POSTER_LOGO, "前期海报右下角印公司标志", P.DONE, None),
                   (K.BANNER, "会场入口挂“星光广告公司鼎力支持”横幅一条", P.PENDING, None),
                   (K.HOST_MENTION, "中场休息时主持人鸣谢，并播放宣传片", P.PENDING, "中场休息")]),
    dict(company="青禾文具店", contact_name="王老板", contact_phone="13900002222",
         handled_by="冯佳怡", status=S.AGREED, cash=Decimal("300.00"),
         notes="现金 300 元晚会前一周付清；另赠彩带和有奖问答的笔记本。",
         goods=[("彩带 20 卷", Decimal("70.00"), "彩带"),
                ("笔记本 30 本（有奖问答奖品）", Decimal("174.00"), "笔记本（有奖问答）")],
         promises=[(K.HOST_MENTION, "第一轮有奖问答前，主持人感谢青禾文具店提供奖品", P.PENDING,
                    "有奖问答（第一轮）"),
                   (K.BOOTH, "观众入场处设展位一个（18:00–19:00）", P.PENDING, None),
                   (K.PROGRAMME_AD, "节目单背面印店铺地址与优惠信息", P.PENDING, None)]),
    dict(company="蜜雪奶茶（学院店）", contact_name="陈店长", contact_phone="13900003333",
         handled_by="何子轩", status=S.RECEIVED, cash=Decimal("0.00"),
         notes="以奶茶券代替现金赞助，券已收到。",
         goods=[("奶茶券 50 张（有奖问答奖品）", Decimal("600.00"), "奶茶券（有奖问答）")],
         promises=[(K.POSTER_LOGO, "中期海报与看板印店铺标志", P.DONE, None),
                   (K.HOST_MENTION, "第二轮有奖问答前，主持人感谢蜜雪奶茶提供奖品", P.PENDING,
                    "有奖问答（第二轮）")]),
]
