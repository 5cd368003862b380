"""Rehearsing a row of the import sheet through the process's own steps.

Each parsed row is taken through process.py's steps in order — raise, consent, consultation,
assessment, queue, case carrier, planning meeting, individual plan, follow-up, closure — on an
unsaved Case, against ``_Rehearsal``, a stand-in for the session. So an imported case gets
exactly the state, dates and follow-ups the case view would give it, and a row is refused with
the case view's own message, without anything being written while the sheet is checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import (
    Assessment,
    AuditEvent,
    Case,
    CaseKind,
    FollowUp,
    IncomeSource,
    Meeting,
    Participant,
    Party,
)
from ..models.enums import QT_TRANSLATE_NOOP
from ..validation import FieldErrors, message_of
from . import process
from .import_reading import _Row
from .import_template import COLUMN_BY_KEY

#: Field names of the process's messages that are not column keys.
_FIELD_TO_KEY = {"referring_party_id": "referring_party", "carrier_party_id": "carrier_party",
                 "participant": "personnummer", "done_on": "last_follow_up"}


class _Rehearsal:
    """Stands in for the Session while process.py's steps run on an unsaved case.

    The steps look things up and add rows through the session they are given. Here look-ups
    are answered from what the importer loaded once (parties, the row's person and open case,
    case numbers) — only the meeting calendar, for follow-up due dates, is asked of the real
    session, read-only — and added rows stay with the case (follow-ups) or are dropped (the
    steps' own audit events: an imported case gets one event of its own). Anything else the
    steps might ask fails loudly rather than touch the file.
    """

    def __init__(self, session: Session, parties: dict[int, Party]) -> None:
        self._session = session
        self._parties = parties
        self._calendar: dict[Any, Any] = {}
        self._has_meetings = session.scalar(select(Meeting.id).limit(1)) is not None
        self.info = {"actor": audit.actor_of(session)}
        self.numbers: list[str] = []
        self.start()

    def start(self, known_participant: Any = None, open_case: Any = None) -> None:
        self.case: Case | None = None
        self.participant: Participant | None = None
        self.known_participant = known_participant
        self.open_case = open_case

    def get(self, model: type, ident: Any) -> Any:
        if model is Party:
            return self._parties.get(ident)
        raise TypeError(f"the import cannot answer session.get({model.__name__})")

    def add(self, obj: Any) -> None:
        if isinstance(obj, AuditEvent):
            return
        if isinstance(obj, Case):
            self.case = obj
        elif isinstance(obj, Participant):
            self.participant = obj
        elif isinstance(obj, FollowUp) and self.case is not None:
            if obj not in self.case.follow_ups:
                self.case.follow_ups.append(obj)
        else:
            raise TypeError(f"the import cannot add a {type(obj).__name__}")

    def flush(self) -> None:
        """Nothing to flush: a rehearsal writes nothing to the database."""

    def scalar(self, stmt: Any) -> Any:
        entity = stmt.column_descriptions[0]["entity"]
        if entity is Meeting:  # followups: the first team meeting on or after a day
            if not self._has_meetings:
                return None
            # The same day is asked again and again (planning meetings fall on meeting days):
            # keep answers by the statement's cache key, as SQLAlchemy's own caching recipe
            # (examples/dogpile_caching) keys results.
            ck = stmt._generate_cache_key()
            if ck is None:
                return self._session.scalar(stmt)
            key = (ck.key, tuple(bp.effective_value for bp in ck.bindparams))
            if key not in self._calendar:
                self._calendar[key] = self._session.scalar(stmt)
            return self._calendar[key]
        if entity is Participant:  # process.find_participant
            return self.known_participant
        if entity is Case:  # process.open_case_of
            return self.open_case
        raise TypeError(f"the import cannot answer a query on {entity}")

    def scalars(self, stmt: Any) -> Iterable[Any]:
        entity = stmt.column_descriptions[0]["entity"]
        if entity is Case:  # numbering.next_case_number: the numbers it should see
            return iter(self.numbers)
        raise TypeError(f"the import cannot answer a query on {entity}")


def _key_of(field_name: str, default: str) -> str:
    key = _FIELD_TO_KEY.get(field_name, field_name)
    return key if key in COLUMN_BY_KEY else default


def _run(row: _Row, key: str, step: Callable[[], object]) -> bool:
    """Run one process step; its refusal becomes the row's problem on the step's column."""
    try:
        step()
    except FieldErrors as e:
        for field_name, message in e.errors.items():
            row.add(_key_of(field_name, key), message)
        return False
    except process.ProcessError as e:
        row.add(key, message_of(e))
        return False
    return True


def _raise_form(row: _Row) -> process.RaiseForm:
    person = None
    if row.get("kind") != CaseKind.GENERAL_CONSULTATION:
        person = process.ParticipantForm(
            first_name=row.text("first_name"), last_name=row.text("last_name"),
            personnummer=row.text("personnummer"), gender=row.get("gender"),
            birth_year=row.get("birth_year"), municipality=row.text("municipality"))
    return process.RaiseForm(
        kind=row.get("kind"), participant=person, subject=row.text("subject"),
        referring_party_id=row.get("referring_party"),
        referring_officer=row.text("referring_officer"), raised_on=row.day("raised_on"),
        consent_form_received=bool(row.get("consent_form_received")),
        consent_signed_on=row.day("consent_signed_on"),
        income_at_start=row.get("income_at_start") or IncomeSource.UNKNOWN,
        years_on_support_at_start=row.get("years_on_support_at_start"))


def _rehearse(rh: _Rehearsal, row: _Row, today: dt.date) -> None:
    """Take the row through the process's steps; sets row.case, or row.problems says why not."""
    given = row.given
    rh.start()
    if not _run(row, "raised_on", lambda: process.raise_case(rh, _raise_form(row), today=today)):
        return
    case = rh.case
    assert case is not None
    if case.kind == CaseKind.GENERAL_CONSULTATION and (
            row.get("consent_form_received") or "consent_signed_on" in given) and not _run(
            row, "consent_form_received", lambda: process.update_consent(
                rh, case, received=bool(row.get("consent_form_received")),
                signed_on=row.day("consent_signed_on"), own_words="", today=today)):
        return  # the process says why a general consultation has no consent
    if "consulted_on" in given and not _run(row, "consulted_on", lambda: (
            process.record_consultation(rh, case, on=row.day("consulted_on"), today=today))):
        return
    if given & {"assessed_on", "assessment", "return_reason"}:
        assessment = row.get("assessment")
        if assessment is None:
            row.add("assessment", QT_TRANSLATE_NOOP(
                "Messages",
                "Välj bedömning: antaget eller återvisat."))
            return
        accepted = assessment == Assessment.ACCEPTED
        if not _run(row, "assessment", lambda: process.assess(
                rh, case, on=row.day("assessed_on"), accepted=accepted,
                reason=row.text("return_reason"), today=today)):
            return
        if accepted and "return_reason" in given:
            row.add("return_reason", QT_TRANSLATE_NOOP(
                "Messages",
                "Skäl till återvisning anges bara när ärendet återvisas."))
    if "queue_started_on" in given and not _run(row, "queue_started_on", lambda: (
            process.put_in_queue(rh, case, on=row.day("queue_started_on"), today=today))):
        return
    if given & {"carrier_party", "carrier_name"} and not _run(row, "carrier_party", lambda: (
            process.appoint_carrier(rh, case, party_id=row.get("carrier_party"),
                                    name=row.text("carrier_name")))):
        return
    if given & {"planning_form", "planning_meeting_on"} and not _run(
            row, "planning_meeting_on", lambda: process.record_planning_meeting(
                rh, case, form=row.get("planning_form"), on=row.day("planning_meeting_on"),
                today=today)):
        return
    if ("plan_made_on" in given or row.get("self_support_activity")) and not _run(
            row, "plan_made_on", lambda: process.record_plan(
                rh, case, on=row.day("plan_made_on"),
                self_support_activity=bool(row.get("self_support_activity")), today=today)):
        return
    if "last_follow_up" in given:
        due = next((f for f in case.follow_ups if f.done_on is None), None)
        if due is None:  # no planning meeting: the step refuses, saying why
            due = FollowUp(due_on=row.get("last_follow_up") or today, case=case)
        if not _run(row, "last_follow_up", lambda: process.record_follow_up(
                rh, due, on=row.day("last_follow_up"), note="", today=today)):
            return
    if given & {"closed_on", "closure_reason", "closure_note", "income_at_end"} and not _run(
            row, "closed_on", lambda: process.close_case(
                rh, case, on=row.day("closed_on"), reason=row.get("closure_reason"),
                income_at_end=row.get("income_at_end"), note=row.text("closure_note"),
                today=today)):
        return
    if not row.problems:
        row.case, row.participant = case, rh.participant
