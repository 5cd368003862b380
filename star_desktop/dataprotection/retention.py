"""Retention (gallring): erase a participant's identifiers once the team's periods have run.

The rule (two team settings, see team_settings.py): a participant is due when none of their
cases is still open and, for every case, its end date plus that case's period has passed —
``RETENTION_CLOSED_MONTHS`` from the closure of an accepted case, ``RETENTION_OTHER_MONTHS``
from the assessment of a returned case or the consultation of a consultation. A general
consultation (no participant) has its question (``subject``) erased after the second period,
since the question may describe a person.

What is erased is what may identify or describe the person; every statistical fact stays
(gender, birth year, municipality, dates, states, reasons, income sources, interventions,
follow-up and agenda rows), so every report and 4R figure of every period is the same after:

- the ParticipantIdentity row (first name, last name, personnummer) is deleted;
- every column marked ``info=PERSONAL`` on the participant's cases and on rows linked to them
  by a foreign key (today the consent's own words, the closure note, follow-up notes), found
  by introspection so a new PERSONAL column is erased without a change here;
- texts the team types freely about the case: the return reason (except the fixed
  "Samtycket återkallat"), the case's ``subject``, the meeting notes on their case items
  (marked personal or not: they are notes about that person's case, part of its file);
- minutes addenda (PERSONAL, but not linked to a case) whose text names one of their case
  numbers, their full name or their personnummer.

Decision summaries are kept: minutes.decide writes them from fixed texts and labels only.
Audit events are never touched; the erasure writes one ERASED event per participant (per
general consultation), naming the erased fields, never their values. ``preview`` lists what
``erase`` will do; ``erase`` refuses if that changed since, so the coordinator erases exactly
what they saw. Everything runs in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, String, and_, delete, select, update
from sqlalchemy.orm import Session

from .. import audit
from .. import team_settings as ts
from ..cases.rules import END_STATES
from ..models import (
    AgendaItem,
    AuditAction,
    Base,
    Case,
    CaseState,
    MinutesAddendum,
    Participant,
    ParticipantIdentity,
)
from ..models.base import utcnow
from ..models.enums import QT_TRANSLATE_NOOP

#: The fixed return reason of a case stopped by a withdrawn consent; it describes no one.
WITHDRAWN_REASON = "Samtycket återkallat"

RULE_CLOSED, RULE_OTHER = "closed", "other"
RULE_LABELS = {
    RULE_CLOSED: "Avslutat ärende",
    RULE_OTHER: "Återvisat ärende eller konsultation",
}

#: Swedish names of the erased fields, as the preview and the audit detail show them.
FIELD_LABELS: dict[tuple[str, str], str] = {
    ("participant_identity", "first_name"): "förnamn",
    ("participant_identity", "last_name"): "efternamn",
    ("participant_identity", "personnummer"): "personnummer",
    ("case", "consent_own_words"): "individens egna ord",
    ("case", "closure_note"): "kommentar vid avslut",
    ("case", "return_reason"): "skäl vid återvisning",
    ("case", "subject"): "konsultationens fråga",
    ("follow_up", "progress_note"): "anteckning vid uppföljning",
    ("agenda_item", "notes"): "anteckningar om ärendet i dagordningen",
    ("minutes_addendum", "text"): "tillägg till minnesanteckningar",
}

ID_CHUNK = 5_000

ItemKey = tuple[str, int]


class RetentionChanged(ValueError):
    """What is due changed since the preview; the coordinator previews again (Swedish)."""


# --- what can be erased, found by introspection --------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """One column to erase and how its rows are tied to a participant's cases."""

    table: str
    column: str
    entity: type
    #: "case" (the case row itself), "case_fk" (a row with a foreign key to the case),
    #: "participant_fk", "identity" or "addendum".
    link: str
    fk: str = ""

    @property
    def label(self) -> str:
        return FIELD_LABELS.get((self.table, self.column), f"{self.table}.{self.column}")

    @property
    def attr(self) -> Any:
        return getattr(self.entity, self.column)

    def empty(self) -> Any:
        col = self.entity.__table__.c[self.column]
        return None if col.nullable else ""

    def non_empty(self) -> ColumnElement[bool]:
        col = self.entity.__table__.c[self.column]
        if isinstance(col.type, String):
            cond = and_(self.attr.is_not(None), self.attr != "")
        else:
            cond = self.attr.is_not(None)
        if (self.table, self.column) == ("case", "return_reason"):
            cond = and_(cond, self.attr != WITHDRAWN_REASON)
        return cond


class UnlinkedPersonalColumn(RuntimeError):
    """A PERSONAL column on a table retention does not know how to tie to a participant."""


@cache
def targets() -> tuple[_Target, ...]:
    """Every erasable column: the PERSONAL ones by introspection, then the free texts."""
    case_t, part_t = Case.__table__, Participant.__table__
    out: list[_Target] = []
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.local_table.name):
        cls, table = mapper.class_, mapper.local_table
        personal = [c for c in table.columns if c.info.get("personal")]
        if not personal:
            continue
        for col in personal:
            key = mapper.get_property_by_column(col).key
            if cls is ParticipantIdentity:
                out.append(_Target(table.name, key, cls, "identity"))
            elif cls is Case:
                out.append(_Target(table.name, key, cls, "case"))
            elif cls is MinutesAddendum:
                out.append(_Target(table.name, key, cls, "addendum"))
            else:
                link = _fk_link(mapper, case_t, part_t)
                if link is None:
                    raise UnlinkedPersonalColumn(
                        f"{table.name}.{col.name} is PERSONAL but has no foreign key to a "
                        "case or a participant; teach retention.py how to find its rows.")
                out.append(_Target(table.name, key, cls, link[0], fk=link[1]))
    out += [
        _Target("case", "return_reason", Case, "case"),
        _Target("case", "subject", Case, "case"),
        _Target("agenda_item", "notes", AgendaItem, "case_fk", fk="case_id"),
    ]
    return tuple(out)


def _fk_link(mapper: Any, case_t: Any, part_t: Any) -> tuple[str, str] | None:
    for col in mapper.local_table.columns:
        for fk in col.foreign_keys:
            if fk.column.table is case_t:
                return "case_fk", mapper.get_property_by_column(col).key
            if fk.column.table is part_t:
                return "participant_fk", mapper.get_property_by_column(col).key
    return None


def _chunks(ids: Collection[int]) -> Iterator[list[int]]:
    items = sorted(ids)
    for i in range(0, len(items), ID_CHUNK):
        yield items[i:i + ID_CHUNK]


# --- what is there to erase ---------------------------------------------------------------------


@dataclass
class _Present:
    """Which erasable fields hold something, per case and per participant."""

    by_case: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_participant: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    addenda: dict[ItemKey, set[int]] = field(default_factory=lambda: defaultdict(set))


def _present(session: Session, cases_of: dict[int, list[tuple[int, str]]],
             general: dict[int, str]) -> _Present:
    """What each candidate (participant id → [(case id, number)], general case id → number)
    still holds, one query per erasable column."""
    out = _Present()
    case_ids = {cid for cs in cases_of.values() for cid, _n in cs} | set(general)
    pids = set(cases_of)
    for t in targets():
        if t.link == "addendum":
            continue
        ids: Collection[int] = pids if t.link in ("identity", "participant_fk") else case_ids
        for chunk in _chunks(ids):
            if t.link == "identity":
                col = ParticipantIdentity.participant_id
            elif t.link == "participant_fk":
                col = getattr(t.entity, t.fk)
            elif t.link == "case":
                col = Case.id
            else:
                col = getattr(t.entity, t.fk)
            for (owner,) in session.execute(
                    select(col).where(col.in_(chunk), t.non_empty()).distinct()):
                if t.link in ("identity", "participant_fk"):
                    out.by_participant[owner].add(t.label)
                else:
                    out.by_case[owner].add(t.label)
    _match_addenda(session, cases_of, general, out)
    return out


def _match_addenda(session: Session, cases_of: dict[int, list[tuple[int, str]]],
                   general: dict[int, str], out: _Present) -> None:
    addenda = [(i, text) for i, text in session.execute(
        select(MinutesAddendum.id, MinutesAddendum.text).where(MinutesAddendum.text != ""))]
    if not addenda:
        return
    pi = ParticipantIdentity
    names: dict[int, tuple[str, str | None]] = {
        pid: (f"{first} {last}".strip(), pnr) for chunk in _chunks(cases_of)
        for pid, first, last, pnr in session.execute(
            select(pi.participant_id, pi.first_name, pi.last_name, pi.personnummer)
            .where(pi.participant_id.in_(chunk)))}
    label = FIELD_LABELS[("minutes_addendum", "text")]
    candidates: list[tuple[ItemKey, re.Pattern[str] | None]] = []
    for pid, cs in cases_of.items():
        words = [n for _c, n in cs]
        name, pnr = names.get(pid, ("", None))
        if name:
            words.append(name)
        if pnr:
            words += [pnr, f"{pnr[:8]}-{pnr[8:]}", f"{pnr[2:8]}-{pnr[8:]}", pnr[2:]]
        candidates.append((("participant", pid), _pattern(words)))
    candidates += [(("case", cid), _pattern([number])) for cid, number in general.items()]
    for key, pattern in candidates:
        if pattern is None:
            continue
        for aid, text in addenda:
            if pattern.search(text):
                out.addenda[key].add(aid)
                if key[0] == "participant":
                    out.by_participant[key[1]].add(label)
                else:
                    out.by_case[key[1]].add(label)


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """Any of the words, whole (a case number inside a longer one does not count)."""
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)
    if not alts:
        return None
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w])", re.IGNORECASE)


def _fields_in_order(labels: set[str]) -> tuple[str, ...]:
    order = [*FIELD_LABELS.values(), *(t.label for t in targets())]
    return tuple(sorted(labels, key=lambda x: (order.index(x) if x in order else len(order), x)))


# --- the preview ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionItem:
    """One participant (or one general consultation) due for erasure."""

    participant_id: int | None
    #: The general consultation's case; None for a participant.
    case_id: int | None
    case_numbers: tuple[str, ...]
    rule: str
    due_on: dt.date
    #: Swedish names of the fields that hold something and will be erased.
    fields: tuple[str, ...]

    @property
    def key(self) -> ItemKey:
        if self.participant_id is not None:
            return ("participant", self.participant_id)
        assert self.case_id is not None
        return ("case", self.case_id)

    @property
    def rule_label(self) -> str:
        return RULE_LABELS[self.rule]


@dataclass(frozen=True)
class RetentionPreview:
    today: dt.date
    closed_months: int
    other_months: int
    items: tuple[RetentionItem, ...]

    def keys(self) -> frozenset[ItemKey]:
        return frozenset(i.key for i in self.items)

    @property
    def participants(self) -> int:
        return sum(1 for i in self.items if i.participant_id is not None)

    @property
    def general_consultations(self) -> int:
        return sum(1 for i in self.items if i.participant_id is None)


def _end(state: CaseState, assessed_on: dt.date | None, consulted_on: dt.date | None,
         closed_on: dt.date | None, raised_on: dt.date) -> tuple[str, dt.date]:
    """The day a case ended and the period that counts from it."""
    if state == CaseState.CLOSED:
        return RULE_CLOSED, closed_on or assessed_on or raised_on
    if state == CaseState.CONSULTED:
        return RULE_OTHER, consulted_on or raised_on
    return RULE_OTHER, assessed_on or raised_on


def preview(session: Session, today: dt.date) -> RetentionPreview:
    """Everything due for erasure on ``today`` under the team's rule, by case number."""
    return _preview(session, today)[0]


def _preview(session: Session, today: dt.date
             ) -> tuple[RetentionPreview, dict[int, list[tuple[int, str]]], dict[int, str]]:
    """The preview, and the cases of each listed participant and general consultation."""
    months = {RULE_CLOSED: ts.get_int(session, ts.RETENTION_CLOSED_MONTHS),
              RULE_OTHER: ts.get_int(session, ts.RETENTION_OTHER_MONTHS)}
    c = Case.__table__.c
    by_person: dict[int, list[Any]] = defaultdict(list)
    general: list[Any] = []
    for r in session.execute(select(c.id, c.participant_id, c.case_number, c.state, c.raised_on,
                                    c.assessed_on, c.consulted_on, c.closed_on)):
        (by_person[r.participant_id] if r.participant_id is not None else general).append(r)

    due: dict[ItemKey, tuple[str, dt.date]] = {}
    cases_of: dict[int, list[tuple[int, str]]] = {}
    for pid, rows in by_person.items():
        if any(r.state not in END_STATES for r in rows):
            continue  # an open case: the person is still being worked with
        when = _due(rows, months)
        if when[1] <= today:
            due[("participant", pid)] = when
            cases_of[pid] = [(r.id, r.case_number) for r in rows]
    general_due: dict[int, str] = {}
    for r in general:
        if r.state not in END_STATES:
            continue
        when = _due([r], months)
        if when[1] <= today:
            due[("case", r.id)] = when
            general_due[r.id] = r.case_number

    present = _present(session, cases_of, general_due)
    items: list[RetentionItem] = []
    for pid, cs in cases_of.items():
        labels = set(present.by_participant.get(pid, set()))
        for cid, _n in cs:
            labels |= present.by_case.get(cid, set())
        if labels:
            rule, day = due[("participant", pid)]
            items.append(RetentionItem(pid, None, tuple(sorted(n for _c, n in cs)), rule, day,
                                       _fields_in_order(labels)))
    for cid, number in general_due.items():
        labels = set(present.by_case.get(cid, set()))
        if labels:
            rule, day = due[("case", cid)]
            items.append(RetentionItem(None, cid, (number,), rule, day,
                                       _fields_in_order(labels)))
    items.sort(key=lambda i: (i.due_on, i.case_numbers))
    listed = {i.key for i in items}
    return (RetentionPreview(today, months[RULE_CLOSED], months[RULE_OTHER], tuple(items)),
            {pid: cs for pid, cs in cases_of.items() if ("participant", pid) in listed},
            {cid: n for cid, n in general_due.items() if ("case", cid) in listed})


def _due(rows: Iterable[Any], months: dict[str, int]) -> tuple[str, dt.date]:
    """The latest day any of the cases' own periods runs out, and which rule that is."""
    best: tuple[str, dt.date] | None = None
    for r in rows:
        rule, ended = _end(r.state, r.assessed_on, r.consulted_on, r.closed_on, r.raised_on)
        day = ended + relativedelta(months=months[rule])
        if best is None or day > best[1] or (day == best[1] and rule == RULE_CLOSED):
            best = (rule, day)
    assert best is not None
    return best


# --- erasing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionResult:
    erased: tuple[RetentionItem, ...]

    @property
    def participants(self) -> int:
        return sum(1 for i in self.erased if i.participant_id is not None)

    @property
    def general_consultations(self) -> int:
        return sum(1 for i in self.erased if i.participant_id is None)


def erase(session: Session, today: dt.date,
          expected: RetentionPreview | Collection[ItemKey]) -> RetentionResult:
    """Erase exactly what the preview listed, irreversibly, in the caller's transaction.

    ``expected`` is the preview the coordinator saw (or its keys); when what is due differs
    now (a person raised again, a note added, a setting changed), RetentionChanged is raised
    and nothing is erased.
    """
    current, cases_of, general = _preview(session, today)
    if isinstance(expected, RetentionPreview):
        same = current.items == expected.items
    else:
        same = current.keys() == frozenset(expected)
    if not same:
        raise RetentionChanged(QT_TRANSLATE_NOOP(
            "Messages",
            "Det som ska gallras har ändrats sedan förhandsgranskningen. Förhandsgranska igen och "
            "kontrollera listan innan du gallrar."))
    reasons = {i.key: f"gallring ({RULE_LABELS[i.rule].lower()})" for i in current.items}
    _erase(session, cases_of, general, reasons)
    return RetentionResult(current.items)


def erase_identifiers(session: Session, participant_id: int, *, reason: str) -> tuple[str, ...]:
    """Erase a participant's identifiers and the personal texts of all their cases (shared by
    retention and a withdrawn consent); one ERASED audit event. Returns the erased fields."""
    if session.get(Participant, participant_id) is None:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Deltagaren finns inte."))
    session.flush()
    cases = [(cid, n) for cid, n in session.execute(
        select(Case.id, Case.case_number).where(Case.participant_id == participant_id))]
    key = ("participant", participant_id)
    return _erase(session, {participant_id: cases}, {}, {key: reason})[key]


def _erase(session: Session, cases_of: dict[int, list[tuple[int, str]]],
           general: dict[int, str], reasons: dict[ItemKey, str]
           ) -> dict[ItemKey, tuple[str, ...]]:
    """Erase for many participants and general consultations at once: one statement per
    erasable column and chunk of ids, so thousands due take seconds, not minutes."""
    session.flush()
    present = _present(session, cases_of, general)
    fields: dict[ItemKey, tuple[str, ...]] = {}
    for pid, cs in cases_of.items():
        labels = set(present.by_participant.get(pid, set()))
        for cid, _n in cs:
            labels |= present.by_case.get(cid, set())
        fields[("participant", pid)] = _fields_in_order(labels)
    for cid in general:
        fields[("case", cid)] = _fields_in_order(set(present.by_case.get(cid, set())))
    case_ids = {cid for cs in cases_of.values() for cid, _n in cs} | set(general)
    addenda = {aid for ids in present.addenda.values() for aid in ids}
    _clear(session, case_ids, set(cases_of), addenda)
    now = utcnow()
    for chunk in _chunks(cases_of):
        session.execute(delete(ParticipantIdentity)
                        .where(ParticipantIdentity.participant_id.in_(chunk))
                        .execution_options(synchronize_session="fetch"))
        session.execute(update(Participant).where(Participant.id.in_(chunk))
                        .values(identifiers_erased_at=now)
                        .execution_options(synchronize_session="fetch"))
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Participant) and obj.id in cases_of:
            session.expire(obj, ["identity"])
    for key, labels in fields.items():
        detail = f"{reasons[key]}: " + (", ".join(labels) or "inga uppgifter kvar")
        if key[0] == "participant":
            audit.record(session, AuditAction.ERASED, entity="participant", entity_id=key[1],
                         participant_id=key[1], detail=detail)
        else:
            audit.record(session, AuditAction.ERASED, entity="case", entity_id=key[1],
                         case_id=key[1], detail=detail)
    session.flush()
    return fields


def _clear(session: Session, case_ids: set[int], participant_ids: set[int],
           addendum_ids: set[int]) -> None:
    for t in targets():
        if t.link == "identity":
            continue  # the row itself is deleted
        if t.link == "addendum":
            ids, col = addendum_ids, MinutesAddendum.id
        elif t.link == "participant_fk":
            ids, col = participant_ids, getattr(t.entity, t.fk)
        elif t.link == "case":
            ids, col = case_ids, Case.id
        else:
            ids, col = case_ids, getattr(t.entity, t.fk)
        for chunk in _chunks(ids):
            session.execute(update(t.entity).where(col.in_(chunk), t.non_empty())
                            .values({t.column: t.empty()})
                            .execution_options(synchronize_session="fetch"))
