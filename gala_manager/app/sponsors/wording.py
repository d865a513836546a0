"""Words of the Sponsors area: statuses, kinds of promise, problems and validation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import PromiseKind, PromiseStatus, SponsorStatus
from gala_manager.core.money import format_yuan, to_decimal
from gala_manager.core.operations import Area

translate = QCoreApplication.translate

_STATUSES = {
    SponsorStatus.APPROACHED: QT_TRANSLATE_NOOP("Sponsors", "Approached"),
    SponsorStatus.AGREED: QT_TRANSLATE_NOOP("Sponsors", "Agreed"),
    SponsorStatus.RECEIVED: QT_TRANSLATE_NOOP("Sponsors", "Received"),
    SponsorStatus.DECLINED: QT_TRANSLATE_NOOP("Sponsors", "Declined"),
}

_KINDS = {
    PromiseKind.POSTER_LOGO: QT_TRANSLATE_NOOP("Sponsors", "Logo on the poster"),
    PromiseKind.BANNER: QT_TRANSLATE_NOOP("Sponsors", "Banner"),
    PromiseKind.BOOTH: QT_TRANSLATE_NOOP("Sponsors", "Booth"),
    PromiseKind.HOST_MENTION: QT_TRANSLATE_NOOP("Sponsors", "Host mention"),
    PromiseKind.PROGRAMME_AD: QT_TRANSLATE_NOOP("Sponsors", "Ad in the programme"),
    PromiseKind.OTHER: QT_TRANSLATE_NOOP("Sponsors", "Other"),
}

_PROMISE_STATUSES = {
    PromiseStatus.PENDING: QT_TRANSLATE_NOOP("Sponsors", "To do"),
    PromiseStatus.DONE: QT_TRANSLATE_NOOP("Sponsors", "Done"),
    PromiseStatus.DROPPED: QT_TRANSLATE_NOOP("Sponsors", "Dropped"),
}

_VALIDATION = {
    ("company", "required"): QT_TRANSLATE_NOOP("Sponsors", "A sponsor needs a company name."),
    ("company", "too_long"): QT_TRANSLATE_NOOP("Sponsors", "The company name is too long."),
    ("contact_phone", "invalid_phone"): QT_TRANSLATE_NOOP(
        "Sponsors", "The phone number may hold digits, spaces, +, - and brackets only."),
    ("cash", "negative"): QT_TRANSLATE_NOOP(
        "Sponsors", "The cash must be an amount in yuan, zero or more (e.g. 500)."),
    ("cash", "out_of_range"): QT_TRANSLATE_NOOP("Sponsors", "The cash amount is too large."),
    ("goods", "required"): QT_TRANSLATE_NOOP("Sponsors", "Each good in kind needs a description."),
    ("goods_value", "negative"): QT_TRANSLATE_NOOP(
        "Sponsors", "The value of goods must be an amount in yuan, zero or more."),
    ("goods_value", "out_of_range"): QT_TRANSLATE_NOOP(
        "Sponsors", "The value of goods is too large."),
}


def sponsor_status_label(status: SponsorStatus) -> str:
    """The translated name of a sponsor's status (已联系, 已同意 ...)."""
    return translate("Sponsors", _STATUSES[SponsorStatus(status)])


def promise_kind_label(kind: PromiseKind) -> str:
    """The translated name of a kind of promise (海报标志, 主持人鸣谢 ...)."""
    return translate("Sponsors", _KINDS[PromiseKind(kind)])


def promise_status_label(status: PromiseStatus) -> str:
    """The translated name of a promise's status."""
    return translate("Sponsors", _PROMISE_STATUSES[PromiseStatus(status)])


def promise_text(kind: PromiseKind, detail: str) -> str:
    """A promise in one phrase: its kind, and its detail in brackets when there is one."""
    label = promise_kind_label(kind)
    if not detail.strip():
        return label
    return translate("Sponsors", "{kind} ({detail})").format(kind=label, detail=detail)


def describe_sponsor_error(exc: BaseException) -> str:
    """An error of a sponsors edit in words; the area's rules first, then the shared wording."""
    if isinstance(exc, ValidationError):
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Sponsors", text)
    return describe_error(exc)


def mention_text(company: str) -> str:
    """What the host says for a sponsor mention unless the promise says more."""
    return translate("Sponsors", "Our thanks to {company} for supporting tonight’s gala!").format(
        company=company)


def describe_sponsor_problem(problem: Problem) -> str | None:
    """Words for the Sponsors area's problem codes; None for other areas' codes."""
    if problem.area != Area.SPONSORS:
        return None
    p = problem.params
    if problem.code == "sponsor_no_handler":
        return translate("Sponsors", "Nobody of the committee looks after the sponsor "
                                     "\u201c{company}\u201d.").format(**p)
    if problem.code == "sponsor_cash_not_received":
        return translate("Sponsors", "\u201c{company}\u201d agreed to give {cash} but the money "
                                     "has not been received.").format(
            company=p["company"], cash=format_yuan(to_decimal(p["cash"])))
    if problem.code == "sponsor_goods_not_sponsored":
        return translate("Sponsors", "\u201c{item}\u201d is a gift of \u201c{company}\u201d but "
                                     "the supply list buys it: set its source to "
                                     "Sponsored.").format(**p)
    if problem.code in ("sponsor_mention_no_point", "sponsor_promise_pending"):
        what = promise_text(PromiseKind(p["kind"]), p.get("detail", ""))
        if problem.code == "sponsor_mention_no_point":
            return translate("Sponsors", "The host mention of \u201c{company}\u201d has no point "
                                         "in the running order: {what}.").format(
                company=p["company"], what=what)
        return translate("Sponsors", "A promise to \u201c{company}\u201d is not kept yet: "
                                     "{what}.").format(company=p["company"], what=what)
    return None


register_problem_wording(describe_sponsor_problem)
