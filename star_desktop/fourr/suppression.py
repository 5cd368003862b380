"""Small-count protection of statistical tables that leave the team (primary and secondary
suppression, as statistics offices do it). Pure Python: no Qt, no database.

The rule we publish: a count from 1 to threshold − 1 (1–4) is shown as "<5", 0 is shown as 0,
and no masked figure can be worked out exactly from what is published — the shown cells, the
symbols and the table's sums.

API
---
A table is a matrix of non-negative ints ``cells[r][c]``, the interior only (rows = categories,
columns = Kvinnor, Män, Annat/ej angivet). The module adds the row totals (the Totalt column), the
column totals (the Totalt row) and the grand total, and may mask those too. A position is
``(row, column)`` where either index may be ``TOTAL`` (the string "total", the same keys as
``fourr.tables.Masks``): ``(r, c)`` an interior cell, ``(r, TOTAL)`` the total of row r,
``(TOTAL, c)`` the total of column c, ``(TOTAL, TOTAL)`` the grand total.

``protect(cells, *, threshold=5, forced=()) -> Protection``
    Protects one table. ``forced`` positions are masked whatever their value (for instance a
    total masked in another table that shares it).
``protect_family(tables, *, threshold=5) -> list[Protection]``
    Protects tables that split the same population in different ways and so share their Totalt
    row (same column totals and grand total; checked, else ValueError). A shared total is masked
    in all of them or in none, and the tables are protected together (see below).
``Protection``
    For every position its true value (``values``) and ``status``: ``Status.SHOWN``,
    ``Status.PRIMARY`` (1..threshold − 1) or ``Status.SECONDARY`` (masked so that another masked
    figure cannot be worked out; a forced position that is not small is secondary too).
    ``text(pos)``, ``grid()`` and ``masks()`` give what may be published; ``exposed`` the masked
    cells the rule itself gives away (point 2 below; normally empty).
``cell_text(protection, pos, number=str) -> str``
    The number, "<5" for a primary cell, "×" for a secondary one (a secondary cell may be 5 or
    more, so "<5" would be false).
``footer_note(threshold=5) -> str`` (and ``FOOTER_NOTE``)
    The one-line Swedish note explaining the symbols, for the table's footer.
``share_may_be_shown(protection, count, denominator) -> bool``
    A share count / denominator gives both away, so it is shown only when both are shown.

Protection model and the attacks covered
-----------------------------------------
The reader knows every shown value, the rule, and that the table adds up: each row with its row
total, each column with its column total, the Totalt row and the Totalt column with the grand
total (in a family: every table's sums, with the Totalt row common to all).

Primary suppression masks every value 1..threshold − 1, totals too, and the forced positions.
Secondary suppression then masks more cells until every masked cell is *protected*, proven by a
witness: a second completion of the whole table (family) that agrees with everything published
and gives that cell another value. A witness is a cycle of masked cells, changed alternately by
+1 and −1 along its rows and columns (totals take the sign that keeps their sums): a cycle in the
bipartite graph whose nodes are the rows and the columns (the Totalt ones included) and whose
edges are the masked cells. Hence every line holds zero or at least two masked cells — but that
line rule alone is not enough (two protected blocks joined by one cell satisfy it, and the
joining cell follows from the sums), so the module checks cycles, not counts.

1. Linear equations from the sums: always covered. Every masked cell lies on such a cycle, a
   non-zero vector of the null space of the sum constraints, so its exact value follows from no
   combination of the sums and the shown cells.
2. The bounds attack: covered for every masked cell of non-zero value that is not listed in
   ``Protection.exposed``. The reader knows a "<5" lies in 1..threshold − 1 and a "×" is 0 or
   at least threshold. A witness must keep every cell of its cycle inside a stricter range: a
   "<5" inside 1..threshold − 1, a "×" of true value ≥ threshold at threshold or more, a masked
   0 fixed at 0 — a completion the reader cannot rule out, so the cell takes at least two values
   among the completions the reader must consider. (A line whose only masked cells are a "<5" of
   1 and a "×" of 5, with their sum known, has no such cycle: one of the two would have to go
   down, and neither can — so other cells are chosen.) For one table the search for a cycle in
   the residual graph of these ranges is exact (the network-flow criterion), so a cell is listed
   in ``exposed`` only when no completion within those ranges moves it even with every cell
   masked. That happens when the rule itself gives the cell away: four "<5" cells (each ≥ 1)
   under a "<5" total are all 1. The caller should then merge categories or leave the table out.
3. A masked 0 is protected against the linear attack only: no completion may let it reach the
   threshold, so a reader can find that it is 0 — which tells nothing about anybody — and no
   other cell's witness relies on it (it is held at 0). Zeros are masked when a caller forces
   them, and as secondary cells only to protect such a masked zero or an exposed cell, where
   only the linear guarantee is sought; for the bounds a masked zero (held at 0) is useless.
4. Families: the tables' witnesses must agree on the shared Totalt row. A cycle through the
   Totalt row changes exactly two shared totals, by +1 and −1 (a "pattern"). A masked cell is
   protected by a cycle inside its own table that leaves the Totalt row alone, or by a pattern
   that every other table carries too (a path between the two columns among its own masked
   cells, in the right direction). Both are completions of the whole family, so attacks 1 and 2
   are covered across the tables of a family. This restriction to single patterns of ±1 is
   sufficient, not exact: in a family ``exposed`` may list a cell that some larger change would
   move. Masking the shared totals alike in all tables is not enough on its own: the tests hold
   two tables, each protected alone and then again with the union of their masked totals
   forced, whose sums together give a row total away.

Not covered: a reader who knows this algorithm and reasons about why a cell was chosen; other
published tables that overlap these, beyond the forced positions or one family; the same figures
for other periods, whose differences may be small counts.

Choosing secondary cells: for a masked cell without a witness, the cheapest cycle through it is
found with Dijkstra over every cell of the table, a masked cell costing nothing and a shown one
what masking it costs: fewest new totals of the Totalt row, then fewest new row totals, then
fewest zeros, then the smallest sum of newly masked values. A cycle through the Totalt row also
takes the cheapest path for its pattern in every other table of the family. The cells on it are
masked and the search repeats until every masked cell has a witness: a fixed point, reached
because masking more never takes a witness away.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal

#: The index of the totals: the Totalt column as a column index, the Totalt row as a row index.
TOTAL: Final = "total"
Index = int | Literal["total"]
Position = tuple[Index, Index]

SECONDARY_SYMBOL: Final = "×"


class Status(StrEnum):
    """Whether a position is shown, and if not why (equal to the plain strings)."""

    SHOWN = "shown"
    PRIMARY = "primary"
    SECONDARY = "secondary"


def footer_note(threshold: int = 5) -> str:
    """The table footer that explains the two symbols."""
    small = "1" if threshold == 2 else f"1–{threshold - 1}"
    return (f"<{threshold} = {small} (dolt för att skydda enskilda), {SECONDARY_SYMBOL} = dolt så "
            "att ett litet antal inte kan räknas fram")


FOOTER_NOTE: Final = footer_note()


@dataclass(frozen=True)
class Protection:
    """The outcome for one table: every position's true value and whether it may be shown.

    ``values`` holds the true values of masked positions too: keep the object inside the team and
    publish only ``text``/``grid``/``masks``. ``exposed`` lists masked cells of non-zero value
    whose value the bounds attack might still pin down (see the module docstring); normally empty.
    """

    n_rows: int
    n_cols: int
    threshold: int
    values: Mapping[Position, int]
    status: Mapping[Position, Status]
    exposed: frozenset[Position] = frozenset()

    def positions(self) -> list[Position]:
        """All positions: row by row with the row total last, then the Totalt row."""
        rows: list[Index] = [*range(self.n_rows), TOTAL]
        cols: list[Index] = [*range(self.n_cols), TOTAL]
        return [(r, c) for r in rows for c in cols]

    def is_shown(self, pos: Position) -> bool:
        return self.status[pos] is Status.SHOWN

    @property
    def masked(self) -> frozenset[Position]:
        return frozenset(p for p, s in self.status.items() if s is not Status.SHOWN)

    def text(self, pos: Position, number: Callable[[int], str] = str) -> str:
        return cell_text(self, pos, number)

    def grid(self, number: Callable[[int], str] = str) -> list[list[str]]:
        """The publishable texts, (n_rows + 1) × (n_cols + 1), the totals last."""
        rows: list[Index] = [*range(self.n_rows), TOTAL]
        cols: list[Index] = [*range(self.n_cols), TOTAL]
        return [[cell_text(self, (r, c), number) for c in cols] for r in rows]

    def masks(self) -> dict[Position, str]:
        """Position -> "shown" / "primary" / "secondary", the shape of ``fourr.tables.Masks``."""
        return {p: str(s) for p, s in self.status.items()}


def cell_text(protection: Protection, pos: Position, number: Callable[[int], str] = str) -> str:
    """The text to publish for a position: the number, "<5" (primary) or "×" (secondary)."""
    status = protection.status[pos]
    if status is Status.PRIMARY:
        return f"<{protection.threshold}"
    if status is Status.SECONDARY:
        return SECONDARY_SYMBOL
    return number(protection.values[pos])


def share_may_be_shown(protection: Protection, count: Position, denominator: Position) -> bool:
    """A share with both parts known gives nothing away; with one part masked it gives that part
    away (count = share × denominator), so it is shown only when both are shown."""
    return protection.is_shown(count) and protection.is_shown(denominator)


def protect(cells: Sequence[Sequence[int]], *, threshold: int = 5,
            forced: Iterable[Position] = ()) -> Protection:
    """Primary and secondary suppression of one table (see the module docstring)."""
    table = _Table(cells)
    forced = list(forced)
    for pos in forced:
        if pos not in table.values:
            raise ValueError(f"no position {pos!r} in a {table.n_rows}×{table.n_cols} table")
    return _Family([table], _check_threshold(threshold), [forced]).run()[0]


def protect_family(tables: Sequence[Sequence[Sequence[int]]], *,
                   threshold: int = 5) -> list[Protection]:
    """Protects tables that share their Totalt row together, so that a shared total is masked
    alike in all of them and no masked figure follows from all the tables' sums together."""
    parsed = [_Table(cells) for cells in tables]
    if not parsed:
        return []
    first = parsed[0]
    for i, t in enumerate(parsed[1:], start=1):
        if t.n_cols != first.n_cols or any(t.values[(TOTAL, c)] != first.values[(TOTAL, c)]
                                           for c in first.cols):
            raise ValueError(f"table {i} does not have the same Totalt row as table 0")
    return _Family(parsed, _check_threshold(threshold), [[] for _ in parsed]).run()


# --- the engine -----------------------------------------------------------------------------------

def _check_threshold(threshold: int) -> int:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 2:
        raise ValueError(f"threshold must be an int of at least 2, not {threshold!r}")
    return threshold


class _Table:
    """One table's values with the totals added, and its rows and columns with TOTAL."""

    def __init__(self, cells: Sequence[Sequence[int]]) -> None:
        grid = [list(row) for row in cells]
        if not grid or not grid[0]:
            raise ValueError("a table needs at least one row and one column")
        n_cols = len(grid[0])
        for row in grid:
            if len(row) != n_cols:
                raise ValueError("every row of a table must have the same number of cells")
            for v in row:
                if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                    raise ValueError(f"counts must be non-negative ints, not {v!r}")
        self.n_rows, self.n_cols = len(grid), n_cols
        self.rows: list[Index] = [*range(self.n_rows), TOTAL]
        self.cols: list[Index] = [*range(self.n_cols), TOTAL]
        values: dict[Position, int] = {}
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                values[(r, c)] = v
            values[(r, TOTAL)] = sum(row)
        for c in range(n_cols):
            values[(TOTAL, c)] = sum(row[c] for row in grid)
        values[(TOTAL, TOTAL)] = sum(map(sum, grid))
        self.values = values


_BOUNDS, _LINEAR = "bounds", "linear"
#: A node of the bipartite graph: ("r", row index) or ("c", column index).
_Node = tuple[str, Index]
_Arc = tuple[_Node, _Node, Position]
#: A masked cell of the family: (table, position); the Totalt row is keyed under table 0.
_Key = tuple[int, Position]
_Cost = tuple[int, int, int, int, int]


def _sign(pos: Position) -> int:
    """Row and column totals enter their sums with −1, so that, with y = sign · x, every row
    and every column of the extended table sums to zero and a masked cell is an edge (row → col)
    of a flow network."""
    r, c = pos
    return -1 if (r == TOTAL) != (c == TOTAL) else 1


def _shared(pos: Position) -> bool:
    return pos[0] == TOTAL


class _State:
    """The masked positions: one set for the Totalt row (shared by the family), one per table."""

    def __init__(self, shared: set[Position], private: list[set[Position]]) -> None:
        self.shared, self.private = shared, private

    def masked(self, i: int, pos: Position) -> bool:
        return pos in self.shared if _shared(pos) else pos in self.private[i]

    def add(self, i: int, pos: Position) -> None:
        (self.shared if _shared(pos) else self.private[i]).add(pos)


class _Family:
    def __init__(self, tables: list[_Table], threshold: int,
                 forced: list[list[Position]]) -> None:
        self.tables, self.t = tables, threshold
        state = _State(set(), [set() for _ in tables])
        for i, table in enumerate(tables):
            for pos, v in table.values.items():
                if 1 <= v < threshold:
                    state.add(i, pos)
            for pos in forced[i]:
                state.add(i, pos)
        self.state = state
        self.exposed: set[_Key] = set()

    # -- ranges and arcs

    def _allowed(self, x: int, v: int) -> bool:
        """Whether value v is in the range a witness may give a cell of true value x."""
        if 1 <= x < self.t:
            return 1 <= v < self.t
        if x >= self.t:
            return v >= self.t
        return v == 0

    def _edge_arcs(self, i: int, pos: Position, mode: str) -> list[_Arc]:
        """The residual arcs of a masked cell: row → col if y may grow by 1, col → row if it
        may shrink by 1 (in linear mode both, for any cell)."""
        r, c = pos
        u, w = ("r", r), ("c", c)
        if mode == _LINEAR:
            return [(u, w, pos), (w, u, pos)]
        x, s = self.tables[i].values[pos], _sign(pos)
        arcs: list[_Arc] = []
        if self._allowed(x, x + s):
            arcs.append((u, w, pos))
        if self._allowed(x, x - s):
            arcs.append((w, u, pos))
        return arcs

    def _adjacency(self, state: _State, i: int, mode: str) -> dict[_Node, list[_Arc]]:
        """Residual arcs of table i's masked cells, the Totalt row left out."""
        adj: dict[_Node, list[_Arc]] = {}
        for pos in state.private[i]:
            for arc in self._edge_arcs(i, pos, mode):
                adj.setdefault(arc[0], []).append(arc)
        return adj

    @staticmethod
    def _reach(adj: dict[_Node, list[_Arc]], start: _Node, goal: _Node,
               banned: Position | None = None) -> bool:
        seen, queue = {start}, deque([start])
        while queue:
            node = queue.popleft()
            if node == goal:
                return True
            for _u, w, pos in adj.get(node, ()):
                if pos != banned and w not in seen:
                    seen.add(w)
                    queue.append(w)
        return False

    def _patterns(self, state: _State, mode: str) -> list[tuple[Position, Position]]:
        """Pairs (a, b) of masked shared totals where y_a may grow by 1 and y_b shrink by 1."""
        grow, shrink = [], []
        for pos in sorted(state.shared, key=_order):
            arcs = self._edge_arcs(0, pos, mode)
            grow += [pos for u, _w, _p in arcs if u[0] == "r"]
            shrink += [pos for u, _w, _p in arcs if u[0] == "c"]
        return [(a, b) for a in grow for b in shrink if a != b]

    def _carries(self, state: _State, j: int, pattern: tuple[Position, Position], mode: str,
                 adj: dict[_Node, list[_Arc]] | None = None) -> bool:
        """Whether table j can balance the pattern: a path from column a to column b."""
        a, b = pattern
        adj = self._adjacency(state, j, mode) if adj is None else adj
        return self._reach(adj, ("c", a[1]), ("c", b[1]))

    # -- witnesses

    def _witness(self, state: _State, key: _Key, mode: str) -> bool:
        """Whether the masked cell has a second completion of the family (module docstring)."""
        i, pos = key
        adjs = [self._adjacency(state, j, mode) for j in range(len(self.tables))]
        patterns = self._patterns(state, mode)
        if _shared(pos):
            return any(pos in p and all(self._carries(state, j, p, mode, adjs[j])
                                        for j in range(len(self.tables))) for p in patterns)
        own = self._edge_arcs(i, pos, mode)
        if any(self._reach(adjs[i], w, u, pos) for u, w, _p in own):
            return True
        trow: _Node = ("r", TOTAL)
        for a, b in patterns:
            if not all(self._carries(state, j, (a, b), mode, adjs[j])
                       for j in range(len(self.tables)) if j != i):
                continue
            adj = {n: list(arcs) for n, arcs in adjs[i].items()}
            adj.setdefault(trow, []).append((trow, ("c", a[1]), a))
            adj.setdefault(("c", b[1]), []).append((("c", b[1]), trow, b))
            if any(self._reach(adj, w, u, pos) for u, w, _p in own):
                return True
        return False

    def _mode(self, key: _Key) -> str:
        i, pos = key
        if self.tables[i].values[pos] == 0 or key in self.exposed:
            return _LINEAR
        return _BOUNDS

    # -- choosing secondary cells

    def _cell_cost(self, i: int, pos: Position) -> _Cost:
        r, c = pos
        v = self.tables[i].values[pos]
        return (int(r == TOTAL), int(r != TOTAL and c == TOTAL), int(v == 0), v, 1)

    def _cost(self, additions: set[_Key]) -> _Cost:
        total = (0, 0, 0, 0, 0)
        for i, pos in additions:
            total = _plus(total, self._cell_cost(i, pos))
        return total

    def _priced(self, i: int, mode: str) -> dict[_Node, list[tuple[_Node, Position, _Cost]]]:
        """Table i's arcs as if every cell were masked, each priced at what masking it costs
        (nothing if it is masked already); the Totalt row left out."""
        adj: dict[_Node, list[tuple[_Node, Position, _Cost]]] = {}
        zero = (0, 0, 0, 0, 0)
        for pos in self.tables[i].values:
            if _shared(pos):
                continue
            cost = zero if self.state.masked(i, pos) else self._cell_cost(i, pos)
            for u, w, p in self._edge_arcs(i, pos, mode):
                adj.setdefault(u, []).append((w, p, cost))
        return adj

    @staticmethod
    def _cheapest(adj: dict[_Node, list[tuple[_Node, Position, _Cost]]], start: _Node,
                  goal: _Node, banned: Position | None = None
                  ) -> tuple[_Cost, list[Position]] | None:
        """Dijkstra: the cheapest path of cells from start to goal (costs are non-negative)."""
        best: dict[_Node, _Cost] = {start: (0, 0, 0, 0, 0)}
        back: dict[_Node, tuple[_Node, Position]] = {}
        heap: list[tuple[_Cost, int, _Node]] = [(best[start], 0, start)]
        tick = 0
        while heap:
            cost, _t, node = heapq.heappop(heap)
            if cost > best[node]:
                continue
            if node == goal:
                path = []
                while node != start:
                    node, pos = back[node]
                    path.append(pos)
                return cost, path
            for w, pos, step in adj.get(node, ()):
                if pos == banned:
                    continue
                nxt = _plus(cost, step)
                if w not in best or nxt < best[w]:
                    best[w], back[w] = nxt, (node, pos)
                    tick += 1
                    heapq.heappush(heap, (nxt, tick, w))
        return None

    def _shared_arcs(self, mode: str) -> list[tuple[Position, Position]]:
        """Patterns (a, b) of shared totals, masked or not, where y_a may grow and y_b shrink."""
        grow, shrink = [], []
        for c in self.tables[0].cols:
            pos = (TOTAL, c)
            arcs = self._edge_arcs(0, pos, mode)
            grow += [pos for u, _w, _p in arcs if u[0] == "r"]
            shrink += [pos for u, _w, _p in arcs if u[0] == "c"]
        return [(a, b) for a in grow for b in shrink if a != b]

    def _best(self, key: _Key, mode: str) -> set[_Key] | None:
        """The cheapest cells to mask that close a witness cycle through the cell: in its own
        table, or through two shared totals with the cheapest path in every other table."""
        i, pos = key
        n = len(self.tables)
        priced = [self._priced(j, mode) for j in range(n)]
        options: list[set[_Key]] = []

        def add(paths: Iterable[Iterable[tuple[int, Position]]]) -> None:
            options.append({(0 if _shared(p) else j, p) for path in paths for j, p in path
                            if not self.state.masked(j, p)})

        own = [] if _shared(pos) else self._edge_arcs(i, pos, mode)
        for u, w, _p in own:
            found = self._cheapest(priced[i], w, u, pos)
            if found:
                add([[(i, p) for p in found[1]]])
        trow: _Node = ("r", TOTAL)
        for a, b in self._shared_arcs(mode):
            if _shared(pos) and pos not in (a, b):
                continue
            paths: list[list[tuple[int, Position]]] = [[(0, a), (0, b)]]
            for j in range(n):
                if j == i and not _shared(pos):
                    continue
                found = self._cheapest(priced[j], ("c", a[1]), ("c", b[1]))
                if found is None:
                    break
                paths.append([(j, p) for p in found[1]])
            else:
                if _shared(pos):
                    add(paths)
                    continue
                adj = {node: list(arcs) for node, arcs in priced[i].items()}
                for p, (u, w) in ((a, (trow, ("c", a[1]))), (b, (("c", b[1]), trow))):
                    price = (0, 0, 0, 0, 0) if self.state.masked(0, p) else self._cell_cost(0, p)
                    adj.setdefault(u, []).append((w, p, price))
                for u, w, _p in own:
                    found = self._cheapest(adj, w, u, pos)
                    if found:
                        add([*paths, [(i, p) for p in found[1]]])
        return min(options, key=self._cost, default=None)

    def _keys(self) -> list[_Key]:
        keys = sorted(((0, p) for p in self.state.shared), key=lambda k: _order(k[1]))
        for i, private in enumerate(self.state.private):
            keys += [(i, p) for p in sorted(private, key=_order)]
        return keys

    def run(self) -> list[Protection]:
        done: set[_Key] = set()
        while True:
            target = None
            for key in self._keys():
                if key in done:
                    continue
                if self._witness(self.state, key, self._mode(key)):
                    done.add(key)  # masking more never takes a witness away
                else:
                    target = key
                    break
            if target is None:
                return self._result()
            mode = self._mode(target)
            new = self._best(target, mode)
            if new is None:
                if mode == _BOUNDS:
                    self.exposed.add(target)  # fall back to the linear guarantee
                    continue
                # Not reached: with no ranges, any other row and column close a cycle.
                new = self._everything()
            for k in new:
                self.state.add(*k)

    def _everything(self) -> set[_Key]:
        """Every position of every table: then no masked figure follows from the sums."""
        return {(0 if _shared(p) else i, p) for i, t in enumerate(self.tables) for p in t.values}

    def _result(self) -> list[Protection]:
        out = []
        for i, table in enumerate(self.tables):
            status: dict[Position, Status] = {}
            for pos, v in table.values.items():
                if not self.state.masked(i, pos):
                    status[pos] = Status.SHOWN
                elif 1 <= v < self.t:
                    status[pos] = Status.PRIMARY
                else:
                    status[pos] = Status.SECONDARY
            exposed = frozenset(p for j, p in self.exposed if j == i or _shared(p))
            out.append(Protection(table.n_rows, table.n_cols, self.t, dict(table.values), status,
                                  exposed))
        return out


def _plus(a: _Cost, b: _Cost) -> _Cost:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4])


def _order(pos: Position) -> tuple[int, int]:
    """Interior cells first, row by row, then row totals, then the Totalt row."""
    r, c = pos
    return (10**6 if r == TOTAL else r, 10**6 if c == TOTAL else c)
