"""Participants, with their identifiers kept apart from the facts statistics need.

A Participant row holds only what reports count (gender, birth year, municipality). Name and
personnummer live in ParticipantIdentity, one row per participant, which retention deletes; every
case and statistic keeps pointing at the anonymous Participant.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import PERSONAL, Base, UTCDateTime, enum_type, utcnow
from .enums import Gender


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    gender: Mapped[Gender] = mapped_column(enum_type(Gender))
    birth_year: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: When retention or a withdrawn consent erased the identifiers; None while they are kept.
    identifiers_erased_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    identity: Mapped[ParticipantIdentity | None] = relationship(
        back_populates="participant", cascade="all, delete-orphan", uselist=False
    )


class ParticipantIdentity(Base):
    __tablename__ = "participant_identity"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    first_name: Mapped[str] = mapped_column(String(200), info=PERSONAL)
    last_name: Mapped[str] = mapped_column(String(200), info=PERSONAL)
    #: Twelve digits, YYYYMMDDNNNN, checksum-validated; None when not given.
    personnummer: Mapped[str | None] = mapped_column(String(12), index=True, info=PERSONAL)

    participant: Mapped[Participant] = relationship(back_populates="identity")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
