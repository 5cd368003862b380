"""Every figure of the tertial and annual report, computed from the case data for a period.

Two steps, so the arithmetic can be proven on its own: ``load`` reads the few facts each case
contributes with SQLAlchemy Core (no ORM objects; a year of the 20,000-case demo team loads in a
fraction of a second), and ``compute`` turns those facts into the report's tables in plain
Python. The meaning of every measure is written once, in ``definitions.py``; the comment at each
computation names the definition it follows.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import statistics as pystats
from collections.abc import Callable, Iterable, Sequence
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
from .definitions import DAYS_PER_MONTH, TREND_PERIODS, YOUNG_MAX_AGE
from .periods import Period

GENDERS: tuple[Gender, ...] = (Gender.WOMAN, Gender.MAN, Gender.OTHER)

#: The result columns (definition "resultat"), in the template's order, and the closure reasons
#: each one takes. Every reason is in exactly one column.
RESULT_COLUMNS: tuple[tuple[str, str, frozenset[ClosureReason]], ...] = (
    ("dropout", "Varav tidiga avbrott", frozenset({ClosureReason.EARLY_DROPOUT})),
    ("work", "Till arbete", frozenset({ClosureReason.WORK})),
    ("studies", "Till studier", frozenset({ClosureReason.STUDIES})),
    ("rehabilitation", "Till annan arbetslivsinriktad rehabilitering",
     frozenset({ClosureReason.COORDINATED_REHABILITATION})),
    ("sickness_compensation", "Till sjukersättning",
     frozenset({ClosureReason.SICKNESS_COMPENSATION})),
    ("other", "Till annat", frozenset({ClosureReason.NOT_WORK_ORIENTED, ClosureReason.OWN_WISH,
                                      ClosureReason.PERSONAL_REASONS, ClosureReason.OTHER})),
)
GOAL_COLUMNS = frozenset({"work", "studies", "rehabilitation"})


def result_column(reason: ClosureReason | None) -> str:
    """The one result column a closure counts in; a closure without a reason counts as other."""
    for key, _label, reasons in RESULT_COLUMNS:
        if reason in reasons:
            return key
    return "other"


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


# --- the tables --------------------------------------------------------------------------------


@dataclass
class Flow:
    """Participants: active at start, new, closed, active at end, all worked with."""

    active_start: GenderCount
    new: GenderCount
    closed: GenderCount
    active_end: GenderCount

    @property
    def worked_with(self) -> GenderCount:  # definition "arbetat_med"
        return self.active_start + self.new


@dataclass
class Age:
    n: int
    age_sum: int
    young: int

    @property
    def mean(self) -> float | None:
        return share(self.age_sum, self.n)

    @property
    def young_share(self) -> float | None:
        return share(self.young, self.n)


@dataclass
class BreakdownRow:
    key: str
    label: str
    count: GenderCount


@dataclass
class Breakdown:
    """A count by category (income source, referring party), each split by gender."""

    rows: list[BreakdownRow]

    @property
    def total(self) -> GenderCount:
        t = GenderCount()
        for r in self.rows:
            t = t + r.count
        return t

    def get(self, key: str) -> GenderCount:
        return next((r.count for r in self.rows if r.key == key), GenderCount())


@dataclass
class Results:
    """The results table: every closure of the period in exactly one column."""

    active_start: GenderCount
    closed: GenderCount
    columns: dict[str, GenderCount]
    active_end: GenderCount

    @property
    def goal_base(self) -> GenderCount:  # closures except early drop-outs
        return self.closed - self.columns["dropout"]

    @property
    def goal_reached(self) -> GenderCount:  # definition "i_mal"
        t = GenderCount()
        for k in GOAL_COLUMNS:
            t = t + self.columns[k]
        return t

    @property
    def goal_share(self) -> float | None:
        return share(self.goal_reached.total, self.goal_base.total)


@dataclass
class TrendPoint:
    """Throughput time and results of one period (this one or an earlier one)."""

    period: Period
    #: Closures except early drop-outs, and the days from raised to closed summed over them.
    n: int
    days_sum: int
    closed: int
    dropouts: int
    goal_reached: int

    @property
    def mean_months(self) -> float | None:  # definition "genomstromning"
        return None if not self.n else self.days_sum / self.n / DAYS_PER_MONTH

    @property
    def goal_share(self) -> float | None:
        return share(self.goal_reached, self.closed - self.dropouts)


@dataclass
class Waiting:
    """Definition "vantetid" and "ko"."""

    days: list[int]
    queue_at_end: GenderCount

    @property
    def n(self) -> int:
        return len(self.days)

    @property
    def days_sum(self) -> int:
        return sum(self.days)

    @property
    def mean_days(self) -> float | None:
        return share(self.days_sum, self.n)

    @property
    def median_days(self) -> float | None:
        return float(pystats.median(self.days)) if self.days else None


@dataclass
class AttendanceRow:
    party_id: int
    label: str
    meetings_attended: int
    meetings_held: int

    @property
    def share(self) -> float | None:
        return share(self.meetings_attended, self.meetings_held)


@dataclass
class TargetOutcome:
    """One result target against its outcome; ``met`` is None when there is no basis."""

    kind: TargetKind
    target: float
    outcome: float | None
    numerator: int
    denominator: int
    #: "count" (the target is scaled to the period), "share" or "change".
    unit: str

    @property
    def met(self) -> bool | None:  # definition "mal"
        if self.outcome is None:
            return None
        if self.unit == "change":
            return self.outcome <= self.target
        return self.outcome >= self.target - 1e-9


@dataclass
class ReportStats:
    period: Period
    flow: Flow
    age_at_end: Age
    new_by_income: Breakdown
    active_end_by_income: Breakdown
    new_by_party: Breakdown
    active_end_by_party: Breakdown
    results: Results
    trend: list[TrendPoint]
    waiting: Waiting
    attendance: list[AttendanceRow]
    meetings_held: int
    joint_plannings: GenderCount
    planning_forms: dict[PlanningForm, int]
    targets: list[TargetOutcome]
    intake: Intake

    @property
    def this_period(self) -> TrendPoint:
        return self.trend[-1]


# --- compute -----------------------------------------------------------------------------------


def breakdown(facts: Sequence[CaseFact], key: Callable[[CaseFact], str],
               categories: Sequence[tuple[str, str]]) -> Breakdown:
    rows = {k: BreakdownRow(k, label, GenderCount()) for k, label in categories}
    for f in facts:
        k = key(f)
        if k not in rows:  # a party not in the list (cannot happen with loaded data)
            rows[k] = BreakdownRow(k, k, GenderCount())
        rows[k].count.add(f.gender)
    return Breakdown(list(rows.values()))


def income_categories() -> list[tuple[str, str]]:
    return [(m.value, m.label) for m in IncomeSource]


def _trend_point(facts: Sequence[CaseFact], p: Period) -> TrendPoint:
    closed = [f for f in facts if f.closed_in(p)]
    kept = [f for f in closed if result_column(f.closure_reason) != "dropout"]
    return TrendPoint(
        period=p,
        n=len(kept),
        days_sum=sum((f.closed_on - f.raised_on).days for f in kept if f.closed_on),
        closed=len(closed),
        dropouts=len(closed) - len(kept),
        goal_reached=sum(1 for f in kept if result_column(f.closure_reason) in GOAL_COLUMNS),
    )


def _targets(base: Sequence[CaseFact], results: Results, plannings: int, p: Period,
             values: dict[TargetKind, float]) -> list[TargetOutcome]:
    out: list[TargetOutcome] = []
    n = len(base)
    for kind, value in values.items():
        if kind == TargetKind.JOINT_PLANNINGS:  # definition "samplaneringar"
            out.append(TargetOutcome(kind, value * p.year_fraction(), float(plannings),
                                     plannings, 0, "count"))
        elif kind == TargetKind.SHARE_WITH_PLAN:  # definition "plan"
            k = sum(1 for f in base if f.plan_made_on is not None)
            out.append(TargetOutcome(kind, value, share(k, n), k, n, "share"))
        elif kind == TargetKind.SHARE_TO_WORK_OR_STUDIES:  # definition "arbete_studier"
            k = results.columns["work"].total + results.columns["studies"].total
            out.append(TargetOutcome(kind, value, share(k, n), k, n, "share"))
        elif kind == TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY:  # definition "aktivitet"
            k = sum(1 for f in base if f.self_support_activity)
            out.append(TargetOutcome(kind, value, share(k, n), k, n, "share"))
        elif kind == TargetKind.SOCIAL_ASSISTANCE_CHANGE:  # definition "ekonomiskt_bistand"
            sa = IncomeSource.SOCIAL_ASSISTANCE
            at_start = sum(1 for f in base if f.income_at_start == sa)
            at_end = sum(1 for f in base if f.income_at_end == sa)
            change = None if not at_start else (at_end - at_start) / at_start
            out.append(TargetOutcome(kind, value, change, at_end, at_start, "change"))
    return out


def compute(inputs: Inputs, period: Period) -> ReportStats:
    """The report's tables for ``period`` from the facts; pure, so it can be proven."""
    p = period
    facts = inputs.facts
    active_start = [f for f in facts if f.active_at_start(p)]
    new = [f for f in facts if f.new_in(p)]
    closed = [f for f in facts if f.closed_in(p)]
    active_end = [f for f in facts if f.active_at_end(p)]
    flow = Flow(count_by_gender(active_start), count_by_gender(new), count_by_gender(closed),
                count_by_gender(active_end))

    ages = [a for f in active_end if (a := f.age_at(p)) is not None]
    age = Age(len(ages), sum(ages), sum(1 for a in ages if a <= YOUNG_MAX_AGE))

    parties = sorted(inputs.parties, key=lambda r: (r.sort_order, r.id))
    party_cats = [(str(r.id), r.name) for r in parties]

    def by_income(f: CaseFact) -> str:
        return f.income_at_start.value

    def by_party(f: CaseFact) -> str:
        return str(f.referring_party_id)

    columns = {key: GenderCount() for key, _l, _r in RESULT_COLUMNS}
    for f in closed:
        columns[result_column(f.closure_reason)].add(f.gender)
    results = Results(flow.active_start, flow.closed, columns, flow.active_end)

    trend = [_trend_point(facts, q) for q in p.earlier(TREND_PERIODS)]

    planned = [f for f in facts if p.contains(f.planning_meeting_on)]
    waiting = Waiting(
        days=sorted((f.planning_meeting_on - f.raised_on).days for f in planned
                    if f.planning_meeting_on),
        queue_at_end=count_by_gender(f for f in facts if f.waiting_at_end(p)),
    )
    forms = {form: 0 for form in PlanningForm}
    for f in planned:
        if f.planning_form is not None:
            forms[f.planning_form] += 1

    held = [m for m in inputs.meetings if p.contains(m.held_on)]
    listed = set(inputs.team_party_ids) | {pid for m in held for pid in m.party_ids}
    attendance = [AttendanceRow(r.id, r.name, sum(1 for m in held if r.id in m.party_ids),
                                len(held)) for r in parties if r.id in listed]

    base = [f for f in closed if result_column(f.closure_reason) != "dropout"]  # "malbas"
    targets = _targets(base, results, len(planned), p, inputs.targets)

    return ReportStats(
        period=p,
        flow=flow,
        age_at_end=age,
        new_by_income=breakdown(new, by_income, income_categories()),
        active_end_by_income=breakdown(active_end, by_income, income_categories()),
        new_by_party=breakdown(new, by_party, party_cats),
        active_end_by_party=breakdown(active_end, by_party, party_cats),
        results=results,
        trend=trend,
        waiting=waiting,
        attendance=attendance,
        meetings_held=len(held),
        joint_plannings=count_by_gender(planned),
        planning_forms=forms,
        targets=targets,
        intake=inputs.intake,
    )


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


def report_statistics(session: Session, period: Period) -> ReportStats:
    """The report's figures for ``period``: load, then compute."""
    return compute(load(session, period), period)
