"""Minutes: decisions taken through the case process, attendance, approval locks, addenda,
and the steering group's version without personal data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from star_desktop.cases.process import ProcessError
from star_desktop.meetings import agenda as ag
from star_desktop.meetings import minutes as mn
from star_desktop.models import (
    AgendaKind,
    AttendanceStatus,
    Body,
    Case,
    CaseState,
    ClosureReason,
    Decision,
    DecisionKind,
    IncomeSource,
    Meeting,
    MeetingState,
    Member,
    PartyKind,
)
from star_desktop.team import service as team_service

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo(demo_team):
    return demo_team(cases=120, seed=5, today=TODAY)


def _meeting(s) -> Meeting:
    m = s.scalars(select(Meeting).where(Meeting.held_on >= TODAY,
                                        Meeting.state != MeetingState.CANCELLED)
                  .order_by(Meeting.held_on)).first()
    # Hold it "today" so no step lies in the future.
    m.held_on = TODAY
    m.state = MeetingState.PLANNED
    ag.build_agenda(s, m)
    return m


def test_a_meeting_from_decisions_to_approved_minutes(demo):
    with demo.session() as s, s.begin():
        m = _meeting(s)
        items = [i for i in m.agenda_items if i.kind == AgendaKind.CASE]
        new_items = [i for i in items if i.title.startswith("Nytt ärende")]
        accept_item = next(i for i in new_items
                           if s.get(Case, i.case_id).consent_form_received)
        d = mn.decide(s, accept_item, DecisionKind.ACCEPT, {})
        assert s.get(Case, accept_item.case_id).state == CaseState.ACCEPTED
        assert d.summary == "Antaget som STAR-ärende"
        af = team_service.party_of_kind(s, PartyKind.AF).id
        mn.decide(s, accept_item, DecisionKind.CASE_CARRIER, {"party_id": af, "name": "Olle"})
        mn.decide(s, accept_item, DecisionKind.PLANNING_FORM, {"form": "multi_party"})
        assert s.get(Case, accept_item.case_id).state == CaseState.PLANNED
        # A decision the process forbids is refused, and nothing is recorded for it.
        with pytest.raises(ProcessError):
            mn.decide(s, accept_item, DecisionKind.ACCEPT, {})
        assert len(accept_item.decisions) == 3
        fu = next((i for i in items if i.title.startswith("Uppföljning")), None)
        if fu is not None:
            mn.decide(s, fu, DecisionKind.CLOSURE, {"reason": ClosureReason.WORK.value,
                                                    "income_at_end": IncomeSource.SALARY.value})
            assert s.get(Case, fu.case_id).state == CaseState.CLOSED
        mn.set_notes(s, accept_item, "Personen har svår diabetes.", personal=True)
        other = next(i for i in m.agenda_items if i.kind == AgendaKind.OTHER_BUSINESS)
        mn.set_notes(s, other, "Budgeten diskuterades.", personal=False)
        mn.add_action_item(s, other, who="Samordnaren", what="Boka studiebesök",
                           due_on="2026-12-15")
        with pytest.raises(ValueError):
            mn.add_action_item(s, other, who="", what="x", due_on="15/12")
        members = s.scalars(select(Member).where(Member.body == Body.TEAM,
                                                 Member.substitute_for_id.is_(None),
                                                 Member.active_to.is_(None))).all()
        principal = members[0]
        sub = s.scalars(select(Member).where(Member.substitute_for_id == principal.id)).first()
        mn.record_attendance(s, m, principal.id, AttendanceStatus.SUBSTITUTE_PRESENT, sub.id)
        with pytest.raises(ValueError):
            mn.record_attendance(s, m, members[1].id, AttendanceStatus.SUBSTITUTE_PRESENT,
                                 sub.id)
        for other_member in members[1:]:
            mn.record_attendance(s, m, other_member.id, AttendanceStatus.PRESENT)
        mn.mark_held(s, m)
        mn.approve(s, m, approved_by="Karin Lund")
        ident = s.get(Case, accept_item.case_id).participant.identity
        mid, case_id, name, pnr = m.id, accept_item.case_id, ident.full_name, ident.personnummer

    with demo.session() as s, s.begin():
        m = s.get(Meeting, mid)
        assert m.state == MeetingState.MINUTES_APPROVED
        assert s.scalar(select(Decision).where(Decision.case_id == case_id)) is not None
        item = next(i for i in m.agenda_items if i.case_id == case_id)
        with pytest.raises(mn.MinutesLocked):
            mn.set_notes(s, item, "ändrat i efterhand", personal=False)
        with pytest.raises(mn.MinutesLocked):
            mn.decide(s, item, DecisionKind.NEXT_FOLLOW_UP, {"due_on": "2027-01-12"})
        with pytest.raises(ag.AgendaLocked):
            ag.add_item(s, m, title="Sent")
        mn.add_addendum(s, m, text="Rättelse: Olle Ek är ärendebärare.", author="Anna")

        internal = mn.minutes_content(s, m, steering_group=False)
        steering = mn.minutes_content(s, m, steering_group=True)
        internal_text = repr(internal)
        steering_text = repr(steering)
        assert "diabetes" in internal_text and "diabetes" not in steering_text
        assert "Budgeten diskuterades." in steering_text
        assert "Rättelse" in internal_text and "Rättelse" not in steering_text
        assert name not in steering_text and pnr[:8] not in steering_text
        assert "Antaget som STAR-ärende" in steering_text
        assert any("närvarande" in line for line in steering.attendance)
        assert "Justerade" in steering.approved


def test_only_held_meetings_are_approved_and_addenda_need_approval(demo):
    with demo.session() as s, s.begin():
        m = _meeting(s)
        with pytest.raises(ValueError):
            mn.approve(s, m, approved_by="Anna")
        with pytest.raises(ValueError):
            mn.add_addendum(s, m, text="x", author="Anna")
        mn.mark_held(s, m)
        with pytest.raises(ValueError):
            mn.approve(s, m, approved_by=" ")


def test_follow_up_decision_makes_the_follow_up_and_plans_the_next(demo):
    from star_desktop.models import FollowUp

    with demo.session() as s, s.begin():
        m = _meeting(s)
        item = next(i for i in m.agenda_items
                    if i.kind == AgendaKind.CASE and i.title.startswith("Uppföljning"))
        case = s.get(Case, item.case_id)
        due = [f for f in case.follow_ups if f.done_on is None and f.due_on <= m.held_on]
        assert due
        d = mn.decide(s, item, DecisionKind.NEXT_FOLLOW_UP, {})
        s.flush()
        done = s.get(FollowUp, due[0].id)
        assert done.done_on == m.held_on
        nxt = [f for f in case.follow_ups if f.done_on is None]
        assert len(nxt) == 1 and nxt[0].due_on > m.held_on
        assert d.summary == f"Uppföljt i teamet; nästa uppföljning {nxt[0].due_on.isoformat()}"


def test_a_follow_up_decision_makes_every_follow_up_that_is_due(demo):
    """An extra follow-up asked for and the regular one both due: one team follow-up makes both,
    and the next is planned after the meeting (it once left the other one overdue)."""
    from star_desktop.cases import process
    from star_desktop.models import FollowUp

    with demo.session() as s, s.begin():
        m = _meeting(s)
        item = next(i for i in m.agenda_items
                    if i.kind == AgendaKind.CASE and i.title.startswith("Uppföljning"))
        case = s.get(Case, item.case_id)
        due = [f for f in case.follow_ups if f.done_on is None and f.due_on <= m.held_on]
        extra = process.request_follow_up(
            s, case, due_on=max(due[0].due_on, case.planning_meeting_on))
        s.flush()
        mn.decide(s, item, DecisionKind.NEXT_FOLLOW_UP, {})
        s.flush()
        assert s.get(FollowUp, extra.id).done_on == m.held_on
        assert all(s.get(FollowUp, f.id).done_on == m.held_on for f in due)
        open_ = [f for f in case.follow_ups if f.done_on is None]
        assert len(open_) == 1 and open_[0].due_on > m.held_on
