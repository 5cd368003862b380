"""Team meetings: agenda, attendance, decisions, action items and minutes addenda."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import PERSONAL, Base, UTCDateTime, enum_type, utcnow
from .enums import AgendaKind, AttendanceStatus, DecisionKind, MeetingState
from .team import Member


class MeetingSeries(Base):
    """A rule that plans a year's meetings, e.g. the second Tuesday of every month 09.00–12.00.

    ``weekday`` is 0 for Monday; ``week_of_month`` 1–4 counts that weekday in the month, and -1
    means the last one.
    """

    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)
    week_of_month: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[dt.time] = mapped_column(Time)
    ends_at: Mapped[dt.time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    first_on: Mapped[dt.date] = mapped_column(Date)
    last_on: Mapped[dt.date | None] = mapped_column(Date)


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The rule that planned this meeting; None for a meeting planned by hand. A moved meeting
    #: keeps its series.
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="SET NULL")
    )
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    starts_at: Mapped[dt.time] = mapped_column(Time)
    ends_at: Mapped[dt.time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[MeetingState] = mapped_column(
        enum_type(MeetingState), default=MeetingState.PLANNED
    )
    call_sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    minutes_approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    approved_by: Mapped[str] = mapped_column(String(200), default="")

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    addenda: Mapped[list[MinutesAddendum]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="MinutesAddendum.created_at",
    )


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AgendaKind] = mapped_column(enum_type(AgendaKind))
    title: Mapped[str] = mapped_column(String(300), default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id", ondelete="SET NULL"))
    planned_minutes: Mapped[int] = mapped_column(Integer, default=5)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Notes that hold personal data; left out of the steering group's minutes.
    notes_personal: Mapped[bool] = mapped_column(Boolean, default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan"
    )


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    status: Mapped[AttendanceStatus] = mapped_column(enum_type(AttendanceStatus))
    substitute_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    member: Mapped[Member] = relationship(foreign_keys=[member_id])
    substitute: Mapped[Member | None] = relationship(foreign_keys=[substitute_member_id])


class Decision(Base):
    """A structured decision on a case, recorded in the minutes and written to the case."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    kind: Mapped[DecisionKind] = mapped_column(enum_type(DecisionKind))
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")


class ActionItem(Base):
    """Who does what by when; open ones are carried to the next meeting's agenda."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    who: Mapped[str] = mapped_column(String(200))
    what: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="action_items")


class MinutesAddendum(Base):
    """A dated correction to approved minutes: approved minutes are never edited silently."""

    __tablename__ = "minutes_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, info=PERSONAL)

    meeting: Mapped[Meeting] = relationship(back_populates="addenda")
