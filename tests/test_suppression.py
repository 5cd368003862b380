"""Small-count protection (fourr.suppression): hand-made tables, and properties on random tables
and families checked by two independent attackers written here:

- ``determined``: the linear attack — the sums as equations over the masked cells, shown cells as
  constants, solved exactly with fractions (Gaussian elimination); a masked cell is determined
  when its unit vector lies in the row space of the constraint matrix on the masked cells.
- ``pinned``: the bounds attack — a brute-force search for completions of the masked cells
  within what the symbols say ("<5" is 1–4, "×" is 0 or at least 5) that satisfy every sum;
  a masked cell is pinned when no completion gives it another value.

Both attackers are tried on masks known to leak, so the tests can fail.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from star_desktop.fourr.suppression import (
    FOOTER_NOTE,
    TOTAL,
    Index,
    Position,
    Protection,
    Status,
    cell_text,
    footer_note,
    protect,
    protect_family,
    share_may_be_shown,
)

T = 5
Key = tuple[object, Position]


# --- the linear attacker ------------------------------------------------------------------------

def _key(i: int, pos: Position) -> Key:
    """The Totalt row is one set of unknowns shared by every table of a family."""
    return ("shared", pos) if pos[0] == TOTAL else (i, pos)


def _equations(i: int, n_rows: int, n_cols: int) -> list[dict[Key, int]]:
    rows = list(range(n_rows))
    cols = list(range(n_cols))
    eqs: list[dict[Key, int]] = []
    for r in [*rows, TOTAL]:  # each row (the Totalt row too) adds up to its total
        eq = {_key(i, (r, c)): 1 for c in cols}
        eq[_key(i, (r, TOTAL))] = -1
        eqs.append(eq)
    for c in [*cols, TOTAL]:  # each column (the Totalt column too) adds up to its total
        eq = {_key(i, (r, c)): 1 for r in rows}
        eq[_key(i, (TOTAL, c))] = -1
        eqs.append(eq)
    return eqs


def determined(tables: Sequence[tuple[int, int, set[Position]]]) -> set[Key]:
    """The masked unknowns whose value follows exactly from the sums of all the tables, given
    (n_rows, n_cols, masked positions) per table."""
    unknowns = sorted({_key(i, p) for i, (_r, _c, m) in enumerate(tables) for p in m}, key=repr)
    index = {k: j for j, k in enumerate(unknowns)}
    matrix = []
    for i, (n_rows, n_cols, _m) in enumerate(tables):
        for eq in _equations(i, n_rows, n_cols):
            row = [Fraction(0)] * len(unknowns)
            for k, coef in eq.items():
                if k in index:  # shown cells are constants
                    row[index[k]] += coef
            matrix.append(row)
    pivots: list[int] = []
    top = 0
    for col in range(len(unknowns)):
        pivot = next((i for i in range(top, len(matrix)) if matrix[i][col] != 0), None)
        if pivot is None:
            continue
        matrix[top], matrix[pivot] = matrix[pivot], matrix[top]
        lead = matrix[top][col]
        matrix[top] = [x / lead for x in matrix[top]]
        for i in range(len(matrix)):
            if i != top and matrix[i][col] != 0:
                f = matrix[i][col]
                matrix[i] = [a - f * b for a, b in zip(matrix[i], matrix[top], strict=True)]
        pivots.append(col)
        top += 1
    # e_j is in the row space iff j is a pivot and its reduced row is e_j.
    return {unknowns[col] for k, col in enumerate(pivots)
            if all(x == 0 for j, x in enumerate(matrix[k]) if j != col)}


def _masked_sets(ps: Sequence[Protection]) -> list[tuple[int, int, set[Position]]]:
    return [(p.n_rows, p.n_cols, set(p.masked)) for p in ps]


# --- the bounds attacker ------------------------------------------------------------------------

def _in_range(v: int, status: Status) -> bool:
    if status is Status.PRIMARY:
        return 1 <= v < T
    if status is Status.SECONDARY:
        return v == 0 or v >= T
    raise AssertionError(status)


def pinned(ps: Sequence[Protection], targets: Sequence[Key], reach: int = 2) -> set[Key]:
    """The targets that no completion of the family moves. A completion gives every masked
    interior cell a value its symbol allows ("<5": 1–4; "×": 0, or at least 5 and within
    ``reach`` of the true value — fewer completions than the reader must allow, so a target that
    moves here moves for the reader too; a large ``reach`` makes the search exhaustive), and
    then every sum must hold, every total must fit its own symbol, and the tables of a family
    must agree on their shared Totalt row. Search: row by row, each row's options already
    fitting its row total, with column sums pruned by what the remaining rows can add."""

    def domain(i: int, pos: Position) -> list[int]:
        p = ps[i]
        if p.is_shown(pos):
            return [p.values[pos]]
        if p.status[pos] is Status.PRIMARY:
            return list(range(1, T))
        x = p.values[pos]
        return [0, *range(max(T, x - reach), max(T, x) + reach + 1)]

    def fits(i: int, pos: Position, value: int) -> bool:
        p = ps[i]
        return value == p.values[pos] if p.is_shown(pos) else _in_range(value, p.status[pos])

    def options(i: int, r: int) -> list[tuple[int, ...]]:
        out = []
        for row in itertools.product(*(domain(i, (r, c)) for c in range(ps[i].n_cols))):
            if fits(i, (r, TOTAL), sum(row)):
                out.append(row)
        return out

    def moves(target: Key) -> bool:
        owner, (tr, tc) = target
        assert (owner == "shared") == (tr == TOTAL), f"not a key of _key(): {target!r}"
        truth = ps[0 if owner == "shared" else owner].values[(tr, tc)]  # type: ignore[index]
        rows_of = []
        for i, p in enumerate(ps):
            table = []
            for r in range(p.n_rows):
                opts = options(i, r)
                if owner == i and tr == r:  # a cell of this row, or its total, must move
                    opts = [o for o in opts if (sum(o) if tc == TOTAL else o[tc]) != truth]
                table.append(opts)
            rows_of.append(table)

        def table_ok(i: int, totals: list[int], shared: list[int] | None) -> bool:
            """The Totalt row (column totals, then the grand total) fits its symbols and, in a
            sibling, equals the first table's."""
            if shared is not None and totals != shared:
                return False
            cols: list[Index] = [*range(ps[i].n_cols), TOTAL]
            return all(fits(i, (TOTAL, c), v) for c, v in zip(cols, totals, strict=True))

        def search(i: int, shared: list[int] | None) -> bool:
            if i == len(ps):
                return True
            p, table = ps[i], rows_of[i]
            n_cols = p.n_cols
            if any(not opts for opts in table):
                return False
            low = [[min(o[c] for o in opts) for c in range(n_cols)] for opts in table]
            high = [[max(o[c] for o in opts) for c in range(n_cols)] for opts in table]

            def col_bounds(c: int) -> tuple[int, float]:
                if shared is not None:
                    return shared[c], shared[c]  # type: ignore[index]
                pos = (TOTAL, c)
                if p.is_shown(pos):
                    return p.values[pos], p.values[pos]
                if p.status[pos] is Status.PRIMARY:
                    return 1, T - 1
                return 0, float("inf")

            bounds = [col_bounds(c) for c in range(n_cols)]

            def rows(r: int, cols: list[int]) -> bool:
                for c in range(n_cols):
                    rest_low = sum(low[k][c] for k in range(r, p.n_rows))
                    rest_high = sum(high[k][c] for k in range(r, p.n_rows))
                    if cols[c] + rest_low > bounds[c][1] or cols[c] + rest_high < bounds[c][0]:
                        return False
                if r == p.n_rows:
                    totals = [*cols, sum(cols)]
                    if not table_ok(i, totals, shared):
                        return False
                    if owner == "shared" and totals[tc if tc != TOTAL else -1] == truth:
                        return False
                    return search(i + 1, totals if shared is None else shared)
                return any(rows(r + 1, [a + b for a, b in zip(cols, o, strict=True)])
                           for o in table[r])

            return rows(0, [0] * n_cols)

        return search(0, None)

    return {t for t in targets if not moves(t)}


def _claimed(ps: Sequence[Protection]) -> list[Key]:
    """The masked cells the module claims are safe from the bounds attack: non-zero, not exposed."""
    keys: dict[Key, None] = {}
    for i, p in enumerate(ps):
        for pos in p.masked:
            if p.values[pos] != 0 and pos not in p.exposed:
                keys[_key(i, pos)] = None
    return list(keys)


def _protection(cells: list[list[int]], masked: set[Position]) -> Protection:
    """A hand-made mask (e.g. what a naive method would choose), for the attackers."""
    values = protect(cells).values
    status = {p: (Status.SHOWN if p not in masked else
                  Status.PRIMARY if 1 <= v < T else Status.SECONDARY) for p, v in values.items()}
    return Protection(len(cells), len(cells[0]), T, values, status)


# --- the attackers can find leaks ---------------------------------------------------------------

def test_the_linear_attacker_finds_a_bridge_between_two_protected_blocks() -> None:
    # Two 2×2 blocks, each a cycle, joined by one masked cell: every row and column holds two or
    # more masked cells, yet the joining cell follows from the sums.
    blocks = {(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3)}
    assert determined([(4, 4, blocks)]) == set()
    assert determined([(4, 4, blocks | {(0, 2)})]) == {(0, (0, 2))}


def test_the_bounds_attacker_finds_a_small_cell_paired_with_a_five() -> None:
    # The line rule's naive choice: the "<5" of 1 is protected by the smallest shown cell in its
    # row, a 5; the row total 36 is shown, so 1 + 5 is known to be 6 — and a "×" is not 1–4.
    cells = [[1, 5, 30], [40, 41, 42]]
    naive = _protection(cells, {(0, 0), (0, 1), (1, 0), (1, 1)})
    assert determined(_masked_sets([naive])) == set()  # the linear attack finds nothing
    assert pinned([naive], [(0, (0, 0))], reach=200) == {(0, (0, 0))}  # the bounds do


def test_the_module_does_not_pair_that_small_cell_with_the_five() -> None:
    p = protect([[1, 5, 30], [40, 41, 42]])
    assert p.status[(0, 0)] is Status.PRIMARY
    assert pinned([p], _claimed([p])) == set()
    assert determined(_masked_sets([p])) == set()


# --- hand-made tables ---------------------------------------------------------------------------

def test_nothing_to_mask() -> None:
    cells = [[10, 12, 6], [8, 9, 7]]
    p = protect(cells)
    assert p.masked == frozenset()
    assert p.grid() == [["10", "12", "6", "28"], ["8", "9", "7", "24"],
                        ["18", "21", "13", "52"]]
    assert all(share_may_be_shown(p, (r, c), (r, TOTAL)) for r in range(2) for c in range(3))


def test_a_single_small_cell_masks_cells_in_its_row_and_its_column() -> None:
    p = protect([[2, 12, 6], [8, 9, 7], [11, 14, 9]])
    assert p.grid() == [["<5", "12", "×", "20"],
                        ["×", "9", "×", "24"],
                        ["11", "14", "9", "34"],
                        ["21", "35", "22", "78"]]
    assert p.status[(0, 0)] is Status.PRIMARY
    assert p.status[(0, 2)] is p.status[(1, 0)] is p.status[(1, 2)] is Status.SECONDARY
    assert determined(_masked_sets([p])) == set()
    assert pinned([p], _claimed([p])) == set()


def test_a_small_column_total_masks_another_total_of_the_totalt_row() -> None:
    p = protect([[10, 12, 1], [8, 9, 2], [11, 14, 0]])
    assert p.status[(TOTAL, 2)] is Status.PRIMARY  # Annat/ej angivet in all: 3
    others = [(TOTAL, c) for c in (0, 1, TOTAL)]
    assert sum(not p.is_shown(pos) for pos in others) >= 1
    assert p.is_shown((TOTAL, TOTAL))  # the grand total survives: a second column total goes
    assert determined(_masked_sets([p])) == set()
    assert pinned([p], _claimed([p])) == set()


def test_a_small_row_total() -> None:
    p = protect([[1, 2, 0], [20, 30, 10], [15, 16, 17]])
    assert p.status[(0, TOTAL)] is Status.PRIMARY
    assert p.text((0, 0)) == p.text((0, 1)) == p.text((0, TOTAL)) == "<5"
    assert p.text((0, 2)) == "0"
    assert determined(_masked_sets([p])) == set()
    assert pinned([p], _claimed([p])) == set()


def test_a_zero_row_is_shown() -> None:
    p = protect([[0, 0, 0], [5, 6, 7]])
    assert p.masked == frozenset()
    assert p.grid()[0] == ["0", "0", "0", "0"]


def test_all_cells_small() -> None:
    p = protect([[1, 2], [3, 1]])
    assert p.grid() == [["<5", "<5", "<5"], ["<5", "<5", "<5"], ["<5", "<5", "7"]]
    assert determined(_masked_sets([p])) == set()
    assert pinned([p], _claimed([p])) == set()


def test_four_ones_under_a_total_of_four_are_reported_as_exposed() -> None:
    # Four "<5" cells (each at least 1) under a "<5" total: every one is 1, whatever is masked.
    p = protect([[1], [1], [1], [1]])
    assert (0, 0) in p.exposed and (TOTAL, TOTAL) in p.exposed
    assert pinned([p], [(0, (0, 0))], reach=200) == {(0, (0, 0))}  # not a false alarm
    assert determined(_masked_sets([p])) == set()  # still safe from the sums alone


def test_forced_positions_are_masked_and_protected() -> None:
    p = protect([[10, 12, 6], [8, 9, 7]], forced=[(TOTAL, 0)])
    assert p.status[(TOTAL, 0)] is Status.SECONDARY
    assert p.text((TOTAL, 0)) == "×"
    assert determined(_masked_sets([p])) == set()
    assert pinned([p], _claimed([p])) == set()
    with pytest.raises(ValueError, match="no position"):
        protect([[10]], forced=[(3, 0)])


def test_family_a_total_masked_in_one_table_is_masked_in_its_siblings() -> None:
    by_age = [[10, 12, 0], [15, 0, 2], [6, 1, 6]]
    by_party = [[15, 7, 4], [16, 6, 4]]  # same Totalt row: 31, 13, 8
    alone = protect(by_age), protect(by_party)
    trow = [(TOTAL, c) for c in (0, 1, 2, TOTAL)]
    assert [pos for pos in trow if not alone[0].is_shown(pos)] == []
    assert [pos for pos in trow if not alone[1].is_shown(pos)] == [(TOTAL, 1), (TOTAL, 2)]
    family = protect_family([by_age, by_party])
    for pos in trow:
        assert family[0].status[pos] == family[1].status[pos]
    assert not family[0].is_shown((TOTAL, 1)) and not family[0].is_shown((TOTAL, 2))
    assert determined(_masked_sets(family)) == set()
    assert pinned(family, _claimed(family)) == set()


def test_family_tables_protected_one_by_one_leak_together() -> None:
    a = [[15, 2, 0], [8, 0, 10], [12, 0, 20]]
    b = [[17, 2, 15], [18, 0, 15]]  # Totalt row 35, 2, 30
    alone = [protect(a), protect(b)]
    assert determined(_masked_sets([alone[0]])) == determined(_masked_sets([alone[1]])) == set()
    # a shows the Annat total, b the Kvinnor total: with the grand total, Män's 2 follows.
    assert ("shared", (TOTAL, 1)) in determined(_masked_sets(alone))
    family = protect_family([a, b])
    assert determined(_masked_sets(family)) == set()
    assert pinned(family, _claimed(family)) == set()


def test_family_forcing_the_union_of_the_masked_totals_is_not_enough() -> None:
    # Each table protected alone, then again with every total masked in any of them forced:
    # the Totalt row is masked alike, yet the sums of both tables together give a row total.
    family = [[[0, 0, 1], [1, 2, 5]], [[1, 2, 0], [0, 0, 6]]]
    shared = {p for cells in family for p in protect(cells).masked if p[0] == TOTAL}
    forced = [protect(cells, forced=shared) for cells in family]
    assert determined(_masked_sets(forced)) == {(1, (0, TOTAL))}
    ps = protect_family(family)
    assert determined(_masked_sets(ps)) == set()
    assert pinned(ps, _claimed(ps)) == set()


def test_family_needs_the_same_totalt_row() -> None:
    with pytest.raises(ValueError, match="same Totalt row"):
        protect_family([[[1, 2]], [[2, 1]]])
    assert protect_family([]) == []


@pytest.mark.parametrize("cells", [[], [[]], [[1, 2], [3]], [[-1]], [[True]], [[1.5]]])
def test_bad_tables_are_refused(cells: list[list[int]]) -> None:
    with pytest.raises(ValueError):
        protect(cells)


def test_threshold_must_be_at_least_two() -> None:
    with pytest.raises(ValueError, match="threshold"):
        protect([[1]], threshold=1)
    p = protect([[2, 9], [8, 20]], threshold=3)
    assert p.grid() == [["<3", "×", "11"], ["×", "×", "28"], ["10", "29", "39"]]
    assert footer_note(3).startswith("<3 = 1–2 (")


def test_texts_footer_and_shares() -> None:
    p = protect([[2, 12, 6], [8, 9, 7], [11, 14, 9]])
    assert cell_text(p, (0, 0)) == "<5"
    assert cell_text(p, (1, 0)) == "×"  # 8: "<5" would be false
    assert cell_text(p, (2, 1)) == "14"
    assert p.text((TOTAL, TOTAL), number=lambda v: f"{v:,}".replace(",", " ")) == "78"
    assert FOOTER_NOTE == footer_note(5) == ("<5 = 1–4 (dolt för att skydda enskilda), × = dolt "
                                             "så att ett litet antal inte kan räknas fram")
    assert share_may_be_shown(p, (2, 0), (2, TOTAL))
    assert not share_may_be_shown(p, (0, 0), (0, TOTAL))  # the count is masked
    assert share_may_be_shown(p, (0, 1), (TOTAL, 1))  # 12 of 35: both shown
    assert p.masks()[(0, 0)] == "primary" and p.masks()[(2, 2)] == "shown"


# --- properties on random tables ----------------------------------------------------------------

_values = st.one_of(st.integers(0, 5), st.integers(0, 5), st.integers(0, 30))


def _tables(max_rows: int, max_cols: int, values: st.SearchStrategy[int] = _values
            ) -> st.SearchStrategy[list[list[int]]]:
    return st.integers(1, max_cols).flatmap(
        lambda n_cols: st.lists(st.lists(values, min_size=n_cols, max_size=n_cols),
                                min_size=1, max_size=max_rows))


def _check_table(cells: list[list[int]], p: Protection) -> None:
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            assert p.values[(r, c)] == v
        assert p.values[(r, TOTAL)] == sum(row)
    for pos, v in p.values.items():
        status = p.status[pos]
        if 1 <= v < T:  # (a) every small value is masked, as "<5"
            assert status is Status.PRIMARY and p.text(pos) == "<5"
        elif status is Status.SHOWN:  # (c) shown cells keep their true values
            assert p.text(pos) == str(v)
        else:
            assert status is Status.SECONDARY and p.text(pos) == "×"


@settings(max_examples=200, deadline=None)
@given(_tables(8, 3))
def test_random_tables_are_protected_against_the_sums(cells: list[list[int]]) -> None:
    p = protect(cells)
    _check_table(cells, p)
    assert determined(_masked_sets([p])) == set()  # (b)
    assert p.exposed <= p.masked


@st.composite
def _families(draw: st.DrawFn, max_rows: int = 8, values: st.SearchStrategy[int] = _values
              ) -> list[list[list[int]]]:
    """A table and 1–2 siblings with its column totals, each total split at random."""
    first = draw(_tables(max_rows, 3, values))
    n_cols = len(first[0])
    totals = [sum(row[c] for row in first) for c in range(n_cols)]
    family = [first]
    for _ in range(draw(st.integers(1, 2))):
        n_rows = draw(st.integers(1, max_rows))
        columns = []
        for total in totals:
            cuts = sorted(draw(st.lists(st.integers(0, total), min_size=n_rows - 1,
                                        max_size=n_rows - 1)))
            columns.append([b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)])
        family.append([[columns[c][r] for c in range(n_cols)] for r in range(n_rows)])
    return family


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_families())
def test_random_families_are_protected_against_all_their_sums(
        family: list[list[list[int]]]) -> None:
    ps = protect_family(family)
    for cells, p in zip(family, ps, strict=True):
        _check_table(cells, p)
    trow = [(TOTAL, c) for c in [*range(ps[0].n_cols), TOTAL]]
    for p in ps[1:]:  # (d) the shared Totalt row is masked alike everywhere
        assert [p.status[pos] for pos in trow] == [ps[0].status[pos] for pos in trow]
    assert determined(_masked_sets(ps)) == set()  # (b) across the whole family


_small_values = st.one_of(st.integers(0, 4), st.integers(0, 9))


@settings(max_examples=150, deadline=None)
@given(_tables(3, 3, _small_values))
def test_random_small_tables_are_protected_against_the_bounds(cells: list[list[int]]) -> None:
    p = protect(cells)
    assert pinned([p], _claimed([p])) == set()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_families(max_rows=2, values=_small_values))
def test_random_small_families_are_protected_against_the_bounds(
        family: list[list[list[int]]]) -> None:
    ps = protect_family(family)
    assert pinned(ps, _claimed(ps)) == set()
