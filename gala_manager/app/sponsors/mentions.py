"""What the sponsors add to the run-sheets: the host's mentions and the programme's thanks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from gala_manager.app.sponsors.wording import mention_text
from gala_manager.core.models import PromiseKind, PromiseStatus
from gala_manager.core.sponsors.records import list_sponsors

translate = QCoreApplication.translate


def host_mentions(read: Callable) -> dict[int, list[tuple[str, str]]]:
    """(label, text) lines for the host script, by the act after whose link they are said.

    Only sponsors who agreed or paid, and mentions not dropped; the promise's own
    detail is the instruction, followed by words the host can say as they are.
    """
    notes: dict[int, list[tuple[str, str]]] = {}
    label = translate("SponsorExport", "Sponsor mention")
    for row in read(list_sponsors):
        if not row.data.counted:
            continue
        for promise in row.data.promises:
            if (promise.kind != PromiseKind.HOST_MENTION or promise.act_id is None
                    or promise.status == PromiseStatus.DROPPED):
                continue
            text = mention_text(row.company)
            if promise.detail:
                text = f"{promise.detail}\n{text}"
            notes.setdefault(promise.act_id, []).append((label, text))
    return notes


def thanked_sponsors(read: Callable) -> tuple[str, ...]:
    """The sponsors the audience programme thanks: those who agreed or paid, in order."""
    return tuple(row.company for row in read(list_sponsors) if row.data.counted)
