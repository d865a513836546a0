"""The demo gala's awards: the rule, the categories, and the five judges' full scores.

The scores are chosen so that the rule matters: by the plain average 话剧《雷雨》选段
leads (93.00 to 90.80), but one judge's 80 and another's 99 are dropped by the
gala's rule (the highest and the lowest), and 小品《宿舍那些事》 wins 一等奖 with 93.00.
"""

from __future__ import annotations

CRITERIA = "思想内容 30\n艺术表现 40\n舞台效果 20\n整体印象 10"
MAX_SCORE = 100

# (name, places, by votes)
CATEGORIES = [("一等奖", 1, False), ("二等奖", 2, False), ("三等奖", 3, False),
              ("最佳人气奖", 1, True)]

# Acts whose kind would let them compete but the committee says not.
NOT_COMPETING = ["领导致辞", "大合唱《明天会更好》"]

# Scores of the judges in the guest list's order: 李文华, 王建国, 赵丽, 陈晓燕, 刘洋.
SCORES = {
    "开场舞《青春飞扬》": (84, 85, 83, 86, 82),
    "合唱《我和我的祖国》": (90, 89, 91, 88, 92),
    "小品《宿舍那些事》": (94, 93, 92, 95, 80),
    "舞蹈《茉莉花》": (87, 88, 86, 89, 85),
    "相声《我要上晚会》": (89, 90, 91, 88, 90),
    "民乐合奏《春江花月夜》": (88, 89, 87, 90, 86),
    "诗朗诵《我与祖国共奋进》": (86, 87, 85, 88, 84),
    "话剧《雷雨》选段": (92, 91, 93, 90, 99),
    "乐队《追梦赤子心》": (85, 86, 84, 87, 83),
    "街舞《燃》": (91, 88, 89, 90, 87),
}

# The audience's votes (ballots collected at the intermission) for 最佳人气奖.
VOTES = {"街舞《燃》": 312, "乐队《追梦赤子心》": 298, "小品《宿舍那些事》": 276,
         "相声《我要上晚会》": 241, "合唱《我和我的祖国》": 188, "话剧《雷雨》选段": 175,
         "舞蹈《茉莉花》": 160, "开场舞《青春飞扬》": 152, "民乐合奏《春江花月夜》": 131,
         "诗朗诵《我与祖国共奋进》": 97}
