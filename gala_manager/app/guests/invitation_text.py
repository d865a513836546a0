"""The words of an invitation: default greeting and body per kind of guest, and filling them in.

The committee may write its own texts per kind (kept in the gala file); the
defaults here are in the user's language. Placeholders in braces are replaced
by the gala's and the guest's facts; any other brace is left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from gala_manager.core.models import GuestKind

translate = QCoreApplication.translate

PLACEHOLDERS = ("name", "title", "gala", "theme", "organiser", "date", "time", "venue", "seat")
_FIELD = re.compile(r"\{(\w+)\}")


def default_greeting(kind: GuestKind) -> str:
    """The greeting line a kind of guest gets unless the committee wrote its own."""
    kind = GuestKind(kind)
    if kind == GuestKind.LEADER:
        return translate("Invitation", "Dear {title} {name},")
    if kind == GuestKind.JUDGE:
        return translate("Invitation", "Dear teacher {name},")
    if kind == GuestKind.ALUMNUS:
        return translate("Invitation", "Dear alumnus {name},")
    return translate("Invitation", "Dear {name},")


def default_body(kind: GuestKind) -> str:
    """The invitation's body for a kind of guest unless the committee wrote its own."""
    kind = GuestKind(kind)
    opening = translate("Invitation", "{organiser} will hold {gala} on {date} at {time} at "
                                      "{venue}, under the theme “{theme}”.")
    ending = {
        GuestKind.LEADER: translate("Invitation", "We would be honoured by your presence and "
                                                  "guidance."),
        GuestKind.JUDGE: translate("Invitation", "We would be honoured if you would serve as a "
                                                 "judge of the evening’s acts; your seat among "
                                                 "the judges is kept for you."),
        GuestKind.SPONSOR: translate("Invitation", "With warm thanks for your support of the "
                                                   "gala, we invite you to be our guest."),
        GuestKind.MEDIA: translate("Invitation", "We warmly invite you to cover the evening."),
        GuestKind.ALUMNUS: translate("Invitation", "Come back to campus and spend the evening "
                                                   "with the students!"),
        GuestKind.OTHER: translate("Invitation", "We sincerely invite you to join us."),
    }[kind]
    return translate("Invitation", "{opening} {ending}").format(opening=opening, ending=ending)


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with each known {placeholder} replaced; other braces stay as typed."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def invitation_words(kind: GuestKind, custom: Mapping[GuestKind, tuple[str, str]],
                     values: Mapping[str, str]) -> tuple[str, str]:
    """(greeting, body) for one guest: the committee's text for the kind, else the default."""
    greeting, body = custom.get(GuestKind(kind), ("", ""))
    greeting = greeting.strip() or default_greeting(kind)
    body = body.strip() or default_body(kind)
    # An empty title leaves a double space in "Dear {title} {name},".
    return " ".join(fill(greeting, values).split(" ")).replace("  ", " "), fill(body, values)
