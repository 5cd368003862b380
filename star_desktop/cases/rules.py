"""What every step of the co-planning process shares: the refusal, the state groups, and the
checks of state and date order. The steps themselves are in process.py and raising.py."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from .. import audit
from ..models import (
    AuditAction,
    Case,
    CaseState,
)
from ..validation import Collector, message_of, parse_date


class ProcessError(ValueError):
    """The process does not allow this step now; the message says why (Swedish)."""


#: States in which the case is still being worked with.
ACTIVE_STATES = frozenset({CaseState.ACCEPTED, CaseState.WAITING, CaseState.PLANNED,
                           CaseState.ONGOING})
#: States a case never leaves.
END_STATES = frozenset({CaseState.RETURNED, CaseState.CLOSED, CaseState.CONSULTED})
#: States with a planning meeting held, where interventions and follow-ups belong.
PLANNED_STATES = frozenset({CaseState.PLANNED, CaseState.ONGOING})

MIN_AGE, MAX_AGE = 16, 64


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _label(state: CaseState) -> str:
    return state.label.lower()


def _require_state(case: Case, allowed: frozenset[CaseState] | set[CaseState], doing: str) -> None:
    if case.state not in allowed:
        raise ProcessError(
            f"Ärendet är {_label(case.state)} och kan inte {doing}."
        )


def _before_planning(case: Case) -> str:
    """Why a step needing a planning meeting is refused: still waiting for one, or ended."""
    return "" if case.state in END_STATES else " före planeringsmötet"


def _date_not_before(c: Collector, field: str, day: dt.date | None, earlier: dt.date | None,
                     what: str) -> None:
    if day is not None and earlier is not None and day < earlier:
        c.add(field, f"Datumet kan inte ligga före {what} ({earlier.isoformat()}).")


def _parse(c: Collector, field: str, text: str | dt.date | None, *, required: bool,
           today: dt.date) -> dt.date | None:
    try:
        day = parse_date(text, required=required)
    except ValueError as e:
        c.add(field, message_of(e))
        return None
    if day is not None and day > today:
        c.add(field, "Datumet kan inte ligga i framtiden.")
        return None
    return day


def _audit(session: Session, case: Case, detail: str,
           action: AuditAction = AuditAction.CHANGED) -> None:
    audit.record(session, action, entity="case", entity_id=case.id, case_id=case.id,
                 participant_id=case.participant_id, detail=detail)
