"""The show log and the rehearsal runs' logs: every console action, with its wall-clock time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


class _ConsoleAction:
    """The columns of one console action. A log is history: it names acts by id and
    keeps their title, without a foreign key, so editing the programme never rewrites it."""

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    act_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    act_title: Mapped[str] = mapped_column(String(200), default="")
    other_act_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    incident: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ShowEvent(_ConsoleAction, Base):
    """One console action of the show itself (the night)."""

    __tablename__ = "show_event"


class RehearsalEvent(_ConsoleAction, Base):
    """One console action of a rehearsal run: it never touches the show log, and the
    rehearsal's measured times are read from it."""

    __tablename__ = "rehearsal_event"

    rehearsal_id: Mapped[int] = mapped_column(
        ForeignKey("rehearsal.id", ondelete="CASCADE"), index=True)
