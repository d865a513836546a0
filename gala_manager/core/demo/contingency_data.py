"""The demo gala's four contingency plans, as the seed plan's section 十三 writes them."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.contingency.plans import (
    Contact,
    Equipment,
    PlanData,
    add_plan,
    list_plans,
    update_plan,
)
from gala_manager.core.models import Person, Post

MEDIC = Contact("沈佳宁", "校医务室医生", "17812345626")
COMMANDER = Contact("胡志强", "晚会总指挥（组织部部长）", "13412345614")

PLANS = [
    PlanData(
        kind="programme",
        title="节目演出应急方案",
        trigger="节目无法按时出演，或在演出过程中发生失误、无法顺利进行",
        decides="文艺部部长",
        acts="节目负责人；候场的下两个节目",
        contacts=(Contact("陈思远", "文艺部部长", "13812345601"),
                  Contact("罗明轩", "灯光音响", "13212345616"), COMMANDER),
        equipment=(Equipment("备用话筒", 2, "舞台左侧调音台"),
                   Equipment("备用伴奏U盘", 1, "调音台")),
        steps=(
            "上一个节目演出时，其后的两个节目在后台准备就绪",
            "前一节目由于各种原因无法按时出演时，下一个节目及时跟进",
            "节目演出中发生失误或无法顺利进行时，由节目负责人迅速组织演员重演此节目",
            "若重演仍出现问题，该节目立即退场，主持人衔接下一个节目",
        ),
        notes="无法按时出演的节目可在后面补演，或取消。",
    ),
    PlanData(
        kind="injury",
        title="人员意外受伤应急方案",
        trigger="晚会过程中发生不可预测的意外事件，导致参与人员受伤",
        decides="晚会总指挥",
        acts="组织部",
        contacts=(MEDIC, Contact("校医院急诊", "医院", "120"), COMMANDER),
        equipment=(Equipment("急救箱", 1, "后台入口"), Equipment("担架", 1, "后台入口")),
        steps=(
            "立即停止相关表演，疏散伤者周围人员",
            "情况较轻的，由学校医疗人员进行现场处理",
            "情况严重者，拨打 120 送往医院进行治疗，并派一名委员陪同",
            "记录受伤经过，会后向协会报告",
        ),
    ),
    PlanData(
        kind="power",
        title="停电应急方案",
        trigger="晚会前或晚会进行中停电",
        decides="晚会总指挥",
        acts="主持人",
        contacts=(Contact("学校后勤电工值班室", "电工", "13012340001"),
                  Contact("罗明轩", "灯光音响", "13212345616"), COMMANDER),
        equipment=(Equipment("手电筒", 10, "后台物资箱"), Equipment("扩音喇叭", 2, "主持人候场区"),
                   Equipment("哨子", 6, "学生会秩序组")),
        steps=(
            "若晚会前停电，晚会最多推迟1小时举行，此间观众自由处理自己的时间",
            "如果1小时后仍没有正常供电，则由主持人宣布晚会改天举办",
            "在晚会前半部分停电超过10分钟，由主持人宣布晚会改天重新举行",
            "在晚会后半部分停电超过10分钟，由主持人宣布晚会结束",
            "停电期间学生会成员打开手电筒，维持观众秩序",
        ),
    ),
    PlanData(
        kind="disorder",
        title="秩序混乱应急方案",
        trigger="晚会过程中现场出现秩序混乱",
        decides="学生会秩序组组长",
        acts="学生会成员",
        contacts=(Contact("唐昊天", "学生会秩序组组长", "15512345619"),
                  Contact("校保卫处值班室", "保卫", "13012340002"), COMMANDER),
        equipment=(Equipment("哨子", 6, "学生会秩序组"), Equipment("扩音喇叭", 1, "主持人候场区")),
        steps=(
            "晚会过程中由学生会成员在各区域维持现场秩序",
            "出现小型的秩序混乱现象，由学生会成员维持，注意礼貌",
            "混乱扩大时通知校保卫处，并由主持人暂停演出、提醒观众",
        ),
    ),
]


# Who decides each kind of plan, and the posts whose people act (from the staff plan).
DECIDERS = {"programme": "陈思远", "injury": "胡志强", "power": "胡志强", "disorder": "唐昊天"}
ACTING_POSTS = {
    "programme": ("舞台左侧", "舞台右侧", "后台入口"),
    "injury": ("急救点",),
    "power": ("音控台", "观众席"),
    "disorder": ("观众席", "观众入口"),
}


def fill_contingency(session: Session) -> None:
    """Add the four plans; contacts and deciders who are the gala's people are linked to
    them (the rule thresholds stay the plan's defaults)."""
    people = dict(session.execute(select(Person.name, Person.id)).all())
    for plan in PLANS:
        contacts = tuple(replace(c, person_id=people.get(c.name)) for c in plan.contacts)
        add_plan(session, data=plan.replace(
            contacts=contacts, decides_person_id=people[DECIDERS[plan.kind]]))


def link_acting_posts(session: Session) -> None:
    """Name the posts that act in each plan (once the staff's posts exist)."""
    posts = dict(session.execute(select(Post.name, Post.id)).all())
    for row in list_plans(session):
        names = ACTING_POSTS.get(row.data.kind, ())
        update_plan(session, plan_id=row.id,
                    data=row.data.replace(acts_post_ids=tuple(posts[n] for n in names)))
