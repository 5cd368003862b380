"""The 4R tables of the county view: R1 by age group, income source, party and members, and the
R2 means by gender, recomputed from the teams' summed counts and sums (never averaged means).

Listed in county.TABLE_SPECS after the report's (report_specs.py).
"""

from __future__ import annotations

from ..fourr.statistics import AGE_GROUPS, UNKNOWN_AGE
from ..models import IncomeSource, InterventionGroup, PartyKind, PlanningForm
from ..reports.definitions import DAYS_PER_MONTH
from .report_specs import _breakdown, _labels
from .shapes import Column, CountyTable, Figures, TableSpec, Value, by_team, ratio

PART_R1 = "4R: Representation"
PART_R2 = "4R: Resurser"
_AGES = {code: label for code, label, _a, _b in AGE_GROUPS} | {UNKNOWN_AGE[0]: UNKNOWN_AGE[1]}
_POPULATIONS = (("participants.new", "Nya deltagare"),
                ("participants.active_end", "Aktiva vid periodens slut"),
                ("participants.closed", "Avslutade under perioden"))


def _r1_age(fig: Figures) -> list[CountyTable]:
    return _breakdown(
        fig, "age_group", _AGES, "Åldersgrupp",
        tuple((f"r1_age_{m.split('.')[-1]}", m, f"{label} efter åldersgrupp")
              for m, label in _POPULATIONS),
        "r1_age_gender", "Länet: åldersgrupp efter kön", skip_empty=False)


def _r1_closed(fig: Figures) -> list[CountyTable]:
    income = _breakdown(
        fig, "income_source", _labels(IncomeSource), "Försörjning",
        (("r1_closed_income", "participants.closed",
          "Avslutade under perioden efter försörjning vid start"),),
        "r1_closed_income_gender", "Länet: avslutade efter försörjning och kön", skip_empty=True)
    party = _breakdown(
        fig, "party_kind", _labels(PartyKind), "Aktualiserande part",
        (("r1_closed_party", "participants.closed",
          "Avslutade under perioden efter aktualiserande part"),),
        "r1_closed_party_gender", "Länet: avslutade efter part och kön", skip_empty=False)
    return [*income, *party]


def _r1_members(fig: Figures) -> list[CountyTable]:
    return _breakdown(
        fig, "party_kind", _labels(PartyKind), "Part",
        (("r1_team", "members.team", "Teamens ledamöter och ersättare"),
         ("r1_steering", "members.steering_group", "Styrgruppernas ledamöter och ersättare")),
        "r1_members_gender", "Länet: ledamöter efter kön", skip_empty=False)


#: (n measure, sum measure, title, scale): mean = sum / n (/ scale), per gender.
_MEANS = (
    ("r2.waiting.planning_meetings", "r2.waiting.days_sum",
     "Väntetid till planeringsmöte (dagar)", 1.0),
    ("r2.time_in_star.closed", "r2.time_in_star.days_sum",
     "Tid i STAR för de avslutade (månader)", DAYS_PER_MONTH),
    ("r2.worked_with", "r2.interventions.started", "Insatser per deltagare", 1.0),
    ("r2.worked_with", "r2.follow_ups.done", "Uppföljningar per deltagare", 1.0),
    ("r2.meeting.cases", "r2.meeting.minutes", "Mötestid per deltagare som togs upp (minuter)",
     1.0),
)


def _mean(c: Column, n: str, total: str, gender: str, scale: float) -> Value | None:
    v = ratio(c.get(total, gender=gender), c.get(n, gender=gender))
    return v / scale if isinstance(v, int | float) else v


def _r2_means(fig: Figures) -> list[CountyTable]:
    genders = ("woman", "man", "other", "all")
    return [by_team(
        fig, "r2_means", "Resurser per kön: medelvärden", ("Kvinnor", "Män", "Annat/ej angivet",
                                                          "Totalt"),
        ("decimal",) * 4,
        [(title, lambda c, n=n, t=t, s=s: [_mean(c, n, t, g, s) for g in genders])
         for n, t, title, s in _MEANS if fig.has(n)],
        note="Länets medelvärden = länets summa / länets antal per kön, inte ett medelvärde av "
             "teamens medelvärden.")]


def _r2_counts(fig: Figures) -> list[CountyTable]:
    interventions = _breakdown(
        fig, "intervention_group", _labels(InterventionGroup), "Insatsområde",
        (("r2_interventions", "r2.interventions.started", "Insatser som startade under perioden"),),
        "r2_interventions_gender", "Länet: insatser efter kön", skip_empty=False)
    planning = _breakdown(
        fig, "planning_form", _labels(PlanningForm), "Form",
        (("r2_planning", "r2.planning_meetings", "Planeringsmöten efter form"),),
        "r2_planning_gender", "Länet: planeringsmöten efter form och kön", skip_empty=False)
    return [*interventions, *planning]


FOURR_SPECS: list[TableSpec] = [
    TableSpec("r1_age", PART_R1, _r1_age,
              tuple((m, "age_group") for m, _l in _POPULATIONS)),
    TableSpec("r1_closed", PART_R1, _r1_closed, (("participants.closed", "income_source"),
                                                 ("participants.closed", "party_kind"),
                                                 ("results.closed", ""))),
    TableSpec("r1_members", PART_R1, _r1_members, (("members.team", "party_kind"),
                                                   ("members.team", ""),
                                                   ("members.steering_group", "party_kind"),
                                                   ("members.steering_group", ""))),
    TableSpec("r2_means", PART_R2, _r2_means, (("r2.waiting.*", ""), ("r2.time_in_star.*", ""),
                                               ("r2.worked_with", ""),
                                               ("r2.interventions.started", ""),
                                               ("r2.follow_ups.done", ""), ("r2.meeting.*", ""))),
    TableSpec("r2_counts", PART_R2, _r2_counts, (("r2.interventions.started",
                                                  "intervention_group"),
                                                 ("r2.planning_meetings", "planning_form"),
                                                 ("r2.planning_meetings", ""))),
]
