"""The row store every stage of the demo builder writes to, and the state the stages share.

Rows are plain dicts per model with ids assigned here, so ``generate_demo`` can bulk-insert them
with SQLAlchemy Core. The stages (members, meetings, cases, agendas, governance) live in their
own modules as mixins of ``_RowStore``; the attributes declared below are what one stage leaves
for the next, so this is the place to look up where a piece of shared state comes from.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Any

from ..models import Base, InterventionGroup, PartyKind
from .dates import _Calendar
from .simulation import _Sim


class _RowStore:
    """Every row built so far as plain dicts, with ids assigned here, ready for bulk inserts."""

    # Set by members() (people.py).
    team_principals: list[dict[str, Any]]
    substitute_of: dict[int, dict[str, Any]]
    officers: dict[PartyKind, list[str]]
    coordinator: dict[str, Any]
    # Set by meetings() (meetings.py).
    meeting_id: dict[dt.date, int]
    future_meetings: list[dt.date]
    # Set by catalogue() (cases.py).
    entries_by_group: dict[InterventionGroup, list[tuple[int, str, int]]]
    # Set by cases() (cases.py).
    sims: list[_Sim]
    case_rows: list[dict[str, Any]]
    follow_ups_done: dict[dt.date, list[int]]

    def __init__(self, cases: int, seed: int, today: dt.date, party_ids: dict[PartyKind, int]):
        self.n_cases = cases
        self.rng = random.Random(seed)
        self.today = today
        self.party = party_ids
        self.cal = _Calendar(today, self.rng)
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}
        # Staff names and fictional phone numbers already handed out (people.py).
        self._used_names: set[str] = set()
        self._phones = iter(range(5, 100))
        self._counters: Counter[str] = Counter()

    def add(self, model: type[Base], row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)

    def _next(self, what: str) -> int:
        """The next id of a table whose rows are made in more than one place."""
        self._counters[what] += 1
        return self._counters[what]
