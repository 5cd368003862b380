"""The team, its parties and its members (team and steering group)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, enum_type, utcnow
from .enums import Body, Gender, PartyKind


class Team(Base):
    """The one team a file belongs to (exactly one row)."""

    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(200), default="")
    federation: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Party(Base):
    """An organisation taking part in the team: the fixed list plus the team's own additions."""

    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PartyKind] = mapped_column(enum_type(PartyKind))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    members: Mapped[list[Member]] = relationship(back_populates="party")


class Member(Base):
    """A member of the team or of the local steering group (staff, not participants)."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    function: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[Gender] = mapped_column(enum_type(Gender))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    body: Mapped[Body] = mapped_column(enum_type(Body), default=Body.TEAM)
    substitute_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    active_from: Mapped[dt.date] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    party: Mapped[Party] = relationship(back_populates="members")
    substitute_for: Mapped[Member | None] = relationship(remote_side=[id])

    def is_active_on(self, day: dt.date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)


class Setting(Base):
    """A team-wide setting kept inside the encrypted file (retention periods, lock minutes...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
