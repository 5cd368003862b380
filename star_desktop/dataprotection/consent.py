"""A withdrawn consent: the processing of the person in STAR ends, the statistics stay.

The consent form "Aktualisering till STAR" is the basis for processing the person, so a
withdrawal stops every open case of theirs on that day and then erases their identifiers and
personal texts at once, exactly as retention does (retention.erase_identifiers):

- a case not yet assessed is returned to the referring officer with the fixed reason
  "Samtycket återkallat": it was raised but never accepted, so the report counts it as a
  returned aktualisering, as the team would have done at its next meeting (a consultation not
  yet held ends the same way — it was never held);
- an accepted case is closed that day through the process's own close_case, with the reason
  nearest in the agreement, "Individen önskar avsluta", and the income at the end unknown
  unless given, so it counts as a closure of that period;
- the case is taken off the agendas of meetings not yet held.

Periods that end before the withdrawal day keep every figure; SUS likewise counted a
participant without a consent anonymously, by gender only. After it the case is in an end
state, so the process allows no further step on it. A case that has already ended is no
longer processed: it is refused here and its identifiers go by the retention rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..cases import process
from ..cases.rules import (
    ACTIVE_STATES,
    END_STATES,
    ProcessError,
    _audit,
    _date_not_before,
    _parse,
    _today,
)
from ..meetings import agenda
from ..models import (
    AgendaItem,
    Assessment,
    Case,
    CaseKind,
    CaseState,
    ClosureReason,
    IncomeSource,
    Meeting,
    MeetingState,
)
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from ..validation import Collector, FieldErrors
from .retention import WITHDRAWN_REASON, erase_identifiers

#: The closure reason of an accepted case whose consent is withdrawn.
WITHDRAWN_CLOSURE = ClosureReason.OWN_WISH
#: Meetings whose agenda may still change: the case is taken off them.
NOT_HELD = (MeetingState.PLANNED, MeetingState.CALL_SENT)


@dataclass(frozen=True)
class Withdrawal:
    """What a withdrawal did, for the status line (case numbers, field names, no values)."""

    case_id: int
    withdrawn_on: dt.date
    #: Case number → how it ended: "returned" or "closed" (this case, and any other open
    #: case of the person's).
    stopped: dict[str, str]
    erased_fields: tuple[str, ...]
    #: Dates of the meetings not yet held whose agenda no longer has the case.
    removed_from_meetings: tuple[dt.date, ...]


def can_withdraw(case: Case) -> bool:
    """A case about a person, still raised or worked with, whose consent stands.

    An ended case is no longer processed; its identifiers go by the retention rule.
    """
    return (case.kind != CaseKind.GENERAL_CONSULTATION and case.participant_id is not None
            and case.consent_withdrawn_on is None
            and (case.state == CaseState.RAISED or case.state in ACTIVE_STATES))


def withdraw_consent(session: Session, case: Case, *, on: str | dt.date,
                     today: dt.date | None = None,
                     income_at_end: IncomeSource | str | None = None,
                     confirmed: bool = True) -> Withdrawal:
    """Record the withdrawal on ``on``, stop the person's open cases and erase at once.

    ``confirmed`` is the dialog's "I understand the identifiers are erased now" box; False is
    refused with a message for the field ``confirm``. Everything happens in the caller's
    transaction; a refusal (FieldErrors for ``withdrawn_on``, ProcessError) leaves nothing.
    """
    if case.kind == CaseKind.GENERAL_CONSULTATION or case.participant_id is None:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "En generell konsultation gäller ingen enskild och har inget samtycke att återkalla."))
    if case.consent_withdrawn_on is not None:
        raise ProcessError(Msg(QT_TRANSLATE_NOOP("Messages", "Samtycket återkallades redan {day}."),
                               day=case.consent_withdrawn_on.isoformat()))
    if case.state in END_STATES:
        raise ProcessError(f"Ärendet är redan {case.state.label.lower()} och behandlas inte "
                           "längre; personuppgifterna gallras enligt teamets gallringsregel.")
    c = Collector()
    day = _parse(c, "withdrawn_on", on, required=True, today=_today(today))
    _date_not_before(c, "withdrawn_on", day, case.raised_on, "aktualiseringen")
    _date_not_before(c, "withdrawn_on", day, case.consent_signed_on, "samtyckets underskrift")
    income = IncomeSource.UNKNOWN
    if income_at_end:
        try:
            income = IncomeSource(income_at_end)
        except ValueError:
            c.add("income_at_end", QT_TRANSLATE_NOOP(
                "Messages",
                "Välj försörjning vid avslut (okänd går bra)."))
    if not confirmed:
        c.add("confirm", QT_TRANSLATE_NOOP(
            "Messages",
            "Bekräfta att namn, personnummer och personliga anteckningar gallras direkt och inte "
            "går att återställa."))
    c.raise_if_any()
    assert day is not None

    open_cases = list(session.scalars(
        select(Case).where(Case.participant_id == case.participant_id,
                           Case.state.not_in(list(END_STATES))).order_by(Case.id)))
    stopped: dict[str, str] = {}
    for oc in open_cases:
        stopped[oc.case_number] = _stop(session, oc, day, income, today, is_this=oc is case)
    removed = _off_agendas(session, [oc.id for oc in open_cases])
    fields = erase_identifiers(session, case.participant_id, reason="samtycket återkallat")
    return Withdrawal(case.id, day, stopped, fields, removed)


def _stop(session: Session, case: Case, day: dt.date, income: IncomeSource,
          today: dt.date | None, *, is_this: bool) -> str:
    """End one open case on the withdrawal day: returned if not assessed, else closed."""
    where = "" if is_this else f"{case.case_number}: "
    if case.state == CaseState.RAISED:
        c = Collector()
        _date_not_before(c, "withdrawn_on", day, case.raised_on, "aktualiseringen")
        if c.errors:
            raise FieldErrors({k: where + v for k, v in c.errors.items()})
        case.assessed_on = day
        case.assessment = Assessment.RETURNED
        case.return_reason = WITHDRAWN_REASON
        case.state = CaseState.RETURNED
        case.consent_withdrawn_on = day
        _audit(session, case, "samtycket återkallat: återvisat")
        return "returned"
    assert case.state in ACTIVE_STATES
    try:
        process.close_case(session, case, on=day, reason=WITHDRAWN_CLOSURE,
                           income_at_end=income, today=today)
    except FieldErrors as e:
        # The close's date checks, told on the withdrawal's own field.
        raise FieldErrors({("withdrawn_on" if k == "closed_on" else k): where + v
                           for k, v in e.errors.items()}) from None
    case.consent_withdrawn_on = day
    _audit(session, case, "samtycket återkallat: avslutat")
    return "closed"


def _off_agendas(session: Session, case_ids: list[int]) -> tuple[dt.date, ...]:
    """Take the stopped cases off the agendas of meetings not yet held (the team will not
    discuss them), unless a decision was already recorded on the item."""
    if not case_ids:
        return ()
    items = list(session.scalars(
        select(AgendaItem).join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.case_id.in_(case_ids), Meeting.state.in_(NOT_HELD))
        .order_by(Meeting.held_on, AgendaItem.position)))
    days: list[dt.date] = []
    for item in items:
        if item.decisions:
            continue
        meeting = item.meeting
        agenda.remove_item(session, meeting, item)
        days.append(meeting.held_on)
    return tuple(sorted(set(days)))
