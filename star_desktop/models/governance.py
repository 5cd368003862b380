"""Deviations, the audit log, report texts, targets, budget and 4R actions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DDL,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, enum_type, utcnow
from .enums import (
    AuditAction,
    DeviationCategory,
    DeviationRaisedTo,
    DeviationStatus,
    FourRActionStatus,
    TargetKind,
)


class Deviation(Base):
    """An avvikelse; its description must not hold personal data."""

    __tablename__ = "deviation"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    category: Mapped[DeviationCategory] = mapped_column(enum_type(DeviationCategory))
    description: Mapped[str] = mapped_column(Text)
    raised_to: Mapped[DeviationRaisedTo | None] = mapped_column(enum_type(DeviationRaisedTo))
    raised_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[DeviationStatus] = mapped_column(
        enum_type(DeviationStatus), default=DeviationStatus.OPEN
    )
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)


class AuditEvent(Base):
    """Who did what to which record, and when. Rows are only ever inserted."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    entity: Mapped[str] = mapped_column(String(50), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"), index=True)
    #: What changed, in words without personal data (field names, not values).
    detail: Mapped[str] = mapped_column(Text, default="")


#: The log is append-only in the file itself, not only by the app's habit: SQLite refuses every
#: UPDATE and DELETE of an audit event, whoever sends it. Migration 0003 adds the same triggers to
#: older files. A later migration that rebuilds audit_event in batch mode drops them with the old
#: table and must create them again (tests/test_migrations.py compares the triggers too).
AUDIT_EVENT_TRIGGERS: dict[str, str] = {
    "audit_event_no_update": (
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'Loggen kan inte ändras: händelser läggs bara till.'); END"
    ),
    "audit_event_no_delete": (
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'Loggen kan inte raderas: händelser läggs bara till.'); END"
    ),
}
for _sql in AUDIT_EVENT_TRIGGERS.values():
    event.listen(AuditEvent.__table__, "after_create", DDL(_sql))


class ReportText(Base):
    """A text the coordinator writes for a period: a report section, a 4R text, a summary."""

    __tablename__ = "report_text"
    __table_args__ = (UniqueConstraint("period_start", "period_end", "section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    #: A dotted key, e.g. "participants.prerequisites.analysis" or "4r.realia".
    section: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Target(Base):
    """A result target of the agreement for one year."""

    __tablename__ = "target"
    __table_args__ = (UniqueConstraint("year", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[TargetKind] = mapped_column(enum_type(TargetKind))
    value: Mapped[float] = mapped_column(Float)


class BudgetLine(Base):
    """A row of the budget table typed by the coordinator; sums are computed, never stored."""

    __tablename__ = "budget_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200))
    budget: Mapped[float] = mapped_column(Float, default=0.0)
    outcome: Mapped[float] = mapped_column(Float, default=0.0)
    forecast: Mapped[float | None] = mapped_column(Float)


class FourRAction(Base):
    """A 4R Realisera action set for a period and followed up in the next."""

    __tablename__ = "four_r_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[FourRActionStatus] = mapped_column(
        enum_type(FourRActionStatus), default=FourRActionStatus.NOT_STARTED
    )
