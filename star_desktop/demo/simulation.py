"""Walking one case through the STAR process, before any row or person is attached.

``_simulate`` draws the raise date's consequences meeting by meeting (assessment, queue,
planning, plan, follow-ups, closure) and stops at today, so where today falls decides the
case's state and every date agrees with the calendar. The coverage passes then redraw a few
cases so that even a small team shows every state and closure reason, and ``_income_at_end``
picks an income at closure that the closure reason makes plausible.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from ..models import CaseKind, CaseState, ClosureReason, IncomeSource
from .dates import _Calendar, _weekday_back, _weekday_forward
from .odds import _REASON_WEIGHTS, _weighted

_IS = IncomeSource
_CR = ClosureReason


class _Sim:
    """One case's path through the process, before ids and people are attached."""

    __slots__ = (
        "kind", "raised_on", "state", "assessed_on", "returned", "queue_started_on",
        "planning_meeting_on", "plan_made_on", "first_follow_up", "consulted_on", "closed_on",
        "closure_reason", "forced", "order",
    )

    def __init__(self, kind: CaseKind, raised_on: dt.date, order: int) -> None:
        self.kind = kind
        self.raised_on = raised_on
        self.state = CaseState.RAISED
        self.assessed_on: dt.date | None = None
        self.returned = False
        self.queue_started_on: dt.date | None = None
        self.planning_meeting_on: dt.date | None = None
        self.plan_made_on: dt.date | None = None
        self.first_follow_up: dt.date | None = None
        self.consulted_on: dt.date | None = None
        self.closed_on: dt.date | None = None
        self.closure_reason: ClosureReason | None = None
        self.forced = False
        self.order = order

    @property
    def ended_on(self) -> dt.date | None:
        """When the case ended, for a participant raised again later."""
        if self.state == CaseState.CLOSED:
            return self.closed_on
        if self.state == CaseState.RETURNED:
            return self.assessed_on
        if self.state == CaseState.CONSULTED:
            return self.consulted_on
        return None


def _raise_day(rng: random.Random, first: dt.date, today: dt.date) -> dt.date:
    day = first + dt.timedelta(days=rng.randint(0, (today - first).days))
    day = _weekday_back(day)
    return day if day >= first else _weekday_forward(first)


def _simulate(rng: random.Random, cal: _Calendar, kind: CaseKind, raised_on: dt.date,
              order: int) -> _Sim:
    """Walk a case through the process until today; where today falls decides its state."""
    today = cal.today
    s = _Sim(kind, raised_on, order)
    if kind != CaseKind.JOINT_PLANNING:
        met = cal.next_held(raised_on + dt.timedelta(days=3))
        if met is not None:
            s.state, s.consulted_on = CaseState.CONSULTED, met
        return s
    assessed = cal.next_held(raised_on + dt.timedelta(days=5))
    if assessed is not None and rng.random() < 0.15:  # postponed one meeting
        assessed = cal.next_held_after(assessed)
    if assessed is None:
        return s
    s.assessed_on = assessed
    if rng.random() < 0.08:
        s.state, s.returned = CaseState.RETURNED, True
        return s
    queued = rng.random() < 0.4
    if queued:
        s.queue_started_on = assessed
        delay = int(rng.triangular(21, 180, 45))
    else:
        delay = rng.randint(10, 45)
    planning = assessed + dt.timedelta(days=delay)
    if planning.month == 7:  # summer holidays push planning meetings into August
        planning += dt.timedelta(days=rng.randint(14, 35))
    planning = _weekday_forward(planning)
    if planning > today:
        s.state = CaseState.WAITING if queued else CaseState.ACCEPTED
        return s
    s.planning_meeting_on = planning
    if rng.random() < 0.96:
        plan = _weekday_forward(planning + dt.timedelta(days=rng.randint(0, 14)))
        s.plan_made_on = plan if plan <= today else None
    s.first_follow_up = cal.next_held_after(s.plan_made_on or planning)
    if s.first_follow_up is None:
        s.state = CaseState.PLANNED
        return s
    reason = _weighted(rng, _REASON_WEIGHTS)
    if reason == _CR.EARLY_DROPOUT:
        length = rng.randint(20, 150)
    else:
        length = int(rng.triangular(90, 600, 240))
    closed = cal.next_held(max(planning + dt.timedelta(days=length), s.first_follow_up))
    if closed is None:
        s.state = CaseState.ONGOING
    else:
        s.state, s.closed_on, s.closure_reason = CaseState.CLOSED, closed, reason
    return s


#: Every (kind, state) a team of some size should show.
_REQUIRED: tuple[tuple[CaseKind, CaseState], ...] = (
    *((CaseKind.JOINT_PLANNING, st) for st in (
        CaseState.RAISED, CaseState.RETURNED, CaseState.ACCEPTED, CaseState.WAITING,
        CaseState.PLANNED, CaseState.ONGOING, CaseState.CLOSED)),
    (CaseKind.CONSULTATION, CaseState.CONSULTED),
    (CaseKind.CONSULTATION, CaseState.RAISED),
    (CaseKind.GENERAL_CONSULTATION, CaseState.CONSULTED),
)


def _ensure_coverage(rng: random.Random, cal: _Calendar, sims: list[_Sim],
                     first: dt.date) -> None:
    """Redraw a few cases of the commonest kind and state so every required one appears.

    A redraw is a fresh, consistent path (new raise date and durations), kept only when it
    lands in the missing state; a small team may still lack a rare state.
    """
    for kind, state in _REQUIRED:
        groups = Counter((s.kind, s.state) for s in sims)
        if groups[(kind, state)]:
            continue
        (victim_key, count), = groups.most_common(1)
        if count < 2:
            return
        pool = [s for s in sims if (s.kind, s.state) == victim_key and not s.forced]
        if not pool:
            continue
        victim = rng.choice(pool)
        for _ in range(5000):
            trial = _simulate(rng, cal, kind, _raise_day(rng, first, cal.today), victim.order)
            if trial.state == state:
                trial.forced = True
                sims[sims.index(victim)] = trial
                break


def _ensure_reasons(rng: random.Random, sims: list[_Sim]) -> None:
    closed = [s for s in sims if s.state == CaseState.CLOSED]
    if len(closed) < 2 * len(ClosureReason):
        return
    for reason in ClosureReason:
        counts = Counter(s.closure_reason for s in closed)
        if counts[reason]:
            continue
        common = counts.most_common(1)[0][0]
        victim = rng.choice([s for s in closed if s.closure_reason == common])
        victim.closure_reason = reason


def _income_at_end(rng: random.Random, reason: ClosureReason, start: IncomeSource,
                   age: int | None) -> IncomeSource:
    """The income source at closure that the closure reason makes plausible."""
    r = rng.random()
    if reason == _CR.WORK:
        return _IS.SALARY if r < 0.85 else (_IS.UNEMPLOYMENT_BENEFIT if r < 0.93
                                            else _IS.NO_PUBLIC_SUPPORT)
    if reason == _CR.STUDIES:
        return _IS.STUDENT_FINANCE if r < 0.85 else _IS.SOCIAL_ASSISTANCE
    if reason == _CR.SICKNESS_COMPENSATION:
        if age is not None and age < 30:
            return _IS.ACTIVITY_COMPENSATION
        return _IS.SICKNESS_COMPENSATION if r < 0.85 else _IS.SICKNESS_BENEFIT
    if reason == _CR.COORDINATED_REHABILITATION:
        return _weighted(rng, ((_IS.SICKNESS_BENEFIT, 5), (_IS.UNEMPLOYMENT_BENEFIT, 4),
                               (_IS.ACTIVITY_COMPENSATION, 1)))
    if reason == _CR.NOT_WORK_ORIENTED:
        return start if r < 0.7 else _IS.SICKNESS_BENEFIT
    if r < 0.75:
        return start
    return _weighted(rng, ((_IS.SOCIAL_ASSISTANCE, 3), (_IS.UNKNOWN, 2), (_IS.OTHER, 1)))
