"""The agenda built from the case register, its editing, and the meeting call's content."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from star_desktop.meetings import agenda as ag
from star_desktop.meetings.call import call_content, call_due_on, person_label
from star_desktop.models import (
    AgendaKind,
    Case,
    CaseKind,
    CaseState,
    Meeting,
    MeetingState,
)

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo(demo_team):
    return demo_team(cases=120, seed=5, today=TODAY)


def _next_meeting(s) -> Meeting:
    return s.scalars(select(Meeting).where(Meeting.held_on >= TODAY,
                                           Meeting.state != MeetingState.CANCELLED)
                     .order_by(Meeting.held_on)).first()


def test_agenda_follows_the_standard_and_lists_the_cases_to_raise(demo):
    with demo.session() as s, s.begin():
        m = _next_meeting(s)
        items = ag.build_agenda(s, m)
        headings = [i.kind for i in items if i.kind != AgendaKind.CASE]
        assert headings == [k for k, _ in ag.STANDARD]
        assert [i.position for i in items] == list(range(1, len(items) + 1))
        cases = {c.id: c for c in s.scalars(select(Case))}
        want_new = {c.id for c in cases.values() if c.state == CaseState.RAISED
                    and c.kind == CaseKind.JOINT_PLANNING and c.raised_on <= m.held_on}
        want_cons = {c.id for c in cases.values() if c.state == CaseState.RAISED
                     and c.kind != CaseKind.JOINT_PLANNING and c.raised_on <= m.held_on}
        want_fu = {c.id for c in cases.values()
                   if c.state in (CaseState.PLANNED, CaseState.ONGOING)
                   and any(f.done_on is None and f.due_on <= m.held_on for f in c.follow_ups)}
        got = {h: set() for h in ag.CASE_TITLES}
        section = None
        for i in items:
            if i.kind in ag.CASE_TITLES:
                section = i.kind
            elif i.kind != AgendaKind.CASE:
                section = None
            else:
                assert section is not None, "a case item outside its heading"
                got[section].add(i.case_id)
        assert got[AgendaKind.NEW_CASES] == want_new and want_new
        assert got[AgendaKind.CONSULTATIONS] == want_cons
        assert got[AgendaKind.FOLLOW_UPS] == want_fu and want_fu
        minutes = ag.planned_minutes(m)
        assert minutes == sum(i.planned_minutes for i in items) > 50
    # Building again changes nothing in what is listed (no duplicates).
    with demo.session() as s, s.begin():
        m = _next_meeting(s)
        before = [(i.kind, i.case_id) for i in m.agenda_items]
        ag.build_agenda(s, m)
        assert [(i.kind, i.case_id) for i in m.agenda_items] == before


def test_editing_keeps_positions_and_notes_survive_a_rebuild(demo):
    with demo.session() as s, s.begin():
        m = _next_meeting(s)
        items = ag.build_agenda(s, m)
        other = next(i for i in items if i.kind == AgendaKind.OTHER_BUSINESS)
        extra = ag.add_item(s, m, title="Studiebesök på arbetsmarknadsenheten", after=other)
        assert m.agenda_items[m.agenda_items.index(other) + 1] is extra
        ag.move_item(s, m, extra, -100)
        assert m.agenda_items[0] is extra and extra.position == 1
        extra.notes = "Bokat till mars."
        ag.build_agenda(s, m)
        assert extra in m.agenda_items  # notes are never thrown away
        first_case = next(i for i in m.agenda_items if i.kind == AgendaKind.CASE)
        ag.remove_item(s, m, first_case)
        assert first_case not in m.agenda_items
        assert [i.position for i in m.agenda_items] == list(range(1, len(m.agenda_items) + 1))
        with pytest.raises(ValueError):
            ag.add_item(s, m, title="  ")


def test_approved_or_cancelled_agendas_are_locked(demo):
    with demo.session() as s, s.begin():
        m = _next_meeting(s)
        ag.build_agenda(s, m)
        m.state = MeetingState.MINUTES_APPROVED
        with pytest.raises(ag.AgendaLocked, match="justerade"):
            ag.add_item(s, m, title="Sent tillägg")
        m.state = MeetingState.CANCELLED
        with pytest.raises(ag.AgendaLocked, match="inställt"):
            ag.build_agenda(s, m)


def test_call_content_by_privacy_level(demo):
    with demo.session() as s, s.begin():
        m = _next_meeting(s)
        ag.build_agenda(s, m)
        assert call_due_on(m) == m.held_on - dt.timedelta(days=7)
        c_case = call_content(s, m)
        assert c_case.privacy == "case" and c_case.lines
        assert all(ln.who == "" for ln in c_case.lines)
        c_full = call_content(s, m, "full")
        c_init = call_content(s, m, "initials")
        named = [(ln, case) for ln in c_full.lines
                 for case in [s.scalar(select(Case).where(Case.case_number == ln.case_number))]
                 if case.participant is not None]
        assert named
        for ln, case in named:
            assert ln.who == case.participant.identity.full_name
            assert person_label(case, "initials").endswith(f"född {case.participant.birth_year}")
        assert not any(case.participant.identity.last_name in ln.who
                       for ln in c_init.lines for _, case in named[:1])
        assert c_case.prepare and c_case.agenda[0] == AgendaKind.OPENING.label
        with pytest.raises(ValueError):
            call_content(s, m, "everything")
