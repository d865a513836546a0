"""Acts, sections of the running order, rehearsals and the programme's settings.

An act is in the running order exactly when `position` is set; `position`
numbers the whole order 1..N (sections' acts contiguous, in section order),
and `section_id` says which section it belongs to (None: before any section).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, Enum, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


def _enum(cls: type[enum.Enum], length: int = 20) -> Enum:
    # Stored as the plain value strings, so the file stays readable by sqlite3.
    return Enum(cls, native_enum=False, length=length,
                values_callable=lambda e: [m.value for m in e])


class ActKind(enum.StrEnum):
    """What kind of act it is; the UI translates the labels."""

    OPENING = "opening"
    DANCE = "dance"
    SONG = "song"
    SKETCH = "sketch"
    STAGE_PLAY = "stage_play"
    CROSSTALK = "crosstalk"
    RECITATION = "recitation"
    INSTRUMENTAL = "instrumental"
    PRIZE_QUIZ = "prize_quiz"
    AWARD = "award"
    HOST_SEGMENT = "host_segment"
    INTERMISSION = "intermission"
    CLOSING = "closing"
    OTHER = "other"


class ActStatus(enum.StrEnum):
    """Where an act stands in screening and rehearsal."""

    SUBMITTED = "submitted"
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"
    REHEARSED = "rehearsed"
    CONFIRMED = "confirmed"
    WITHDRAWN = "withdrawn"


class MicKind(enum.StrEnum):
    """The kind of microphone an act needs."""

    HANDHELD = "handheld"
    HEADSET = "headset"
    LAVALIER = "lavalier"
    STAND = "stand"


class SectionKind(enum.StrEnum):
    """First half (上半场), second half (下半场) or a section the user named."""

    FIRST_HALF = "first_half"
    SECOND_HALF = "second_half"
    CUSTOM = "custom"


class RehearsalKind(enum.StrEnum):
    """The plan's two rehearsals: the first one and the final (dress) one."""

    FIRST = "first"
    FINAL = "final"


class Section(Base):
    """A section of the running order, e.g. 上半场; `position` orders sections."""

    __tablename__ = "programme_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SectionKind] = mapped_column(_enum(SectionKind), default=SectionKind.CUSTOM)
    # Empty for the halves: the UI shows the translated 上半场 / 下半场.
    name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Act(Base):
    """One act (节目) submitted for the gala, in the running order or not."""

    __tablename__ = "act"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActKind] = mapped_column(_enum(ActKind), default=ActKind.OTHER)
    title: Mapped[str] = mapped_column(String(200))
    performers: Mapped[str] = mapped_column(Text, default="")
    head_count: Mapped[int] = mapped_column(Integer, default=0)
    submitted_by_department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), nullable=True, index=True)
    # A faculty or club that is not a committee department (计算机系, 街舞社).
    submitted_by_text: Mapped[str] = mapped_column(String(200), default="")
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True)
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    duration_seconds: Mapped[int] = mapped_column(Integer, default=180)
    # None: the gala's default changeover applies.
    changeover_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mic_count: Mapped[int] = mapped_column(Integer, default=0)
    mic_kind: Mapped[MicKind] = mapped_column(_enum(MicKind), default=MicKind.HANDHELD)
    props: Mapped[str] = mapped_column(Text, default="")
    music_file: Mapped[str] = mapped_column(String(500), default="")
    lighting_notes: Mapped[str] = mapped_column(Text, default="")
    sound_notes: Mapped[str] = mapped_column(Text, default="")
    host_link: Mapped[str] = mapped_column(Text, default="")
    host_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True)
    fixed_start: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    status: Mapped[ActStatus] = mapped_column(_enum(ActStatus), default=ActStatus.SUBMITTED)
    notes: Mapped[str] = mapped_column(Text, default="")
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_section.id", ondelete="SET NULL"), nullable=True, index=True)
    position: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # Identifies an imported row, so importing the same workbook twice updates
    # the act instead of adding it again.
    import_key: Mapped[str] = mapped_column(String(200), default="", index=True)


class Rehearsal(Base):
    """A rehearsal (彩排) whose measured act times can replace the planned ones."""

    __tablename__ = "rehearsal"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RehearsalKind] = mapped_column(_enum(RehearsalKind),
                                                default=RehearsalKind.FIRST)
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class RehearsalTiming(Base):
    """How long one act took at one rehearsal."""

    __tablename__ = "rehearsal_timing"
    __table_args__ = (UniqueConstraint("rehearsal_id", "act_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rehearsal_id: Mapped[int] = mapped_column(
        ForeignKey("rehearsal.id", ondelete="CASCADE"), index=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("act.id", ondelete="CASCADE"), index=True)
    measured_seconds: Mapped[int] = mapped_column(Integer)


class ProgrammeSettings(Base):
    """The gala-wide programme settings; a file holds one row (id 1)."""

    __tablename__ = "programme_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    default_changeover_seconds: Mapped[int] = mapped_column(Integer, default=60)
    # None: the gala has not recorded how many microphones it has.
    mic_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
