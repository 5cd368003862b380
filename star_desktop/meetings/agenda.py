"""The agenda of a team meeting: the standard structure, filled with the cases to raise.

The agenda is built once from the case register (new cases to assess, follow-ups falling due,
consultations) and then edited by the coordinator: add, remove, reorder. Once the minutes are
approved it is locked (corrections are addenda, see the minutes service).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    AuditAction,
    Case,
    CaseKind,
    CaseState,
    FollowUp,
    Meeting,
    MeetingState,
)
from ..models.enums import QT_TRANSLATE_NOOP

#: The standard structure, in order, with the minutes each heading is planned for.
STANDARD: tuple[tuple[AgendaKind, int], ...] = (
    (AgendaKind.OPENING, 10),
    (AgendaKind.PREVIOUS_MINUTES, 5),
    (AgendaKind.NEW_CASES, 0),
    (AgendaKind.FOLLOW_UPS, 0),
    (AgendaKind.CONSULTATIONS, 0),
    (AgendaKind.PARTY_INFORMATION, 15),
    (AgendaKind.DEVIATIONS, 5),
    (AgendaKind.OTHER_BUSINESS, 10),
    (AgendaKind.NEXT_MEETING, 2),
    (AgendaKind.CLOSING, 3),
)
#: Minutes planned for one case under each heading.
MINUTES_PER_CASE = {AgendaKind.NEW_CASES: 10, AgendaKind.FOLLOW_UPS: 5,
                    AgendaKind.CONSULTATIONS: 10}
CASE_TITLES = {AgendaKind.NEW_CASES: "Nytt ärende", AgendaKind.FOLLOW_UPS: "Uppföljning",
               AgendaKind.CONSULTATIONS: "Konsultation"}
LOCKED = frozenset({MeetingState.MINUTES_APPROVED, MeetingState.CANCELLED})


class AgendaLocked(ValueError):
    """The agenda cannot change: the minutes are approved or the meeting is cancelled."""


@dataclass(frozen=True)
class CaseToRaise:
    case_id: int
    case_number: str
    heading: AgendaKind


def cases_to_raise(session: Session, meeting: Meeting) -> list[CaseToRaise]:
    """What the meeting takes up: cases raised and not yet assessed (joint planning), open
    follow-ups due by the meeting day, and consultations not yet held — raised before the day."""
    day = meeting.held_on
    out: list[CaseToRaise] = []
    raised = session.execute(
        select(Case.id, Case.case_number, Case.kind)
        .where(Case.state == CaseState.RAISED, Case.raised_on <= day)
        .order_by(Case.raised_on, Case.id)
    ).all()
    for cid, number, kind in raised:
        if kind == CaseKind.JOINT_PLANNING:
            out.append(CaseToRaise(cid, number, AgendaKind.NEW_CASES))
    follow = session.execute(
        select(Case.id, Case.case_number).join(FollowUp, FollowUp.case_id == Case.id)
        .where(FollowUp.done_on.is_(None), FollowUp.due_on <= day,
               Case.state.in_([CaseState.PLANNED, CaseState.ONGOING]))
        .group_by(Case.id).order_by(Case.case_number)
    ).all()
    out += [CaseToRaise(cid, number, AgendaKind.FOLLOW_UPS) for cid, number in follow]
    out += [CaseToRaise(cid, number, AgendaKind.CONSULTATIONS) for cid, number, kind in raised
            if kind != CaseKind.JOINT_PLANNING]
    return out


def open_action_items(session: Session, before: dt.date) -> list[ActionItem]:
    """Action items of earlier meetings not yet done: they are carried to the next agenda."""
    return list(session.scalars(
        select(ActionItem).join(AgendaItem).join(Meeting)
        .where(ActionItem.done_on.is_(None), Meeting.held_on < before,
               Meeting.state != MeetingState.CANCELLED)
        .order_by(ActionItem.due_on, ActionItem.id)
    ))


def _check_editable(meeting: Meeting) -> None:
    if meeting.state == MeetingState.MINUTES_APPROVED:
        raise AgendaLocked(QT_TRANSLATE_NOOP(
            "Messages",
            "Dagordningen kan inte ändras: minnesanteckningarna är justerade."))
    if meeting.state == MeetingState.CANCELLED:
        raise AgendaLocked(QT_TRANSLATE_NOOP(
            "Messages",
            "Dagordningen kan inte ändras: mötet är inställt."))


def build_agenda(session: Session, meeting: Meeting) -> list[AgendaItem]:
    """Replace the meeting's agenda with the standard one, filled from the case register.

    Items already holding notes or decisions are kept where they are, so rebuilding before the
    meeting never loses what was written.
    """
    _check_editable(meeting)
    under = headings(list(meeting.agenda_items))
    kept = [i for i in meeting.agenda_items if i.notes or i.decisions or i.action_items]
    kept_heading = {id(i): under.get(n) for n, i in enumerate(meeting.agenda_items)}
    kept_cases = {i.case_id for i in kept if i.case_id is not None}
    for item in list(meeting.agenda_items):
        if item not in kept:
            meeting.agenda_items.remove(item)
    by_heading: dict[AgendaKind, list[CaseToRaise]] = {}
    for c in cases_to_raise(session, meeting):
        if c.case_id not in kept_cases:
            by_heading.setdefault(c.heading, []).append(c)
    carried = open_action_items(session, meeting.held_on)
    items: list[AgendaItem] = []
    for kind, minutes in STANDARD:
        if any(k.kind == kind and k.case_id is None for k in kept):
            items += [k for k in kept if k.kind == kind and k.case_id is None]
        else:
            notes = ""
            if kind == AgendaKind.PREVIOUS_MINUTES and carried:
                notes = "Öppna åtgärder från tidigare möten:\n" + "\n".join(
                    f"- {a.who}: {a.what}" + (f" (senast {a.due_on.isoformat()})"
                                               if a.due_on else "") for a in carried)
            items.append(AgendaItem(kind=kind, title=kind.label, planned_minutes=minutes,
                                    notes=notes))
        items += [k for k in kept if k.case_id is not None and kept_heading[id(k)] == kind]
        for c in by_heading.get(kind, []):
            items.append(AgendaItem(kind=AgendaKind.CASE, case_id=c.case_id,
                                    title=f"{CASE_TITLES[kind]} {c.case_number}",
                                    planned_minutes=MINUTES_PER_CASE[kind]))
    meeting.agenda_items[:] = items
    _renumber(meeting)
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 detail=f"dagordning byggd ({len(items)} punkter)")
    return meeting.agenda_items


def headings(items: list[AgendaItem]) -> dict[int, AgendaKind]:
    """The heading each case item stands under: the nearest heading above it on the agenda
    (so a coordinator may retitle or move items freely). Keyed by the item's position index."""
    out: dict[int, AgendaKind] = {}
    current = AgendaKind.OTHER_BUSINESS
    for index, item in enumerate(items):
        if item.kind != AgendaKind.CASE:
            current = item.kind
        else:
            out[index] = current
    return out


def _renumber(meeting: Meeting) -> None:
    for pos, item in enumerate(meeting.agenda_items, start=1):
        item.position = pos


def add_item(session: Session, meeting: Meeting, *, title: str, kind: AgendaKind =
             AgendaKind.OTHER_BUSINESS, after: AgendaItem | None = None,
             case_id: int | None = None, planned_minutes: int = 5) -> AgendaItem:
    _check_editable(meeting)
    if not title.strip():
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Ange punktens rubrik."))
    if not 0 <= planned_minutes <= 240:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Planerad tid ska vara 0–240 minuter."))
    item = AgendaItem(kind=kind, title=title.strip(), case_id=case_id,
                      planned_minutes=planned_minutes)
    items = list(meeting.agenda_items)
    index = items.index(after) + 1 if after is not None and after in items else len(items)
    items.insert(index, item)
    meeting.agenda_items[:] = items
    _renumber(meeting)
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 detail="dagordningspunkt tillagd")
    return item


def remove_item(session: Session, meeting: Meeting, item: AgendaItem) -> None:
    _check_editable(meeting)
    if item.decisions:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Punkten har beslut och kan inte tas bort."))
    meeting.agenda_items.remove(item)
    _renumber(meeting)
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 detail="dagordningspunkt borttagen")


def move_item(session: Session, meeting: Meeting, item: AgendaItem, steps: int) -> None:
    """Move an item up (negative) or down (positive) the agenda."""
    _check_editable(meeting)
    items = list(meeting.agenda_items)
    i = items.index(item)
    j = max(0, min(len(items) - 1, i + steps))
    if i == j:
        return
    items.insert(j, items.pop(i))
    meeting.agenda_items[:] = items
    _renumber(meeting)
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 detail="dagordningen ordnad om")


def planned_minutes(meeting: Meeting) -> int:
    return sum(i.planned_minutes for i in meeting.agenda_items)
