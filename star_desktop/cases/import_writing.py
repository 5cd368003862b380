"""Writing the checked import rows to the team file, in bulk, in the caller's transaction.

The last step of the import, reached only when every row passed: participants matched by
personnummer (to the file's and within the sheet), case numbers as given or from
``numbering.next_case_number``, then participants, cases and follow-ups inserted with one
executemany per table, and one audit event per case. Done in bulk because a sheet may hold
thousands of rows (bench/bench_import.py times 5,000).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.orm import Session

from .. import audit
from ..models import (
    AuditAction,
    AuditEvent,
    Case,
    CaseState,
    FollowUp,
    Participant,
    ParticipantIdentity,
)
from .import_matching import _Known
from .import_reading import _Row
from .import_rehearsal import _Rehearsal
from .numbering import next_case_number

#: The audit detail of an imported case (no personal values, as every audit detail).
AUDIT_DETAIL = "importerat från Excel"


@dataclass
class ImportResult:
    imported: int = 0
    #: Rows skipped because the same case was imported before, unchanged.
    already_there: int = 0
    participants_created: int = 0
    #: Imported cases linked to a participant the file already had (same personnummer).
    participants_matched: int = 0
    case_numbers: list[str] = field(default_factory=list)
    states: Counter[CaseState] = field(default_factory=Counter)


class _Ids:
    """The next free primary key of each table, read once: rows that come with their keys go to
    the database in one executemany per table (without, SQLite returns each new key row by row).
    Safe in the one transaction: a key taken meanwhile fails the insert, and nothing is kept."""

    def __init__(self, session: Session, *models: Any) -> None:
        self._next = {m: (session.scalar(select(func.max(m.id))) or 0) + 1 for m in models}

    def take(self, model: Any) -> int:
        value = self._next[model]
        self._next[model] = value + 1
        return value


def _values(obj: Any) -> dict[str, Any]:
    """The row of an unsaved object by column name: every column, an unset one its default."""
    state = inspect(obj)
    row: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if attr.key in state.dict:
            row[column.key] = state.dict[attr.key]
            continue
        default = column.default
        if default is None:
            row[column.key] = None
        elif default.is_scalar:
            row[column.key] = default.arg
        elif default.is_callable:
            row[column.key] = default.arg(None)
    return row


def _insert(session: Session, model: Any, objects: Sequence[Any]) -> None:
    """Insert the objects' rows with one executemany (Core: every row has every column, so
    nothing splits the batch); the objects themselves stay unsaved."""
    if objects:
        session.execute(insert(model.__table__), [_values(o) for o in objects])


def _write(session: Session, rh: _Rehearsal, rows: list[_Row], known: _Known,
           already: int) -> ImportResult:
    """Insert participants, cases and follow-ups in bulk, then one audit event per case."""
    result = ImportResult(already_there=already)
    ids = _Ids(session, Case, Participant, FollowUp, AuditEvent)
    people: dict[str, Participant] = {}
    new_people: list[Participant] = []
    follow_ups: list[FollowUp] = []
    for row in rows:
        case, part = row.case, row.participant
        assert case is not None
        case.id = ids.take(Case)
        for f in case.follow_ups:
            f.id, f.case_id = ids.take(FollowUp), case.id
            follow_ups.append(f)
        if part is None:
            continue
        pnr = part.identity.personnummer if part.identity else None
        if pnr and pnr in known.participant_of_pnr:
            case.participant_id = known.participant_of_pnr[pnr]
            result.participants_matched += 1
        elif pnr and pnr in people:
            case.participant_id = people[pnr].id
        else:
            part.id = case.participant_id = ids.take(Participant)
            new_people.append(part)
            if pnr:
                people[pnr] = part
    result.participants_created = len(new_people)
    for p in new_people:
        if p.identity is not None:
            p.identity.participant_id = p.id
    _insert(session, Participant, new_people)
    _insert(session, ParticipantIdentity, [p.identity for p in new_people if p.identity])

    numbered = [r for r in rows if r.get("case_number")]
    for row in numbered:
        assert row.case is not None
        row.case.case_number = row.get("case_number")
    _insert(session, Case, [r.case for r in numbered])  # numbering sees them
    unnumbered = sorted((r for r in rows if not r.get("case_number")),
                        key=lambda r: (r.case.raised_on, r.number))  # type: ignore[union-attr]
    last_of_year: dict[int, str] = {}
    for row in unnumbered:
        case = row.case
        assert case is not None
        year = case.raised_on.year
        if year in last_of_year:
            rh.numbers = [last_of_year[year]]  # the next after the one just given
            number = next_case_number(rh, case.raised_on)  # type: ignore[arg-type]
        else:
            number = next_case_number(session, case.raised_on)
        case.case_number = last_of_year[year] = number
    _insert(session, Case, [r.case for r in unnumbered])
    _insert(session, FollowUp, follow_ups)

    for row in rows:
        case = row.case
        assert case is not None
        event = audit.record(session, AuditAction.CREATED, entity="case", entity_id=case.id,
                             case_id=case.id, participant_id=case.participant_id,
                             detail=AUDIT_DETAIL)
        event.id = ids.take(AuditEvent)  # given, so the events go in one executemany
        result.case_numbers.append(case.case_number)
        result.states[case.state] += 1
    session.flush()
    result.imported = len(rows)
    return result
