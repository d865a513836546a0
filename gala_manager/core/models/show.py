"""The show log: every console action on the night, with its wall-clock time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


class ShowEvent(Base):
    """One console action. The log is history: it names acts by id and keeps
    their title, without a foreign key, so editing the programme never rewrites it."""

    __tablename__ = "show_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    act_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    act_title: Mapped[str] = mapped_column(String(200), default="")
    other_act_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    incident: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
