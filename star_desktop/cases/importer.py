"""Import of a team's cases, with their history, from the Excel import template.

Coordinators keep today's cases in spreadsheets. The import reads the sheet "Ärenden" (the
layout is ``import_template.COLUMNS``, documented in ``docs/import-layout.md``) and brings in
every row as a case in the state its dates show, so reports for past periods come out right.

The rules are the process's own. Each row is *rehearsed*: process.py's steps — raise, consent,
consultation, assessment, queue, case carrier, planning meeting, individual plan, follow-up,
closure — run in that order on an unsaved Case with the row's dates, against ``_Rehearsal``, a
stand-in for the session that answers the steps' look-ups from what the importer loaded once
and keeps what they add. A row is refused with the very message the case view would give, and
the state, dates and follow-ups of an imported case are exactly what the steps produce. Every
row is checked before anything is written: one bad row, and nothing is imported.

Then, in the caller's transaction: participants matched by personnummer (to the file's and
within the sheet; a row without one is a person of its own), case numbers as given or from
``numbering.next_case_number``, the cases and their follow-ups inserted together, and one audit
event per case. A row already imported (same case number, or for a row without a number the
same person, kind and date raised) is skipped when it is unchanged and refused when it differs,
so the same sheet can be imported twice without duplicates.

The code is split by what it does; this module is the entry point and keeps the public names:

- ``import_reading``: the sheet's rows and cells (``read_rows``, ``RawRow``, the errors);
- ``import_rehearsal``: each row taken through the process's steps (``_Rehearsal``);
- ``import_matching``: rows already in the file, duplicates, one open case at a time;
- ``import_writing``: the bulk insert and the audit events (``ImportResult``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Party
from .import_matching import _check_one_case_at_a_time, _load_known, _match_known
from .import_reading import (
    CASE_NUMBER_MAX,
    PERSON_KEYS,
    ImportErrors,
    ImportProblem,
    RawRow,
    _Lookups,
    _parse_row,
    read_rows,
)
from .import_rehearsal import _Rehearsal, _rehearse
from .import_template import COLUMN_BY_KEY
from .import_writing import AUDIT_DETAIL, ImportResult, _write

__all__ = [
    "AUDIT_DETAIL",
    "CASE_NUMBER_MAX",
    "PERSON_KEYS",
    "ImportErrors",
    "ImportProblem",
    "ImportResult",
    "RawRow",
    "import_cases",
    "import_rows",
    "read_rows",
]


def import_cases(session: Session, path: Path | str, *,
                 today: dt.date | None = None) -> ImportResult:
    """Import the cases of the sheet at ``path`` in the caller's transaction.

    Raises ImportErrors, having written nothing, when any row breaks a rule.
    """
    return import_rows(session, read_rows(path), today=today)


def import_rows(session: Session, raw_rows: Sequence[RawRow], *,
                today: dt.date | None = None) -> ImportResult:
    day0 = today or dt.date.today()
    party_list = list(session.scalars(select(Party).order_by(Party.sort_order, Party.name)))
    lookups = _Lookups(party_list)
    rh = _Rehearsal(session, {p.id: p for p in party_list})

    rows = [_parse_row(raw, lookups) for raw in raw_rows]
    for row in rows:
        if row.get("kind") is not None or "kind" not in row.problems:
            _rehearse(rh, row, day0)
    known = _load_known(session)
    new, already = _match_known(rows, known)
    _check_one_case_at_a_time(rh, new, known, day0)

    problems = [ImportProblem(row.number, COLUMN_BY_KEY[key].header, reason)
                for row in rows for key, reason in row.problems.items()]
    if problems:
        raise ImportErrors(problems)
    return _write(session, rh, new, known, already)
