"""Small-count protection of the 4R tables: which cells an export that leaves the team hides.

The tables of one population (fourr.tables' ``family``: new, active at end, closed, planned,
worked with, ...) share their Totalt row, so they are protected together with
suppression.protect_family; a mean table is protected as the one-row table of its counts, which
is that same Totalt row. Tables whose "family" totals differ are not the same population and
are protected apart. The model and the attacks covered are in suppression.py.

The tables of the team's and the steering group's members are not protected: they count staff,
who are named in every call and every minutes, not participants.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .suppression import TOTAL, protect_family
from .tables import HIDDEN, CountTable, Masks, MeanTable

UNPROTECTED_FAMILIES = frozenset({"members_team", "members_steering"})


def _grid(t: CountTable | MeanTable) -> list[list[int]]:
    if isinstance(t, CountTable):
        return t.cells()
    n = t.mean.n
    return [[n.woman, n.man, n.other]]


def _masks(t: CountTable | MeanTable, status: dict) -> Masks:
    if isinstance(t, CountTable):
        return dict(status)
    # A mean table's one row is its counts; the Totalt row repeats them.
    out: Masks = {}
    for c in (0, 1, 2, TOTAL):
        hidden = [s for s in (status[(0, c)], status[(TOTAL, c)]) if s != "shown"]
        out[("n", c)] = hidden[0] if hidden else "shown"
    return out


def _hidden_table(t: CountTable, masks: Masks) -> Masks:
    """A table whose split the rule itself gives away (four 1s under a total of 4 are all 1,
    whatever is masked): only its Totalt row is published, the rows not at all."""
    out: Masks = {k: v for k, v in masks.items() if k[0] == TOTAL}
    for r in range(len(t.rows)):
        for c in (0, 1, 2, TOTAL):
            out[(r, c)] = "secondary"
    out[HIDDEN] = "secondary"
    return out


def protect_tables(tables: Sequence[CountTable | MeanTable]) -> dict[str, Masks]:
    """The masks of every table, by table key."""
    families: dict[tuple, list[CountTable | MeanTable]] = defaultdict(list)
    for t in tables:
        if t.family in UNPROTECTED_FAMILIES:
            continue
        grid = _grid(t)
        totals = tuple(sum(row[c] for row in grid) for c in range(3))
        families[(t.family, totals)].append(t)
    out: dict[str, Masks] = {}
    for family in families.values():
        members = [t for t in family if _grid(t)]  # a table without rows hides nothing
        if not members:
            continue
        for t, prot in zip(members, protect_family([_grid(t) for t in members]), strict=True):
            out[t.key] = _masks(t, prot.masks())
            if prot.exposed and isinstance(t, CountTable):
                out[t.key] = _hidden_table(t, out[t.key])
    # A mean whose sum is the Totalt row of a count table (interventions per participant) would
    # give a hidden total away through mean × count: hide it where that total is hidden.
    by_measure = {t.measure: t for t in tables if isinstance(t, CountTable)}
    for t in tables:
        source = by_measure.get(t.sum_measure) if isinstance(t, MeanTable) else None
        if source is None or source.key not in out:
            continue
        for c in (0, 1, 2, TOTAL):
            hidden = out[source.key].get((TOTAL, c), "shown")
            if hidden != "shown":
                out.setdefault(t.key, {})[("sum", c)] = hidden
    return out
