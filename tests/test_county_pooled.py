"""The county view adds the teams' data sheets; that equals the report of their pooled cases.

Every value of the data sheet is a count or a sum, so for any two teams (generated facts,
meetings and intake) the sheet of their cases pooled into one team equals the two teams' sheets
added row by row — the property the federation office relies on. (The joint-planning target for
the period is a team's own target, not a count: the county adds the teams' targets instead.)
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from hypothesis import given, settings

from star_desktop.reports.data_sheet import stats_rows
from star_desktop.reports.statistics import AttendanceFact, Inputs, Intake, compute

from .report_strategies import inputs, periods

NOT_ADDED = {"targets.joint_plannings.target_for_period"}


def _sheet(inp: Inputs, p) -> Counter:  # noqa: ANN001
    out: Counter = Counter()
    for r in stats_rows(compute(inp, p), {}):
        if r.measure not in NOT_ADDED:
            out[(r.measure, r.dimension, r.category, r.gender)] += r.value
    return out


def _pool(a: Inputs, b: Inputs) -> Inputs:
    shift = max((f.case_id for f in a.facts), default=0)
    moved = [dataclasses.replace(f, case_id=f.case_id + shift) for f in b.facts]
    mshift = max((m.meeting_id for m in a.meetings), default=0)
    meetings = [AttendanceFact(m.meeting_id + mshift, m.held_on, m.party_ids) for m in b.meetings]
    intake = Intake(raised=dict(Counter(a.intake.raised) + Counter(b.intake.raised)),
                    accepted=a.intake.accepted + b.intake.accepted,
                    returned=a.intake.returned + b.intake.returned,
                    consulted=dict(Counter(a.intake.consulted) + Counter(b.intake.consulted)))
    return Inputs(facts=[*a.facts, *moved], parties=a.parties, meetings=[*a.meetings, *meetings],
                  team_party_ids=a.team_party_ids | b.team_party_ids, intake=intake,
                  targets=a.targets)


@settings(max_examples=150, deadline=None)
@given(inputs(), inputs(), periods())
def test_the_sheets_added_equal_the_pooled_cases(a: Inputs, b: Inputs, p) -> None:  # noqa: ANN001
    added = _sheet(a, p) + _sheet(b, p)
    pooled = _sheet(_pool(a, b), p)
    drop_zeros = {k: v for k, v in pooled.items() if v}
    assert {k: v for k, v in added.items() if v} == drop_zeros
