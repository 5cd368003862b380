"""Raising a case (aktualisering) and its consent: the first steps of the process.

A participant raised again keeps one participant record; name and personnummer go to
ParticipantIdentity, apart from the facts statistics use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    AuditAction,
    Case,
    CaseKind,
    CaseState,
    Gender,
    IncomeSource,
    Participant,
    ParticipantIdentity,
    Party,
)
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from ..validation import Collector, message_of, normalise_personnummer
from .numbering import next_case_number
from .rules import (
    ACTIVE_STATES,
    END_STATES,
    MAX_AGE,
    MIN_AGE,
    ProcessError,
    _audit,
    _parse,
    _require_state,
    _today,
)

# --- raising a case ----------------------------------------------------------------------------


@dataclass
class ParticipantForm:
    """A new participant as typed; with a personnummer, birth year and date come from it."""

    first_name: str = ""
    last_name: str = ""
    personnummer: str = ""
    gender: Gender | str | None = None
    birth_year: int | str | None = None
    municipality: str = ""


@dataclass
class RaiseForm:
    kind: CaseKind | str | None = None
    #: An existing participant (raised again); else ``participant`` describes a new one.
    participant_id: int | None = None
    participant: ParticipantForm | None = None
    subject: str = ""
    referring_party_id: int | None = None
    referring_officer: str = ""
    raised_on: str | dt.date = ""
    consent_form_received: bool = False
    consent_signed_on: str | dt.date | None = ""
    consent_own_words: str = ""
    income_at_start: IncomeSource | str | None = IncomeSource.UNKNOWN
    years_on_support_at_start: int | str | None = None


def find_participant(session: Session, personnummer: str) -> Participant | None:
    """The participant already registered with this personnummer, if any."""
    return session.scalar(
        select(Participant).join(ParticipantIdentity)
        .where(ParticipantIdentity.personnummer == personnummer)
    )


def open_case_of(session: Session, participant_id: int) -> Case | None:
    """A case of the participant that has not ended (a person has one at a time)."""
    return session.scalar(
        select(Case).where(Case.participant_id == participant_id,
                           Case.state.not_in(list(END_STATES)))
    )


def raise_case(session: Session, form: RaiseForm, *, today: dt.date | None = None) -> Case:
    """Register an aktualisering; a participant raised again keeps their one record."""
    day0 = _today(today)
    c = Collector()
    try:
        kind = CaseKind(form.kind) if form.kind else None
    except ValueError:
        kind = None
    if kind is None:
        c.add("kind", QT_TRANSLATE_NOOP("Messages", "Välj typ av ärende."))
    raised_on = _parse(c, "raised_on", form.raised_on, required=True, today=day0)
    party = session.get(Party, form.referring_party_id) if form.referring_party_id else None
    if party is None:
        c.add("referring_party_id", QT_TRANSLATE_NOOP(
            "Messages",
            "Välj vilken part som aktualiserar ärendet."))
    try:
        income = IncomeSource(form.income_at_start or IncomeSource.UNKNOWN)
    except ValueError:
        c.add("income_at_start", QT_TRANSLATE_NOOP("Messages", "Välj försörjning."))
        income = IncomeSource.UNKNOWN
    years: int | None = None
    if form.years_on_support_at_start not in (None, ""):
        try:
            years = int(str(form.years_on_support_at_start).strip())
            if not 0 <= years <= 50:
                raise ValueError
        except ValueError:
            c.add("years_on_support_at_start",
                  QT_TRANSLATE_NOOP(
                      "Messages",
                      "Ange antal år som ett heltal 0–50, eller lämna tomt."))
            years = None

    participant: Participant | None = None
    new_participant: tuple[ParticipantForm, str | None, Gender, int] | None = None
    if kind == CaseKind.GENERAL_CONSULTATION:
        if not form.subject.strip():
            c.add("subject", QT_TRANSLATE_NOOP(
                "Messages",
                "Beskriv frågan (utan personuppgifter)."))
    elif kind is not None:
        if form.participant_id is not None:
            participant = session.get(Participant, form.participant_id)
            if participant is None:
                c.add("participant", QT_TRANSLATE_NOOP("Messages", "Deltagaren finns inte."))
        else:
            new_participant = _check_new_participant(c, form.participant or ParticipantForm(),
                                                     raised_on or day0)
            if new_participant and new_participant[1]:
                participant = find_participant(session, new_participant[1])
                if participant is not None:
                    new_participant = None  # raised again: the same person, one record
        if participant is not None and (open_ := open_case_of(session, participant.id)):
            c.add("participant",
                  Msg(QT_TRANSLATE_NOOP(
                      "Messages",
                      "Deltagaren har redan ett ärende som inte är avslutat ({number})."),
                      number=open_.case_number))

    consent_on = _parse(c, "consent_signed_on", form.consent_signed_on, required=False,
                        today=day0)
    if form.consent_form_received and consent_on is None and "consent_signed_on" not in c.errors:
        c.add("consent_signed_on", QT_TRANSLATE_NOOP(
            "Messages",
            "Ange datum då samtycket skrevs under."))
    if consent_on is not None and not form.consent_form_received:
        c.add("consent_form_received", QT_TRANSLATE_NOOP(
            "Messages",
            "Markera att blanketten har kommit in."))
    c.raise_if_any()
    assert kind is not None and raised_on is not None and party is not None

    if new_participant is not None:
        pform, pnr, gender, birth_year = new_participant
        participant = Participant(gender=gender, birth_year=birth_year,
                                  municipality=pform.municipality.strip())
        participant.identity = ParticipantIdentity(
            first_name=pform.first_name.strip(), last_name=pform.last_name.strip(),
            personnummer=pnr)
        session.add(participant)
        session.flush()

    case = Case(
        case_number=next_case_number(session, raised_on),
        kind=kind,
        state=CaseState.RAISED,
        participant_id=participant.id if participant is not None else None,
        referring_party_id=party.id,
        referring_officer=form.referring_officer.strip(),
        raised_on=raised_on,
        subject=form.subject.strip(),
        consent_form_received=bool(form.consent_form_received),
        consent_signed_on=consent_on,
        consent_own_words=form.consent_own_words.strip(),
        income_at_start=income,
        years_on_support_at_start=years,
    )
    session.add(case)
    session.flush()
    _audit(session, case, f"aktualiserat ({kind.label.lower()})", AuditAction.CREATED)
    return case


def _check_new_participant(c: Collector, p: ParticipantForm, raised_on: dt.date
                           ) -> tuple[ParticipantForm, str | None, Gender, int] | None:
    ok = True
    if not p.first_name.strip():
        c.add("first_name", QT_TRANSLATE_NOOP("Messages", "Ange förnamn."))
        ok = False
    if not p.last_name.strip():
        c.add("last_name", QT_TRANSLATE_NOOP("Messages", "Ange efternamn."))
        ok = False
    pnr: str | None = None
    try:
        pnr = normalise_personnummer(p.personnummer)
    except ValueError as e:
        c.add("personnummer", message_of(e))
        ok = False
    birth_year: int | None = None
    if pnr is not None:
        birth_year = int(pnr[:4])
        if p.birth_year not in (None, "") and str(p.birth_year).strip() != str(birth_year):
            c.add("birth_year", QT_TRANSLATE_NOOP(
                "Messages",
                "Födelseåret stämmer inte med personnumret."))
            ok = False
    elif p.birth_year not in (None, ""):
        try:
            birth_year = int(str(p.birth_year).strip())
        except ValueError:
            c.add("birth_year", QT_TRANSLATE_NOOP("Messages", "Ange födelseår med fyra siffror."))
            ok = False
    else:
        c.add("birth_year", QT_TRANSLATE_NOOP("Messages", "Ange personnummer eller födelseår."))
        ok = False
    if birth_year is not None and ok:
        if pnr is not None:  # the birth date is known: the age on the day raised
            birthday = (int(pnr[4:6]), int(pnr[6:8]))
            age = raised_on.year - birth_year - ((raised_on.month, raised_on.day) < birthday)
            fits = MIN_AGE <= age <= MAX_AGE
        else:  # only the year: they may not have had this year's birthday yet
            age = raised_on.year - birth_year
            fits = MIN_AGE <= age <= MAX_AGE + 1
        if not fits:
            c.add("birth_year" if pnr is None else "personnummer",
                  Msg(QT_TRANSLATE_NOOP(
                      "Messages",
                      "STAR är för personer i arbetsför ålder (16–64 år); personen är {age} år."),
                      age=age))
            ok = False
    try:
        gender = Gender(p.gender) if p.gender else None
    except ValueError:
        gender = None
    if gender is None:
        c.add("gender", QT_TRANSLATE_NOOP("Messages", "Välj kön (annat/ej angivet går bra)."))
        ok = False
    if not ok or gender is None or birth_year is None:
        return None
    return p, pnr, gender, birth_year


def update_consent(session: Session, case: Case, *, received: bool,
                   signed_on: str | dt.date | None, own_words: str,
                   today: dt.date | None = None) -> Case:
    """Record the consent form "Aktualisering till STAR" (needed before acceptance)."""
    if case.kind == CaseKind.GENERAL_CONSULTATION:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "En generell konsultation gäller ingen enskild och har inget samtycke."))
    _require_state(case, {CaseState.RAISED} | ACTIVE_STATES, "få nytt samtycke")
    c = Collector()
    day = _parse(c, "consent_signed_on", signed_on, required=received, today=_today(today))
    if day is not None and not received:
        c.add("consent_form_received", QT_TRANSLATE_NOOP(
            "Messages",
            "Markera att blanketten har kommit in."))
    c.raise_if_any()
    if case.state in ACTIVE_STATES and not received:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "Ett antaget ärende måste ha samtycke; blanketten kan inte tas bort. Om individen "
            "återkallar samtycket avslutas ärendet."))
    case.consent_form_received = received
    case.consent_signed_on = day
    case.consent_own_words = own_words.strip()
    _audit(session, case, "samtycke")
    return case
