"""The demo gala's tasks: the plan's template, seen from ten days before the gala."""

from __future__ import annotations

import datetime as dt

from gala_manager.core.models import TaskStatus

# The "today" the demo's statuses are written for; tests pass it as `now`,
# and GALA_MANAGER_NOW=2027-04-20T10:00 shows the demo as the committee sees it.
DEMO_NOW = dt.datetime(2027, 4, 20, 10, 0)

# Tasks due before DEMO_NOW are done, except these two, which are overdue.
OVERDUE = {
    "准备邀请函": TaskStatus.DOING,
    "会场布局规划": TaskStatus.TODO,
}

# Work under way that is not due yet.
IN_PROGRESS = ("确定节目顺序", "末期宣传", "撰写主持稿与节目单")

# Tasks with no department in the template, given to a named person.
OWNERS = {"邀请学校领导": "蒋天佑"}

# A note or two, as a committee writes them.
NOTES = {
    "准备邀请函": "领导邀请函 12 份已印，赞助商邀请函还差 4 份",
    "第二次彩排（终审）": "西广场舞台，晚 18:30",
}
