"""A case's story so far and its next step, as the case view shows them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import Assessment, Case, CaseKind, CaseState
from .followups import is_overdue


@dataclass(frozen=True)
class Event:
    on: dt.date
    title: str
    detail: str = ""
    #: "done", "due" or "overdue" — how the view marks the line.
    status: str = "done"


def timeline(case: Case, today: dt.date | None = None) -> list[Event]:
    """Everything that happened to the case, oldest first, then follow-ups still to come."""
    day = today or dt.date.today()
    ev: list[Event] = [Event(case.raised_on, "Aktualiserat",
                             f"{case.kind.label}, av {case.referring_party.name}"
                             if case.referring_party is not None else case.kind.label)]
    if case.consent_signed_on:
        ev.append(Event(case.consent_signed_on, "Samtycke undertecknat"))
    if case.assessed_on:
        if case.assessment == Assessment.ACCEPTED:
            ev.append(Event(case.assessed_on, "Antaget som STAR-ärende"))
        else:
            ev.append(Event(case.assessed_on, "Återvisat", case.return_reason))
    if case.queue_started_on:
        ev.append(Event(case.queue_started_on, "I kö"))
    if case.planning_meeting_on:
        ev.append(Event(case.planning_meeting_on, "Planeringsmöte",
                        case.planning_form.label if case.planning_form else ""))
    if case.plan_made_on:
        ev.append(Event(case.plan_made_on, "Individuell plan"))
    for item in case.interventions:
        ev.append(Event(item.started_on, "Insats påbörjad",
                        f"{item.group.label}: {item.description}"))
        if item.ended_on:
            ev.append(Event(item.ended_on, "Insats avslutad", item.description))
    for f in case.follow_ups:
        if f.done_on:
            ev.append(Event(f.done_on, "Uppföljning", f.progress_note))
    if case.consulted_on:
        ev.append(Event(case.consulted_on, "Konsultation genomförd"))
    if case.closed_on:
        ev.append(Event(case.closed_on, "Avslutat",
                        case.closure_reason.label if case.closure_reason else ""))
    ev.sort(key=lambda e: e.on)
    for f in sorted(case.follow_ups, key=lambda f: f.due_on):
        if f.done_on is None:
            ev.append(Event(f.due_on, "Uppföljning planerad", "",
                            "overdue" if is_overdue(f, day) else "due"))
    return ev


def next_step(case: Case, today: dt.date | None = None) -> str:
    """What the coordinator should do next with the case, in one sentence."""
    day = today or dt.date.today()
    s = case.state
    if s == CaseState.RAISED:
        if case.kind != CaseKind.JOINT_PLANNING:
            return "Ta upp konsultationen på nästa teammöte."
        if not (case.consent_form_received and case.consent_signed_on):
            return "Samtycket saknas: blanketten \"Aktualisering till STAR\" behövs före bedömning."
        return "Bedöm ärendet på nästa teammöte: anta eller återvisa."
    if s in (CaseState.ACCEPTED, CaseState.WAITING):
        if case.carrier_party_id is None:
            return "Utse ärendebärare och boka planeringsmöte med individen."
        return "Håll planeringsmötet med individen och registrera det."
    if s in (CaseState.PLANNED, CaseState.ONGOING):
        open_ = sorted((f for f in case.follow_ups if f.done_on is None), key=lambda f: f.due_on)
        if case.plan_made_on is None:
            return "Registrera den individuella planen."
        if open_ and is_overdue(open_[0], day):
            return f"Uppföljningen {open_[0].due_on.isoformat()} är försenad: följ upp i teamet."
        if not case.interventions:
            return "Registrera de parallella insatserna."
        if open_:
            return f"Nästa uppföljning {open_[0].due_on.isoformat()}."
        return "Planera nästa uppföljning."
    if s == CaseState.CLOSED:
        return "Ärendet är avslutat."
    if s == CaseState.RETURNED:
        return "Ärendet är återvisat till remittenten."
    return "Konsultationen är genomförd."
