"""The report's tables of the county view: flow, age, breakdowns, results, trend, process,
intake, attendance, targets, deviations and budget, and "Övriga mått" for what no spec shows.

Each builder computes a table's cells from a column (a team's rows or the county's summed
rows) alone, with the helpers of county.py, so the county's means and shares always come from
its summed counts and sums.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..models import CaseKind, DeviationCategory, IncomeSource, PartyKind, PlanningForm, TargetKind
from ..reports.definitions import DAYS_PER_MONTH
from ..reports.statistics import RESULT_COLUMNS
from .reader import MASKED, period_label
from .shapes import (
    _GENDER_CODES,
    _GENDER_KINDS,
    GENDER_HEADER,
    Cell,
    Column,
    CountyTable,
    Figures,
    Item,
    TableSpec,
    Value,
    _note,
    across,
    by_team,
    cell,
    consumed,
    county_only,
    gender_values,
    ratio,
    total,
)

FLOW = (("participants.active_start", "Aktiva vid periodens början"),
        ("participants.new", "Nya under perioden"),
        ("participants.closed", "Avslutade under perioden"),
        ("participants.active_end", "Aktiva vid periodens slut"),
        ("participants.worked_with", "Alla som teamet arbetat med under perioden"))


def _flow(fig: Figures) -> list[CountyTable]:
    totals = across(fig, "flow", "Deltagare under perioden, totalt",
                    [Item(label, lambda c, m=m: c.count(m)) for m, label in FLOW])
    genders = by_team(
        fig, "flow_gender", "Deltagare under perioden efter kön", GENDER_HEADER, _GENDER_KINDS,
        [(label, lambda c, m=m: gender_values(c, m)) for m, label in FLOW],
        note="Andelarna räknas av antalen i varje rad; länets av länets summerade antal.")
    return [totals, genders]


def _age(fig: Figures) -> list[CountyTable]:
    n, years, young = ("age.active_end.with_birth_year", "age.active_end.years_sum",
                       "age.active_end.young")
    return [across(fig, "age", "Ålder, aktiva vid periodens slut", [
        Item("Med känt födelseår", lambda c: c.count(n)),
        Item("Medelålder (år)", lambda c: ratio(c.count(years), c.count(n)), "decimal"),
        Item("Unga (högst 29 år)", lambda c: c.count(young)),
        Item("Andel unga", lambda c: ratio(c.count(young), c.count(n)), "share"),
    ], note="Länets medelålder = summan av åldrarna / antalet med känt födelseår i alla team.")]


def _labels(enum: Iterable) -> dict[str, str]:
    return {m.value: m.label for m in enum}


def _whole(c: Column, measure: str, dimension: str, categories: Iterable[str],
           gender: str = "all") -> Value | None:
    """The total of a breakdown: the measure's row without a dimension, which the categories
    add up to (data_sheet.py) and which stays known when a small category is hidden; the sum of
    the categories when a file has no such row."""
    whole = c.get(measure, gender=gender)
    return whole if whole is not None else total(
        c.count(measure, dimension, k, gender) for k in categories)


def _breakdown(fig: Figures, dimension: str, known: dict[str, str], first: str,
               tables: Sequence[tuple[str, str, str]], gender_key: str, gender_title: str, *,
               skip_empty: bool) -> list[CountyTable]:
    """A breakdown (income source, referring party) of new and active-at-end participants:
    per measure a teams-as-columns table of totals with the county's shares, and one
    county-only table of the gender split."""
    out: list[CountyTable] = []
    gender_rows: list[tuple[str, Sequence[Value | str | None]]] = []
    for key, measure, title in tables:
        cats = fig.categories(measure, dimension, list(known))
        if skip_empty:  # as the team report: a source nobody had is left out
            cats = [k for k in cats if fig.county.count(measure, dimension, k) != 0]
        items = [Item(known.get(k, k), lambda c, k=k, m=measure: c.count(m, dimension, k))
                 for k in cats]
        items.append(Item("Totalt", lambda c, m=measure, cs=tuple(cats): _whole(
            c, m, dimension, cs), total=True))
        out.append(across(fig, key, title, items, first=first, county_share="Andel i länet"))
        gender_rows.append((title, [""] * 6))  # a block heading: blank, not "–"
        for k in cats:
            gender_rows.append((known.get(k, k), gender_values(fig.county, measure, dimension, k)))
        sums = [_whole(fig.county, measure, dimension, cats, g)
                for g in ("woman", "man", "other", "all")]
        gender_rows.append(("Totalt", [*sums, ratio(sums[0], sums[3]), ratio(sums[1], sums[3])]))
    groups = [title for _k, _m, title in tables]
    return [*out, county_only(fig, gender_key, gender_title, (first, *GENDER_HEADER),
                              ("text", *_GENDER_KINDS), gender_rows, group_labels=groups,
                              note="Länets summor; varje teams uppdelning på kön finns i "
                                   "teamets egen rapport och i bladet data.")]


def _income(fig: Figures) -> list[CountyTable]:
    return _breakdown(
        fig, "income_source", _labels(IncomeSource), "Försörjning",
        (("new_by_income", "participants.new", "Nya deltagare efter försörjning vid start"),
         ("active_end_by_income", "participants.active_end",
          "Aktiva vid periodens slut efter försörjning vid start")),
        "income_gender", "Länet: försörjning vid start efter kön", skip_empty=True)


def _party(fig: Figures) -> list[CountyTable]:
    return _breakdown(
        fig, "party_kind", _labels(PartyKind), "Aktualiserande part",
        (("new_by_party", "participants.new", "Nya deltagare efter aktualiserande part"),
         ("active_end_by_party", "participants.active_end",
          "Aktiva vid periodens slut efter aktualiserande part")),
        "party_gender", "Länet: aktualiserande part efter kön", skip_empty=False)


_RESULT_LABELS = {k: label for k, label, _r in RESULT_COLUMNS}
GOAL_NOTE = ("Andel i mål = till arbete, studier eller annan arbetslivsinriktad rehabilitering "
             "/ avslutade utom tidiga avbrott. Länets andel räknas av länets summerade antal, "
             "inte som ett medelvärde av teamens andelar.")


def _results(fig: Figures) -> list[CountyTable]:
    cats = fig.categories("results.closed", "result", [k for k, _l, _r in RESULT_COLUMNS])
    items = [Item("Aktiva vid periodens början", lambda c: c.count("participants.active_start")),
             Item("Avslut totalt", lambda c: c.count("participants.closed")),
             *[Item(f"  {_RESULT_LABELS.get(k, k).lower()}",
                    lambda c, k=k: c.count("results.closed", "result", k)) for k in cats],
             Item("Aktiva vid periodens slut", lambda c: c.count("participants.active_end")),
             Item("Avslutade utom tidiga avbrott (basen)", lambda c: c.count("results.goal_base")),
             Item("  varav i mål", lambda c: c.count("results.goal_reached")),
             Item("Andel i mål", lambda c: ratio(c.count("results.goal_reached"),
                                                 c.count("results.goal_base")), "share")]
    main = across(fig, "results", "Deltagarresultat", items, note=GOAL_NOTE)

    def goal(c: Column) -> list[Value | None]:
        out: list[Value | None] = []
        for g in ("woman", "man", "all"):
            base = c.count("results.goal_base", gender=g)
            reached = c.count("results.goal_reached", gender=g)
            out += [base, reached, ratio(reached, base)]
        return out

    by_gender = by_team(
        fig, "goal_gender", "Andel i mål efter kön",
        ("Bas, kvinnor", "I mål, kvinnor", "Andel kvinnor", "Bas, män", "I mål, män",
         "Andel män", "Bas, totalt", "I mål, totalt", "Andel totalt"),
        ("count", "count", "share") * 3, [("", goal)],
        note="Bas = avslutade utom tidiga avbrott. Totalt inkluderar annat/ej angivet.")

    c = fig.county
    header = ["", "Aktiva vid periodens början", "Avslut totalt",
              *[_RESULT_LABELS.get(k, k) for k in cats], "Aktiva vid periodens slut"]
    rows = []
    for label, g in (("Kvinnor", "woman"), ("Män", "man"), ("Annat/ej angivet", "other"),
                     ("Totalt", "all")):
        rows.append((label, [c.count("participants.active_start", gender=g),
                             c.count("participants.closed", gender=g),
                             *[c.count("results.closed", "result", k, g) for k in cats],
                             c.count("participants.active_end", gender=g)]))
    county = county_only(fig, "results_county", "Länet: deltagarresultat efter kön", header,
                         ("text", *["count"] * (len(header) - 1)), rows)
    return [main, by_gender, county]


_TREND = ("trend.closed", "trend.dropouts", "trend.goal_reached", "trend.throughput_n",
          "trend.throughput_days_sum")


def months(c: Column, period: str) -> Value | None:
    """Mean throughput months = days summed / closures (drop-outs excluded) / 30.44."""
    r = ratio(c.count("trend.throughput_days_sum", "period", period),
              c.count("trend.throughput_n", "period", period))
    return r if r is None or r is MASKED else r / DAYS_PER_MONTH  # type: ignore[operator]


def _trend(fig: Figures) -> list[CountyTable]:
    periods = fig.categories("trend.throughput_n", "period")
    if not periods:
        return []
    per_team = across(
        fig, "trend", "Genomströmningstid (månader), denna och tidigare perioder",
        [Item(period_label(p), lambda c, p=p: months(c, p), "months") for p in periods],
        first="Period",
        note="Medeltid från aktualisering till avslut, för avslutade utom tidiga avbrott. "
             "Länets = summan av dagarna / antalet avslut i alla team / 30,44.")
    c = fig.county
    rows = []
    for p in periods:
        n = c.count("trend.throughput_n", "period", p)
        rows.append((period_label(p), [c.count("trend.closed", "period", p),
                                       c.count("trend.dropouts", "period", p), n,
                                       months(c, p),
                                       ratio(c.count("trend.goal_reached", "period", p), n)]))
    county = county_only(
        fig, "trend_county", "Länet: genomströmningstid och resultat, denna och tidigare perioder",
        ("Period", "Avslut", "Tidiga avbrott", "Avslut utom avbrott",
         "Genomströmningstid (mån)", "Andel i mål"),
        ("text", "count", "count", "count", "months", "share"), rows)
    return [per_team, county]


def _waiting(fig: Figures) -> list[CountyTable]:
    q = "waiting.queue_at_end"
    return [across(fig, "waiting", "Väntetid och kö", [
        Item("Planeringsmöten under perioden", lambda c: c.count("waiting.planning_meetings")),
        Item("Väntedagar, summa", lambda c: c.count("waiting.days_sum")),
        Item("Väntetid till planeringsmöte, medel (dagar)",
             lambda c: ratio(c.count("waiting.days_sum"), c.count("waiting.planning_meetings")),
             "days"),
        Item("Väntande på planeringsmöte vid periodens slut", lambda c: c.count(q)),
        *[Item(f"  varav {word}", lambda c, g=g: c.count(q, gender=g))
          for g, word in _GENDER_CODES],
    ], note="Väntetid = dagar från aktualisering till planeringsmöte. Länets medel = summan av "
            "väntedagarna / antalet planeringsmöten i alla team. Medianen kan inte läggas ihop "
            "mellan team; den finns i varje teams egen rapport.")]


def _planning(fig: Figures) -> list[CountyTable]:
    forms = fig.categories("planning.joint_plannings", "planning_form",
                           [f.value for f in PlanningForm])
    labels = _labels(PlanningForm)
    m = "planning.joint_plannings"
    return [across(fig, "planning", "Planeringsmöten efter form", [
        *[Item(labels.get(f, f), lambda c, f=f: c.count(m, "planning_form", f)) for f in forms],
        Item("Totalt", lambda c: total(c.count(m, "planning_form", f) for f in forms),
             total=True),
        *[Item(f"  med {word}", lambda c, g=g: c.count(m, gender=g))
          for g, word in _GENDER_CODES],
    ], first="Form")]


def _intake(fig: Figures) -> list[CountyTable]:
    raised = fig.categories("intake.raised", "case_kind", [k.value for k in CaseKind])
    consulted = fig.categories("intake.consulted", "case_kind",
                               [CaseKind.CONSULTATION.value,
                                CaseKind.GENERAL_CONSULTATION.value])
    labels = _labels(CaseKind)
    return [across(fig, "intake", "Aktualiseringar under perioden", [
        *[Item(f"Aktualiserade: {labels.get(k, k).lower()}",
               lambda c, k=k: c.count("intake.raised", "case_kind", k)) for k in raised],
        Item("Aktualiserade totalt", lambda c: total(
            c.count("intake.raised", "case_kind", k) for k in raised), total=True),
        Item("Bedömda och antagna", lambda c: c.count("intake.accepted")),
        Item("Bedömda och återvisade", lambda c: c.count("intake.returned")),
        *[Item(f"Genomförda: {labels.get(k, k).lower()}",
               lambda c, k=k: c.count("intake.consulted", "case_kind", k)) for k in consulted],
    ])]


def _attendance(fig: Figures) -> list[CountyTable]:
    kinds = [k for k in fig.categories("attendance.meetings_attended", "party_kind",
                                       [p.value for p in PartyKind])
             if fig.county.get("attendance.meetings_attended", "party_kind", k) is not None]
    labels = _labels(PartyKind)
    a, held = "attendance.meetings_attended", "attendance.meetings_held"

    def share(c: Column, k: str) -> Value | None:
        if not c.is_county:
            v = c.get(a, "party_kind", k)
            return None if v is None else ratio(v, c.count(held))
        # The county: only the meetings of teams that have a seat for the party count.
        present = [t for t in fig.teams if t.get(a, "party_kind", k) is not None]
        return ratio(total(t.get(a, "party_kind", k) for t in present),
                     total(t.count(held) for t in present))

    return [across(fig, "attendance", "Närvaro vid teammötena per part", [
        Item("Teammöten som hölls", lambda c: c.count(held)),
        *[Item(labels.get(k, k), lambda c, k=k: share(c, k), "share") for k in kinds],
    ], first="Part", note="Andel av teamets hållna möten där parten var närvarande. Länets "
                          "andel = närvarotillfällena / de hållna mötena i de team där parten "
                          "har en plats; \u201d–\u201d: teamet har ingen plats för parten.")]


_SHARE_TARGETS = (TargetKind.SHARE_WITH_PLAN, TargetKind.SHARE_TO_WORK_OR_STUDIES,
                  TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY)


def target_share(c: Column, kind: TargetKind) -> Value | None:
    """numerator / denominator; for the social assistance change numerator / denominator − 1."""
    r = ratio(c.count(f"targets.{kind.value}.numerator"),
              c.count(f"targets.{kind.value}.denominator"))
    if kind == TargetKind.SOCIAL_ASSISTANCE_CHANGE and r is not None and r is not MASKED:
        return r - 1  # type: ignore[operator]
    return r


def _targets(fig: Figures) -> list[CountyTable]:
    jp_target, jp = "targets.joint_plannings.target_for_period", "planning.joint_plannings"
    items = [
        Item("Antal samplaneringar: mål för perioden", lambda c: c.get(jp_target), "decimal"),
        Item("Antal samplaneringar: utfall", lambda c: c.count(jp)),
        Item("  utfall av målet", lambda c: ratio(c.count(jp), c.get(jp_target)), "share"),
    ]
    for kind in _SHARE_TARGETS:
        n, d = f"targets.{kind.value}.numerator", f"targets.{kind.value}.denominator"
        items += [Item(kind.label, lambda c, k=kind: target_share(c, k), "share"),
                  Item("  antal", lambda c, n=n: c.count(n)),
                  Item("  av (avslutade utom tidiga avbrott)", lambda c, d=d: c.count(d))]
    sa = TargetKind.SOCIAL_ASSISTANCE_CHANGE
    items += [Item(sa.label, lambda c: target_share(c, sa), "share"),
              Item("  med ekonomiskt bistånd vid start",
                   lambda c: c.count(f"targets.{sa.value}.denominator")),
              Item("  med ekonomiskt bistånd vid avslut",
                   lambda c: c.count(f"targets.{sa.value}.numerator"))]
    return [across(fig, "targets", "Resultatmål och utfall", items, first="Mål", note=(
        "Länets mål för antal samplaneringar är teamens mål för perioden summerade. Målen för "
        "andelarna sätts per team och år och bedöms i varje teams rapport; länets utfall räknas "
        "av de summerade antalen. Förändringen av ekonomiskt bistånd = antalet vid avslut / "
        "antalet vid start − 1."))]


def _deviations(fig: Figures) -> list[CountyTable]:
    m, d = "deviations.in_period", "deviation_category"
    cats = fig.categories(m, d, [k.value for k in DeviationCategory])
    labels = _labels(DeviationCategory)
    return [across(fig, "deviations", "Avvikelser under perioden efter kategori", [
        *[Item(labels.get(k, k), lambda c, k=k: c.count(m, d, k)) for k in cats],
        Item("Totalt", lambda c: total(c.count(m, d, k) for k in cats), total=True),
    ], first="Kategori", note="Avvikelser som var öppna någon gång under perioden.")]


_BUDGET = (("budget.budget", "Budget"), ("budget.outcome", "Utfall period"),
           ("budget.forecast", "Prognos"))


def _budget_sum(c: Column, measure: str, lines: Sequence[str]) -> Value | None:
    return total(c.get(measure, "budget_line", k) for k in lines)


def _difference(b: Value | None, o: Value | None) -> Value | None:
    if b is MASKED or o is MASKED:
        return MASKED
    if b is None and o is None:
        return None
    return (b or 0) - (o or 0)  # type: ignore[operator]


def _budget(fig: Figures) -> list[CountyTable]:
    lines = fig.categories("budget.budget", "budget_line")
    for m, _l in _BUDGET[1:]:
        lines += [k for k in fig.categories(m, "budget_line") if k not in lines]
    b, o, f = (m for m, _l in _BUDGET)
    if not lines:  # said, not left out: the office asks for the budget
        return [across(fig, "budget", "Budget och utfall per team (kronor)",
                       [Item(label, lambda c: None, "amount") for _m, label in _BUDGET],
                       note="Inget team har skrivit in någon budget för perioden.")]
    per_team = across(fig, "budget", "Budget och utfall per team (kronor)", [
        Item("Budget", lambda c: _budget_sum(c, b, lines), "amount"),
        Item("Utfall period", lambda c: _budget_sum(c, o, lines), "amount"),
        Item("Differens", lambda c: _difference(_budget_sum(c, b, lines),
                                                _budget_sum(c, o, lines)), "amount"),
        Item("Prognos", lambda c: _budget_sum(c, f, lines), "amount"),
    ], note="Summan av teamets budgetposter. Differens = budget − utfall; \u201d–\u201d: "
            "ingen budget inskriven.")
    c = fig.county
    rows: list[tuple[str, Sequence[Value | None]]] = []
    for k in lines:
        bv, ov = c.get(b, "budget_line", k), c.get(o, "budget_line", k)
        teams = sum(1 for t in fig.teams if any(t.get(m, "budget_line", k) is not None
                                                for m, _l in _BUDGET))
        rows.append((k, [bv, ov, _difference(bv, ov), c.get(f, "budget_line", k), teams]))
    bs, os_ = _budget_sum(c, b, lines), _budget_sum(c, o, lines)
    rows.append(("Summa", [bs, os_, _difference(bs, os_), _budget_sum(c, f, lines), None]))
    lines_table = county_only(
        fig, "budget_lines", "Länet: budget per post (kronor)",
        ("Post", "Budget", "Utfall period", "Differens", "Prognos", "Team med posten"),
        ("text", "amount", "amount", "amount", "amount", "count"), rows,
        note="Poster med samma namn i flera team är summerade. Prognosen summerar de poster "
             "som har en prognos.")
    return [per_team, lines_table]


_GENDER_WORDS = {"woman": "kvinnor", "man": "män", "other": "annat/ej angivet", "all": "alla"}


def _other(fig: Figures) -> list[CountyTable]:
    keys = [k for k in fig.keys if not consumed((k[0], k[1]), fig.consumed)]
    if not keys:
        return []
    rows: list[list[Cell]] = []
    for m, d, c, g in keys:
        split = ", ".join(x for x in (f"{d} = {c}" if d else "", _GENDER_WORDS.get(g, g)) if x)
        rows.append([m, split, *(cell(col.get(m, d, c, g)) for col in fig.columns)])
    return [CountyTable(
        "other", "Övriga mått", ["Mått", "Uppdelning", *fig.header], rows,
        ["text", "text", *["number"] * len(fig.columns)],
        _note("Mått som den här versionen inte har någon tabell för, summerade som de står i "
              "teamens blad data (docs/report-data-sheet.md). \u201d–\u201d: teamet har ingen "
              "sådan rad.", rows), label_columns=2)]


#: The report's tables of the county view, in order (county.TABLE_SPECS adds 4R's).
REPORT_SPECS: list[TableSpec] = [
    TableSpec("flow", "Deltagare", _flow, tuple((m, "") for m, _l in FLOW)),
    TableSpec("age", "Deltagare", _age, (("age.active_end.*", ""),)),
    TableSpec("income", "Deltagare", _income, (("participants.new", "income_source"),
                                                ("participants.active_end", "income_source"))),
    TableSpec("party", "Deltagare", _party, (("participants.new", "party_kind"),
                                              ("participants.active_end", "party_kind"))),
    TableSpec("results", "Resultat", _results, (("results.closed", "result"),
                                                 ("results.goal_base", ""),
                                                 ("results.goal_reached", ""))),
    TableSpec("trend", "Resultat", _trend, tuple((m, "period") for m in _TREND)),
    TableSpec("waiting", "Process", _waiting, (("waiting.planning_meetings", ""),
                                                ("waiting.days_sum", ""),
                                                ("waiting.queue_at_end", ""))),
    TableSpec("planning", "Process", _planning, (("planning.joint_plannings", ""),
                                                  ("planning.joint_plannings", "planning_form"))),
    TableSpec("intake", "Aktualiseringar och närvaro", _intake, (
        ("intake.raised", "case_kind"), ("intake.accepted", ""), ("intake.returned", ""),
        ("intake.consulted", "case_kind"))),
    TableSpec("attendance", "Aktualiseringar och närvaro", _attendance, (
        ("attendance.meetings_held", ""), ("attendance.meetings_attended", "party_kind"))),
    TableSpec("targets", "Mål", _targets, (
        ("targets.joint_plannings.target_for_period", ""),
        *((f"targets.{k.value}.{x}", "") for k in (*_SHARE_TARGETS,
                                                    TargetKind.SOCIAL_ASSISTANCE_CHANGE)
          for x in ("numerator", "denominator")))),
    TableSpec("deviations", "Organisation", _deviations,
              (("deviations.in_period", "deviation_category"),)),
    TableSpec("budget", "Organisation", _budget, tuple((m, "budget_line") for m, _l in _BUDGET)),
]
#: Always last: whatever no spec shows.
OTHER_SPEC = TableSpec("other", "Övriga mått", _other)
