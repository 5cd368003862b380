"""Swedish number formats and the report's table layouts, shared by the screen, xlsx and PDF.

Each table of the report is described once here as headings and rows of values (numbers stay
numbers; ``None`` means "cannot be computed" and is shown as "–"), so the three outputs show the
same tables in the same order with the same headings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import CaseKind, PlanningForm
from .budget import BudgetTable
from .report import DeviationRow
from .statistics import (
    GENDERS,
    RESULT_COLUMNS,
    Breakdown,
    GenderCount,
    ReportStats,
    TargetOutcome,
)
from .targets import UNITS

DASH = "–"
Cell = str | int | float | None


def number(value: float | None, decimals: int = 1) -> str:
    """1234.5 → "1 234,5"; None → "–"."""
    if value is None:
        return DASH
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text.replace("-", "−")


def percent(value: float | None, decimals: int = 0) -> str:
    """0.275 → "28 %" (or "27,5 %" with one decimal); None → "–"."""
    return DASH if value is None else f"{number(value * 100, decimals)} %"


def months(value: float | None) -> str:
    return DASH if value is None else f"{number(value)} mån"


def count_share(n: int, total: int) -> str:
    """"11 (27,5 %)"."""
    return f"{n} ({percent(n / total, 1)})" if total else str(n)


@dataclass(frozen=True)
class Table:
    """A table as the report shows it: a title, a header row and rows of cells.

    ``kinds`` says how each column is formatted: "text", "count", "share", "months", "days",
    "decimal", "amount" (kronor) or "mark" (a target's judgement, from ``mark``); the xlsx keeps
    numbers as numbers with a number format, the PDF and the screen format them with the
    functions above.
    """

    key: str
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    kinds: Sequence[str]
    note: str = ""


def cell_text(value: Cell, kind: str) -> str:
    if value is None:
        return DASH
    if isinstance(value, str):
        return value
    if kind == "share":
        return percent(float(value), 1)
    if kind in ("months", "decimal"):
        return number(float(value))
    if kind == "days":
        return number(float(value), 0 if float(value).is_integer() else 1)
    if kind == "amount":
        from .budget import format_amount

        return format_amount(float(value))
    if isinstance(value, float):
        return number(value)
    if isinstance(value, int):
        return number(value, 0)  # "6 786", as the other numbers are written
    return str(value)


GENDER_HEADER = ("Kvinnor", "Män", "Annat/ej angivet", "Totalt", "Andel kvinnor", "Andel män")


def _gender_cells(g: GenderCount) -> list[Cell]:
    from ..models import Gender

    return [g.woman, g.man, g.other, g.total, g.share(Gender.WOMAN), g.share(Gender.MAN)]


_GENDER_KINDS = ("count", "count", "count", "count", "share", "share")


def flow_table(s: ReportStats) -> Table:
    f = s.flow
    rows = [
        ["Aktiva vid periodens början", *_gender_cells(f.active_start)],
        ["Nya under perioden", *_gender_cells(f.new)],
        ["Avslutade under perioden", *_gender_cells(f.closed)],
        ["Aktiva vid periodens slut", *_gender_cells(f.active_end)],
        ["Alla som teamet arbetat med under perioden", *_gender_cells(f.worked_with)],
    ]
    return Table("flow", "Deltagare under perioden", ("", *GENDER_HEADER), rows,
                 ("text", *_GENDER_KINDS))


def age_table(s: ReportStats) -> Table:
    a = s.age_at_end
    rows = [["Aktiva vid periodens slut", a.n, a.mean, a.young, a.young_share]]
    return Table("age", "Ålder", ("", "Med känt födelseår", "Medelålder (år)",
                                  "Unga (högst 29 år)", "Andel unga"), rows,
                 ("text", "count", "decimal", "count", "share"))


def _breakdown_table(key: str, title: str, first: str, b: Breakdown, *,
                     skip_empty: bool) -> Table:
    total = b.total.total
    rows: list[list[Cell]] = []
    for r in b.rows:
        if skip_empty and r.count.total == 0:
            continue
        rows.append([r.label, r.count.woman, r.count.man, r.count.other, r.count.total,
                     r.count.total / total if total else None])
    t = b.total
    rows.append(["Totalt", t.woman, t.man, t.other, t.total, 1.0 if total else None])
    return Table(key, title, (first, "Kvinnor", "Män", "Annat/ej angivet", "Totalt", "Andel"),
                 rows, ("text", "count", "count", "count", "count", "share"))


def income_tables(s: ReportStats) -> list[Table]:
    return [
        _breakdown_table("new_by_income", "Nya deltagare efter försörjning vid start",
                         "Försörjning", s.new_by_income, skip_empty=True),
        _breakdown_table("active_end_by_income",
                         "Aktiva vid periodens slut efter försörjning vid start",
                         "Försörjning", s.active_end_by_income, skip_empty=True),
    ]


def party_tables(s: ReportStats) -> list[Table]:
    return [
        _breakdown_table("new_by_party", "Nya deltagare efter aktualiserande part",
                         "Aktualiserande part", s.new_by_party, skip_empty=False),
        _breakdown_table("active_end_by_party",
                         "Aktiva vid periodens slut efter aktualiserande part",
                         "Aktualiserande part", s.active_end_by_party, skip_empty=False),
    ]


def results_table(s: ReportStats) -> Table:
    r = s.results
    header = ["", "Aktiva vid periodens början", "Avslut totalt",
              *[label for _k, label, _r in RESULT_COLUMNS], "Aktiva vid periodens slut"]
    rows: list[list[Cell]] = []
    for name, pick in (("Kvinnor", "woman"), ("Män", "man"), ("Annat/ej angivet", "other"),
                       ("Totalt", "total")):
        def v(g: GenderCount, pick: str = pick) -> int:
            return g.total if pick == "total" else int(getattr(g, pick))
        rows.append([name, v(r.active_start), v(r.closed),
                     *[v(r.columns[k]) for k, _l, _r in RESULT_COLUMNS], v(r.active_end)])
    if r.goal_base.total:
        note = (f"Avslutade utom tidiga avbrott: {r.goal_base.total}. Av dem gick "
                f"{r.goal_reached.total} till arbete, studier eller annan arbetslivsinriktad "
                f"rehabilitering: {percent(r.goal_share)} i mål.")
    elif r.closed.total:
        note = "Alla avslut under perioden var tidiga avbrott; andelen i mål kan inte räknas."
    else:
        note = "Inga avslut under perioden; andelen i mål kan inte räknas."
    return Table("results", "Deltagarresultat", header, rows,
                 ("text", *["count"] * (len(header) - 1)), note)


def trend_table(s: ReportStats) -> Table:
    rows = [[p.period.label, p.closed, p.dropouts, p.n, p.mean_months, p.goal_share]
            for p in s.trend]
    return Table("trend", "Genomströmningstid och resultat, denna och tidigare perioder",
                 ("Period", "Avslut", "Tidiga avbrott", "Avslut utom avbrott",
                  "Genomströmningstid (mån)", "Andel i mål"), rows,
                 ("text", "count", "count", "count", "months", "share"))


def waiting_table(s: ReportStats) -> Table:
    w = s.waiting
    rows = [["Planeringsmöten under perioden", w.n],
            ["Väntetid till planeringsmöte, medel (dagar)", w.mean_days],
            ["Väntetid till planeringsmöte, median (dagar)", w.median_days],
            ["Väntande på planeringsmöte vid periodens slut", w.queue_at_end.total],
            ["  varav kvinnor / män / annat", f"{w.queue_at_end.woman} / {w.queue_at_end.man} "
                                             f"/ {w.queue_at_end.other}"]]
    return Table("waiting", "Väntetid och kö", ("", "Värde"), rows, ("text", "days"))


def planning_table(s: ReportStats) -> Table:
    rows: list[list[Cell]] = [[f.label, s.planning_forms.get(f, 0)] for f in PlanningForm]
    rows.append(["Totalt", sum(s.planning_forms.values())])
    return Table("planning", "Planeringsmöten efter form", ("Form", "Antal"), rows,
                 ("text", "count"))


def intake_table(s: ReportStats) -> Table:
    i = s.intake
    rows: list[list[Cell]] = [[f"Aktualiserade: {k.label.lower()}", i.raised.get(k, 0)]
                              for k in CaseKind]
    rows += [["Aktualiserade totalt", i.raised_total],
             ["Bedömda och antagna", i.accepted],
             ["Bedömda och återvisade", i.returned],
             *[[f"Genomförda: {k.label.lower()}", i.consulted.get(k, 0)]
               for k in (CaseKind.CONSULTATION, CaseKind.GENERAL_CONSULTATION)]]
    return Table("intake", "Aktualiseringar under perioden", ("", "Antal"), rows,
                 ("text", "count"))


def attendance_table(s: ReportStats) -> Table:
    rows = [[a.label, a.meetings_attended, a.meetings_held, a.share] for a in s.attendance]
    return Table("attendance", "Närvaro vid teammötena per part",
                 ("Part", "Möten med partens närvaro", "Hållna möten", "Andel"), rows,
                 ("text", "count", "count", "share"),
                 f"Teammöten som hölls under perioden: {s.meetings_held}.")


def mark(t: TargetOutcome) -> str:
    """The on/off-target mark, in words (colour alone would not survive a grey printout)."""
    return {True: "✔ Uppnått", False: "✘ Ej uppnått", None: "Kan inte bedömas"}[t.met]


def target_text(t: TargetOutcome) -> str:
    unit = UNITS[t.kind]
    if unit == "count":
        return number(t.target, 0)
    if unit == "change":
        return f"{percent(t.target)} eller lägre"
    return f"minst {percent(t.target)}"


def outcome_text(t: TargetOutcome) -> str:
    unit = UNITS[t.kind]
    if t.outcome is None:
        return DASH
    if unit == "count":
        return number(t.outcome, 0)
    if unit == "change":
        return f"{percent(t.outcome, 1)} ({t.denominator} → {t.numerator})"
    return f"{percent(t.outcome, 1)} ({t.numerator} av {t.denominator})"


def targets_table(s: ReportStats, *, defaults: bool = False) -> Table:
    rows = [[t.kind.label, target_text(t), outcome_text(t), mark(t)] for t in s.targets]
    note = ("Målen är överenskommelsens standardvärden; teamet har inte satt egna mål för "
            "året." if defaults else "")
    return Table("targets", "Resultatmål och utfall", ("Mål", "Mål för perioden", "Utfall",
                                                       "Bedömning"), rows,
                 ("text", "text", "text", "mark"), note)


BUDGET_HEADER = ("Post", "Budget", "Utfall period", "Differens", "Prognos")
BUDGET_SUM = "Summa"
DEVIATION_HEADER = ("Inträffade", "Kategori", "Beskrivning", "Lyft till", "Status",
                    "Åtgärdad / åtgärd")


def budget_table(b: BudgetTable) -> Table:
    """The budget: the typed rows and the computed Summa row (kronor)."""
    rows: list[list[Cell]] = [[r.label, r.budget, r.outcome, r.difference, r.forecast]
                              for r in b.rows]
    if b.rows:
        rows.append([BUDGET_SUM, b.budget, b.outcome, b.difference, b.forecast])
    note = ("Differens = budget − utfall. Budget, utfall och prognos skrivs in av samordnaren; "
            "summorna räknas fram." if b.rows else "Ingen budget inskriven för perioden.")
    return Table("budget", "Budget och utfall (kronor)", BUDGET_HEADER, rows,
                 ("text", "amount", "amount", "amount", "amount"), note)


def deviation_cells(d: DeviationRow) -> list[Cell]:
    """One deviation as the lists show it: date, category, description, raised to, status,
    resolved on and resolution."""
    resolved = "\n".join(x for x in (d.resolved_on.isoformat() if d.resolved_on else "",
                                     d.resolution) if x)
    return [d.occurred_on.isoformat(), d.category.label, d.description,
            d.raised_to.label if d.raised_to else DASH, d.status.label, resolved or DASH]


def deviations_table(deviations: Sequence[DeviationRow]) -> Table:
    return Table("deviations", "Avvikelser under perioden", DEVIATION_HEADER,
                 [deviation_cells(d) for d in deviations], ("text",) * 6,
                 "Avvikelser som var öppna någon gång under perioden: inträffade senast "
                 "periodens sista dag och inte åtgärdade före dess första dag."
                 if deviations else "Inga avvikelser under perioden.")


def statistics_tables(s: ReportStats, *, targets_are_defaults: bool = False) -> list[Table]:
    """Every table of the report's figures, in the template's order."""
    return [flow_table(s), age_table(s), *income_tables(s), *party_tables(s), results_table(s),
            trend_table(s), waiting_table(s), planning_table(s), intake_table(s),
            targets_table(s, defaults=targets_are_defaults), attendance_table(s)]


#: Where each table of figures stands in the shared template: the section whose text it belongs
#: beside (the Avesta report's placement). The exports and the screen all follow this.
SECTION_TABLES: dict[str, tuple[str, ...]] = {
    "participants.prerequisites": ("flow", "age", "new_by_income", "active_end_by_income",
                                   "new_by_party", "active_end_by_party", "intake"),
    "participants.process": ("waiting", "planning"),
    "participants.results": ("results", "trend", "targets"),
    "staff.prerequisites": ("attendance",),
}
#: The deviations list and the budget table (not figures computed from cases) stand in these.
DEVIATIONS_SECTION = "organisation.process"
BUDGET_SECTION = "organisation.results"


def gender_split_text(g: GenderCount) -> str:
    """"29 kvinnor (72,5 %), 11 män (27,5 %)" – for summaries."""
    parts = [f"{g.woman} kvinnor ({percent(g.share(GENDERS[0]), 1)})",
             f"{g.man} män ({percent(g.share(GENDERS[1]), 1)})"]
    if g.other:
        parts.append(f"{g.other} annat/ej angivet")
    return ", ".join(parts)
