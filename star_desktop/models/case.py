"""Cases (ärenden) through the co-planning process, their interventions and follow-ups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import PERSONAL, Base, UTCDateTime, enum_type, utcnow
from .enums import (
    Assessment,
    CaseKind,
    CaseState,
    ClosureReason,
    IncomeSource,
    InterventionGroup,
    PlanningForm,
)
from .participant import Participant
from .team import Party


class Case(Base):
    """One aktualisering. Every column but the PERSONAL ones is a statistical fact kept for good."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_state_raised_on", "state", "raised_on"),
        Index("ix_case_closed_on", "closed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Shown to everyone instead of a name, e.g. "2025-014"; unique within the team.
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[CaseKind] = mapped_column(enum_type(CaseKind))
    state: Mapped[CaseState] = mapped_column(enum_type(CaseState), default=CaseState.RAISED)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"), index=True)

    referring_party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    referring_officer: Mapped[str] = mapped_column(String(200), default="")
    raised_on: Mapped[dt.date] = mapped_column(Date)
    #: For a general consultation: what the question is about (no individual).
    subject: Mapped[str] = mapped_column(Text, default="")

    consent_form_received: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The individual's own words on the form: what they need help with.
    consent_own_words: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    consent_withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)

    income_at_start: Mapped[IncomeSource] = mapped_column(
        enum_type(IncomeSource), default=IncomeSource.UNKNOWN
    )
    years_on_support_at_start: Mapped[int | None] = mapped_column(Integer)

    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    assessment: Mapped[Assessment | None] = mapped_column(enum_type(Assessment))
    return_reason: Mapped[str] = mapped_column(Text, default="")
    queue_started_on: Mapped[dt.date | None] = mapped_column(Date)

    carrier_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    carrier_name: Mapped[str] = mapped_column(String(200), default="")

    planning_form: Mapped[PlanningForm | None] = mapped_column(enum_type(PlanningForm))
    planning_meeting_on: Mapped[dt.date | None] = mapped_column(Date)
    plan_made_on: Mapped[dt.date | None] = mapped_column(Date)
    #: An agreed activity aiming at long-term self-support (a result target of the agreement).
    self_support_activity: Mapped[bool] = mapped_column(Boolean, default=False)

    consulted_on: Mapped[dt.date | None] = mapped_column(Date)

    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closure_reason: Mapped[ClosureReason | None] = mapped_column(enum_type(ClosureReason))
    closure_note: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)
    income_at_end: Mapped[IncomeSource | None] = mapped_column(enum_type(IncomeSource))

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    participant: Mapped[Participant | None] = relationship()
    referring_party: Mapped[Party] = relationship(foreign_keys=[referring_party_id])
    carrier_party: Mapped[Party | None] = relationship(foreign_keys=[carrier_party_id])
    interventions: Mapped[list[Intervention]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Intervention.started_on"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="FollowUp.due_on"
    )


class CatalogueEntry(Base):
    """An intervention a party offers (utbudskartan), maintained by the coordinator."""

    __tablename__ = "catalogue_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    group: Mapped[InterventionGroup] = mapped_column(enum_type(InterventionGroup))
    name: Mapped[str] = mapped_column(String(200))
    provider_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    provider_party: Mapped[Party | None] = relationship()


class Intervention(Base):
    """A parallel intervention (parallell insats) in one of the four groups."""

    __tablename__ = "intervention"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    group: Mapped[InterventionGroup] = mapped_column(enum_type(InterventionGroup))
    catalogue_entry_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_entry.id"))
    description: Mapped[str] = mapped_column(String(300), default="")
    provider_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="interventions")
    catalogue_entry: Mapped[CatalogueEntry | None] = relationship()
    provider_party: Mapped[Party | None] = relationship()


class FollowUp(Base):
    """A follow-up in the team: due at the first meeting after planning, then every third month."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_open_due", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    progress_note: Mapped[str] = mapped_column(Text, default="", info=PERSONAL)

    case: Mapped[Case] = relationship(back_populates="follow_ups")
