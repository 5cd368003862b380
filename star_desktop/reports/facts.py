"""The facts the report counts: one CaseFact per participant, read with SQLAlchemy Core.

``load`` reads, for a period and its earlier periods, the few dates and codes each accepted
joint-planning case contributes (no names, no ORM objects), the meetings held and who was
there, the intake and the year's targets; statistics.compute turns them into the tables. The
period rules of each fact (active at start, new, closed, ...) follow definitions.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (
    Assessment,
    Attendance,
    AttendanceStatus,
    Body,
    Case,
    CaseKind,
    ClosureReason,
    Gender,
    IncomeSource,
    Meeting,
    MeetingState,
    Member,
    Participant,
    Party,
    PlanningForm,
    TargetKind,
)
from .periods import Period


def share(part: int | float, whole: int | float) -> float | None:
    """part / whole, or None when there is nothing to divide by (shown as "–")."""
    return part / whole if whole else None


# --- counts split by gender --------------------------------------------------------------------


@dataclass
class GenderCount:
    """A count split by gender; the parts always add up to the total."""

    woman: int = 0
    man: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        return self.woman + self.man + self.other

    def add(self, gender: Gender, n: int = 1) -> None:
        setattr(self, _attr(gender), getattr(self, _attr(gender)) + n)

    def of(self, gender: Gender) -> int:
        return int(getattr(self, _attr(gender)))

    def share(self, gender: Gender) -> float | None:
        return share(self.of(gender), self.total)

    def __add__(self, other: GenderCount) -> GenderCount:
        return GenderCount(self.woman + other.woman, self.man + other.man,
                           self.other + other.other)

    def __sub__(self, other: GenderCount) -> GenderCount:
        return GenderCount(self.woman - other.woman, self.man - other.man,
                           self.other - other.other)


def _attr(gender: Gender) -> str:
    return {Gender.WOMAN: "woman", Gender.MAN: "man", Gender.OTHER: "other"}[gender]


def count_by_gender(facts: Iterable[CaseFact]) -> GenderCount:
    g = GenderCount()
    for f in facts:
        g.add(f.gender)
    return g


# --- the facts one case contributes ------------------------------------------------------------


@dataclass(frozen=True)
class CaseFact:
    """What the statistics know of one participant (an accepted joint-planning case)."""

    case_id: int
    gender: Gender
    birth_year: int | None
    referring_party_id: int
    income_at_start: IncomeSource
    raised_on: dt.date
    accepted_on: dt.date
    queue_started_on: dt.date | None = None
    planning_meeting_on: dt.date | None = None
    planning_form: PlanningForm | None = None
    plan_made_on: dt.date | None = None
    self_support_activity: bool = False
    closed_on: dt.date | None = None
    closure_reason: ClosureReason | None = None
    income_at_end: IncomeSource | None = None

    # definition "aktiva_start"
    def active_at_start(self, p: Period) -> bool:
        return self.accepted_on < p.start and (self.closed_on is None or self.closed_on >= p.start)

    # definition "nya"
    def new_in(self, p: Period) -> bool:
        return p.contains(self.accepted_on)

    # definition "avslutade"
    def closed_in(self, p: Period) -> bool:
        return p.contains(self.closed_on)

    # definition "aktiva_slut"
    def active_at_end(self, p: Period) -> bool:
        return self.accepted_on <= p.end and (self.closed_on is None or self.closed_on > p.end)

    # definition "alder"
    def age_at(self, p: Period) -> int | None:
        return None if self.birth_year is None else p.end.year - self.birth_year

    # definition "ko"
    def waiting_at_end(self, p: Period) -> bool:
        return (self.active_at_end(p)
                and (self.planning_meeting_on is None or self.planning_meeting_on > p.end))


@dataclass(frozen=True)
class PartyRef:
    id: int
    name: str
    sort_order: int = 0


@dataclass(frozen=True)
class AttendanceFact:
    """One meeting held and the parties represented at it."""

    meeting_id: int
    held_on: dt.date
    party_ids: frozenset[int]


@dataclass
class Intake:
    """Definition "aktualiseringar"."""

    raised: dict[CaseKind, int] = field(default_factory=dict)
    accepted: int = 0
    returned: int = 0
    consulted: dict[CaseKind, int] = field(default_factory=dict)

    @property
    def raised_total(self) -> int:
        return sum(self.raised.values())


@dataclass
class Inputs:
    """Everything ``compute`` needs, read by ``load`` (or built by hand in a test)."""

    facts: list[CaseFact]
    parties: list[PartyRef]
    meetings: list[AttendanceFact] = field(default_factory=list)
    #: Parties with a team member active at some time in the period (listed even if absent).
    team_party_ids: frozenset[int] = frozenset()
    intake: Intake = field(default_factory=Intake)
    #: Target values of the period's year by kind (defaults filled in by targets.py).
    targets: dict[TargetKind, float] = field(default_factory=dict)


# --- load --------------------------------------------------------------------------------------


def load(session: Session, period: Period) -> Inputs:
    """Read the facts ``compute`` needs for ``period`` (and its earlier periods) with Core."""
    from . import targets as targets_service

    end = period.end
    c, pt = Case.__table__.c, Participant.__table__.c
    rows = session.execute(
        select(c.id, pt.gender, pt.birth_year, c.referring_party_id, c.income_at_start,
               c.raised_on, c.assessed_on, c.queue_started_on, c.planning_meeting_on,
               c.planning_form, c.plan_made_on, c.self_support_activity, c.closed_on,
               c.closure_reason, c.income_at_end)
        .select_from(Case.__table__.outerjoin(Participant.__table__,
                                              c.participant_id == pt.id))
        .where(c.kind == CaseKind.JOINT_PLANNING, c.assessment == Assessment.ACCEPTED,
               c.assessed_on <= end)
    ).all()
    facts = [CaseFact(
        case_id=r[0], gender=r[1] or Gender.OTHER, birth_year=r[2], referring_party_id=r[3],
        income_at_start=r[4] or IncomeSource.UNKNOWN, raised_on=r[5], accepted_on=r[6],
        queue_started_on=r[7], planning_meeting_on=r[8], planning_form=r[9], plan_made_on=r[10],
        self_support_activity=bool(r[11]), closed_on=r[12], closure_reason=r[13],
        income_at_end=r[14]) for r in rows]

    parties = [PartyRef(r.id, r.name, r.sort_order) for r in session.execute(
        select(Party.id, Party.name, Party.sort_order))]

    return Inputs(
        facts=facts,
        parties=parties,
        meetings=_load_meetings(session, period),
        team_party_ids=frozenset(session.scalars(
            select(Member.party_id).where(
                Member.body == Body.TEAM, Member.active_from <= period.end,
                (Member.active_to.is_(None)) | (Member.active_to >= period.start)))),
        intake=_load_intake(session, period),
        targets=targets_service.values_for(session, period.end.year),
    )


def _load_meetings(session: Session, p: Period) -> list[AttendanceFact]:
    """Meetings held in the period and the parties present at each (definition "narvaro")."""
    held_states = (MeetingState.HELD, MeetingState.MINUTES_APPROVED)
    meetings = session.execute(
        select(Meeting.id, Meeting.held_on).where(
            Meeting.held_on >= p.start, Meeting.held_on <= p.end,
            Meeting.state.in_(held_states))).all()
    present: dict[int, set[int]] = {m.id: set() for m in meetings}
    if not present:
        return []
    a = Attendance.__table__.c
    m = Member.__table__.c
    # A substitute present stands in for the member's seat: the member's party was there.
    rows = session.execute(
        select(a.meeting_id, m.party_id)
        .select_from(Attendance.__table__.join(Member.__table__, a.member_id == m.id))
        .where(a.meeting_id.in_(list(present)),
               a.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE_PRESENT)))
    ).all()
    for meeting_id, party_id in rows:
        present[meeting_id].add(party_id)
    return [AttendanceFact(m.id, m.held_on, frozenset(present[m.id])) for m in meetings]


def _load_intake(session: Session, p: Period) -> Intake:
    c = Case.__table__.c
    intake = Intake(raised={k: 0 for k in CaseKind},
                    consulted={CaseKind.CONSULTATION: 0, CaseKind.GENERAL_CONSULTATION: 0})
    for kind, n in session.execute(
            select(c.kind, func.count()).where(c.raised_on >= p.start, c.raised_on <= p.end)
            .group_by(c.kind)):
        intake.raised[kind] = n
    for assessment, n in session.execute(
            select(c.assessment, func.count()).where(
                c.assessed_on >= p.start, c.assessed_on <= p.end).group_by(c.assessment)):
        if assessment == Assessment.ACCEPTED:
            intake.accepted = n
        elif assessment == Assessment.RETURNED:
            intake.returned = n
    for kind, n in session.execute(
            select(c.kind, func.count()).where(
                c.consulted_on >= p.start, c.consulted_on <= p.end).group_by(c.kind)):
        intake.consulted[kind] = n
    return intake
