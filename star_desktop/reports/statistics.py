"""Every figure of the tertial and annual report, computed from the case data for a period.

Two steps, so the arithmetic can be proven on its own: ``load`` (facts.py) reads the few facts
each case contributes with SQLAlchemy Core (no ORM objects; a year of the 20,000-case demo team
loads in a fraction of a second), and ``compute`` turns those facts into the report's tables in
plain Python. The meaning of every measure is written once, in ``definitions.py``; the comment
at each computation names the definition it follows.

No Qt here.
"""

from __future__ import annotations

import statistics as pystats
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..models import ClosureReason, Gender, IncomeSource, PlanningForm, TargetKind
from .definitions import DAYS_PER_MONTH, TREND_PERIODS, YOUNG_MAX_AGE
from .facts import (  # noqa: F401 - the facts are reachable as statistics.X too
    AttendanceFact,
    CaseFact,
    GenderCount,
    Inputs,
    Intake,
    PartyRef,
    count_by_gender,
    load,
    share,
)
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


def report_statistics(session: Session, period: Period) -> ReportStats:
    """The report's figures for ``period``: load, then compute."""
    return compute(load(session, period), period)
