"""Dialogs for the steps of a case: each fills a form and calls one rule of cases.process.

A step is saved in one transaction with its audit event, or — when a field is wrong or the
process does not allow it — not at all, with the message next to the field or at the bottom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QWidget,
)
from sqlalchemy.orm import Session

from ..cases import process, suggest
from ..cases.catalogue import entries as catalogue_entries
from ..dataprotection import consent
from ..models import (
    Case,
    CaseKind,
    CaseState,
    ClosureReason,
    Gender,
    IncomeSource,
    InterventionGroup,
    PlanningForm,
)
from ..storage.teamfile import TeamFile
from ..team import service as team_service
from .common import enum_label, select_data
from .forms import Field, StepDialog, StepSpec, _today  # noqa: F401 - used by other dialogs too

# --- specs for each step -----------------------------------------------------------------------


def _tr(text: str) -> str:
    """The specs are built when a dialog opens, after the translator is installed."""
    return QCoreApplication.translate("CaseDialogs", text)


def _enum_choices(enum_cls: Any, blank: str | None = None,
                  members: Sequence[Any] | None = None) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [(blank, None)] if blank is not None else []
    out += [(enum_label(m), m.value) for m in (members if members is not None else enum_cls)]
    return out


def _party_choices(tf: TeamFile, blank: str) -> list[tuple[str, Any]]:
    with tf.session() as s:
        return [(blank, None)] + [(p.name, p.id) for p in team_service.parties(s)]


def consent_spec(case: Case) -> StepSpec:
    return StepSpec(
        _tr("Samtycke"),
        _tr("Blanketten \"Aktualisering till STAR\" med individens egna ord behövs innan ärendet "
            "kan antas."),
        [Field("received", _tr("Blanketten har kommit in"), "check",
               default=case.consent_form_received),
         Field("consent_signed_on", _tr("&Undertecknad:"), "date",
               default=case.consent_signed_on.isoformat() if case.consent_signed_on else ""),
         Field("own_words", _tr("Individens egna &ord:"), "multiline",
               default=case.consent_own_words)],
        lambda s, c, v: process.update_consent(s, c, received=v["received"],
                                               signed_on=v["consent_signed_on"],
                                               own_words=v["own_words"]),
    )


def assess_spec() -> StepSpec:
    return StepSpec(
        _tr("Bedömning i teamet"),
        _tr("Teamet bedömer om ärendet antas som STAR-ärende eller återvisas till remittenten."),
        [Field("decision", _tr("&Bedömning:"), "combo",
               [(_tr("Antaget som STAR-ärende"), "accept"),
                (_tr("Återvisat till remittent"), "return")],
               default="accept"),
         Field("assessed_on", _tr("&Datum:"), "date", default=_today()),
         Field("return_reason", _tr("&Skäl vid återvisning:"), "multiline")],
        lambda s, c, v: process.assess(s, c, on=v["assessed_on"],
                                       accepted=v["decision"] == "accept",
                                       reason=v["return_reason"]),
    )


def queue_spec() -> StepSpec:
    return StepSpec(
        _tr("Sätt i kö"),
        _tr("Planeringen kan inte starta direkt. Väntetiden redovisas för styrgruppen; se till "
            "att individen inte väntar passivt."),
        [Field("queue_started_on", _tr("&Kö från:"), "date", default=_today())],
        lambda s, c, v: process.put_in_queue(s, c, on=v["queue_started_on"]),
    )


def carrier_spec(tf: TeamFile, case: Case) -> StepSpec:
    suggested = suggest.carrier_party(case.income_at_start)
    default_party = case.carrier_party_id
    hint = ""
    if default_party is None and suggested is not None:
        with tf.session() as s:
            p = team_service.party_of_kind(s, suggested)
            default_party = p.id
            hint = " " + _tr("Förslag: {party}, som svarar för personens nuvarande "
                             "försörjning ({income}).").format(
                party=p.name, income=enum_label(case.income_at_start).lower())
    return StepSpec(
        _tr("Ärendebärare"),
        _tr("Ärendebäraren utses i första hand hos den aktör som ansvarar för personens "
            "nuvarande försörjning.") + hint,
        [Field("carrier_party_id", _tr("&Part:"), "combo", _party_choices(tf, _tr("– välj part –")),
               default=default_party),
         Field("carrier_name", _tr("&Namn:"), "text", default=case.carrier_name)],
        lambda s, c, v: process.appoint_carrier(s, c, party_id=v["carrier_party_id"],
                                                name=v["carrier_name"]),
    )


def planning_spec(tf: TeamFile, case: Case) -> StepSpec:
    carrier_kind = case.carrier_party.kind if case.carrier_party is not None else None
    proposed = suggest.planning_form(carrier_kind, [])
    return StepSpec(
        _tr("Planeringsmöte med individen"),
        _tr("Avstämningsmöte när Försäkringskassan är ärendebärare, SIP när hälso- och sjukvården "
            "och socialtjänsten båda deltar, annars flerpartsmöte."),
        [Field("health_care", _tr("Hälso- och sjukvården deltar"), "check"),
         Field("social_services", _tr("Socialtjänsten deltar"), "check",
               default=carrier_kind in suggest.SOCIAL_SERVICES),
         Field("planning_form", _tr("&Form:"), "combo",
               _enum_choices(PlanningForm, _tr("– välj form –")), default=proposed.value),
         Field("planning_meeting_on", _tr("&Datum:"), "date", default=_today())],
        lambda s, c, v: process.record_planning_meeting(s, c, form=v["planning_form"],
                                                        on=v["planning_meeting_on"]),
    )


def plan_spec(case: Case) -> StepSpec:
    return StepSpec(
        _tr("Individuell plan"),
        _tr("Efter planeringsmötet har individen en skriftlig individuell plan."),
        [Field("plan_made_on", _tr("&Planen upprättad:"), "date",
               default=(case.plan_made_on or dt.date.today()).isoformat()),
         Field("self_support", _tr("Överenskommen aktivitet mot egen försörjning"), "check",
               default=case.self_support_activity)],
        lambda s, c, v: process.record_plan(s, c, on=v["plan_made_on"],
                                            self_support_activity=v["self_support"]),
    )


def intervention_spec(tf: TeamFile) -> StepSpec:
    with tf.session() as s:
        entries = [(f"{enum_label(e.group)}: {e.name}", e.id) for e in catalogue_entries(s)]
    return StepSpec(
        _tr("Ny parallell insats"),
        _tr("Välj en insats ur utbudskartan, eller välj område och beskriv insatsen."),
        [Field("catalogue_entry_id", _tr("&Ur utbudskartan:"), "combo",
               [(_tr("– ingen, beskriv nedan –"), None), *entries]),
         Field("group", _tr("&Område:"), "combo",
               _enum_choices(InterventionGroup, _tr("– från kartan –"))),
         Field("description", _tr("&Beskrivning:"), "text"),
         Field("provider_party_id", _tr("Utförande &part:"), "combo",
               _party_choices(tf, _tr("– från kartan –"))),
         Field("started_on", _tr("&Start:"), "date", default=_today()),
         Field("ended_on", _tr("S&lut:"), "date",
               placeholder=_tr("ÅÅÅÅ-MM-DD (tomt om pågående)"))],
        lambda s, c, v: process.add_intervention(s, c, process.InterventionForm(
            group=v["group"], catalogue_entry_id=v["catalogue_entry_id"],
            description=v["description"], provider_party_id=v["provider_party_id"],
            started_on=v["started_on"], ended_on=v["ended_on"])),
    )


def follow_up_spec(follow_up_id: int, due_on: dt.date) -> StepSpec:
    def apply(s: Session, c: Case, v: dict[str, Any]) -> object:
        f = next(f for f in c.follow_ups if f.id == follow_up_id)
        return process.record_follow_up(s, f, on=v["done_on"], note=v["note"])

    return StepSpec(
        _tr("Uppföljning i teamet"),
        _tr("Uppföljningen planerad till {date}. Nästa planeras tre månader fram.").format(
            date=due_on.isoformat()),
        [Field("done_on", _tr("&Gjord:"), "date", default=_today()),
         Field("note", _tr("&Hur det går:"), "multiline")],
        apply,
    )


def request_follow_up_spec() -> StepSpec:
    return StepSpec(
        _tr("Extra uppföljning"),
        _tr("En uppföljning när någon i teamet eller individen begär det."),
        [Field("due_on", _tr("&Datum:"), "date", default=_today())],
        lambda s, c, v: process.request_follow_up(s, c, due_on=v["due_on"]),
    )


def consultation_spec() -> StepSpec:
    return StepSpec(
        _tr("Konsultation genomförd"),
        _tr("Konsultationen togs upp i teamet."),
        [Field("consulted_on", _tr("&Datum:"), "date", default=_today())],
        lambda s, c, v: process.record_consultation(s, c, on=v["consulted_on"]),
    )


def close_spec(case: Case) -> StepSpec:
    return StepSpec(
        _tr("Avsluta ärendet"),
        _tr("Avslut när individen har en långsiktig plan (arbete, studier, samordnad "
            "rehabilitering), vid ansökan om sjukersättning, när planeringen inte längre är "
            "studie- eller arbetsinriktad, eller när individen vill eller måste avsluta."),
        [Field("closure_reason", _tr("&Skäl:"), "combo",
               _enum_choices(ClosureReason, _tr("– välj skäl –"))),
         Field("closure_note", _tr("&Kommentar:"), "multiline"),
         Field("income_at_end", _tr("&Försörjning vid avslut:"), "combo",
               _enum_choices(IncomeSource, _tr("– välj –")), default=case.income_at_start.value),
         Field("closed_on", _tr("&Datum:"), "date", default=_today())],
        lambda s, c, v: process.close_case(s, c, on=v["closed_on"], reason=v["closure_reason"],
                                           income_at_end=v["income_at_end"],
                                           note=v["closure_note"]),
        ok_text=_tr("Avsluta ärendet"),
    )


def withdraw_consent_spec(case: Case) -> StepSpec:
    """The individual withdraws the consent: the case stops and the identifiers are erased."""
    if case.state == CaseState.RAISED:
        ends = _tr("Ärendet är inte bedömt och återvisas med skälet \"Samtycket återkallat\".")
    elif case.state in process.ACTIVE_STATES:
        ends = _tr("Ärendet avslutas samma dag med skälet \"Individen önskar avsluta\" och "
                   "räknas som avslutat i statistiken.")
    else:
        ends = ""
    return StepSpec(
        _tr("Återkalla samtycke"),
        " ".join(t for t in (
            _tr("Individen har återkallat sitt samtycke till STAR."), ends,
            _tr("Namn, personnummer, individens egna ord och personliga anteckningar i alla "
                "personens ärenden gallras direkt och kan inte återställas. Statistiken (kön, "
                "födelseår, datum, skäl) finns kvar.")) if t),
        [Field("withdrawn_on", _tr("Samtycket &återkallat:"), "date", default=_today()),
         Field("confirm", _tr("Jag förstår att personuppgifterna gallras direkt och inte kan "
                              "återställas"), "check")],
        lambda s, c, v: consent.withdraw_consent(s, c, on=v["withdrawn_on"],
                                                 confirmed=v["confirm"]),
        ok_text=_tr("Återkalla och gallra"),
    )


def raise_spec(tf: TeamFile) -> StepSpec:
    """A new aktualisering: kind, the person (or the question), consent and who raises it."""

    def apply(s: Session, _c: Case | None, v: dict[str, Any]) -> object:
        person = None
        if v["kind"] != CaseKind.GENERAL_CONSULTATION.value:
            person = process.ParticipantForm(
                first_name=v["first_name"], last_name=v["last_name"],
                personnummer=v["personnummer"], gender=v["gender"],
                birth_year=v["birth_year"], municipality=v["municipality"])
        return process.raise_case(s, process.RaiseForm(
            kind=v["kind"], participant=person, subject=v["subject"],
            referring_party_id=v["referring_party_id"],
            referring_officer=v["referring_officer"], raised_on=v["raised_on"],
            consent_form_received=v["consent_form_received"],
            consent_signed_on=v["consent_signed_on"], consent_own_words=v["consent_own_words"],
            income_at_start=v["income_at_start"],
            years_on_support_at_start=v["years_on_support_at_start"]))

    return StepSpec(
        _tr("Ny aktualisering"),
        _tr("En person som aktualiserats tidigare känns igen på personnumret och behåller sin "
            "deltagarpost. Samplanering kräver blanketten \"Aktualisering till STAR\" innan "
            "ärendet kan antas."),
        [Field("kind", _tr("&Typ:"), "combo", _enum_choices(CaseKind),
               default=CaseKind.JOINT_PLANNING.value),
         Field("first_name", _tr("&Förnamn:")),
         Field("last_name", _tr("&Efternamn:")),
         Field("personnummer", _tr("&Personnummer:"),
               placeholder=_tr("ÅÅÅÅMMDD-NNNN (frivilligt)")),
         Field("birth_year", _tr("Födelse&år:"), placeholder=_tr("om personnummer saknas")),
         Field("gender", _tr("&Kön:"), "combo", _enum_choices(Gender, _tr("– välj –"))),
         Field("municipality", _tr("Ko&mmun:")),
         Field("subject", _tr("Fråga (generell konsultation):"), "multiline"),
         Field("referring_party_id", _tr("&Aktualiserande part:"), "combo",
               _party_choices(tf, _tr("– välj part –"))),
         Field("referring_officer", _tr("&Handläggare:")),
         Field("raised_on", _tr("Aktualiserad &den:"), "date", default=_today()),
         Field("consent_form_received", _tr("Samtyckesblanketten har kommit in"), "check"),
         Field("consent_signed_on", _tr("Samtycke &undertecknat:"), "date"),
         Field("consent_own_words", _tr("Individens egna &ord:"), "multiline"),
         Field("income_at_start", _tr("Försörjning vid &start:"), "combo",
               _enum_choices(IncomeSource), default=IncomeSource.UNKNOWN.value),
         Field("years_on_support_at_start", _tr("År med offentlig försörjning:"),
               placeholder=_tr("frivilligt"))],
        apply,
        ok_text=_tr("Registrera"),
    )


def make_raise_dialog(parent: QWidget | None, tf: TeamFile) -> StepDialog:
    """The new-case dialog, with the person's fields hidden for a general consultation."""
    dlg = StepDialog(parent, tf, None, raise_spec(tf))
    kind = dlg.inputs["kind"]
    assert isinstance(kind, QComboBox)
    person = ("first_name", "last_name", "personnummer", "birth_year", "gender", "municipality",
              "consent_form_received", "consent_signed_on", "consent_own_words")

    def toggle() -> None:
        general = kind.currentData() == CaseKind.GENERAL_CONSULTATION.value
        for name in person:
            _set_row_visible(dlg, name, not general)
        _set_row_visible(dlg, "subject", general)

    kind.currentIndexChanged.connect(lambda _i: toggle())
    toggle()
    return dlg


def _set_row_visible(dlg: StepDialog, name: str, visible: bool) -> None:
    w = dlg.inputs[name]
    form = dlg.fields.form
    parent = w.parentWidget()
    form.setRowVisible(w if parent is dlg or parent is None else parent, visible)


def make_planning_dialog(parent: QWidget | None, tf: TeamFile, case: Case) -> StepDialog:
    """The planning-meeting dialog; the form follows who takes part until the user picks one."""
    dlg = StepDialog(parent, tf, case.id, planning_spec(tf, case))
    carrier = case.carrier_party.kind if case.carrier_party is not None else None
    health, social, form = (dlg.inputs["health_care"], dlg.inputs["social_services"],
                            dlg.inputs["planning_form"])
    assert isinstance(health, QCheckBox) and isinstance(social, QCheckBox)
    assert isinstance(form, QComboBox)

    def propose() -> None:
        parts = set()
        if health.isChecked():
            parts |= suggest.HEALTH_CARE
        if social.isChecked():
            parts |= suggest.SOCIAL_SERVICES
        select_data(form, suggest.planning_form(carrier, parts).value)

    health.toggled.connect(lambda _c: propose())
    social.toggled.connect(lambda _c: propose())
    propose()
    return dlg
