"""The gender-split figures of the 4R analysis: R1 Representation and R2 Resources.

Built on the report's facts (reports.statistics): the same participants, the same period rules,
so a 4R figure and the report's figure for the same thing are always equal. ``load`` adds what
only 4R needs (interventions, follow-ups, the meeting time of each case, the team's and the
steering group's members); ``compute`` is pure. The definitions are in definitions.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    AgendaItem,
    Body,
    FollowUp,
    Gender,
    Intervention,
    InterventionGroup,
    Meeting,
    MeetingState,
    Member,
    Party,
    PartyKind,
    PlanningForm,
)
from ..reports import statistics as rs
from ..reports.periods import Period
from ..reports.statistics import GenderCount, ReportStats

#: Age groups of R1 (code, label, lowest, highest age); age as the report counts it.
AGE_GROUPS: tuple[tuple[str, str, int, int], ...] = (
    ("16-24", "16–24 år", 0, 24),
    ("25-29", "25–29 år", 25, 29),
    ("30-39", "30–39 år", 30, 39),
    ("40-49", "40–49 år", 40, 49),
    ("50-64", "50–64 år", 50, 64),
    ("65-", "65 år eller äldre", 65, 200),
)
UNKNOWN_AGE = ("unknown", "Okänd ålder")


def age_group(age: int | None) -> str:
    if age is None:
        return UNKNOWN_AGE[0]
    for code, _label, low, high in AGE_GROUPS:
        if low <= age <= high:
            return code
    return UNKNOWN_AGE[0]


def age_categories() -> list[tuple[str, str]]:
    return [(c, label) for c, label, _a, _b in AGE_GROUPS] + [UNKNOWN_AGE]


@dataclass(frozen=True)
class MemberFact:
    body: Body
    gender: Gender
    party_kind: PartyKind
    active_from: dt.date
    active_to: dt.date | None

    def active_in(self, p: Period) -> bool:
        return self.active_from <= p.end and (self.active_to is None or self.active_to >= p.start)


@dataclass
class FourRInputs:
    report: rs.Inputs
    #: (case id, group) of every intervention started in the period.
    interventions: list[tuple[int, InterventionGroup]] = field(default_factory=list)
    #: Case id of every follow-up made in the period.
    follow_ups: list[int] = field(default_factory=list)
    #: (case id, planned minutes) of every case item of the meetings held in the period.
    meeting_items: list[tuple[int, int]] = field(default_factory=list)
    members: list[MemberFact] = field(default_factory=list)


@dataclass
class GenderMean:
    """A mean split by gender, kept as its count and its sum (means are never added)."""

    n: GenderCount
    total: GenderCount

    def mean(self, gender: Gender | None = None) -> float | None:
        if gender is None:
            return rs.share(self.total.total, self.n.total)
        return rs.share(self.total.of(gender), self.n.of(gender))


@dataclass
class FourRStats:
    period: Period
    report: ReportStats
    # R1 Representation
    new_by_age: rs.Breakdown
    active_end_by_age: rs.Breakdown
    closed_by_age: rs.Breakdown
    closed_by_income: rs.Breakdown
    closed_by_party: rs.Breakdown
    team_members: rs.Breakdown
    steering_members: rs.Breakdown
    # R2 Resources
    waiting: GenderMean  # planning meetings, days from raised
    time_in_star: GenderMean  # closures, days from accepted to closed
    interventions_by_group: rs.Breakdown
    interventions_per_participant: GenderMean  # worked with, interventions started
    with_intervention: GenderCount
    planning_by_form: rs.Breakdown
    follow_ups: GenderMean  # worked with, follow-ups made
    meeting_time: GenderMean  # cases discussed, planned minutes of their items
    meeting_items: GenderCount
    outcomes: rs.Breakdown


def _by(facts: Iterable[rs.CaseFact], key: Callable[[rs.CaseFact], str],
        categories: Sequence[tuple[str, str]]) -> rs.Breakdown:
    return rs.breakdown(list(facts), key, categories)


def _party_kind_categories() -> list[tuple[str, str]]:
    return [(k.value, k.label) for k in PartyKind]


def compute(inputs: FourRInputs, period: Period) -> FourRStats:
    """R1 and R2 for ``period``; pure, like reports.statistics.compute."""
    p = period
    report = rs.compute(inputs.report, p)
    facts = inputs.report.facts
    new = [f for f in facts if f.new_in(p)]
    active_end = [f for f in facts if f.active_at_end(p)]
    closed = [f for f in facts if f.closed_in(p)]
    worked = [f for f in facts if f.active_at_start(p) or f.new_in(p)]
    # Interventions, follow-ups and meeting time count for the participants worked with in the
    # period (the process allows them only while a case is active; this keeps it so).
    by_case = {f.case_id: f for f in worked}

    def by_age(f: rs.CaseFact) -> str:
        return age_group(f.age_at(p))

    party_cats = [(str(r.id), r.name) for r in
                  sorted(inputs.report.parties, key=lambda r: (r.sort_order, r.id))]

    def members(body: Body) -> rs.Breakdown:
        rows = {k: rs.BreakdownRow(k, label, GenderCount()) for k, label in
                _party_kind_categories()}
        for m in inputs.members:
            if m.body == body and m.active_in(p):
                rows[m.party_kind.value].count.add(m.gender)
        return rs.Breakdown(list(rows.values()))

    planned = [f for f in facts if p.contains(f.planning_meeting_on)]
    waiting = GenderMean(rs.count_by_gender(planned), GenderCount())
    for f in planned:
        if f.planning_meeting_on:
            waiting.total.add(f.gender, (f.planning_meeting_on - f.raised_on).days)
    star = GenderMean(rs.count_by_gender(closed), GenderCount())
    for f in closed:
        if f.closed_on:
            star.total.add(f.gender, (f.closed_on - f.accepted_on).days)

    groups = {g.value: rs.BreakdownRow(g.value, g.label, GenderCount())
              for g in InterventionGroup}
    per_participant = GenderMean(rs.count_by_gender(worked), GenderCount())
    with_intervention: set[int] = set()
    for case_id, group in inputs.interventions:
        f = by_case.get(case_id)
        if f is None:
            continue
        groups[group.value].count.add(f.gender)
        per_participant.total.add(f.gender)
        with_intervention.add(case_id)

    forms = {fm.value: rs.BreakdownRow(fm.value, fm.label, GenderCount()) for fm in PlanningForm}
    for f in planned:
        if f.planning_form is not None:
            forms[f.planning_form.value].count.add(f.gender)

    follow = GenderMean(rs.count_by_gender(worked), GenderCount())
    for case_id in inputs.follow_ups:
        if (f := by_case.get(case_id)) is not None:
            follow.total.add(f.gender)

    discussed: set[int] = set()
    minutes, items = GenderCount(), GenderCount()
    for case_id, planned_minutes in inputs.meeting_items:
        if (f := by_case.get(case_id)) is None:
            continue
        discussed.add(case_id)
        minutes.add(f.gender, planned_minutes)
        items.add(f.gender)
    meeting_time = GenderMean(rs.count_by_gender(by_case[c] for c in discussed), minutes)

    outcomes = rs.Breakdown([rs.BreakdownRow(k, label, report.results.columns[k])
                             for k, label, _r in rs.RESULT_COLUMNS])

    return FourRStats(
        period=p,
        report=report,
        new_by_age=_by(new, by_age, age_categories()),
        active_end_by_age=_by(active_end, by_age, age_categories()),
        closed_by_age=_by(closed, by_age, age_categories()),
        closed_by_income=_by(closed, lambda f: f.income_at_start.value, rs.income_categories()),
        closed_by_party=_by(closed, lambda f: str(f.referring_party_id), party_cats),
        team_members=members(Body.TEAM),
        steering_members=members(Body.STEERING_GROUP),
        waiting=waiting,
        time_in_star=star,
        interventions_by_group=rs.Breakdown(list(groups.values())),
        interventions_per_participant=per_participant,
        with_intervention=rs.count_by_gender(by_case[c] for c in with_intervention),
        planning_by_form=rs.Breakdown(list(forms.values())),
        follow_ups=follow,
        meeting_time=meeting_time,
        meeting_items=items,
        outcomes=outcomes,
    )


def load(session: Session, period: Period) -> FourRInputs:
    """The report's facts plus what 4R counts besides, read with Core."""
    p = period
    report = rs.load(session, p)
    i = Intervention.__table__.c
    interventions = [(r[0], r[1]) for r in session.execute(
        select(i.case_id, i.group).where(i.started_on >= p.start, i.started_on <= p.end))]
    f = FollowUp.__table__.c
    follow_ups = list(session.scalars(
        select(f.case_id).where(f.done_on >= p.start, f.done_on <= p.end)))
    a, m = AgendaItem.__table__.c, Meeting.__table__.c
    items = [(r[0], r[1]) for r in session.execute(
        select(a.case_id, a.planned_minutes)
        .select_from(AgendaItem.__table__.join(Meeting.__table__, a.meeting_id == m.id))
        .where(a.case_id.is_not(None), m.held_on >= p.start, m.held_on <= p.end,
               m.state.in_((MeetingState.HELD, MeetingState.MINUTES_APPROVED))))]
    mem, party = Member.__table__.c, Party.__table__.c
    members = [MemberFact(r[0], r[1], r[2], r[3], r[4]) for r in session.execute(
        select(mem.body, mem.gender, party.kind, mem.active_from, mem.active_to)
        .select_from(Member.__table__.join(Party.__table__, mem.party_id == party.id)))]
    return FourRInputs(report=report, interventions=interventions, follow_ups=follow_ups,
                       meeting_items=items, members=members)


def fourr_statistics(session: Session, period: Period) -> FourRStats:
    return compute(load(session, period), period)


__all__ = ["AGE_GROUPS", "FourRInputs", "FourRStats", "GenderMean", "MemberFact",
           "age_group", "compute", "fourr_statistics", "load"]
