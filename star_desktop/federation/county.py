"""The county summary: the teams' data-sheet rows summed, and every table per team and for the
county side by side.

Only counts and sums are added (docs/report-data-sheet.md); every mean and share of the county is
recomputed from the summed counts and sums, never averaged from the teams' means and shares, so
a small team weighs as much as its participants and no more. A sum that includes a value a team
hid (a masked small count) is hidden too and shown as "×".

Each table is built the same way for every team and for the county: a *column* is one team's
rows or the county's summed rows, and a table's cells are computed from a column alone. Two
layouts, both fit on A4 landscape for up to 8 teams:

- teams as columns (most tables): a row per figure, a column per team and "Länet" last;
- teams as rows (the gender splits): a block per figure, a row per team and "Länet" last, the
  columns being women, men, other, total and the shares of women and men.

The shapes are in shapes.py, the tables in report_specs.py and fourr_specs.py. They come from
TABLE_SPECS, a list of TableSpec (key, part, what the tables consume, and a
build function), so a new measure gets its county table by appending a spec. Rows of measures no
spec consumes (a newer export's) are listed in the table "Övriga mått", so nothing is lost.

No Qt here; nothing here writes files (export.py does).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .fourr_specs import FOURR_SPECS
from .reader import Key, TeamExport, Value, add, read_exports
from .report_specs import FLOW, OTHER_SPEC, REPORT_SPECS  # noqa: F401 - FLOW for readers
from .shapes import (  # noqa: F401 - the shapes are reachable as county.X too
    COUNTY,
    MASK,
    MASK_NOTE,
    SPARSE_MEASURES,
    Column,
    CountySummary,
    CountyTable,
    Figures,
    Item,
    Part,
    TableSpec,
    across,
    by_team,
    consumed,
    county_only,
    gender_values,
    ratio,
    total,
)

PARTS = ("Deltagare", "Resultat", "Process", "Aktualiseringar och närvaro", "Mål",
         "Organisation", "Övriga mått")

#: The county view's tables, in order: the report's, then 4R's. Append a TableSpec to add tables
#: for new measures; the (measure, dimension) pairs in ``consumes`` then leave "Övriga mått".
TABLE_SPECS: list[TableSpec] = [*REPORT_SPECS, *FOURR_SPECS]


# --- summing -----------------------------------------------------------------------------------


def _has_figures(spec: TableSpec, fig: Figures) -> bool:
    """Whether some file carries a measure the spec shows; a spec of sparse measures only (their
    absence means none) or without ``consumes`` is always built."""
    if all(m in SPARSE_MEASURES for m, _d in spec.consumes):
        return True
    return any(consumed(pair, spec.consumes) for pair in {(k[0], k[1]) for k in fig.keys})


def sum_rows(exports: Sequence[TeamExport]) -> dict[Key, Value]:
    """The teams' rows added per (measure, dimension, category, gender), in the order first
    seen; a sum with a hidden value is hidden. A team without a row adds nothing."""
    out: dict[Key, Value] = {}
    for e in exports:
        for k, v in e.rows.items():
            out[k] = add(out[k], v) if k in out else v
    return out


def county_summary(exports: Sequence[TeamExport], *,
                   specs: Sequence[TableSpec] | None = None) -> CountySummary:
    """The county view of already read (and checked) exports; ``specs`` defaults to
    TABLE_SPECS, and "Övriga mått" is always added."""
    if not exports:
        raise ValueError("county_summary needs at least one export")
    specs = list(TABLE_SPECS if specs is None else specs)
    rows = sum_rows(exports)
    fig = Figures(
        teams=tuple(Column(e.team, e.rows) for e in exports),
        county=Column(COUNTY, rows, is_county=True),
        keys=tuple(rows),
        consumed=frozenset(p for s in specs for p in s.consumes))
    by_part: dict[str, list[CountyTable]] = {}
    for spec in [*specs, OTHER_SPEC]:
        if not _has_figures(spec, fig):
            continue  # e.g. the results of a county of 4R exports, which carry none
        by_part.setdefault(spec.part, []).extend(spec.build(fig))
    # A part a later spec names that PARTS does not know stands before "Övriga mått".
    order = [*PARTS[:-1], *(p for p in by_part if p not in PARTS), PARTS[-1]]
    parts = tuple(Part(p, tuple(by_part[p])) for p in order if by_part.get(p))
    feds = {e.federation for e in exports if e.federation}
    first = exports[0]
    return CountySummary(tuple(exports), rows, first.period, first.period_start,
                         first.period_end, parts, feds.pop() if len(feds) == 1 else "")


def summarise(paths: Sequence[Path | str]) -> CountySummary:
    """Read and check the files, then build the county view (FederationInputError if refused)."""
    return county_summary(read_exports(paths))


__all__ = ["COUNTY", "MASK", "PARTS", "TABLE_SPECS", "Column", "CountySummary", "CountyTable",
           "Figures", "Item", "Part", "TableSpec", "across", "by_team", "county_only",
           "county_summary", "gender_values", "ratio", "sum_rows", "summarise", "total"]


#: The county view's tables, in order. Append a TableSpec to add tables for new measures; the
#: (measure, dimension) pairs in ``consumes`` then leave "Övriga mått".
