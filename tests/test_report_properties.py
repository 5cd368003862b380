"""Properties of the report's figures, proven on generated teams.

``compute`` gets generated CaseFacts that obey the process's date order (raised ≤ accepted ≤
queue ≤ planning meeting ≤ plan ≤ closed, every later step optional) and periods of every kind;
the tables must add up the way definitions.py says they do. One test writes generated cases into a
real encrypted team file and checks that ``report_statistics`` (load with SQL, then compute) gives
the same figures as ``compute`` on the facts the test itself built.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from star_desktop.models import (
    Assessment,
    Case,
    CaseKind,
    CaseState,
    ClosureReason,
    Gender,
    IncomeSource,
    Participant,
    PlanningForm,
    TargetKind,
)
from star_desktop.reports import statistics as stats
from star_desktop.reports.definitions import DAYS_PER_MONTH, TREND_PERIODS, YOUNG_MAX_AGE
from star_desktop.reports.periods import Period, date_range, tertial
from star_desktop.reports.statistics import (
    GENDERS,
    RESULT_COLUMNS,
    CaseFact,
    GenderCount,
    Inputs,
    PartyRef,
    ReportStats,
    compute,
)
from star_desktop.reports.targets import DEFAULT_TARGETS
from star_desktop.storage.teamfile import TeamFile
from star_desktop.team import service as team_service

from .report_strategies import (
    PARTIES,
    PARTY_IDS,
    case_facts,
    inputs,
    periods,
)

PROPERTY = settings(max_examples=150, deadline=None)


# --- helpers -------------------------------------------------------------------------------------


def gender_counts(r: ReportStats) -> dict[str, GenderCount]:
    """Every GenderCount of the report, by a name for messages."""
    out = {f"flow.{f.name}": getattr(r.flow, f.name) for f in fields(r.flow)}
    out["flow.worked_with"] = r.flow.worked_with
    for name in ("new_by_income", "active_end_by_income", "new_by_party",
                 "active_end_by_party"):
        for row in getattr(r, name).rows:
            out[f"{name}.{row.key}"] = row.count
        out[f"{name}.total"] = getattr(r, name).total
    for key, count in r.results.columns.items():
        out[f"results.{key}"] = count
    out["results.goal_base"] = r.results.goal_base
    out["results.goal_reached"] = r.results.goal_reached
    out["waiting.queue_at_end"] = r.waiting.queue_at_end
    out["joint_plannings"] = r.joint_plannings
    return out


def only(inp: Inputs, gender: Gender) -> Inputs:
    return Inputs([f for f in inp.facts if f.gender == gender], inp.parties, inp.meetings,
                  inp.team_party_ids, inp.intake, inp.targets)


def check_share(value: float | None, numerator: float, denominator: float, what: str) -> None:
    if denominator == 0:
        assert value is None, what
    else:
        assert value is not None, what
        assert 0 <= value <= 1, what
        assert abs(value - numerator / denominator) < 1e-12, what


# --- the flow ------------------------------------------------------------------------------------


@PROPERTY
@given(inputs(), periods())
def test_active_at_start_plus_new_minus_closed_is_active_at_end(inp, p):
    f = compute(inp, p).flow
    assert f.active_start + f.new - f.closed == f.active_end  # every gender, so the total too
    assert f.active_start.total + f.new.total - f.closed.total == f.active_end.total
    assert f.worked_with == f.active_start + f.new
    assert f.worked_with.total == f.closed.total + f.active_end.total


@PROPERTY
@given(inputs(), periods())
def test_active_at_the_end_is_active_at_the_start_of_the_next_day(inp, p):
    """The period before ends the day before (tertials, years, ranges; not year-to-date)."""
    before = p.previous()
    if before.end + dt.timedelta(days=1) != p.start:
        before = date_range(p.start - dt.timedelta(days=30), p.start - dt.timedelta(days=1))
    assert compute(inp, before).flow.active_end == compute(inp, p).flow.active_start


@PROPERTY
@given(inputs(), periods())
def test_flow_follows_the_written_definitions(inp, p):
    """Each count, recounted straight from the definitions' words."""
    f = compute(inp, p).flow
    facts = inp.facts
    # "antogs före periodens första dag och inte var avslutade före den dagen"
    active_start = [c for c in facts if c.accepted_on < p.start
                    and not (c.closed_on is not None and c.closed_on < p.start)]
    new = [c for c in facts if p.start <= c.accepted_on <= p.end]
    closed = [c for c in facts if c.closed_on is not None and p.start <= c.closed_on <= p.end]
    # "antogs senast periodens sista dag och inte var avslutade då"
    active_end = [c for c in facts if c.accepted_on <= p.end
                  and not (c.closed_on is not None and c.closed_on <= p.end)]
    for got, want in ((f.active_start, active_start), (f.new, new), (f.closed, closed),
                      (f.active_end, active_end)):
        for g in GENDERS:
            assert got.of(g) == sum(1 for c in want if c.gender == g)


@PROPERTY
@given(inputs(), periods())
def test_every_gender_split_adds_up_and_each_part_is_that_gender_alone(inp, p):
    r = compute(inp, p)
    counts = gender_counts(r)
    for name, count in counts.items():
        assert count.woman >= 0 and count.man >= 0 and count.other >= 0, name
        assert count.woman + count.man + count.other == count.total, name
    # The women's column is the report of the women alone, and so on: no case is counted
    # under another gender, in any table.
    for g in GENDERS:
        alone = gender_counts(compute(only(inp, g), p))
        for name, count in counts.items():
            assert count.of(g) == alone[name].total, (g, name)


@PROPERTY
@given(inputs(), periods())
def test_the_breakdowns_add_up_to_new_and_active_at_end(inp, p):
    r = compute(inp, p)
    assert r.new_by_income.total == r.flow.new
    assert r.new_by_party.total == r.flow.new
    assert r.active_end_by_income.total == r.flow.active_end
    assert r.active_end_by_party.total == r.flow.active_end
    # Every income source and every party has its row, in the parties' order.
    assert [row.key for row in r.new_by_income.rows] == [m.value for m in IncomeSource]
    assert [row.key for row in r.new_by_party.rows] == [str(i) for i in reversed(PARTY_IDS)]
    for row in r.new_by_income.rows:
        assert row.count.total == sum(1 for c in inp.facts if c.new_in(p)
                                      and c.income_at_start.value == row.key)
    for row in r.active_end_by_party.rows:
        assert row.count.total == sum(1 for c in inp.facts if c.active_at_end(p)
                                      and str(c.referring_party_id) == row.key)


def test_a_party_missing_from_the_list_still_adds_up():
    fact = CaseFact(1, Gender.MAN, 1980, 99, IncomeSource.SALARY, dt.date(2025, 5, 2),
                    dt.date(2025, 5, 3))
    r = compute(Inputs([fact], list(PARTIES)), tertial(2025, 2))
    assert r.new_by_party.get("99") == GenderCount(man=1)
    assert r.new_by_party.total == r.flow.new == GenderCount(man=1)


# --- results -------------------------------------------------------------------------------------


@PROPERTY
@given(inputs(), periods())
def test_every_closure_is_in_exactly_one_result_column(inp, p):
    r = compute(inp, p)
    res = r.results
    assert list(res.columns) == [key for key, _l, _r in RESULT_COLUMNS]
    total = GenderCount()
    for count in res.columns.values():
        total = total + count
    assert total == res.closed == r.flow.closed
    assert res.active_start == r.flow.active_start and res.active_end == r.flow.active_end
    assert res.goal_base + res.columns["dropout"] == res.closed
    # Each closure recounted in its own column.
    for key, _label, reasons in RESULT_COLUMNS:
        if key == "other":
            reasons = reasons | {None}
        assert res.columns[key].total == sum(1 for c in inp.facts if c.closed_in(p)
                                             and c.closure_reason in reasons), key
    reached = sum(res.columns[k].total for k in ("work", "studies", "rehabilitation"))
    assert res.goal_reached.total == reached
    check_share(res.goal_share, reached, res.goal_base.total, "goal_share")


def test_every_closure_reason_is_in_exactly_one_column():
    for reason in ClosureReason:
        assert sum(1 for _k, _l, reasons in RESULT_COLUMNS if reason in reasons) == 1, reason
    assert stats.result_column(None) == "other"


@PROPERTY
@given(inputs(), periods())
def test_every_share_is_a_fraction_or_none_when_there_is_nothing_to_divide(inp, p):
    r = compute(inp, p)
    for name, count in gender_counts(r).items():
        for g in GENDERS:
            check_share(count.share(g), count.of(g), count.total, f"{name}.{g}")
    check_share(r.results.goal_share, r.results.goal_reached.total, r.results.goal_base.total,
                "goal_share")
    check_share(r.age_at_end.young_share, r.age_at_end.young, r.age_at_end.n, "young")
    for point in r.trend:
        check_share(point.goal_share, point.goal_reached, point.closed - point.dropouts,
                    point.period.key)
    for row in r.attendance:
        check_share(row.share, row.meetings_attended, row.meetings_held, row.label)
    for t in r.targets:
        if t.unit == "share":
            check_share(t.outcome, t.numerator, t.denominator, t.kind.value)
            assert t.denominator == r.results.goal_base.total
            assert (t.met is None) == (t.denominator == 0)
        elif t.unit == "change":
            assert (t.outcome is None) == (t.denominator == 0)
            assert (t.met is None) == (t.denominator == 0)
            if t.outcome is not None:
                assert t.outcome >= -1
                assert t.outcome == (t.numerator - t.denominator) / t.denominator


# --- age -----------------------------------------------------------------------------------------


@PROPERTY
@given(inputs(), periods())
def test_age_is_of_those_active_at_the_end_with_a_birth_year(inp, p):
    a = compute(inp, p).age_at_end
    ages = [p.end.year - c.birth_year for c in inp.facts
            if c.active_at_end(p) and c.birth_year is not None]
    assert a.n == len(ages) and a.age_sum == sum(ages)
    assert a.young == sum(1 for x in ages if x <= YOUNG_MAX_AGE)
    if ages:
        assert min(ages) <= a.mean <= max(ages)
    else:
        assert a.mean is None and a.young_share is None


# --- the trend -----------------------------------------------------------------------------------


@PROPERTY
@given(inputs(), periods())
def test_the_trend_ends_with_this_period_and_agrees_with_the_results(inp, p):
    r = compute(inp, p)
    assert len(r.trend) == TREND_PERIODS + 1
    assert r.trend[-1].period == p and r.this_period is r.trend[-1]
    assert [q.period for q in r.trend] == p.earlier(TREND_PERIODS)
    point, res = r.this_period, r.results
    assert point.closed == res.closed.total
    assert point.dropouts == res.columns["dropout"].total
    assert point.n == res.goal_base.total
    assert point.goal_reached == res.goal_reached.total
    assert point.goal_share == res.goal_share
    # Every earlier point is what the report of that period says.
    for q in r.trend[:-1]:
        earlier = compute(inp, q.period)
        assert q.closed == earlier.flow.closed.total
        assert q.n == earlier.results.goal_base.total
        assert q.goal_reached == earlier.results.goal_reached.total


@PROPERTY
@given(inputs(), periods())
def test_throughput_is_the_mean_time_raised_to_closed_without_dropouts(inp, p):
    point = compute(inp, p).this_period
    kept = [c for c in inp.facts if c.closed_in(p)
            and c.closure_reason != ClosureReason.EARLY_DROPOUT]
    days = [(c.closed_on - c.raised_on).days for c in kept]
    assert point.n == len(kept) and point.days_sum == sum(days)
    if days:
        months = [d / DAYS_PER_MONTH for d in days]
        assert min(months) - 1e-9 <= point.mean_months <= max(months) + 1e-9
    else:
        assert point.mean_months is None


# --- waiting, planning ---------------------------------------------------------------------------


@PROPERTY
@given(inputs(), periods())
def test_waiting_time_and_queue(inp, p):
    r = compute(inp, p)
    w = r.waiting
    planned = [c for c in inp.facts if p.contains(c.planning_meeting_on)]
    assert sorted(w.days) == sorted((c.planning_meeting_on - c.raised_on).days for c in planned)
    assert w.n == r.joint_plannings.total == sum(r.planning_forms.values())
    if w.days:
        assert min(w.days) <= w.median_days <= max(w.days)
        assert min(w.days) <= w.mean_days <= max(w.days)
        assert all(d >= 0 for d in w.days)
    else:
        assert w.median_days is None and w.mean_days is None
    # The queue is part of those active at the end, gender by gender.
    for g in GENDERS:
        assert 0 <= w.queue_at_end.of(g) <= r.flow.active_end.of(g)
    assert w.queue_at_end.total == sum(
        1 for c in inp.facts if c.active_at_end(p)
        and (c.planning_meeting_on is None or c.planning_meeting_on > p.end))
    for form in PlanningForm:
        assert r.planning_forms[form] == sum(1 for c in planned if c.planning_form == form)


# --- attendance and targets ----------------------------------------------------------------------


@PROPERTY
@given(inputs(), periods())
def test_attendance_counts_held_meetings_in_the_period(inp, p):
    r = compute(inp, p)
    held = [m for m in inp.meetings if p.contains(m.held_on)]
    assert r.meetings_held == len(held)
    listed = inp.team_party_ids | {pid for m in held for pid in m.party_ids}
    assert [row.party_id for row in r.attendance] == [
        ref.id for ref in sorted(PARTIES, key=lambda x: (x.sort_order, x.id)) if ref.id in listed]
    for row in r.attendance:
        assert row.meetings_held == len(held)
        assert row.meetings_attended == sum(1 for m in held if row.party_id in m.party_ids)


@PROPERTY
@given(inputs(), periods())
def test_targets_are_judged_on_the_goal_base(inp, p):
    r = compute(inp, p)
    by_kind = {t.kind: t for t in r.targets}
    assert set(by_kind) == set(TargetKind)
    base = [c for c in inp.facts if c.closed_in(p)
            and c.closure_reason != ClosureReason.EARLY_DROPOUT]
    count = by_kind[TargetKind.JOINT_PLANNINGS]
    assert count.target == DEFAULT_TARGETS[TargetKind.JOINT_PLANNINGS] * p.year_fraction()
    assert count.numerator == r.joint_plannings.total and count.outcome == count.numerator
    assert count.met == (count.numerator >= count.target - 1e-9)
    plan = by_kind[TargetKind.SHARE_WITH_PLAN]
    assert plan.numerator == sum(1 for c in base if c.plan_made_on is not None)
    work = by_kind[TargetKind.SHARE_TO_WORK_OR_STUDIES]
    assert work.numerator == sum(1 for c in base if c.closure_reason in
                                 (ClosureReason.WORK, ClosureReason.STUDIES))
    activity = by_kind[TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY]
    assert activity.numerator == sum(1 for c in base if c.self_support_activity)
    sa = by_kind[TargetKind.SOCIAL_ASSISTANCE_CHANGE]
    assert sa.denominator == sum(1 for c in base
                                 if c.income_at_start == IncomeSource.SOCIAL_ASSISTANCE)
    assert sa.numerator == sum(1 for c in base
                               if c.income_at_end == IncomeSource.SOCIAL_ASSISTANCE)
    for t in (plan, work, activity):
        if t.outcome is not None:
            assert t.met == (t.outcome >= t.target - 1e-9)
    if sa.outcome is not None:
        assert sa.met == (sa.outcome <= sa.target)


@PROPERTY
@given(inputs(), periods())
def test_compute_does_not_change_its_inputs_and_gives_the_same_answer_twice(inp, p):
    before = (list(inp.facts), list(inp.meetings), dict(inp.targets))
    a, b = compute(inp, p), compute(inp, p)
    assert (list(inp.facts), list(inp.meetings), dict(inp.targets)) == before
    assert a == b


# --- the same figures from a real team file ------------------------------------------------------


@st.composite
def stored_cases(draw: st.DrawFn, party_ids: tuple[int, ...]) -> dict:
    """One case as stored: any kind, accepted or returned or not yet assessed."""
    kind = draw(st.sampled_from([CaseKind.JOINT_PLANNING] * 4
                                + [CaseKind.CONSULTATION, CaseKind.GENERAL_CONSULTATION]))
    fact = draw(case_facts(0, party_ids))
    spec: dict = {"kind": kind, "fact": fact, "assessment": None, "consulted_on": None}
    if kind == CaseKind.JOINT_PLANNING:
        spec["assessment"] = draw(st.sampled_from([Assessment.ACCEPTED, Assessment.ACCEPTED,
                                                   Assessment.RETURNED, None]))
    elif draw(st.booleans()):
        spec["consulted_on"] = fact.accepted_on  # any day on or after it was raised
    return spec


def write_case(s, number: int, spec: dict) -> CaseFact | None:
    """Insert the case (and its participant); the fact load should find, or None."""
    f: CaseFact = spec["fact"]
    kind, assessment = spec["kind"], spec["assessment"]
    participant = None
    if kind != CaseKind.GENERAL_CONSULTATION:
        participant = Participant(gender=f.gender, birth_year=f.birth_year or 1980,
                                  municipality="Bräcke")
        s.add(participant)
        s.flush()
    case = Case(case_number=f"P-{number:04d}", kind=kind, referring_party_id=f.referring_party_id,
                raised_on=f.raised_on, income_at_start=f.income_at_start,
                participant_id=participant.id if participant else None,
                state=CaseState.RAISED, consent_form_received=True,
                consent_signed_on=f.raised_on)
    if assessment == Assessment.RETURNED:
        case.assessed_on, case.assessment, case.state = f.accepted_on, assessment, \
            CaseState.RETURNED
        case.return_reason = "Inte aktuellt"
    elif assessment == Assessment.ACCEPTED:
        case.assessed_on, case.assessment = f.accepted_on, assessment
        case.queue_started_on = f.queue_started_on
        case.planning_meeting_on, case.planning_form = f.planning_meeting_on, f.planning_form
        case.plan_made_on, case.self_support_activity = f.plan_made_on, f.self_support_activity
        case.closed_on, case.closure_reason = f.closed_on, f.closure_reason
        case.income_at_end = f.income_at_end
        case.state = CaseState.CLOSED if f.closed_on else CaseState.ACCEPTED
    if spec["consulted_on"] is not None:
        case.consulted_on, case.state = spec["consulted_on"], CaseState.CONSULTED
    s.add(case)
    s.flush()
    if assessment != Assessment.ACCEPTED:
        return None
    return CaseFact(
        case_id=case.id, gender=f.gender, birth_year=f.birth_year or 1980,
        referring_party_id=f.referring_party_id, income_at_start=f.income_at_start,
        raised_on=f.raised_on, accepted_on=f.accepted_on, queue_started_on=f.queue_started_on,
        planning_meeting_on=f.planning_meeting_on, planning_form=f.planning_form,
        plan_made_on=f.plan_made_on, self_support_activity=f.self_support_activity,
        closed_on=f.closed_on, closure_reason=f.closure_reason, income_at_end=f.income_at_end)


def expected_intake(specs: list[dict], p: Period) -> stats.Intake:
    intake = stats.Intake(raised={k: 0 for k in CaseKind},
                          consulted={CaseKind.CONSULTATION: 0, CaseKind.GENERAL_CONSULTATION: 0})
    for spec in specs:
        f = spec["fact"]
        if p.contains(f.raised_on):
            intake.raised[spec["kind"]] += 1
        if spec["assessment"] is not None and p.contains(f.accepted_on):
            if spec["assessment"] == Assessment.ACCEPTED:
                intake.accepted += 1
            else:
                intake.returned += 1
        if p.contains(spec["consulted_on"]):
            intake.consulted[spec["kind"]] += 1
    return intake


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large, HealthCheck.too_slow])
@given(data=st.data())
def test_the_figures_from_a_team_file_are_compute_on_the_stored_facts(team_file: TeamFile,
                                                                       data):
    with team_file.session() as s:
        party_ids = tuple(pt.id for pt in team_service.parties(s))
        parties = [PartyRef(pt.id, pt.name, pt.sort_order) for pt in team_service.parties(s)]
    specs = data.draw(st.lists(stored_cases(party_ids), max_size=25), label="cases")
    p = data.draw(periods(), label="period")
    with team_file.session() as s:
        s.begin()
        try:
            facts = [f for i, spec in enumerate(specs) if (f := write_case(s, i, spec))]
            got = stats.report_statistics(s, p)
            read = sorted(stats.load(s, p).facts, key=lambda f: f.case_id)
        finally:
            s.rollback()  # the next example starts from an empty team again
    # load reads exactly the accepted joint plannings that can count for this period and the
    # ones before it, with every fact as written.
    loaded = [f for f in facts if f.accepted_on <= p.end]
    assert read == loaded
    want = compute(Inputs(loaded, parties, targets=dict(DEFAULT_TARGETS)), p)
    assert got.flow == want.flow
    assert got.flow.active_start + got.flow.new - got.flow.closed == got.flow.active_end
    assert got.results == want.results
    assert got.trend == want.trend
    assert got.waiting == want.waiting
    assert got.age_at_end == want.age_at_end
    assert got.planning_forms == want.planning_forms
    for name in ("new_by_income", "active_end_by_income", "new_by_party",
                 "active_end_by_party"):
        assert getattr(got, name) == getattr(want, name), name
    assert got.targets == want.targets
    assert got.meetings_held == 0 and got.attendance == []
    assert got.intake == expected_intake(specs, p)
