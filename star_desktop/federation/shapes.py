"""The building blocks of the county view's tables: a column of values (a team's rows or the
county's summed rows), the table shapes (teams as columns, teams as rows, county only), and the
spec a table is registered with. report_specs.py and fourr_specs.py build their tables with
these; county.py sums the teams and runs the specs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .reader import MASKED, Key, TeamExport, Value, add, period_label

COUNTY = "Länet"
MASK = "×"
MASK_NOTE = ("× = dolt: minst ett team har dolt ett litet antal (skydd av små tal), så summan "
             "eller kvoten visas inte.")
Cell = str | int | float | None

GENDER_HEADER = ("Kvinnor", "Män", "Annat/ej angivet", "Totalt", "Andel kvinnor", "Andel män")
_GENDER_KINDS = ("count", "count", "count", "count", "share", "share")
_GENDER_CODES = (("woman", "kvinnor"), ("man", "män"), ("other", "annat/ej angivet"))


# --- values ------------------------------------------------------------------------------------


def ratio(part: Value | None, whole: Value | None) -> Value | None:
    """part / whole from the counts; hidden if either is, None ("–") without a whole."""
    if part is MASKED or whole is MASKED:
        return MASKED
    if part is None or not whole:
        return None
    return part / whole  # type: ignore[operator]


def total(values: Iterable[Value | None]) -> Value | None:
    """The sum of the values that are there (None when none is); hidden if any is."""
    out: Value | None = None
    for v in values:
        if v is None:
            continue
        out = v if out is None else add(out, v)
    return out


def cell(v: Value | None) -> Cell:
    return MASK if v is MASKED else v  # type: ignore[return-value]


# --- columns and tables ------------------------------------------------------------------------


#: Measures a report export leaves out entirely when there is nothing to count (no deviation,
#: no budget line, no party present, no case raised): missing means 0 for these. Any other
#: measure a file does not carry at all (a 4R export carries no results) is "–", not 0.
SPARSE_MEASURES: set[str] = {"deviations.in_period", "budget.budget", "budget.outcome",
                             "budget.forecast", "attendance.meetings_attended", "intake.raised",
                             "intake.consulted"}


@dataclass(frozen=True)
class Column:
    """The rows one column of the county tables is computed from: a team's, or the county's."""

    label: str
    rows: Mapping[Key, Value]
    is_county: bool = False
    measures: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "measures", frozenset(k[0] for k in self.rows))

    def get(self, measure: str, dimension: str = "", category: str = "", gender: str = "all"
            ) -> Value | None:
        """The value, or None when the column has no such row."""
        return self.rows.get((measure, dimension, category, gender))

    def count(self, measure: str, dimension: str = "", category: str = "", gender: str = "all"
              ) -> Value | None:
        """The value; 0 when there is no row but the file carries the measure (a team writes
        no row for what it has none of), None ("–") when the file does not carry it at all."""
        v = self.get(measure, dimension, category, gender)
        if v is not None:
            return v
        return 0 if measure in self.measures or measure in SPARSE_MEASURES else None


@dataclass(frozen=True)
class CountyTable:
    """A table of the county view: a title, a header row and rows of cells.

    ``kinds`` gives each column's format as format.Table does ("text", "count", "share",
    "months", "days", "decimal", "amount"; "number" for a value of unknown meaning: whole
    numbers without decimals, others with one); where ``row_kinds`` names a kind for a row, it is
    used for that row's value columns instead (a teams-as-columns table has counts and shares in
    different rows). Rows in ``groups`` head a block (only their first cell is filled); rows in
    ``totals`` are sums (bold). "×" is a hidden value, None cannot be computed ("–").
    """

    key: str
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    kinds: Sequence[str]
    note: str = ""
    row_kinds: Sequence[str | None] = ()
    groups: frozenset[int] = frozenset()
    totals: frozenset[int] = frozenset()
    label_columns: int = 1

    def kind(self, i: int, j: int) -> str:
        """The format of the cell in row ``i``, column ``j``."""
        if j >= self.label_columns and i < len(self.row_kinds) and self.row_kinds[i]:
            return self.row_kinds[i]  # type: ignore[return-value]
        return self.kinds[j]

    def row(self, label: str) -> Sequence[Cell]:
        """The first row whose first cell is ``label`` (for readers and tests)."""
        return next(r for r in self.rows if r and r[0] == label)

    @property
    def has_masked(self) -> bool:
        return any(c == MASK for r in self.rows for c in r)


@dataclass(frozen=True)
class Figures:
    """What a spec builds its tables from: the teams' columns and the county's, last."""

    teams: tuple[Column, ...]
    county: Column
    keys: tuple[Key, ...]  # every summed key, in the order first seen
    consumed: frozenset[tuple[str, str]] = frozenset()

    @property
    def columns(self) -> tuple[Column, ...]:
        return (*self.teams, self.county)

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.columns)

    def categories(self, measure: str, dimension: str, known: Sequence[str] = ()) -> list[str]:
        """``known`` codes in their order, then any other code some team wrote, as first seen."""
        out = list(known)
        seen = set(out)
        for m, d, c, _g in self.keys:
            if m == measure and d == dimension and c not in seen:
                seen.add(c)
                out.append(c)
        return out

    def has(self, measure: str, dimension: str = "") -> bool:
        return any(m == measure and d == dimension for m, d, _c, _g in self.keys)


Builder = Callable[[Figures], list[CountyTable]]


@dataclass(frozen=True)
class TableSpec:
    """One entry of the county view: its tables (``build``), the part (sheet/section) they
    stand in, and the (measure, dimension) pairs they show — rows of pairs no spec consumes go
    to "Övriga mått". A measure ending in "*" consumes every measure with that prefix."""

    key: str
    part: str
    build: Builder
    consumes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Part:
    title: str
    tables: tuple[CountyTable, ...]


@dataclass(frozen=True)
class CountySummary:
    """The county view: the teams included, the summed rows and the tables by part."""

    teams: tuple[TeamExport, ...]
    rows: dict[Key, Value]
    period: str
    period_start: str
    period_end: str
    parts: tuple[Part, ...]
    federation: str = ""

    @property
    def period_label(self) -> str:
        return period_label(self.period)

    @property
    def period_text(self) -> str:
        """"Tertial 2 2026 (maj–augusti), 2026-05-01 – 2026-08-31"; a range said once."""
        span = f"{self.period_start} – {self.period_end}"
        label = self.period_label
        return label if label == span else f"{label}, {span}"

    @property
    def tables(self) -> list[CountyTable]:
        return [t for p in self.parts for t in p.tables]

    def table(self, key: str) -> CountyTable:
        return next(t for t in self.tables if t.key == key)

    @property
    def masked(self) -> int:
        """How many summed values are hidden."""
        return sum(1 for v in self.rows.values() if v is MASKED)

    @property
    def team_names(self) -> list[str]:
        return [t.team for t in self.teams]


# --- table shapes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One row of a teams-as-columns table: its label, its value in a column, its format."""

    label: str
    value: Callable[[Column], Value | None]
    kind: str = "count"
    total: bool = False


def _note(note: str, rows: Sequence[Sequence[Cell]]) -> str:
    if any(c == MASK for r in rows for c in r):
        return f"{note} {MASK_NOTE}".strip()
    return note


def across(fig: Figures, key: str, title: str, items: Sequence[Item], *, first: str = "",
           note: str = "", county_share: str = "") -> CountyTable:
    """Teams as columns: a row per item, a column per team, "Länet" last; ``county_share``
    adds a column with each row's share of the county's total row (its header)."""
    rows: list[list[Cell]] = []
    for it in items:
        rows.append([it.label, *(cell(it.value(c)) for c in fig.columns)])
    header = [first, *fig.header]
    kinds = ["text", *["count"] * len(fig.columns)]
    if county_share:
        whole = next((it.value(fig.county) for it in items if it.total), None)
        for it, r in zip(items, rows, strict=True):
            r.append(cell(ratio(it.value(fig.county), whole)))
        header.append(county_share)
        kinds.append("share")
        row_kinds: list[str | None] = []
    else:
        row_kinds = [it.kind for it in items]
    return CountyTable(key, title, header, rows, kinds, _note(note, rows), row_kinds,
                       totals=frozenset(i for i, it in enumerate(items) if it.total))


def by_team(fig: Figures, key: str, title: str, header: Sequence[str], kinds: Sequence[str],
            blocks: Sequence[tuple[str, Callable[[Column], Sequence[Value | None]]]], *,
            note: str = "", first: str = "Team") -> CountyTable:
    """Teams as rows: per block a heading row (when it has a label), a row per team and the
    county's row (bold); ``header`` and ``kinds`` are the value columns'."""
    rows: list[list[Cell]] = []
    groups: set[int] = set()
    totals: set[int] = set()
    for label, values in blocks:
        if label:
            groups.add(len(rows))
            rows.append([label, *[""] * len(header)])
        for c in fig.columns:
            if c.is_county:
                totals.add(len(rows))
            rows.append([c.label, *(cell(v) for v in values(c))])
    return CountyTable(key, title, [first, *header], rows, ["text", *kinds], _note(note, rows),
                       groups=frozenset(groups), totals=frozenset(totals))


def county_only(fig: Figures, key: str, title: str, header: Sequence[str],
                kinds: Sequence[str], rows: Sequence[tuple[str, Sequence[Value | str | None]]], *,
                note: str = "", total_labels: Iterable[str] = ("Totalt", "Summa"),
                group_labels: Iterable[str] = ()) -> CountyTable:
    """A table of the county alone, in a team report's layout (for the gender splits of the
    breakdowns, which per team are in each team's own report)."""
    out = [[label, *(cell(v) for v in values)] for label, values in rows]
    tl, gl = set(total_labels), set(group_labels)
    return CountyTable(key, title, header, out, kinds, _note(note, out),
                       groups=frozenset(i for i, r in enumerate(out) if r[0] in gl),
                       totals=frozenset(i for i, r in enumerate(out) if r[0] in tl))


def gender_values(c: Column, measure: str, dimension: str = "", category: str = ""
                  ) -> list[Value | None]:
    """Women, men, other, total and the shares of women and men, from the column's counts."""
    w, m, o, a = (c.count(measure, dimension, category, g)
                  for g in ("woman", "man", "other", "all"))
    return [w, m, o, a, ratio(w, a), ratio(m, a)]


def consumed(pair: tuple[str, str], pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether a spec shows rows of (measure, dimension); "x.*" matches every "x." measure."""
    m, d = pair
    for pm, pd in pairs:
        if pd == d and (pm == m or (pm.endswith("*") and m.startswith(pm[:-1]))):
            return True
    return False
