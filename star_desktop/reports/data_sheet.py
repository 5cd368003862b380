"""The report's figures as rows of a stable, versioned, machine-readable table (sheet ``data``).

The federation office adds several teams' files together, so the sheet holds counts and sums
only — never a mean or a share, which cannot be added; the office recomputes those from the
summed counts and sums. The layout is documented in docs/report-data-sheet.md; change it only
with a new SCHEMA_VERSION.

Every row stands alone (tidy data): schema, version, team, period and then

    measure    what is counted, e.g. "participants.active_end"
    dimension  what the category splits by ("" for none): income_source, party_kind, result, ...
    category   the value of the dimension ("" for none), stable English codes
    gender     woman, man, other or all (all = the sum of the three)
    value      a count or a sum (a number)

Sum ``value`` over rows with the same measure, dimension, category and gender to add teams.
Within one measure and gender, the categories of one dimension add up to the row with dimension
"" (where there is one).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..models import PartyKind, PlanningForm, TargetKind
from .report import ReportContent
from .statistics import RESULT_COLUMNS, GenderCount, ReportStats

SCHEMA = "star-desktop-rapport"
SCHEMA_VERSION = 1
SHEET = "data"
HEADER = ("schema", "version", "team", "municipality", "period", "period_start", "period_end",
          "measure", "dimension", "category", "gender", "value")
GENDER_CODES = ("woman", "man", "other", "all")


@dataclass(frozen=True)
class DataRow:
    measure: str
    dimension: str
    category: str
    gender: str
    value: float | int | None  # None: masked (a small count in a protected export)


def _split(measure: str, g: GenderCount, dimension: str = "", category: str = ""
           ) -> Iterator[DataRow]:
    yield DataRow(measure, dimension, category, "woman", g.woman)
    yield DataRow(measure, dimension, category, "man", g.man)
    yield DataRow(measure, dimension, category, "other", g.other)
    yield DataRow(measure, dimension, category, "all", g.total)


def _plain(measure: str, value: float | int, dimension: str = "", category: str = ""
           ) -> DataRow:
    return DataRow(measure, dimension, category, "all", value)


def party_code(kind: PartyKind) -> str:
    """Parties are compared across teams by their kind (a team's own parties count as other)."""
    return kind.value


def stats_rows(s: ReportStats, party_kinds: dict[str, PartyKind]) -> Iterator[DataRow]:
    """The statistics' rows; ``party_kinds`` maps a party id (as text) to its kind."""
    f = s.flow
    yield from _split("participants.active_start", f.active_start)
    yield from _split("participants.new", f.new)
    yield from _split("participants.closed", f.closed)
    yield from _split("participants.active_end", f.active_end)
    yield from _split("participants.worked_with", f.worked_with)
    a = s.age_at_end
    yield _plain("age.active_end.with_birth_year", a.n)
    yield _plain("age.active_end.years_sum", a.age_sum)
    yield _plain("age.active_end.young", a.young)

    for measure, b in (("participants.new", s.new_by_income),
                       ("participants.active_end", s.active_end_by_income)):
        for r in b.rows:
            yield from _split(measure, r.count, "income_source", r.key)
    for measure, b in (("participants.new", s.new_by_party),
                       ("participants.active_end", s.active_end_by_party)):
        merged: dict[str, GenderCount] = {}
        for r in b.rows:
            code = party_code(party_kinds.get(r.key, PartyKind.OTHER))
            merged[code] = merged.get(code, GenderCount()) + r.count
        for code, g in merged.items():
            yield from _split(measure, g, "party_kind", code)

    r = s.results
    for key, _label, _reasons in RESULT_COLUMNS:
        yield from _split("results.closed", r.columns[key], "result", key)
    yield from _split("results.goal_base", r.goal_base)
    yield from _split("results.goal_reached", r.goal_reached)

    for p in s.trend:
        cat = p.period.key
        yield _plain("trend.closed", p.closed, "period", cat)
        yield _plain("trend.dropouts", p.dropouts, "period", cat)
        yield _plain("trend.goal_reached", p.goal_reached, "period", cat)
        yield _plain("trend.throughput_n", p.n, "period", cat)
        yield _plain("trend.throughput_days_sum", p.days_sum, "period", cat)

    w = s.waiting
    yield _plain("waiting.planning_meetings", w.n)
    yield _plain("waiting.days_sum", w.days_sum)
    yield from _split("waiting.queue_at_end", w.queue_at_end)
    yield from _split("planning.joint_plannings", s.joint_plannings)
    for form in PlanningForm:
        yield _plain("planning.joint_plannings", s.planning_forms.get(form, 0), "planning_form",
                     form.value)

    yield _plain("attendance.meetings_held", s.meetings_held)
    attended: dict[str, int] = {}
    for row in s.attendance:
        code = party_code(party_kinds.get(str(row.party_id), PartyKind.OTHER))
        attended[code] = attended.get(code, 0) + row.meetings_attended
    for code, n in attended.items():
        yield _plain("attendance.meetings_attended", n, "party_kind", code)

    i = s.intake
    for kind, n in i.raised.items():
        yield _plain("intake.raised", n, "case_kind", kind.value)
    yield _plain("intake.accepted", i.accepted)
    yield _plain("intake.returned", i.returned)
    for kind, n in i.consulted.items():
        yield _plain("intake.consulted", n, "case_kind", kind.value)

    for t in s.targets:
        if t.kind == TargetKind.JOINT_PLANNINGS:
            yield _plain("targets.joint_plannings.target_for_period", t.target)
        else:
            yield _plain(f"targets.{t.kind.value}.numerator", t.numerator)
            yield _plain(f"targets.{t.kind.value}.denominator", t.denominator)


def content_rows(c: ReportContent) -> Iterator[DataRow]:
    """All rows of a report: the statistics, the deviations and the budget."""
    yield from stats_rows(c.stats, c.party_kinds)
    counts: dict[str, int] = {}
    for d in c.deviations:
        counts[d.category.value] = counts.get(d.category.value, 0) + 1
    for cat, n in sorted(counts.items()):
        yield _plain("deviations.in_period", n, "deviation_category", cat)
    for r in c.budget.rows:
        yield _plain("budget.budget", r.budget, "budget_line", r.label)
        yield _plain("budget.outcome", r.outcome, "budget_line", r.label)
        if r.forecast is not None:
            yield _plain("budget.forecast", r.forecast, "budget_line", r.label)


def sheet_rows(c: ReportContent) -> list[tuple]:
    """The data sheet as rows of cells, header first."""
    p = c.period
    head = (SCHEMA, SCHEMA_VERSION, c.team_name, c.municipality, p.key, p.start.isoformat(),
            p.end.isoformat())
    return [HEADER, *((*head, r.measure, r.dimension, r.category, r.gender, r.value)
                      for r in content_rows(c))]
