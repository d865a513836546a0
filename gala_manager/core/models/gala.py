"""The `Gala` row: the facts of the one gala a file holds."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


class Gala(Base):
    """The gala's facts. A file holds exactly one row (id 1)."""

    __tablename__ = "gala"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(String(200), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    co_organisers: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(19, 0))
    planned_minutes: Mapped[int] = mapped_column(Integer, default=150)
    min_minutes: Mapped[int] = mapped_column(Integer, default=120)
    max_minutes: Mapped[int] = mapped_column(Integer, default=180)
    audience: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Random, made once per gala (a new gala made from this one gets its own): calendar
    # UIDs built on it stay the same through a rename and never meet another gala's.
    uid: Mapped[str] = mapped_column(String(32), default=lambda: uuid.uuid4().hex,
                                     server_default="")
    # Where the audience's phones reach the live programme ("192.168.1.20:8080"; "" none
    # yet): kept so the code printed on the programme before the night still works.
    audience_address: Mapped[str] = mapped_column(String(120), default="", server_default="")
