"""Words of the contingency rules: kinds, decisions and what the host announces."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.formatting import with_note
from gala_manager.app.wording import register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.contingency.plans import PlanRow
from gala_manager.core.contingency.rules import Advice, Decision
from gala_manager.core.operations import Area

translate = QCoreApplication.translate

_KINDS = {
    "programme": QT_TRANSLATE_NOOP("Contingency", "Programme failure"),
    "injury": QT_TRANSLATE_NOOP("Contingency", "Injury"),
    "power": QT_TRANSLATE_NOOP("Contingency", "Power failure"),
    "disorder": QT_TRANSLATE_NOOP("Contingency", "Disorder"),
    "other": QT_TRANSLATE_NOOP("Contingency", "Other incident"),
}

_DECISIONS = {
    Decision.DELAY_START: QT_TRANSLATE_NOOP("Contingency", "Delay the start; the audience is free"),
    Decision.POSTPONE: QT_TRANSLATE_NOOP("Contingency", "Postpone the gala to another day"),
    Decision.HOLD: QT_TRANSLATE_NOOP("Contingency", "Pause the show and wait for power"),
    Decision.END_SHOW: QT_TRANSLATE_NOOP("Contingency", "End the gala"),
    Decision.NEXT_ACT_GOES_ON: QT_TRANSLATE_NOOP("Contingency", "The next act goes on at once"),
    Decision.WAIT_FOR_ACT: QT_TRANSLATE_NOOP("Contingency",
                                             "No act left to bring forward: wait or drop it"),
    Decision.RESTART_ACT: QT_TRANSLATE_NOOP("Contingency", "The act's leader restarts it"),
    Decision.WITHDRAW_ACT: QT_TRANSLATE_NOOP("Contingency", "The act leaves the stage"),
    Decision.TREAT_ON_SITE: QT_TRANSLATE_NOOP("Contingency",
                                              "Minor: the school's medical staff treat it on site"),
    Decision.TO_HOSPITAL: QT_TRANSLATE_NOOP("Contingency", "Serious: take the person to hospital"),
    Decision.ORDER_KEEPERS: QT_TRANSLATE_NOOP("Contingency",
                                              "The student union keeps order, politely"),
    Decision.FOLLOW_PLAN: QT_TRANSLATE_NOOP("Contingency", "Follow the plan's steps"),
}


def kind_label(kind: str) -> str:
    """A plan or incident kind: the built-in ones translated, the committee's own as typed."""
    text = _KINDS.get(kind)
    return translate("Contingency", text) if text else kind


def decides_text(row: PlanRow) -> str:
    """Who decides: "胡志强（晚会总指挥） 13412345614" for one of the gala's people, else
    the text typed."""
    if row.decider is None:
        return row.data.decides
    return f"{with_note(row.decider.name, row.data.decides.strip())} {row.decider.phone}".strip()


def acts_text(row: PlanRow) -> str:
    """Who acts: the posts, then anyone else typed ("音控台、观众席；主持人")."""
    posts = translate("Contingency", ", ").join(row.posts)
    others = row.data.acts.strip()
    if posts and others:
        return translate("Contingency", "{posts}; {others}").format(posts=posts, others=others)
    return posts or others


def decision_text(decision: Decision) -> str:
    """What the rules say to do, as a short sentence."""
    return translate("Contingency", _DECISIONS[decision])


def _clock(value: object) -> str:
    return value.strftime("%H:%M") if isinstance(value, dt.datetime) else str(value)


def announcement_text(advice: Advice) -> str:
    """What the host announces now, or "" when nothing is to be said."""
    p = advice.params
    code = advice.announcement
    if code == "power_start_delayed":
        return translate("Contingency", "Because of a power failure the gala starts later, "
                         "at the latest at {deadline}; you are free until then.").format(
            deadline=_clock(p["deadline"]))
    if code == "power_hold":
        return translate("Contingency", "The power has failed; please stay in your seats "
                         "while we restore it.")
    if code == "postponed":
        return translate("Contingency", "The power has not come back: the gala is postponed "
                         "to another day.")
    if code == "show_ended":
        return translate("Contingency", "The power has not come back: the gala ends here. "
                         "Thank you for coming.")
    if code == "next_act":
        return translate("Contingency", "Next on stage: {title}.").format(title=p["title"])
    if code == "act_restart":
        return translate("Contingency", "The act starts again from the beginning.")
    if code == "act_withdrawn":
        return translate("Contingency", "The act leaves the stage; we go on with the next one.")
    return ""


def countdown_text(kind: str, phase_label: str, elapsed: dt.timedelta, advice: Advice,
                   now: dt.datetime) -> str:
    """The console's live line, e.g. "上半场停电 07:12 — 满 10 分钟时宣布改期"."""
    seconds = max(0, int(elapsed.total_seconds()))
    timer = f"{seconds // 60:02d}:{seconds % 60:02d}"
    head = translate("Contingency", "{phase} {kind} {timer}").format(
        phase=phase_label, kind=kind_label(kind), timer=timer)
    if advice.decision == Decision.HOLD:
        left = max(0, int((advice.deadline - now).total_seconds()))
        outcome = (translate("Contingency", "announce the postponement")
                   if advice.params["outcome"] == Decision.POSTPONE.value
                   else translate("Contingency", "announce the end of the gala"))
        return translate("Contingency", "{head} — at {minutes} min {outcome} "
                         "({left} left)").format(head=head, minutes=advice.params["minutes"],
                                                 outcome=outcome,
                                                 left=f"{left // 60:02d}:{left % 60:02d}")
    if advice.decision == Decision.DELAY_START:
        return translate("Contingency", "{head} — start may slip until {deadline}, "
                         "then postpone").format(head=head, deadline=_clock(advice.deadline))
    return f"{head} — {decision_text(advice.decision)}"


def describe_contingency_problem(problem: Problem) -> str | None:
    """The sentence for the contingency checks' problems (None for other areas' codes)."""
    if problem.area != Area.CONTINGENCY:
        return None
    p = problem.params
    if problem.code == "missing_plan":
        return translate("Contingency", "There is no contingency plan for: {kind}.").format(
            kind=kind_label(p["kind"]))
    if problem.code == "plan_without_steps":
        return translate("Contingency", "The contingency plan “{title}” has no steps.").format(
            title=p["title"])
    if problem.code == "contact_without_phone":
        return translate("Contingency", "{name} in the plan “{title}” has no phone "
                         "number.").format(name=p["name"], title=p["title"])
    return None


register_problem_wording(describe_contingency_problem)
