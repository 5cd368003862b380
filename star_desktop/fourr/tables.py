"""The 4R tables, described once for the screen, the xlsx, the PDF and the data sheet.

Two shapes: a ``CountTable`` (categories × gender, with totals: R1, and the kinds of R2) and a
``MeanTable`` (a mean per gender, kept as its count and its sum: waiting time, time in STAR,
interventions, follow-ups and meeting time per participant). Each table names the population
its gender totals count (``family``): tables of one family share their Totalt row, which the
small-count protection must mask alike in all of them.

``present`` turns a table into a reports.format.Table of text cells — with small counts masked
when a Protection is given — and ``data_rows`` into the rows of the data sheet (a masked value
is None, written as an empty cell).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Gender
from ..reports import format as rf
from ..reports.data_sheet import DataRow
from ..reports.definitions import DAYS_PER_MONTH
from ..reports.statistics import GENDERS, Breakdown, GenderCount
from .statistics import FourRStats, GenderMean

GENDER_CODES = ("woman", "man", "other")
GENDER_LABELS = ("Kvinnor", "Män", "Annat/ej angivet")


@dataclass(frozen=True)
class CountTable:
    key: str
    part: str  # "R1" or "R2"
    title: str
    row_header: str
    measure: str
    dimension: str
    rows: tuple[tuple[str, str, GenderCount], ...]
    family: str

    def cells(self) -> list[list[int]]:
        return [[g.woman, g.man, g.other] for _c, _l, g in self.rows]

    @property
    def total(self) -> GenderCount:
        t = GenderCount()
        for _c, _l, g in self.rows:
            t = t + g
        return t


@dataclass(frozen=True)
class MeanTable:
    key: str
    part: str
    title: str
    n_label: str
    mean_label: str
    n_measure: str
    sum_measure: str
    mean: GenderMean
    family: str
    #: "days", "months" (days shown as months), "per" (a count per participant), "minutes".
    unit: str

    def value(self, gender: Gender | None) -> float | None:
        v = self.mean.mean(gender)
        if v is None:
            return None
        return v / DAYS_PER_MONTH if self.unit == "months" else v


def _count(key: str, part: str, title: str, row_header: str, measure: str, dimension: str,
           b: Breakdown, family: str, *, skip_empty: bool = False) -> CountTable:
    rows = tuple((r.key, r.label, r.count) for r in b.rows
                 if not (skip_empty and r.count.total == 0))
    return CountTable(key, part, title, row_header, measure, dimension, rows, family)


def fourr_tables(s: FourRStats, party_kinds: dict[str, str]) -> list[CountTable | MeanTable]:
    """Every 4R table in the order the analysis reads: R1, then R2.

    ``party_kinds`` maps a party id (text) to its kind code, so the data sheet compares parties
    across teams by kind, as the report's sheet does.
    """
    r = s.report

    def by_kind(b: Breakdown) -> Breakdown:
        from ..reports.statistics import BreakdownRow

        merged: dict[str, BreakdownRow] = {}
        for row in b.rows:
            code = party_kinds.get(row.key, "other")
            if code not in merged:
                merged[code] = BreakdownRow(code, row.label, GenderCount())
            merged[code].count = merged[code].count + row.count
        return Breakdown(list(merged.values()))

    t: list[CountTable | MeanTable] = [
        _count("r1_new_age", "R1", "Nya deltagare efter åldersgrupp", "Åldersgrupp",
               "participants.new", "age_group", s.new_by_age, "new"),
        _count("r1_new_income", "R1", "Nya deltagare efter försörjning vid start", "Försörjning",
               "participants.new", "income_source", r.new_by_income, "new", skip_empty=True),
        _count("r1_new_party", "R1", "Nya deltagare efter aktualiserande part", "Part",
               "participants.new", "party_kind", by_kind(r.new_by_party), "new"),
        _count("r1_active_age", "R1", "Aktiva vid periodens slut efter åldersgrupp", "Åldersgrupp",
               "participants.active_end", "age_group", s.active_end_by_age, "active_end"),
        _count("r1_active_income", "R1", "Aktiva vid periodens slut efter försörjning vid start",
               "Försörjning", "participants.active_end", "income_source",
               r.active_end_by_income, "active_end", skip_empty=True),
        _count("r1_active_party", "R1", "Aktiva vid periodens slut efter aktualiserande part",
               "Part", "participants.active_end", "party_kind", by_kind(r.active_end_by_party),
               "active_end"),
        _count("r1_closed_age", "R1", "Avslutade under perioden efter åldersgrupp", "Åldersgrupp",
               "participants.closed", "age_group", s.closed_by_age, "closed"),
        _count("r1_closed_income", "R1", "Avslutade under perioden efter försörjning vid start",
               "Försörjning", "participants.closed", "income_source", s.closed_by_income,
               "closed", skip_empty=True),
        _count("r1_closed_party", "R1", "Avslutade under perioden efter aktualiserande part",
               "Part", "participants.closed", "party_kind", by_kind(s.closed_by_party), "closed"),
        _count("r1_team", "R1", "Teamets ledamöter och ersättare", "Part", "members.team",
               "party_kind", s.team_members, "members_team"),
        _count("r1_steering", "R1", "Styrgruppens ledamöter och ersättare", "Part",
               "members.steering_group", "party_kind", s.steering_members, "members_steering"),
        MeanTable("r2_waiting", "R2", "Väntetid från aktualisering till planeringsmöte",
                  "Planeringsmöten", "Medel (dagar)", "r2.waiting.planning_meetings",
                  "r2.waiting.days_sum", s.waiting, "planned", "days"),
        MeanTable("r2_time", "R2", "Tid i STAR för de avslutade (från antagen till avslut)",
                  "Avslutade", "Medel (månader)", "r2.time_in_star.closed",
                  "r2.time_in_star.days_sum", s.time_in_star, "closed", "months"),
        _count("r2_interventions", "R2", "Insatser som startade under perioden", "Insatsområde",
               "r2.interventions.started", "intervention_group", s.interventions_by_group,
               "interventions"),
        MeanTable("r2_interventions_per", "R2", "Insatser per deltagare som teamet arbetat med",
                  "Arbetat med", "Insatser per deltagare", "r2.worked_with",
                  "r2.interventions.started", s.interventions_per_participant, "worked", "per"),
        _count("r2_planning", "R2", "Planeringsmöten efter form", "Form",
               "r2.planning_meetings", "planning_form", s.planning_by_form, "planned"),
        MeanTable("r2_follow_ups", "R2", "Uppföljningar i teamet per deltagare", "Arbetat med",
                  "Uppföljningar per deltagare", "r2.worked_with", "r2.follow_ups.done",
                  s.follow_ups, "worked", "per"),
        MeanTable("r2_meeting_time", "R2", "Mötestid per deltagare som togs upp på teammötena",
                  "Deltagare som togs upp", "Minuter per deltagare", "r2.meeting.cases",
                  "r2.meeting.minutes", s.meeting_time, "discussed", "minutes"),
        _count("r2_outcomes", "R2", "Resultat vid avslut", "Resultat", "results.closed",
               "result", s.outcomes, "closed"),
    ]
    return t


# --- presentation -------------------------------------------------------------------------------

#: A cell's state in a protected table: "shown", "primary" (1–4, "<5") or "secondary" ("×").
Shown = str
#: Masks of a table: (row index or "total", column index 0–2 or "total") -> state; absent=shown.
#: A mean table uses ("n", column) for its counts and ("sum", column) for a sum that is hidden
#: elsewhere (its mean is hidden then too).
Masks = dict[tuple[object, object], Shown]

COUNT_HEADER_SHARES = ("Andel kvinnor", "Andel män")
#: In a table's masks: the split is not published at all, only the Totalt row.
HIDDEN = ("table", "hidden")
HIDDEN_NOTE = ("Uppdelningen visas inte: den skulle avslöja små tal. Bara totalsumman visas.")


def _cell(value: int, state: Shown | None) -> rf.Cell:
    if state == "primary":
        return "<5"
    if state == "secondary":
        return "×"
    return value


def _shown(masks: Masks | None, key: tuple[object, object]) -> bool:
    return masks is None or masks.get(key, "shown") == "shown"


def present(t: CountTable | MeanTable, masks: Masks | None = None) -> rf.Table:
    """The table as rows of cells; with ``masks``, masked counts and the shares and means that
    rest on them are hidden."""
    note = ""
    if masks and any(v != "shown" for v in masks.values()):
        note = ("<5 = 1–4 (dolt för att skydda enskilda); × = dolt så att ett litet antal inte "
                "kan räknas fram.")
    if isinstance(t, CountTable):
        rows: list[list[rf.Cell]] = []
        if masks and HIDDEN in masks:
            note = f"{HIDDEN_NOTE} {note}".strip()
        for i, (_code, label, g) in enumerate(t.rows):
            if not (masks and HIDDEN in masks):
                rows.append([label, *_count_cells(i, g, masks)])
        rows.append(["Totalt", *_count_cells("total", t.total, masks)])
        return rf.Table(t.key, t.title, (t.row_header, *GENDER_LABELS, "Totalt",
                                         *COUNT_HEADER_SHARES), rows,
                        ("text", "count", "count", "count", "count", "share", "share"), note)
    rows = []
    for j, (label, gender) in enumerate(zip((*GENDER_LABELS, "Totalt"), (*GENDERS, None),
                                            strict=True)):
        col: object = j if gender is not None else "total"
        n = t.mean.n.of(gender) if gender is not None else t.mean.n.total
        ok = _shown(masks, ("n", col))
        mean_ok = ok and _shown(masks, ("sum", col))
        rows.append([label, _cell(n, None if ok else masks.get(("n", col))),  # type: ignore[union-attr]
                     t.value(gender) if mean_ok else None])
    kind = "decimal" if t.unit in ("months", "per") else "days"
    return rf.Table(t.key, t.title, ("", t.n_label, t.mean_label), rows,
                    ("text", "count", kind), note)


def _count_cells(row: object, g: GenderCount, masks: Masks | None) -> list[rf.Cell]:
    values = [g.woman, g.man, g.other, g.total]
    cols: list[object] = [0, 1, 2, "total"]
    cells = [_cell(v, None if masks is None else masks.get((row, c))) for v, c in
             zip(values, cols, strict=True)]
    total_ok = _shown(masks, (row, "total"))
    shares: list[rf.Cell] = []
    for c, gender in ((0, Gender.WOMAN), (1, Gender.MAN)):
        shares.append(g.share(gender) if total_ok and _shown(masks, (row, c)) else None)
    return [*cells, *shares]


def data_rows(t: CountTable | MeanTable, masks: Masks | None = None) -> list[DataRow]:
    """The table's counts and sums as data-sheet rows; a masked value is None."""
    out: list[DataRow] = []

    def value(v: int, key: tuple[object, object]) -> int | None:
        return v if _shown(masks, key) else None

    if isinstance(t, CountTable):
        for i, (code, _label, g) in enumerate(t.rows):
            for c, gcode in enumerate(GENDER_CODES):
                out.append(DataRow(t.measure, t.dimension, code, gcode, value(g.of(GENDERS[c]),
                                                                             (i, c))))
            out.append(DataRow(t.measure, t.dimension, code, "all", value(g.total, (i, "total"))))
        total = t.total
        for c, gcode in enumerate(GENDER_CODES):
            out.append(DataRow(t.measure, "", "", gcode, value(total.of(GENDERS[c]), ("total", c))))
        out.append(DataRow(t.measure, "", "", "all", value(total.total, ("total", "total"))))
        return out
    for c, gcode in enumerate((*GENDER_CODES, "all")):
        col: object = c if c < 3 else "total"
        n = t.mean.n.of(GENDERS[c]) if c < 3 else t.mean.n.total
        s = t.mean.total.of(GENDERS[c]) if c < 3 else t.mean.total.total
        ok = _shown(masks, ("n", col))
        out.append(DataRow(t.n_measure, "", "", gcode, n if ok else None))
        out.append(DataRow(t.sum_measure, "", "", gcode,
                           s if ok and _shown(masks, ("sum", col)) else None))
    return out


def all_data_rows(tables: Sequence[CountTable | MeanTable],
                  masks: dict[str, Masks] | None = None) -> list[DataRow]:
    """Every table's rows, each (measure, dimension, category, gender) once: tables of one
    family repeat their totals, and r2.worked_with appears in two mean tables."""
    seen: dict[tuple[str, str, str, str], DataRow] = {}
    for t in tables:
        for row in data_rows(t, None if masks is None else masks.get(t.key, {})):
            k = (row.measure, row.dimension, row.category, row.gender)
            if k not in seen or (seen[k].value is not None and row.value is None):
                seen[k] = row  # a value masked anywhere stays masked
    return list(seen.values())
