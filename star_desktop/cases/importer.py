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
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.orm import Session

from .. import audit
from ..models import (
    Assessment,
    AuditAction,
    AuditEvent,
    Case,
    CaseKind,
    CaseState,
    FollowUp,
    IncomeSource,
    Meeting,
    Participant,
    ParticipantIdentity,
    Party,
)
from ..models.enums import LabelledEnum
from ..validation import FieldErrors, parse_date
from . import process
from .import_template import (
    CASES_SHEET,
    COLUMN_BY_KEY,
    COLUMNS,
    NO,
    YES,
    Column,
    allowed_values,
)
from .numbering import next_case_number

#: The audit detail of an imported case (no personal values, as every audit detail).
AUDIT_DETAIL = "importerat från Excel"
CASE_NUMBER_MAX = 20

#: Columns about the individual: empty for a general consultation, which concerns no one.
PERSON_KEYS = ("first_name", "last_name", "personnummer", "birth_year", "gender", "municipality",
               "income_at_start", "years_on_support_at_start")
#: Field names of the process's messages that are not column keys.
_FIELD_TO_KEY = {"referring_party_id": "referring_party", "carrier_party_id": "carrier_party",
                 "participant": "personnummer", "done_on": "last_follow_up"}
_COLUMN_ORDER = {c.header: i for i, c in enumerate(COLUMNS)}


# --- results and errors ------------------------------------------------------------------------


@dataclass(frozen=True)
class RawRow:
    """One non-empty row of the sheet as read: cell values by column key (None when empty)."""

    row: int  # the row number Excel shows
    values: dict[str, Any]


class ImportProblem(NamedTuple):
    """Why a row cannot be imported: the Excel row, the column header, the reason (Swedish)."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.row and self.column:
            return f"rad {self.row}, kolumn {self.column}: {self.reason}"
        if self.row:
            return f"rad {self.row}: {self.reason}"
        return self.reason


class ImportErrors(ValueError):
    """The sheet cannot be imported; ``errors`` lists every problem, in sheet order."""

    def __init__(self, errors: Iterable[ImportProblem]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.row, _COLUMN_ORDER.get(e.column, -1)))
        super().__init__(f"{len(self.errors)} fel i importfilen")

    def lines(self) -> list[str]:
        return [str(e) for e in self.errors]


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


# --- reading -----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_rows(path: Path | str) -> list[RawRow]:
    """The non-empty rows of the sheet "Ärenden", cells keyed by column (headers matched
    case-insensitively; columns may come in any order; a missing optional column is empty)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    if not path.is_file():
        raise ImportErrors([ImportProblem(0, "", f"Filen finns inte: {path}")])
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ImportErrors([ImportProblem(
            0, "", f"Filen kan inte läsas som en Excel-arbetsbok (xlsx): {path.name}")]) from None
    try:
        ws = next((wb[n] for n in wb.sheetnames if _fold(n) == _fold(CASES_SHEET)), None)
        if ws is None:
            raise ImportErrors([ImportProblem(
                0, "", f"Arbetsboken saknar bladet \"{CASES_SHEET}\"; utgå från importmallen.")])
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None) or ()
        positions, problems = _header_positions(header)
        if problems:
            raise ImportErrors(problems)
        out: list[RawRow] = []
        for number, cells in enumerate(rows, start=2):
            values = {c.key: _clean(cells[i]) if (i := positions.get(c.key, -1)) >= 0
                      and i < len(cells) else None for c in COLUMNS}
            if any(v is not None for v in values.values()):
                out.append(RawRow(number, values))
        return out
    finally:
        wb.close()


def _header_positions(header: Sequence[Any]) -> tuple[dict[str, int], list[ImportProblem]]:
    by_header = {_fold(c.header): c for c in COLUMNS}
    positions: dict[str, int] = {}
    problems: list[ImportProblem] = []
    for i, cell in enumerate(header):
        text = str(cell).strip() if cell is not None else ""
        if not text:
            continue
        col = by_header.get(_fold(text))
        if col is None:
            problems.append(ImportProblem(1, text, "Okänd kolumn; använd importmallens rubriker."))
        elif col.key in positions:
            problems.append(ImportProblem(1, col.header, "Kolumnen finns två gånger."))
        else:
            positions[col.key] = i
    for col in COLUMNS:
        if col.required == "Alltid" and col.key not in positions:
            problems.append(ImportProblem(1, col.header, "Kolumnen saknas."))
    return positions, problems


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


# --- reading a cell ----------------------------------------------------------------------------


class _Lookups:
    """Coded values by their folded Swedish label or English value, and the file's parties."""

    ALIASES: dict[type[LabelledEnum], dict[str, LabelledEnum]] = {
        Assessment: {"antaget": Assessment.ACCEPTED, "återvisat": Assessment.RETURNED},
    }
    YES_NO = {_fold(YES): True, _fold(NO): False, "yes": True, "no": False, "true": True,
              "false": False, "1": True, "0": False, "x": True}

    def __init__(self, parties: Sequence[Party]) -> None:
        self.enums: dict[type[LabelledEnum], dict[str, LabelledEnum]] = {}
        self.parties: dict[str, int] = {}
        for p in parties:
            self.parties.setdefault(_fold(p.name), p.id)
        for p in parties:
            if p.builtin:
                self.parties.setdefault(_fold(p.kind.value), p.id)
        self.party_names = [p.name for p in parties if p.active]

    def enum(self, enum_cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
        table = self.enums.get(enum_cls)
        if table is None:
            table = {}
            for m in enum_cls:
                table.setdefault(_fold(m.label), m)
                table.setdefault(_fold(m.value), m)
            for alias, m in self.ALIASES.get(enum_cls, {}).items():
                table.setdefault(alias, m)
            self.enums[enum_cls] = table
        return table

    def read(self, col: Column, value: Any) -> Any:
        if col.kind == "date":
            return _read_date(value)
        if col.kind == "yesno":
            if isinstance(value, bool):
                return value
            found = self.YES_NO.get(_fold(_text(value)))
            if found is None:
                raise ValueError(f"Skriv {YES} eller {NO}.")
            return found
        if col.kind == "enum":
            assert col.enum is not None
            found = self.enum(col.enum).get(_fold(_text(value)))
            if found is None:
                raise ValueError("Okänt värde. Välj ett av: "
                                 + "; ".join(allowed_values(col, ())) + ".")
            return found
        if col.kind == "party":
            found = self.parties.get(_fold(_text(value)))
            if found is None:
                raise ValueError("Parten finns inte i teamfilen. Välj en av: "
                                 + "; ".join(self.party_names) + ".")
            return found
        if col.key == "personnummer" and isinstance(value, int | float) \
                and not isinstance(value, bool):
            digits = _text(value)
            return digits.zfill(10) if len(digits) == 9 else digits  # a lost leading zero
        text = _text(value)
        if col.key == "case_number" and len(text) > CASE_NUMBER_MAX:
            raise ValueError(f"Högst {CASE_NUMBER_MAX} tecken.")
        return text


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def _read_date(value: Any) -> dt.date | None:
    """A real Excel date, or ISO text (validation.parse_date's rules and messages)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(_text(value))


@dataclass
class _Row:
    raw: RawRow
    values: dict[str, Any] = field(default_factory=dict)
    given: set[str] = field(default_factory=set)
    problems: dict[str, str] = field(default_factory=dict)  # column key -> first reason
    case: Case | None = None
    participant: Participant | None = None

    @property
    def number(self) -> int:
        return self.raw.row

    def add(self, key: str, reason: str) -> None:
        self.problems.setdefault(key, reason)

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def text(self, key: str) -> str:
        return self.values.get(key) or ""

    def day(self, key: str) -> dt.date | str:
        return self.values.get(key) or ""


def _parse_row(raw: RawRow, lookups: _Lookups) -> _Row:
    row = _Row(raw)
    for col in COLUMNS:
        value = raw.values.get(col.key)
        if value is None:
            row.values[col.key] = None
            continue
        row.given.add(col.key)
        try:
            row.values[col.key] = lookups.read(col, value)
        except ValueError as e:
            row.values[col.key] = None
            row.add(col.key, str(e))
    general = row.get("kind") == CaseKind.GENERAL_CONSULTATION
    if general:
        for key in PERSON_KEYS:
            if key in row.given:
                row.add(key, "En generell konsultation gäller ingen enskild: lämna kolumnen tom.")
    elif "subject" in row.given and row.get("kind") is not None:
        row.add("subject", "Fråga fylls bara i för en generell konsultation.")
    return row


# --- rehearsing the process on a row -----------------------------------------------------------


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
        pass

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
        row.add(key, str(e))
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
            row.add("assessment", "Välj bedömning: antaget eller återvisat.")
            return
        accepted = assessment == Assessment.ACCEPTED
        if not _run(row, "assessment", lambda: process.assess(
                rh, case, on=row.day("assessed_on"), accepted=accepted,
                reason=row.text("return_reason"), today=today)):
            return
        if accepted and "return_reason" in given:
            row.add("return_reason", "Skäl till återvisning anges bara när ärendet återvisas.")
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


def _ended_on(state: CaseState, closed_on: dt.date | None, consulted_on: dt.date | None,
              assessed_on: dt.date | None) -> dt.date | None:
    """The day a case reached its end state (returned, consulted, closed); None while open.

    Belongs in process.py beside END_STATES (reported to the lead)."""
    if state not in process.END_STATES:
        return None
    return closed_on or consulted_on or assessed_on


# --- what the file already holds ---------------------------------------------------------------

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
                row.add("case_number", f"Ärendenumret finns redan på rad {first}.")
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
                row.add("case_number", f"Raden är en dubblett av rad {first} (samma person, "
                        "typ och aktualiseringsdatum).")
                continue
            existing = known.by_key.get(key)
        if existing is None:
            new.append(row)
            continue
        diff = _differences(row, existing)
        if diff:
            row.add("case_number", f"Ärendet finns redan i teamfilen ({existing['case_number']}) "
                    f"med andra uppgifter: {', '.join(diff)}. Rätta raden eller ta bort den.")
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


# --- importing ---------------------------------------------------------------------------------


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
