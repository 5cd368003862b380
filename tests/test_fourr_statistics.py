"""The 4R figures: gender splits add up, they agree with the report, and a small team by hand."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from star_desktop.fourr.statistics import (
    AGE_GROUPS,
    FourRInputs,
    MemberFact,
    age_group,
    compute,
    fourr_statistics,
)
from star_desktop.fourr.tables import CountTable, MeanTable, all_data_rows, fourr_tables, present
from star_desktop.models import Body, Gender, InterventionGroup, PartyKind
from star_desktop.reports.periods import parse_period
from star_desktop.reports.statistics import GenderCount, report_statistics

from .report_strategies import inputs, periods

GROUPS = list(InterventionGroup)


@st.composite
def fourr_inputs(draw: st.DrawFn) -> FourRInputs:
    report = draw(inputs())
    ids = [f.case_id for f in report.facts] or [1]
    interventions = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(GROUPS)),
                                  max_size=30))
    follow_ups = draw(st.lists(st.sampled_from(ids), max_size=20))
    items = draw(st.lists(st.tuples(st.sampled_from(ids), st.integers(0, 60)), max_size=20))
    members = draw(st.lists(st.builds(
        MemberFact, st.sampled_from(list(Body)), st.sampled_from(list(Gender)),
        st.sampled_from(list(PartyKind)),
        st.dates(dt.date(2022, 1, 1), dt.date(2026, 12, 31)),
        st.none() | st.dates(dt.date(2022, 1, 1), dt.date(2027, 12, 31))), max_size=15))
    return FourRInputs(report, interventions, follow_ups, items, members)


def _total(counts: list[GenderCount]) -> GenderCount:
    t = GenderCount()
    for g in counts:
        t = t + g
    return t


@settings(max_examples=120, deadline=None)
@given(fourr_inputs(), periods())
def test_gender_splits_add_up_and_agree_with_the_report(inp: FourRInputs, p) -> None:  # noqa: ANN001
    s = compute(inp, p)
    r = s.report
    assert s.new_by_age.total == r.flow.new
    assert s.active_end_by_age.total == r.flow.active_end
    assert s.closed_by_age.total == s.closed_by_income.total == s.closed_by_party.total \
        == s.outcomes.total == r.flow.closed
    assert s.time_in_star.n == r.flow.closed
    assert s.waiting.n.total == r.waiting.n and s.waiting.total.total == r.waiting.days_sum
    assert s.planning_by_form.total == s.waiting.n
    assert s.interventions_per_participant.n == r.flow.worked_with == s.follow_ups.n
    assert s.interventions_by_group.total == s.interventions_per_participant.total
    for g in (s.with_intervention, s.meeting_time.n):
        assert g.woman + g.man + g.other == g.total
    assert all(s.with_intervention.of(x) <= r.flow.worked_with.of(x) for x in Gender)
    assert s.meeting_items.total >= s.meeting_time.n.total
    for body, b in ((Body.TEAM, s.team_members), (Body.STEERING_GROUP, s.steering_members)):
        assert b.total.total == sum(1 for m in inp.members if m.body == body and m.active_in(p))
    tables = fourr_tables(s, {})
    for t in tables:
        shown = present(t)
        for row in shown.rows:
            if isinstance(t, CountTable):
                assert row[1] + row[2] + row[3] == row[4]
                for share in row[5:]:
                    assert share is None or 0 <= share <= 1
        if isinstance(t, CountTable):
            assert shown.rows[-1][4] == sum(r[4] for r in shown.rows[:-1])
    keys = [(d.measure, d.dimension, d.category, d.gender) for d in all_data_rows(tables)]
    assert len(keys) == len(set(keys))


def test_age_groups_cover_every_age_once() -> None:
    for age in range(0, 120):
        assert sum(1 for _c, _l, lo, hi in AGE_GROUPS if lo <= age <= hi) == 1
    assert age_group(None) == "unknown" and age_group(29) == "25-29" and age_group(30) == "30-39"


def test_the_demo_team_in_4r_agrees_with_its_report(demo_team) -> None:  # noqa: ANN001
    tf = demo_team(cases=150, seed=7, today=dt.date(2026, 12, 1))
    p = parse_period("2026-T2")
    with tf.session() as s:
        f = fourr_statistics(s, p)
        r = report_statistics(s, p)
    assert f.report.flow == r.flow
    assert f.team_members.total.total > 0 and f.steering_members.total.total > 0
    assert f.interventions_by_group.total.total > 0 and f.follow_ups.total.total > 0
    assert f.meeting_time.n.total > 0 and f.meeting_time.mean() is not None
    assert f.outcomes.total == r.flow.closed
    means = [t for t in fourr_tables(f, {}) if isinstance(t, MeanTable)]
    assert {t.key for t in means} == {"r2_waiting", "r2_time", "r2_interventions_per",
                                      "r2_follow_ups", "r2_meeting_time"}
