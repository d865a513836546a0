"""The demo gala's supplies and supply budget, as data (the plan's shopping list)."""

from __future__ import annotations

from decimal import Decimal

from gala_manager.core.models import SupplySource, SupplyStatus

BUY, BORROW, SPONSOR, OWN = (SupplySource.BUY, SupplySource.BORROW, SupplySource.SPONSOR,
                             SupplySource.OWN)
PLANNED, ORDERED, IN_HAND = SupplyStatus.PLANNED, SupplyStatus.ORDERED, SupplyStatus.IN_HAND

# The school's allocation to the association; the sponsors' cash is in sponsors_data.
BUDGET_LIMIT = Decimal("2000.00")

# Dates are days of April 2027 (the gala is on the 30th). Props name their act by title.
# (name, category, quantity, unit, unit price ¥, source, supplier or lender,
#  department, person responsible, needed by, status, {extras})
ITEMS = [
    # 消耗品
    ("矿泉水", "consumables", "10", "箱", "28.00", BUY, "校园超市", "组织部", "高雅琳", 29,
     PLANNED, {"notes": "每箱 24 瓶，供演员、工作人员和嘉宾"}),
    ("气球", "consumables", "300", "个", "0.35", BUY, "义乌小商品网店", "组织部", "梁晓雪", 27,
     ORDERED, {"notes": "红、黄两色，会场布置用"}),
    ("彩带", "consumables", "20", "卷", "3.50", SPONSOR, "青禾文具店", "组织部", "梁晓雪", 27,
     IN_HAND, {}),
    ("荧光棒", "consumables", "500", "根", "0.45", BUY, "义乌小商品网店", "学生会", "唐昊天", 28,
     ORDERED, {"notes": "观众互动用"}),
    ("哨子", "consumables", "10", "个", "4.00", BUY, "体育用品店", "学生会", "韩若曦", 28,
     PLANNED, {"notes": "秩序组维持入场秩序"}),
    ("5 号电池", "consumables", "24", "节", "2.00", BUY, "校园超市", "组织部", "", 29,
     PLANNED, {"notes": "无线话筒备用"}),
    # 宣传与印刷
    ("邀请函", "publicity", "60", "张", "2.50", BUY, "图文快印店", "组织部", "蒋天佑", 20,
     IN_HAND, {"notes": "邀请校领导与赞助商"}),
    ("主持人稿件", "publicity", "6", "份", "1.50", BUY, "图文快印店", "文艺部", "林雨婷", 28,
     PLANNED, {"notes": "四位主持人各一份，另备两份"}),
    ("节目清单", "publicity", "800", "份", "0.30", BUY, "图文快印店", "文艺部", "陈思远", 29,
     PLANNED, {}),
    ("海报", "publicity", "30", "张", "6.00", BUY, "图文快印店", "宣传部", "朱诗涵", 10,
     IN_HAND, {"notes": "A2 彩色，前期宣传"}),
    ("横幅", "publicity", "4", "条", "45.00", BUY, "星光广告公司", "宣传部", "许静雯", 15,
     IN_HAND, {}),
    ("看板", "publicity", "3", "块", "80.00", BUY, "星光广告公司", "宣传部", "许静雯", 15,
     ORDERED, {"notes": "中期宣传，放在食堂门口"}),
    ("传单", "publicity", "1000", "张", "0.15", BUY, "图文快印店", "宣传部", "马文博", 12,
     IN_HAND, {}),
    # 舞台设备
    ("音响", "stage", "2", "台", "0", BORROW, "校团委器材室", "组织部", "罗明轩", 29,
     PLANNED, {"must_return": True, "return_to": "校团委器材室 王老师",
               "notes": "晚会前一天到位并调试"}),
    ("扩音设备", "stage", "1", "套", "0", BORROW, "校团委器材室", "组织部", "宋宇航", 29,
     PLANNED, {"must_return": True, "return_to": "校团委器材室 王老师",
               "notes": "功放与调音台"}),
    ("话筒", "stage", "6", "支", "0", BORROW, "音乐系", "组织部", "罗明轩", 29,
     PLANNED, {"must_return": True, "return_to": "音乐系办公室",
               "notes": "四支无线、两支有线"}),
    # 道具(各节目自备,登记在此以便核对)
    ("舞蹈扇子", "props", "12", "把", "15.00", BUY, "义乌小商品网店", "文艺部", "赵欣怡", 25,
     ORDERED, {"act": "舞蹈《茉莉花》", "notes": "每位演员一把"}),
    ("小品桌椅", "props", "1", "套", "0", BORROW, "学校后勤处", "文艺部", "王浩然", 28,
     PLANNED, {"must_return": True, "return_to": "", "act": "小品《宿舍那些事》"}),
    ("话剧服装", "props", "8", "套", "0", BORROW, "艺术系服装室", "文艺部", "周梦琪", 26,
     PLANNED, {"must_return": True, "return_to": "艺术系服装室", "act": "话剧《雷雨》选段"}),
    ("彩旗", "props", "16", "面", "0", OWN, "协会仓库", "文艺部", "孙嘉豪", 26,
     IN_HAND, {"act": "开场舞《青春飞扬》"}),
    # 奖品与礼品
    ("笔记本（有奖问答）", "prizes", "30", "本", "5.80", SPONSOR, "青禾文具店", "外联部",
     "冯佳怡", 28, ORDERED, {}),
    ("奶茶券（有奖问答）", "prizes", "50", "张", "12.00", SPONSOR, "蜜雪奶茶（学院店）", "外联部",
     "何子轩", 28, IN_HAND, {}),
    ("保温杯（一等奖）", "prizes", "5", "个", "39.90", BUY, "京东", "外联部", "郑晓峰", 27,
     PLANNED, {}),
    ("荣誉证书", "prizes", "20", "张", "3.00", BUY, "图文快印店", "文艺部", "陈思远", 28,
     PLANNED, {"notes": "颁奖环节"}),
    # 急救与安全
    ("急救箱", "first_aid", "1", "个", "0", BORROW, "校医务室", "", "沈佳宁", 30,
     PLANNED, {"must_return": True, "return_to": "校医务室"}),
    ("创可贴", "first_aid", "2", "盒", "8.50", BUY, "校园药店", "", "沈佳宁", 29,
     PLANNED, {}),
]
