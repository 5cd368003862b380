"""The STAR co-planning process (Bilaga 1) as rules on a case: the one place they live.

Every step checks that the process allows it in the case's present state and that its dates
follow the earlier ones, then changes the case and writes an audit event — in the caller's
transaction, so a refused step leaves nothing behind. Refusals raise ProcessError (a message
for the coordinator that says why) or FieldErrors (messages per field of a form).

    raised ──assessment──> returned (end)
       └──> accepted ──> waiting ──> planned ──> ongoing ──> closed (end)
    consultation: raised ──> consulted (end)

Raising a case and its consent are in raising.py, the shared checks in rules.py; every step is
reachable as ``process.<step>``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..models import (
    Assessment,
    Case,
    CaseKind,
    CaseState,
    CatalogueEntry,
    ClosureReason,
    FollowUp,
    IncomeSource,
    Intervention,
    InterventionGroup,
    Party,
    PlanningForm,
)
from ..models.enums import QT_TRANSLATE_NOOP
from ..validation import Collector, message_of, parse_date
from . import followups
from .raising import (  # noqa: F401 - the process's steps are all reachable from here
    ParticipantForm,
    RaiseForm,
    find_participant,
    open_case_of,
    raise_case,
    update_consent,
)
from .rules import (  # noqa: F401 - re-exported: callers know them as process.X
    ACTIVE_STATES,
    END_STATES,
    MAX_AGE,
    MIN_AGE,
    PLANNED_STATES,
    ProcessError,
    _audit,
    _before_planning,
    _date_not_before,
    _parse,
    _require_state,
    _today,
)

# --- assessment, queue, carrier ----------------------------------------------------------------


def assess(session: Session, case: Case, *, on: str | dt.date, accepted: bool,
           reason: str = "", today: dt.date | None = None) -> Case:
    """The team's assessment at a meeting: accepted as a STAR case, or returned with a reason."""
    if case.kind != CaseKind.JOINT_PLANNING:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "Bara ärenden om samplanering bedöms; en konsultation genomförs."))
    _require_state(case, {CaseState.RAISED}, "bedömas igen")
    c = Collector()
    day = _parse(c, "assessed_on", on, required=True, today=_today(today))
    _date_not_before(c, "assessed_on", day, case.raised_on, "aktualiseringen")
    if not accepted and not reason.strip():
        c.add("return_reason", QT_TRANSLATE_NOOP(
            "Messages",
            "Ange skälet till att ärendet återvisas."))
    c.raise_if_any()
    if accepted and not (case.consent_form_received and case.consent_signed_on):
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            'Ärendet kan inte antas utan samtycke: blanketten "Aktualisering till STAR" med datum '
            'för underskrift behövs först.'))
    if accepted and case.consent_withdrawn_on is not None:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "Samtycket har återkallats; ärendet kan inte antas."))
    case.assessed_on = day
    case.assessment = Assessment.ACCEPTED if accepted else Assessment.RETURNED
    case.return_reason = "" if accepted else reason.strip()
    case.state = CaseState.ACCEPTED if accepted else CaseState.RETURNED
    _audit(session, case, "bedömning: " + ("antaget" if accepted else "återvisat"))
    return case


def put_in_queue(session: Session, case: Case, *, on: str | dt.date,
                 today: dt.date | None = None) -> Case:
    """Planning cannot start at once: the case waits (its waiting time is reported)."""
    _require_state(case, {CaseState.ACCEPTED}, "sättas i kö")
    c = Collector()
    day = _parse(c, "queue_started_on", on, required=True, today=_today(today))
    _date_not_before(c, "queue_started_on", day, case.assessed_on, "bedömningen")
    c.raise_if_any()
    case.queue_started_on = day
    case.state = CaseState.WAITING
    _audit(session, case, "i kö")
    return case


def appoint_carrier(session: Session, case: Case, *, party_id: int | None, name: str) -> Case:
    """Appoint (or change) the case carrier (ärendebärare)."""
    _require_state(case, ACTIVE_STATES, "få en ärendebärare")
    c = Collector()
    party = session.get(Party, party_id) if party_id else None
    if party is None:
        c.add("carrier_party_id", QT_TRANSLATE_NOOP("Messages", "Välj ärendebärarens part."))
    if not name.strip():
        c.add("carrier_name", QT_TRANSLATE_NOOP("Messages", "Ange ärendebärarens namn."))
    c.raise_if_any()
    assert party is not None
    case.carrier_party_id = party.id
    case.carrier_name = name.strip()
    _audit(session, case, "ärendebärare")
    return case


# --- planning ----------------------------------------------------------------------------------


def record_planning_meeting(session: Session, case: Case, *, form: PlanningForm | str | None,
                            on: str | dt.date, today: dt.date | None = None) -> Case:
    """The planning meeting with the individual was held; the first follow-up is scheduled."""
    _require_state(case, {CaseState.ACCEPTED, CaseState.WAITING},
                   "få ett planeringsmöte (det har redan hållits eller ärendet är inte antaget)")
    if case.carrier_party_id is None:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "Utse en ärendebärare innan planeringsmötet registreras."))
    c = Collector()
    try:
        pform = PlanningForm(form) if form else None
    except ValueError:
        pform = None
    if pform is None:
        c.add("planning_form", QT_TRANSLATE_NOOP("Messages", "Välj form för planeringsmötet."))
    day = _parse(c, "planning_meeting_on", on, required=True, today=_today(today))
    _date_not_before(c, "planning_meeting_on", day, case.assessed_on, "bedömningen")
    _date_not_before(c, "planning_meeting_on", day, case.queue_started_on, "köstarten")
    c.raise_if_any()
    assert day is not None
    case.planning_form = pform
    case.planning_meeting_on = day
    case.state = CaseState.PLANNED
    case.follow_ups.append(FollowUp(due_on=followups.first_due(session, day)))
    _audit(session, case, "planeringsmöte")
    return case


def record_plan(session: Session, case: Case, *, on: str | dt.date,
                self_support_activity: bool, today: dt.date | None = None) -> Case:
    """The individual has a written individual plan (and maybe an agreed self-support activity)."""
    _require_state(case, PLANNED_STATES, "få en individuell plan" + _before_planning(case))
    c = Collector()
    day = _parse(c, "plan_made_on", on, required=True, today=_today(today))
    _date_not_before(c, "plan_made_on", day, case.planning_meeting_on, "planeringsmötet")
    c.raise_if_any()
    case.plan_made_on = day
    case.self_support_activity = bool(self_support_activity)
    _audit(session, case, "individuell plan")
    return case


@dataclass
class InterventionForm:
    group: InterventionGroup | str | None = None
    catalogue_entry_id: int | None = None
    description: str = ""
    provider_party_id: int | None = None
    started_on: str | dt.date = ""
    ended_on: str | dt.date | None = ""


def add_intervention(session: Session, case: Case, form: InterventionForm, *,
                     today: dt.date | None = None) -> Intervention:
    """A parallel intervention, from the catalogue (utbudskartan) or typed; starts the work."""
    _require_state(case, PLANNED_STATES, "få insatser" + _before_planning(case))
    day0 = _today(today)
    c = Collector()
    entry = session.get(CatalogueEntry, form.catalogue_entry_id) if form.catalogue_entry_id \
        else None
    if form.catalogue_entry_id and entry is None:
        c.add("catalogue_entry_id", QT_TRANSLATE_NOOP(
            "Messages",
            "Insatsen finns inte i utbudskartan."))
    try:
        group = InterventionGroup(form.group) if form.group else (entry.group if entry else None)
    except ValueError:
        group = None
    if group is None:
        c.add("group", QT_TRANSLATE_NOOP("Messages", "Välj insatsområde."))
    description = form.description.strip() or (entry.name if entry else "")
    if not description:
        c.add("description", QT_TRANSLATE_NOOP(
            "Messages",
            "Välj en insats ur utbudskartan eller beskriv den."))
    provider = form.provider_party_id or (entry.provider_party_id if entry else None)
    started = _parse(c, "started_on", form.started_on, required=True, today=day0)
    _date_not_before(c, "started_on", started, case.raised_on, "aktualiseringen")
    ended = _parse(c, "ended_on", form.ended_on, required=False, today=day0)
    _date_not_before(c, "ended_on", ended, started, "insatsens start")
    c.raise_if_any()
    assert group is not None and started is not None
    item = Intervention(group=group, description=description,
                        catalogue_entry_id=entry.id if entry else None,
                        provider_party_id=provider, started_on=started, ended_on=ended)
    case.interventions.append(item)
    case.state = CaseState.ONGOING
    session.flush()
    _audit(session, case, f"insats ({group.label.lower()})")
    return item


def end_intervention(session: Session, item: Intervention, *, on: str | dt.date,
                     today: dt.date | None = None) -> Intervention:
    case = item.case
    _require_state(case, PLANNED_STATES, "ändras")
    c = Collector()
    day = _parse(c, "ended_on", on, required=True, today=_today(today))
    _date_not_before(c, "ended_on", day, item.started_on, "insatsens start")
    c.raise_if_any()
    item.ended_on = day
    _audit(session, case, "insats avslutad")
    return item


def record_follow_up(session: Session, follow_up: FollowUp, *, on: str | dt.date, note: str,
                     today: dt.date | None = None) -> FollowUp:
    """A follow-up made in the team; the next one is due three months on."""
    case = follow_up.case
    _require_state(case, PLANNED_STATES, "följas upp")
    if follow_up.done_on is not None:
        raise ProcessError(QT_TRANSLATE_NOOP("Messages", "Uppföljningen är redan gjord."))
    c = Collector()
    day = _parse(c, "done_on", on, required=True, today=_today(today))
    _date_not_before(c, "done_on", day, case.planning_meeting_on, "planeringsmötet")
    c.raise_if_any()
    assert day is not None
    follow_up.done_on = day
    follow_up.progress_note = note.strip()
    case.state = CaseState.ONGOING
    if not any(f.done_on is None and f is not follow_up for f in case.follow_ups):
        case.follow_ups.append(
            FollowUp(due_on=followups.next_due(session, max(follow_up.due_on, day))))
    _audit(session, case, "uppföljning")
    return follow_up


def request_follow_up(session: Session, case: Case, *, due_on: str | dt.date) -> FollowUp:
    """An extra follow-up "when someone asks" (Bilaga 1, step 7)."""
    _require_state(case, PLANNED_STATES, "följas upp")
    c = Collector()
    try:
        day = parse_date(due_on, required=True)
    except ValueError as e:
        c.add("due_on", message_of(e))
        day = None
    _date_not_before(c, "due_on", day, case.planning_meeting_on, "planeringsmötet")
    c.raise_if_any()
    item = FollowUp(due_on=day)
    case.follow_ups.append(item)
    session.flush()
    _audit(session, case, "uppföljning begärd")
    return item


# --- the end of a case -------------------------------------------------------------------------


def record_consultation(session: Session, case: Case, *, on: str | dt.date,
                        today: dt.date | None = None) -> Case:
    """A consultation (about one person or a general question) was held in the team."""
    if case.kind == CaseKind.JOINT_PLANNING:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "Ett ärende om samplanering bedöms och avslutas; det konsulteras inte."))
    _require_state(case, {CaseState.RAISED}, "konsulteras igen")
    c = Collector()
    day = _parse(c, "consulted_on", on, required=True, today=_today(today))
    _date_not_before(c, "consulted_on", day, case.raised_on, "aktualiseringen")
    c.raise_if_any()
    case.consulted_on = day
    case.state = CaseState.CONSULTED
    _audit(session, case, "konsultation genomförd")
    return case


def close_case(session: Session, case: Case, *, on: str | dt.date,
               reason: ClosureReason | str | None, income_at_end: IncomeSource | str | None,
               note: str = "", today: dt.date | None = None) -> Case:
    """Close an accepted case: with a reason from the agreement's list, a drop-out, or other.

    Interventions still running end on the closing day; follow-ups not made are dropped.
    """
    if case.kind != CaseKind.JOINT_PLANNING:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "En konsultation avslutas inte; registrera att den är genomförd."))
    if case.state == CaseState.RAISED:
        raise ProcessError(QT_TRANSLATE_NOOP(
            "Messages",
            "Ärendet är inte bedömt än: ett ärende som inte antas återvisas, det avslutas inte."))
    _require_state(case, ACTIVE_STATES, "avslutas")
    c = Collector()
    try:
        why = ClosureReason(reason) if reason else None
    except ValueError:
        why = None
    if why is None:
        c.add("closure_reason", QT_TRANSLATE_NOOP("Messages", "Välj skäl till avslut."))
    try:
        income = IncomeSource(income_at_end) if income_at_end else None
    except ValueError:
        income = None
    if income is None:
        c.add("income_at_end", QT_TRANSLATE_NOOP(
            "Messages",
            "Välj försörjning vid avslut (okänd går bra)."))
    if why == ClosureReason.OTHER and not note.strip():
        c.add("closure_note", QT_TRANSLATE_NOOP("Messages", "Beskriv skälet när det är \"annat\"."))
    day = _parse(c, "closed_on", on, required=True, today=_today(today))
    for earlier, what in ((case.raised_on, "aktualiseringen"), (case.assessed_on, "bedömningen"),
                          (case.queue_started_on, "köstarten"),
                          (case.planning_meeting_on, "planeringsmötet"),
                          (case.plan_made_on, "den individuella planen")):
        _date_not_before(c, "closed_on", day, earlier, what)
    for item in case.interventions:
        _date_not_before(c, "closed_on", day, item.started_on, "en insats start")
    for f in case.follow_ups:
        _date_not_before(c, "closed_on", day, f.done_on, "en gjord uppföljning")
    c.raise_if_any()
    assert day is not None
    for item in case.interventions:
        if item.ended_on is None or item.ended_on > day:
            item.ended_on = day
    for f in list(case.follow_ups):
        if f.done_on is None:
            case.follow_ups.remove(f)
    case.closed_on = day
    case.closure_reason = why
    case.income_at_end = income
    case.closure_note = note.strip()
    case.state = CaseState.CLOSED
    _audit(session, case, f"avslutat ({why.label.lower() if why else ''})")
    return case


# --- which steps the process allows now ----------------------------------------------------------


def allowed_steps(case: Case) -> set[str]:
    """The steps the process allows in the case's present state (the case view's buttons).

    Each step function checks the same states when it is called; a button shown here may still
    be refused for a reason of its own (no consent yet, no carrier yet), with the message.
    """
    s, kind = case.state, case.kind
    steps: set[str] = set()
    if kind != CaseKind.GENERAL_CONSULTATION and (s == CaseState.RAISED or s in ACTIVE_STATES):
        steps.add("consent")
    if s == CaseState.RAISED:
        steps.add("assess" if kind == CaseKind.JOINT_PLANNING else "consultation")
    if s == CaseState.ACCEPTED:
        steps.add("queue")
    if s in ACTIVE_STATES:
        steps |= {"carrier", "close"}
    if s in (CaseState.ACCEPTED, CaseState.WAITING):
        steps.add("planning")
    if s in PLANNED_STATES:
        steps |= {"plan", "intervention", "follow_up", "request_follow_up"}
    return steps
