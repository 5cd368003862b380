"""Matching import rows against the cases already in the team file, and within the sheet.

Makes a re-import safe and keeps the one-open-case rule across the file: a row already
imported (same case number, or for a row without one the same person, kind and date raised)
is skipped when unchanged and refused when it differs; duplicates within the sheet are
refused; and a person's overlapping cases, in the sheet or in the file, are put before
process.raise_case again so the refusal is the process's own message. Reads the file once
(``_load_known``) so the checks need no query per row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Case, CaseKind, CaseState, FollowUp, Participant, ParticipantIdentity
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from . import process
from .import_reading import _fold, _Row
from .import_rehearsal import _raise_form, _Rehearsal, _run
from .import_template import COLUMN_BY_KEY

#: Case attributes compared when a row meets a case already in the file, with their column.
_COMPARED: tuple[tuple[str, str], ...] = (
    ("kind", "kind"), ("referring_party_id", "referring_party"),
    ("referring_officer", "referring_officer"), ("raised_on", "raised_on"),
    ("subject", "subject"), ("consent_form_received", "consent_form_received"),
    ("consent_signed_on", "consent_signed_on"), ("income_at_start", "income_at_start"),
    ("years_on_support_at_start", "years_on_support_at_start"), ("assessed_on", "assessed_on"),
    ("assessment", "assessment"), ("return_reason", "return_reason"),
    ("queue_started_on", "queue_started_on"), ("carrier_party_id", "carrier_party"),
    ("carrier_name", "carrier_name"), ("planning_form", "planning_form"),
    ("planning_meeting_on", "planning_meeting_on"), ("plan_made_on", "plan_made_on"),
    ("self_support_activity", "self_support_activity"), ("consulted_on", "consulted_on"),
    ("closed_on", "closed_on"), ("closure_reason", "closure_reason"),
    ("income_at_end", "income_at_end"), ("closure_note", "closure_note"),
)

PersonKey = tuple[Any, ...]


def _person_key(kind: CaseKind, subject: str, pnr: str | None, first: str | None,
                last: str | None, birth_year: int | None) -> PersonKey | None:
    if kind == CaseKind.GENERAL_CONSULTATION:
        return ("fråga", _fold(subject))
    if pnr:
        return ("pnr", pnr)
    if first is None or last is None:  # identifiers erased by retention
        return None
    return ("namn", _fold(first), _fold(last), birth_year)


@dataclass
class _Known:
    """What the file holds: its cases (as plain rows) keyed for the checks of the import."""

    by_number: dict[str, dict[str, Any]]
    by_key: dict[tuple[Any, ...], dict[str, Any]]
    by_pnr: dict[str, list[dict[str, Any]]]
    participant_of_pnr: dict[str, int]


def _load_known(session: Session) -> _Known:
    cols = [getattr(Case, a) for a, _k in _COMPARED]
    q = (select(Case.id, Case.case_number, Case.state, Case.participant_id, *cols,
                ParticipantIdentity.personnummer, ParticipantIdentity.first_name,
                ParticipantIdentity.last_name, Participant.birth_year,
                Participant.identifiers_erased_at)
         .outerjoin(Participant, Case.participant_id == Participant.id)
         .outerjoin(ParticipantIdentity, ParticipantIdentity.participant_id == Participant.id))
    last_follow_up = dict(session.execute(
        select(FollowUp.case_id, func.max(FollowUp.done_on)).group_by(FollowUp.case_id)).all())
    known = _Known({}, {}, {}, {})
    for rec in session.execute(q).mappings():
        case = dict(rec)
        case["last_follow_up"] = last_follow_up.get(case["id"])
        known.by_number[case["case_number"].casefold()] = case
        key = _person_key(case["kind"], case["subject"], case["personnummer"],
                          case["first_name"], case["last_name"], case["birth_year"])
        if key is not None:
            known.by_key.setdefault((key, case["kind"], case["raised_on"]), case)
        if case["personnummer"]:
            known.by_pnr.setdefault(case["personnummer"], []).append(case)
    known.participant_of_pnr = dict(session.execute(
        select(ParticipantIdentity.personnummer, ParticipantIdentity.participant_id)
        .where(ParticipantIdentity.personnummer.is_not(None))).all())
    return known


def _row_person_key(row: _Row) -> PersonKey | None:
    case, part = row.case, row.participant
    assert case is not None
    ident = part.identity if part is not None else None
    return _person_key(case.kind, case.subject, ident.personnummer if ident else None,
                       ident.first_name if ident else None, ident.last_name if ident else None,
                       part.birth_year if part is not None else None)


def _last_follow_up(case: Case) -> dt.date | None:
    return max((f.done_on for f in case.follow_ups if f.done_on), default=None)


def _same(a: Any, b: Any) -> bool:
    """Equal, counting an unset value, empty text and False (the columns' defaults) as one."""
    def norm(v: Any) -> Any:
        return None if v is None or v == "" or v is False else v
    return norm(a) == norm(b)


def _differences(row: _Row, existing: dict[str, Any]) -> list[str]:
    """The columns where the row says something else than the case in the file."""
    case = row.case
    assert case is not None
    erased = existing["identifiers_erased_at"] is not None
    out = [COLUMN_BY_KEY[key].header for attr, key in _COMPARED
           if not _same(getattr(case, attr), existing[attr])
           and not (erased and attr == "closure_note")]
    if _last_follow_up(case) != existing["last_follow_up"]:
        out.append(COLUMN_BY_KEY["last_follow_up"].header)
    mine = _row_person_key(row)
    theirs = _person_key(existing["kind"], existing["subject"], existing["personnummer"],
                         existing["first_name"], existing["last_name"], existing["birth_year"])
    if mine != theirs and not (erased and theirs is None):
        out.append(COLUMN_BY_KEY["personnummer" if mine and mine[0] == "pnr"
                                 else "first_name"].header)
    if case.state != existing["state"] and not out:
        out.append("status")
    return out


def _match_known(rows: list[_Row], known: _Known) -> tuple[list[_Row], int]:
    """Rows already in the file are skipped (unchanged) or refused (changed); returns the rows
    to import and how many were already there. Duplicates within the sheet are refused."""
    new: list[_Row] = []
    already = 0
    seen_numbers: dict[str, int] = {}
    seen_keys: dict[tuple[Any, ...], int] = {}
    for row in rows:
        number = row.get("case_number")
        if number:
            first = seen_numbers.setdefault(number.casefold(), row.number)
            if first != row.number:
                row.add("case_number", Msg(QT_TRANSLATE_NOOP(
                        "Messages", "Ärendenumret finns redan på rad {first}."),
                                           first=first))
                continue
        if row.case is None:
            continue
        if number:
            existing = known.by_number.get(number.casefold())
        else:
            person = _row_person_key(row)
            key = (person, row.case.kind, row.case.raised_on)
            first = seen_keys.setdefault(key, row.number)
            if first != row.number:
                row.add("case_number", Msg(QT_TRANSLATE_NOOP(
                    "Messages", "Raden är en dubblett av rad {first} (samma person, typ och "
                    "aktualiseringsdatum)."), first=first))
                continue
            existing = known.by_key.get(key)
        if existing is None:
            new.append(row)
            continue
        diff = _differences(row, existing)
        if diff:
            row.add("case_number", Msg(QT_TRANSLATE_NOOP(
                "Messages", "Ärendet finns redan i teamfilen ({number}) med andra uppgifter: "
                "{fields}. Rätta raden eller ta bort den."),
                number=existing['case_number'], fields=', '.join(diff)))
        else:
            already += 1
    return new, already


@dataclass
class _Span:
    """A case of one person, as the one-open-case-at-a-time rule sees it."""

    raised_on: dt.date
    ended_on: dt.date | None
    order: tuple[Any, ...]
    label: str
    row: _Row | None = None  # None: a case already in the file


def _check_one_case_at_a_time(rh: _Rehearsal, rows: list[_Row], known: _Known,
                              today: dt.date) -> None:
    """A person has one open case at a time (process.raise_case). For each row, the case of
    the same person that was open when the row was raised (or, for a case already in the file,
    that the row's case would overlap) is put before process.raise_case again, which refuses
    it with its own message."""
    people: dict[str, list[_Span]] = {}
    for row in rows:
        case, part = row.case, row.participant
        assert case is not None
        pnr = part.identity.personnummer if part is not None and part.identity else None
        if not pnr:
            continue
        spans = people.get(pnr)
        if spans is None:
            spans = people[pnr] = [
                _Span(c["raised_on"], _ended_on(c["state"], c["closed_on"], c["consulted_on"],
                                                c["assessed_on"]),
                      (c["raised_on"], 0, c["id"]), c["case_number"])
                for c in known.by_pnr.get(pnr, ())]
        spans.append(_Span(case.raised_on, _ended_on(case.state, case.closed_on,
                                                     case.consulted_on, case.assessed_on),
                           (case.raised_on, 1, row.number),
                           row.get("case_number") or f"rad {row.number}", row))
    for pnr, spans in people.items():
        if len(spans) < 2:
            continue
        for mine in spans:
            if mine.row is None:
                continue
            other = next((o for o in spans if o is not mine and _overlaps(o, mine)), None)
            if other is None:
                continue
            row = mine.row
            known_participant = _KnownParticipant(known.participant_of_pnr.get(pnr))
            rh.start(known_participant, _OpenCase(other.label))
            _run(row, "personnummer", lambda row=row: process.raise_case(
                rh, _raise_form(row), today=today))


def _overlaps(other: _Span, mine: _Span) -> bool:
    if other.order < mine.order:  # the other was raised first: was it still open?
        return other.ended_on is None or other.ended_on > mine.raised_on
    if other.row is not None:  # a later row of the sheet is judged on its own turn
        return False
    return mine.ended_on is None or mine.ended_on > other.raised_on


@dataclass
class _KnownParticipant:
    id: int | None


@dataclass
class _OpenCase:
    case_number: str


def _ended_on(state: CaseState, closed_on: dt.date | None, consulted_on: dt.date | None,
              assessed_on: dt.date | None) -> dt.date | None:
    """The day a case reached its end state (returned, consulted, closed); None while open.

    Belongs in process.py beside END_STATES (reported to the lead)."""
    if state not in process.END_STATES:
        return None
    return closed_on or consulted_on or assessed_on
