"""The minutes (minnesanteckningar) of a team meeting: attendance, notes, decisions, actions.

A decision on a case item is taken through the case process (cases.process) and recorded in
the minutes in the same transaction, so the case and the minutes never disagree. Approving the
minutes (justering) locks them; a later correction is a dated addendum, never a silent edit.
Decision summaries are written without personal data, so the steering group's version can show
them as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..cases import process
from ..models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceStatus,
    AuditAction,
    Case,
    Decision,
    DecisionKind,
    Meeting,
    MeetingState,
    Member,
    MinutesAddendum,
    Party,
)
from ..models.base import utcnow
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from ..validation import Collector, message_of, parse_date


class MinutesLocked(ValueError):
    """The minutes are approved: only a dated addendum may be added."""


def _check_open(meeting: Meeting) -> None:
    if meeting.state == MeetingState.MINUTES_APPROVED:
        raise MinutesLocked(QT_TRANSLATE_NOOP(
            "Messages",
            "Minnesanteckningarna är justerade och kan inte ändras; lägg till ett daterat tillägg "
            "i stället."))
    if meeting.state == MeetingState.CANCELLED:
        raise MinutesLocked(QT_TRANSLATE_NOOP("Messages", "Mötet är inställt."))


def _audit(session: Session, meeting: Meeting, detail: str, case_id: int | None = None) -> None:
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 case_id=case_id, detail=detail)


# --- attendance --------------------------------------------------------------------------------


def record_attendance(session: Session, meeting: Meeting, member_id: int,
                      status: AttendanceStatus | str,
                      substitute_member_id: int | None = None) -> Attendance:
    """Present, absent, or absent with the substitute present (who must be their substitute)."""
    _check_open(meeting)
    status = AttendanceStatus(status)
    member = session.get(Member, member_id)
    if member is None:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Ledamoten finns inte."))
    if status == AttendanceStatus.SUBSTITUTE_PRESENT:
        sub = session.get(Member, substitute_member_id) if substitute_member_id else None
        if sub is None or sub.substitute_for_id != member.id:
            raise ValueError(Msg(QT_TRANSLATE_NOOP(
                "Messages",
                "Välj en av {name}s ersättare."), name=member.name))
    else:
        substitute_member_id = None
    row = session.scalar(select(Attendance).where(Attendance.meeting_id == meeting.id,
                                                  Attendance.member_id == member_id))
    if row is None:
        row = Attendance(meeting_id=meeting.id, member_id=member_id, status=status)
        meeting.attendance.append(row)
    row.status = status
    row.substitute_member_id = substitute_member_id
    _audit(session, meeting, "närvaro")
    return row


# --- notes, actions, decisions -----------------------------------------------------------------


def set_notes(session: Session, item: AgendaItem, notes: str, *, personal: bool) -> None:
    """Free notes on an item; a note marked personal is left out of the steering group's copy."""
    _check_open(item.meeting)
    item.notes = notes.strip()
    item.notes_personal = personal
    _audit(session, item.meeting, "anteckning")


def add_action_item(session: Session, item: AgendaItem, *, who: str, what: str,
                    due_on: str | dt.date | None) -> ActionItem:
    _check_open(item.meeting)
    c = Collector()
    if not who.strip():
        c.add("who", QT_TRANSLATE_NOOP("Messages", "Ange vem som ska göra det."))
    if not what.strip():
        c.add("what", QT_TRANSLATE_NOOP("Messages", "Ange vad som ska göras."))
    day = None
    try:
        day = parse_date(due_on)
    except ValueError as e:
        c.add("due_on", message_of(e))
    c.raise_if_any()
    action = ActionItem(who=who.strip(), what=what.strip(), due_on=day)
    item.action_items.append(action)
    _audit(session, item.meeting, "åtgärd")
    return action


def decide(session: Session, item: AgendaItem, kind: DecisionKind | str,
           values: dict[str, Any]) -> Decision:
    """Take a structured decision on the item's case through the case process and record it.

    ``values`` holds what the step needs: for ACCEPT/RETURN ``reason``; CASE_CARRIER
    ``party_id`` and ``name``; PLANNING_FORM ``form`` and ``on``; NEXT_FOLLOW_UP (the follow-up
    due is made, the next planned; ``due_on`` optional, an extra date);
    CLOSURE ``reason``, ``income_at_end``, ``note``; dates default to the meeting day.
    """
    meeting = item.meeting
    _check_open(meeting)
    if item.case_id is None:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Punkten gäller inget ärende."))
    case = session.get(Case, item.case_id)
    assert case is not None
    kind = DecisionKind(kind)
    on = values.get("on") or meeting.held_on
    summary: str
    if kind in (DecisionKind.ACCEPT, DecisionKind.RETURN):
        process.assess(session, case, on=on, accepted=kind == DecisionKind.ACCEPT,
                       reason=values.get("reason", ""))
        summary = "Antaget som STAR-ärende" if kind == DecisionKind.ACCEPT else \
            "Återvisat till remittenten"
    elif kind == DecisionKind.CASE_CARRIER:
        process.appoint_carrier(session, case, party_id=values.get("party_id"),
                                name=values.get("name", ""))
        party = session.get(Party, case.carrier_party_id)
        summary = f"Ärendebärare utsedd: {party.name if party else ''}"
    elif kind == DecisionKind.PLANNING_FORM:
        process.record_planning_meeting(session, case, form=values.get("form"), on=on)
        assert case.planning_form is not None
        summary = f"Planeringsmöte: {case.planning_form.label}"
    elif kind == DecisionKind.NEXT_FOLLOW_UP:
        # The follow-ups falling due (the regular one and any asked for) are made now, in the
        # team; the process then plans the next one three months on, unless the team sets its
        # own date.
        due_now = sorted((f for f in case.follow_ups
                          if f.done_on is None and f.due_on <= meeting.held_on),
                         key=lambda f: f.due_on)
        done = bool(due_now)
        for f in due_now:
            process.record_follow_up(session, f, on=meeting.held_on, note="")
        if values.get("due_on"):
            process.request_follow_up(session, case, due_on=values["due_on"])
        open_ = sorted(f.due_on for f in case.follow_ups if f.done_on is None)
        summary = ("Uppföljt i teamet; " if done else "") + (
            f"nästa uppföljning {open_[0].isoformat()}" if open_ else "ingen ny uppföljning")
        summary = summary[0].upper() + summary[1:]
    elif kind == DecisionKind.CLOSURE:
        process.close_case(session, case, on=on, reason=values.get("reason"),
                           income_at_end=values.get("income_at_end"),
                           note=values.get("note", ""))
        assert case.closure_reason is not None
        summary = f"Avslutat: {case.closure_reason.label}"
    else:  # CONSULTED
        process.record_consultation(session, case, on=on)
        summary = "Konsultation genomförd"
    decision = Decision(case_id=case.id, kind=kind, summary=summary)
    item.decisions.append(decision)
    _audit(session, meeting, f"beslut: {kind.label.lower()}", case_id=case.id)
    return decision


# --- holding and approving ---------------------------------------------------------------------


def mark_held(session: Session, meeting: Meeting) -> None:
    _check_open(meeting)
    meeting.state = MeetingState.HELD
    _audit(session, meeting, "mötet hållet")


def approve(session: Session, meeting: Meeting, *, approved_by: str) -> None:
    """Justering: the minutes are locked from now on."""
    if meeting.state != MeetingState.HELD:
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Bara minnesanteckningar från ett hållet möte kan justeras."))
    if not approved_by.strip():
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Ange vem som justerar."))
    meeting.state = MeetingState.MINUTES_APPROVED
    meeting.minutes_approved_at = utcnow()
    meeting.approved_by = approved_by.strip()
    _audit(session, meeting, "minnesanteckningar justerade")


def add_addendum(session: Session, meeting: Meeting, *, text: str, author: str) -> MinutesAddendum:
    """A dated correction to approved minutes (they are never edited silently)."""
    if meeting.state != MeetingState.MINUTES_APPROVED:
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Tillägg görs till justerade minnesanteckningar; ändra annars direkt."))
    if not text.strip():
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Skriv tillägget."))
    add = MinutesAddendum(text=text.strip(), author=author.strip())
    meeting.addenda.append(add)
    _audit(session, meeting, "tillägg till minnesanteckningar")
    return add


# --- what the minutes say ------------------------------------------------------------------------


@dataclass
class MinutesItem:
    title: str
    notes: str
    decisions: list[str]
    actions: list[str]


@dataclass
class MinutesContent:
    meeting_date: dt.date
    steering_group: bool
    attendance: list[str] = field(default_factory=list)
    items: list[MinutesItem] = field(default_factory=list)
    addenda: list[str] = field(default_factory=list)
    approved: str = ""


def minutes_content(session: Session, meeting: Meeting, *, steering_group: bool
                    ) -> MinutesContent:
    """The minutes as text blocks; the steering group's version names no participant, shows
    attendance per party, and leaves out notes marked personal and the addenda's text."""
    out = MinutesContent(meeting.held_on, steering_group)
    if steering_group:
        per_party: dict[str, list[int]] = {}
        for a in meeting.attendance:
            present = a.status != AttendanceStatus.ABSENT
            per_party.setdefault(a.member.party.name, [0, 0])[0 if present else 1] += 1
        out.attendance = [f"{p}: {n} närvarande, {m} frånvarande"
                          for p, (n, m) in sorted(per_party.items())]
    else:
        for a in sorted(meeting.attendance, key=lambda a: a.member.name):
            text = f"{a.member.name} ({a.member.party.name}): {a.status.label}"
            if a.substitute is not None:
                text = (f"{a.member.name} ({a.member.party.name}): frånvarande, ersättaren "
                        f"{a.substitute.name} närvarande")
            out.attendance.append(text)
    for item in meeting.agenda_items:
        if item.kind == AgendaKind.CASE and not (item.notes or item.decisions
                                                 or item.action_items):
            continue
        notes = "" if steering_group and item.notes_personal else item.notes
        out.items.append(MinutesItem(
            title=item.title, notes=notes, decisions=[d.summary for d in item.decisions],
            actions=[f"{a.who}: {a.what}" + (f" (senast {a.due_on.isoformat()})"
                                             if a.due_on else "") for a in item.action_items]))
    for add in meeting.addenda:
        stamp = add.created_at.date().isoformat()
        # An addendum is free text and may name someone: the steering group is told that
        # there is one, and reads it in the internal minutes if it needs to.
        out.addenda.append(f"{stamp}: tillägg gjort efter justering" if steering_group
                           else f"{stamp} ({add.author}): {add.text}")
    if meeting.minutes_approved_at:
        out.approved = (f"Justerade {meeting.minutes_approved_at.date().isoformat()} "
                        f"av {meeting.approved_by}")
    return out
