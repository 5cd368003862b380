"""4R exports in the county view: R1 and R2 summed team by team, means from the summed sums."""

from __future__ import annotations

import datetime as dt

import pytest

from star_desktop.federation.county import summarise
from star_desktop.fourr.exporting import export_fourr
from star_desktop.fourr.statistics import fourr_statistics
from star_desktop.models import Gender
from star_desktop.reports.periods import parse_period
from star_desktop.team import service as team_service

TODAY = dt.date(2026, 12, 1)
PERIOD = parse_period("2026-T2")


@pytest.fixture
def teams(demo_team, tmp_path):  # noqa: ANN001, ANN201
    out = []
    for i, (name, seed) in enumerate((("Bräcke STAR", 3), ("Ragunda STAR", 4), ("Krokom STAR", 8))):
        tf = demo_team(cases=70, seed=seed, today=TODAY)
        with tf.session() as s, s.begin():
            team_service.update_team(s, team_service.TeamForm(name=name, municipality=name[:-5],
                                                              federation="Jämtlands län"))
            path = tmp_path / f"4r-{i}.xlsx"
            export_fourr(s, PERIOD, "xlsx", path, protect=False, recipient="team", today=TODAY)
        with tf.session() as s:
            out.append((path, fourr_statistics(s, PERIOD)))
    return out


def test_county_4r_equals_the_teams_added(teams) -> None:  # noqa: ANN001
    summary = summarise([p for p, _s in teams])
    stats = [s for _p, s in teams]
    age = summary.table("r1_age_new")
    county = age.header.index("Länet")
    for code_row in age.rows:
        if code_row[0] == "Totalt":
            assert code_row[county] == sum(s.new_by_age.total.total for s in stats)
    young = age.row("16–24 år")
    assert young[county] == sum(s.new_by_age.get("16-24").total for s in stats)
    means = summary.table("r2_means")
    rows = list(means.rows)
    at = next(i for i, r in enumerate(rows) if r[0].startswith("Väntetid"))
    county_row = next(r for r in rows[at + 1:] if r[0] == "Länet")
    days = sum(s.waiting.total.of(Gender.WOMAN) for s in stats)
    n = sum(s.waiting.n.of(Gender.WOMAN) for s in stats)
    assert county_row[1] == pytest.approx(days / n)
    # not the mean of the teams' means (they differ here)
    team_means = [s.waiting.mean(Gender.WOMAN) for s in stats]
    assert len({round(m, 6) for m in team_means}) > 1
    members = summary.table("r1_team")
    assert members.row("Totalt")[members.header.index("Länet")] == sum(
        s.team_members.total.total for s in stats)
    assert not any(t.key == "other" for p in summary.parts for t in p.tables)
