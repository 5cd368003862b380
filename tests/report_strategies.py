"""Hypothesis strategies of generated teams for the report's and 4R's property tests.

CaseFacts obey the process's date order (raised ≤ accepted ≤ queue ≤ planning meeting ≤ plan ≤
closed, every later step optional), with steps often on a month's last or first day, where the
periods begin and end; meetings, parties and periods of every kind.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from star_desktop.models import ClosureReason, Gender, IncomeSource, PlanningForm
from star_desktop.reports.periods import Period, date_range, tertial, year, year_to_date
from star_desktop.reports.statistics import AttendanceFact, CaseFact, Inputs, PartyRef
from star_desktop.reports.targets import DEFAULT_TARGETS

FIRST_DAY = dt.date(2022, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)
PARTY_IDS = (1, 2, 3, 4, 5)
PARTIES = [PartyRef(i, f"Part {i}", sort_order=10 - i) for i in PARTY_IDS]


# --- strategies ----------------------------------------------------------------------------------


GENDER_LIST = list(Gender)
INCOME_LIST = list(IncomeSource)
FORM_LIST = list(PlanningForm)
# A closure without a reason cannot be typed, but compute must still place it (as "other").
REASON_LIST = [*ClosureReason, None]
SPAN_DAYS = (LAST_DAY - FIRST_DAY).days


#: Step codes besides a number of days: the case has not got there, or the step falls on the
#: last day of the month or the first day of the next — where every tertial, year and
#: year-to-date period begins or ends, so the boundaries are hit often.
NOT_YET, MONTH_END, NEXT_MONTH = -1, -2, -3


def later(max_days: int, *, optional: bool = True) -> st.SearchStrategy[int]:
    """Days to a later step (often none, the same day, or a month's boundary)."""
    codes = [0, MONTH_END, NEXT_MONTH] + ([NOT_YET] if optional else [])
    return st.one_of(st.sampled_from(codes), st.integers(min_value=0, max_value=max_days))


def _step(day: dt.date, code: int) -> dt.date:
    if code == MONTH_END:
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if code == NEXT_MONTH:
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=code)


def _fact(case_id: int, t: tuple) -> CaseFact:
    (raised, accepted, queue, planning, plan, closed, gender, born, party, income, form,
     reason, income_end, activity) = t
    raised_on = FIRST_DAY + dt.timedelta(days=raised)
    accepted_on = last = _step(raised_on, accepted)
    queue_on = planning_on = plan_on = closed_on = None
    if queue != NOT_YET:
        queue_on = last = _step(last, queue)
    if planning != NOT_YET:
        planning_on = last = _step(last, planning)
        if plan != NOT_YET:
            plan_on = last = _step(last, plan)
    if closed != NOT_YET:
        closed_on = _step(last, closed)
    return CaseFact(
        case_id=case_id, gender=GENDER_LIST[gender], birth_year=born,
        referring_party_id=party, income_at_start=INCOME_LIST[income],
        raised_on=raised_on, accepted_on=accepted_on, queue_started_on=queue_on,
        planning_meeting_on=planning_on,
        planning_form=FORM_LIST[form] if planning_on else None, plan_made_on=plan_on,
        self_support_activity=activity and plan_on is not None, closed_on=closed_on,
        closure_reason=REASON_LIST[reason] if closed_on else None,
        income_at_end=INCOME_LIST[income_end] if closed_on else None)


def fact_tuples(party_ids: tuple[int, ...] = PARTY_IDS) -> st.SearchStrategy[tuple]:
    """The draws of one case, kept flat (one tuple) so a team of 40 is quick to generate."""
    return st.tuples(
        st.integers(min_value=0, max_value=SPAN_DAYS),  # raised
        later(60, optional=False),  # to the assessment
        later(30), later(150), later(30), later(400),  # queue, planning, plan, closure
        st.integers(min_value=0, max_value=len(GENDER_LIST) - 1),
        st.one_of(st.none(), st.integers(min_value=1955, max_value=2010)),
        st.sampled_from(party_ids),
        st.integers(min_value=0, max_value=len(INCOME_LIST) - 1),
        st.integers(min_value=0, max_value=len(FORM_LIST) - 1),
        st.integers(min_value=0, max_value=len(REASON_LIST) - 1),
        st.integers(min_value=0, max_value=len(INCOME_LIST) - 1),
        st.booleans(),
    )


def case_facts(case_id: int = 1, party_ids: tuple[int, ...] = PARTY_IDS
               ) -> st.SearchStrategy[CaseFact]:
    return fact_tuples(party_ids).map(lambda t: _fact(case_id, t))


def fact_lists(max_size: int = 40) -> st.SearchStrategy[list[CaseFact]]:
    return st.lists(fact_tuples(), max_size=max_size).map(
        lambda ts: [_fact(i + 1, t) for i, t in enumerate(ts)])


@st.composite
def periods(draw: st.DrawFn) -> Period:
    y = draw(st.integers(min_value=2022, max_value=2026))
    kind = draw(st.sampled_from(["tertial", "year", "ytd-tertial", "ytd-today", "range"]))
    if kind == "tertial":
        return tertial(y, draw(st.sampled_from([1, 2, 3])))
    if kind == "year":
        return year(y)
    if kind == "ytd-tertial":
        return year_to_date(y, through_tertial=draw(st.sampled_from([1, 2, 3])))
    if kind == "ytd-today":
        today = draw(st.dates(min_value=dt.date(y, 1, 1), max_value=dt.date(y + 1, 6, 30)))
        return year_to_date(y, today=today)
    # Any range, often of whole months.
    start = _step(FIRST_DAY + dt.timedelta(days=draw(st.integers(0, SPAN_DAYS))),
                  draw(st.sampled_from([0, NEXT_MONTH])))
    end = _step(start + dt.timedelta(days=draw(st.integers(0, 500))),
                draw(st.sampled_from([0, MONTH_END])))
    return date_range(start, end)


def _parties(mask: int) -> frozenset[int]:
    return frozenset(pid for bit, pid in enumerate(PARTY_IDS) if mask >> bit & 1)


def meetings() -> st.SearchStrategy[list[AttendanceFact]]:
    """Meetings held on any day, each with the parties present (a bit mask, to be quick)."""
    one = st.tuples(st.integers(min_value=0, max_value=SPAN_DAYS),
                    st.integers(min_value=0, max_value=2 ** len(PARTY_IDS) - 1))
    return st.lists(one, max_size=12).map(lambda ms: [
        AttendanceFact(i + 1, FIRST_DAY + dt.timedelta(days=d), _parties(mask))
        for i, (d, mask) in enumerate(ms)])


def inputs() -> st.SearchStrategy[Inputs]:
    return st.builds(
        lambda facts, ms, team: Inputs(facts=facts, parties=list(PARTIES), meetings=ms,
                                       team_party_ids=_parties(team),
                                       targets=dict(DEFAULT_TARGETS)),
        fact_lists(), meetings(), st.integers(min_value=0, max_value=2 ** len(PARTY_IDS) - 1))
