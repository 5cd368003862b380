"""The register extract (registerutdrag, GDPR art. 15): everything the team file holds about one
participant, as an A4 PDF the coordinator can hand over.

``build_extract`` gathers it: the identity (or when it was erased), the participant's facts,
every case with every stored column labelled in Swedish, the interventions and follow-ups, the
meeting agenda items, decisions and action items about their cases, the minutes addenda that
name them (as retention matches them: a case number, the full name or the personnummer) and every
audit event that points at them or their cases. ``export_extract`` writes the PDF (extract_pdf.py)
and audits it in the caller's transaction. ``find_participant`` finds the person by personnummer
or by case number, with a Swedish message when no one matches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .. import audit
from ..audit import AuditFilter, AuditRow
from ..cases.query import ERASED_NAME
from ..models import (
    AgendaItem,
    AuditAction,
    Case,
    Decision,
    Meeting,
    MinutesAddendum,
    Participant,
    ParticipantIdentity,
    Party,
    Team,
)
from ..models.enums import QT_TRANSLATE_NOOP, LabelledEnum, Msg
from ..validation import FieldErrors, format_personnummer, message_of, normalise_personnummer

TITLE = "Registerutdrag"
SUBTITLE = "Registerutdrag enligt artikel 15 i dataskyddsförordningen"
EMPTY = "–"
ERASED = "(gallrad)"

#: Every stored column of a case, in the order shown, with its Swedish label. The party columns
#: show the party's name. A column missing here would still be shown under its own name; a test
#: checks that none is missing.
CASE_LABELS: dict[str, str] = {
    "case_number": "Ärendenummer",
    "kind": "Typ av ärende",
    "state": "Status",
    "referring_party_id": "Aktualiserande part",
    "referring_officer": "Handläggare som aktualiserade",
    "raised_on": "Aktualiserat den",
    "subject": "Fråga (generell konsultation)",
    "consent_form_received": "Samtyckesblanketten mottagen",
    "consent_signed_on": "Samtycket undertecknat den",
    "consent_own_words": "Individens egna ord",
    "consent_withdrawn_on": "Samtycket återkallat den",
    "income_at_start": "Försörjning vid start",
    "years_on_support_at_start": "År med offentlig försörjning vid start",
    "assessed_on": "Bedömt den",
    "assessment": "Bedömning",
    "return_reason": "Skäl vid återvisning",
    "queue_started_on": "I kö från",
    "carrier_party_id": "Ärendebärarens part",
    "carrier_name": "Ärendebärarens namn",
    "planning_form": "Planeringsform",
    "planning_meeting_on": "Planeringsmöte den",
    "plan_made_on": "Individuell plan upprättad den",
    "self_support_activity": "Aktivitet mot egen försörjning",
    "consulted_on": "Konsultation genomförd den",
    "closed_on": "Avslutat den",
    "closure_reason": "Skäl för avslut",
    "closure_note": "Kommentar vid avslut",
    "income_at_end": "Försörjning vid avslut",
    "created_at": "Registrerat",
    "updated_at": "Senast ändrat",
}
#: Columns that only link rows together: the extract shows what they point at instead.
CASE_LINK_COLUMNS = frozenset({"id", "participant_id"})
#: Texts retention erases (PERSONAL columns and the free texts it clears besides them): shown as
#: "(gallrad)" when empty once the identity is erased.
ERASABLE_CASE_TEXTS = frozenset({"consent_own_words", "closure_note", "return_reason", "subject"})


@dataclass
class CaseExtract:
    case_number: str
    fields: list[tuple[str, str]]
    #: One list of (label, value) per intervention and per follow-up.
    interventions: list[list[tuple[str, str]]] = field(default_factory=list)
    follow_ups: list[list[tuple[str, str]]] = field(default_factory=list)


@dataclass
class MeetingMention:
    """An agenda item of a team meeting about one of the person's cases."""

    held_on: dt.date
    case_number: str
    fields: list[tuple[str, str]]
    decisions: list[str] = field(default_factory=list)
    action_items: list[str] = field(default_factory=list)


@dataclass
class AddendumMention:
    meeting_on: dt.date
    created_at: str
    author: str
    text: str


@dataclass
class Extract:
    """Everything stored about one participant, as labelled text ready to print."""

    participant_id: int
    #: "First Last", or "(gallrad)" once the identifiers are erased.
    name: str
    personnummer: str
    erased_on: dt.date | None
    person: list[tuple[str, str]]
    cases: list[CaseExtract]
    meetings: list[MeetingMention]
    addenda: list[AddendumMention]
    events: list[AuditRow]
    retention_months: int | None = None

    @property
    def erased(self) -> bool:
        return self.erased_on is not None

    @property
    def case_numbers(self) -> list[str]:
        return [c.case_number for c in self.cases]


# --- values as text --------------------------------------------------------------------------


def show(value: Any) -> str:
    """A stored value as the extract prints it: labels for enums, ISO dates, Ja/Nej."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, dt.datetime):
        return audit.local_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _erasable(value: str, erased: bool) -> str:
    return ERASED if erased and not value else show(value)


# --- finding the person ------------------------------------------------------------------------


def find_participant(session: Session, text: str) -> int:
    """The participant a personnummer or a case number points at; FieldErrors (field ``who``)
    with a Swedish message when nothing matches."""
    typed = (text or "").strip()
    if not typed:
        raise FieldErrors({"who": QT_TRANSLATE_NOOP(
            "Messages",
            "Skriv ett personnummer eller ett ärendenummer.")})
    case = session.execute(
        select(Case.id, Case.participant_id).where(Case.case_number == typed)).first()
    if case is not None:
        if case.participant_id is None:
            raise FieldErrors({"who": Msg(QT_TRANSLATE_NOOP(
                "Messages", "Ärende {number} är en generell konsultation och gäller ingen enskild "
                "person."), number=typed)})
        return int(case.participant_id)
    digits = sum(ch.isdigit() for ch in typed)
    try:
        pnr = normalise_personnummer(typed)
    except ValueError as e:
        if digits >= 10:
            raise FieldErrors({"who": message_of(e)}) from None
        raise FieldErrors({"who": Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Det finns inget ärende med numret {number}."),
            number=typed)}) from None
    pid = session.execute(select(ParticipantIdentity.participant_id)
                          .where(ParticipantIdentity.personnummer == pnr)).scalar()
    if pid is None:
        raise FieldErrors({"who": QT_TRANSLATE_NOOP(
            "Messages",
            "Ingen deltagare med det personnumret finns i teamfilen. (Efter gallring hittas en "
            "deltagare bara med ärendenumret.)")})
    return int(pid)


def display_name(session: Session, participant_id: int) -> str:
    """Whose extract it is, as the dialog shows it: the name, or "(gallrad)"."""
    ident = session.get(ParticipantIdentity, participant_id)
    if ident is None:
        return ERASED_NAME
    return ident.full_name or EMPTY


def case_numbers_of(session: Session, participant_id: int) -> list[str]:
    """The participant's case numbers, oldest first."""
    return list(session.scalars(select(Case.case_number)
                                .where(Case.participant_id == participant_id)
                                .order_by(Case.raised_on, Case.id)))


# --- building --------------------------------------------------------------------------------


def build_extract(session: Session, participant_id: int) -> Extract:
    """Gather everything stored about the participant (read only)."""
    from .. import team_settings

    p = session.get(Participant, participant_id)
    if p is None:
        raise LookupError(f"no participant {participant_id}")
    ident = p.identity
    erased = ident is None and p.identifiers_erased_at is not None
    erased_on = p.identifiers_erased_at.astimezone().date() if p.identifiers_erased_at else None
    person: list[tuple[str, str]] = []
    if ident is not None:
        person += [("Förnamn", show(ident.first_name)), ("Efternamn", show(ident.last_name)),
                   ("Personnummer", show(format_personnummer(ident.personnummer)))]
    else:
        person.append(("Namn och personnummer",
                       f"gallrade {erased_on.isoformat()}" if erased_on else EMPTY))
    person += [("Kön", show(p.gender)), ("Födelseår", show(p.birth_year)),
               ("Kommun", show(p.municipality)), ("Registrerad i teamfilen", show(p.created_at))]

    parties = {pid: name for pid, name in session.execute(select(Party.id, Party.name))}
    cases = list(session.scalars(select(Case).where(Case.participant_id == participant_id)
                                 .order_by(Case.raised_on, Case.id)))
    numbers = {c.id: c.case_number for c in cases}
    meeting_ids = [f.meeting_id for c in cases for f in c.follow_ups if f.meeting_id]
    meeting_days = {mid: day for mid, day in session.execute(
        select(Meeting.id, Meeting.held_on).where(Meeting.id.in_(meeting_ids)))}
    case_extracts = [_case_extract(c, parties, meeting_days, erased) for c in cases]
    meetings = _meetings(session, numbers, erased)
    words = list(numbers.values())
    if ident is not None:
        words.append(ident.full_name)
        if ident.personnummer:
            pnr = ident.personnummer
            words += [pnr, f"{pnr[:8]}-{pnr[8:]}", f"{pnr[2:8]}-{pnr[8:]}", pnr[2:]]
    addenda = _addenda(session, words)
    events = list(audit.iter_events(session, AuditFilter(participant_id=participant_id)))
    months = team_settings.get_int(session, team_settings.RETENTION_CLOSED_MONTHS)
    if ident is not None:
        name = ident.full_name or EMPTY
    else:
        name = ERASED_NAME if erased else "(namn saknas)"
    return Extract(participant_id=participant_id, name=name,
                   personnummer=format_personnummer(ident.personnummer) if ident else "",
                   erased_on=erased_on if erased else None, person=person,
                   cases=case_extracts, meetings=meetings, addenda=addenda, events=events,
                   retention_months=months)


def _case_extract(case: Case, parties: dict[int, str], meeting_days: dict[int, dt.date],
                  erased: bool) -> CaseExtract:
    fields: list[tuple[str, str]] = []
    columns = [c.key for c in Case.__table__.columns if c.key not in CASE_LINK_COLUMNS]
    ordered = [k for k in CASE_LABELS if k in columns] + [k for k in columns
                                                          if k not in CASE_LABELS]
    for key in ordered:
        value = getattr(case, key)
        if key in ("referring_party_id", "carrier_party_id"):
            text = show(parties.get(value)) if value is not None else EMPTY
        elif key in ERASABLE_CASE_TEXTS:
            text = _erasable(value, erased)
        else:
            text = show(value)
        fields.append((CASE_LABELS.get(key, key), text))
    out = CaseExtract(case.case_number, fields)
    for i in case.interventions:
        out.interventions.append([
            ("Område", show(i.group)),
            ("Ur utbudskartan", show(i.catalogue_entry.name if i.catalogue_entry else None)),
            ("Beskrivning", show(i.description)),
            ("Utförande part", show(parties.get(i.provider_party_id))),
            ("Start", show(i.started_on)), ("Slut", show(i.ended_on))])
    for f in case.follow_ups:
        out.follow_ups.append([
            ("Planerad", show(f.due_on)), ("Gjord", show(f.done_on)),
            ("Vid mötet", show(meeting_days.get(f.meeting_id))),
            ("Hur det går", _erasable(f.progress_note, erased and f.done_on is not None))])
    return out


def _meetings(session: Session, numbers: dict[int, str], erased: bool) -> list[MeetingMention]:
    if not numbers:
        return []
    ids = list(numbers)
    decided = select(Decision.agenda_item_id).where(Decision.case_id.in_(ids))
    items = session.scalars(
        select(AgendaItem).join(Meeting)
        .where(or_(AgendaItem.case_id.in_(ids), AgendaItem.id.in_(decided)))
        .order_by(Meeting.held_on, AgendaItem.position))
    out: list[MeetingMention] = []
    for item in items:
        m = item.meeting
        case_ids = {item.case_id} | {d.case_id for d in item.decisions}
        number = next((numbers[c] for c in case_ids if c in numbers), "")
        if item.notes:
            notes = item.notes + (" (markerad som personlig anteckning)"
                                  if item.notes_personal else "")
        else:
            notes = ERASED if erased and item.case_id in numbers else EMPTY
        mention = MeetingMention(m.held_on, number, [
            ("Möte", f"{m.held_on.isoformat()} {m.starts_at:%H.%M}–{m.ends_at:%H.%M}"),
            ("Plats", show(m.place)), ("Mötets status", show(m.state)),
            ("Punkt", show(item.title) + f" ({item.kind.label})"), ("Anteckningar", notes)])
        for d in item.decisions:
            if d.case_id in numbers:
                mention.decisions.append(f"{d.kind.label}: {d.summary or EMPTY} "
                                         f"({audit.local_text(d.created_at)})")
        for a in item.action_items:
            due = f", senast {a.due_on.isoformat()}" if a.due_on else ""
            done = f", klar {a.done_on.isoformat()}" if a.done_on else ""
            mention.action_items.append(f"{a.who}: {a.what}{due}{done}")
        out.append(mention)
    return out


def _addenda(session: Session, words: Iterable[str]) -> list[AddendumMention]:
    """Addenda that name the person as retention matches them (whole words, any case)."""
    alts = "|".join(re.escape(w) for w in sorted({w for w in words if w}, key=len, reverse=True))
    if not alts:
        return []
    pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w])", re.IGNORECASE)
    rows = session.execute(
        select(MinutesAddendum, Meeting.held_on).join(Meeting)
        .where(MinutesAddendum.text != "").order_by(MinutesAddendum.created_at))
    return [AddendumMention(held_on, audit.local_text(a.created_at), a.author or EMPTY, a.text)
            for a, held_on in rows if pattern.search(a.text)]


# --- writing and auditing ------------------------------------------------------------------------


def write_extract_pdf(extract: Extract, path: Path | str, *, team_name: str, produced_by: str,
                      produced_at: dt.datetime) -> Path:
    """The extract as an A4 PDF at ``path``, written beside it and renamed into place."""
    from ..meetings.pdf_common import atomic_write
    from .extract_pdf import extract_pdf_bytes

    return atomic_write(path, extract_pdf_bytes(extract, team_name=team_name,
                                                produced_by=produced_by,
                                                produced_at=audit.local_text(produced_at)))


def export_extract(session: Session, participant_id: int, path: Path | str, *,
                   now: dt.datetime | None = None) -> Extract:
    """Build, write and audit the extract in the caller's transaction."""
    extract = build_extract(session, participant_id)
    team = session.execute(select(Team.name).order_by(Team.id)).scalars().first() or ""
    write_extract_pdf(extract, path, team_name=team, produced_by=audit.actor_of(session),
                      produced_at=now or dt.datetime.now(dt.UTC))
    audit.record(session, AuditAction.EXPORTED, entity="register_extract",
                 entity_id=participant_id, participant_id=participant_id,
                 detail=f"registerutdrag pdf, {len(extract.cases)} ärenden, "
                        f"{len(extract.events)} logghändelser")
    return extract
