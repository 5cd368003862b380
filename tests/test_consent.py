"""A withdrawn consent: the case stops, the identifiers go at once, past statistics stay."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from star_desktop.cases import process
from star_desktop.dataprotection import consent, retention
from star_desktop.models import (
    AgendaItem,
    Assessment,
    AuditAction,
    AuditEvent,
    Case,
    CaseKind,
    CaseState,
    ClosureReason,
    FollowUp,
    Gender,
    IncomeSource,
    Meeting,
    Participant,
    ParticipantIdentity,
    PartyKind,
    PlanningForm,
)
from star_desktop.reports.periods import tertial_of
from star_desktop.team import service as team_service
from star_desktop.ui.app import make_app
from star_desktop.ui.case_view import CaseView
from star_desktop.validation import FieldErrors

from .conftest import type_text
from .test_retention import all_periods, figures

TODAY = dt.date(2025, 6, 15)
RAISED = dt.date(2025, 1, 8)
OWN_WORDS = "Jag vill komma tillbaka till arbete efter min depression."


def _raise(s: Session, *, first: str = "Greta", raised: dt.date = RAISED,
           kind: CaseKind = CaseKind.JOINT_PLANNING, today: dt.date = TODAY) -> Case:
    return process.raise_case(s, process.RaiseForm(
        kind=kind, participant=process.ParticipantForm(
            first_name=first, last_name="Lindqvist", personnummer="199001010025",
            gender=Gender.WOMAN),
        referring_party_id=team_service.party_of_kind(s, PartyKind.MUNICIPALITY_SOCIAL).id,
        raised_on=raised, consent_form_received=True, consent_signed_on=raised,
        consent_own_words=OWN_WORDS, income_at_start=IncomeSource.SOCIAL_ASSISTANCE),
        today=today)


def _ongoing(s: Session) -> Case:
    """Accepted, planned, with an intervention and a follow-up made (with a note)."""
    c = _raise(s)
    process.assess(s, c, on=dt.date(2025, 1, 14), accepted=True, today=TODAY)
    process.appoint_carrier(s, c, party_id=team_service.party_of_kind(s, PartyKind.AF).id,
                            name="Lisa Handläggare")
    process.record_planning_meeting(s, c, form=PlanningForm.SIP, on=dt.date(2025, 2, 3),
                                    today=TODAY)
    process.add_intervention(s, c, process.InterventionForm(
        group="work", description="Arbetsträning", started_on=dt.date(2025, 2, 10)), today=TODAY)
    process.record_follow_up(s, c.follow_ups[0], on=dt.date(2025, 3, 4),
                             note="Mår bättre, sover bättre.", today=TODAY)
    return c


def _errors(tf, case_id: int, **kw) -> dict[str, str]:  # noqa: ANN001
    kw.setdefault("today", TODAY)
    with pytest.raises(FieldErrors) as e, tf.session() as s, s.begin():
        consent.withdraw_consent(s, s.get(Case, case_id), **kw)
    return e.value.errors


def _refused_steps(s: Session, c: Case) -> None:
    """Every step of the process refuses the case now."""
    party = team_service.party_of_kind(s, PartyKind.AF).id
    steps = [
        lambda: process.assess(s, c, on=TODAY, accepted=True, today=TODAY),
        lambda: process.assess(s, c, on=TODAY, accepted=False, reason="x", today=TODAY),
        lambda: process.update_consent(s, c, received=True, signed_on=TODAY, own_words="",
                                       today=TODAY),
        lambda: process.put_in_queue(s, c, on=TODAY, today=TODAY),
        lambda: process.appoint_carrier(s, c, party_id=party, name="Ny"),
        lambda: process.record_planning_meeting(s, c, form="sip", on=TODAY, today=TODAY),
        lambda: process.record_plan(s, c, on=TODAY, self_support_activity=True, today=TODAY),
        lambda: process.add_intervention(s, c, process.InterventionForm(
            group="work", description="x", started_on=TODAY), today=TODAY),
        lambda: process.request_follow_up(s, c, due_on=TODAY),
        lambda: process.close_case(s, c, on=TODAY, reason="work", income_at_end="salary",
                                   today=TODAY),
        lambda: process.record_consultation(s, c, on=TODAY, today=TODAY),
        lambda: consent.withdraw_consent(s, c, on=TODAY, today=TODAY),
    ]
    for step in steps:
        with pytest.raises(process.ProcessError):
            step()
    assert process.allowed_steps(c) == set()
    assert not consent.can_withdraw(c)


def test_withdrawal_on_a_raised_case_returns_it_and_erases_at_once(team_copy):
    tf = team_copy
    with tf.session() as s, s.begin():
        c = _raise(s)
        case_id, pid, number = c.id, c.participant_id, c.case_number
        assert consent.can_withdraw(c)
    with tf.session() as s, s.begin():
        w = consent.withdraw_consent(s, s.get(Case, case_id), on="2025-02-01", today=TODAY)
    assert w.stopped == {number: "returned"} and w.withdrawn_on == dt.date(2025, 2, 1)
    assert set(w.erased_fields) == {"förnamn", "efternamn", "personnummer",
                                    "individens egna ord"}
    with tf.session() as s:
        c = s.get(Case, case_id)
        assert (c.state, c.assessment, c.assessed_on, c.return_reason, c.consent_withdrawn_on) == (
            CaseState.RETURNED, Assessment.RETURNED, dt.date(2025, 2, 1),
            retention.WITHDRAWN_REASON, dt.date(2025, 2, 1))
        assert c.consent_own_words == ""
        p = s.get(Participant, pid)
        assert p.identity is None and p.identifiers_erased_at is not None
        assert (p.gender, p.birth_year) == (Gender.WOMAN, 1990)
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == 0
        erased = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.ERASED)).one()
        assert erased.participant_id == pid
        assert erased.detail.startswith("samtycket återkallat: förnamn, efternamn")
        assert "Greta" not in erased.detail and "depression" not in erased.detail
        details = [e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.case_id == case_id))]
        assert "samtycket återkallat: återvisat" in details
        # Nothing is left for retention, and nothing more can be done with the case.
        assert retention.preview(s, dt.date(2040, 1, 1)).items == ()
    with tf.session() as s, s.begin():
        _refused_steps(s, s.get(Case, case_id))


def test_withdrawal_on_an_active_case_closes_it_on_that_day(team_copy):
    tf = team_copy
    with tf.session() as s, s.begin():
        c = _ongoing(s)
        case_id, pid = c.id, c.participant_id
    # Before the planning meeting: refused on the withdrawal's own field; nothing changed.
    errors = _errors(tf, case_id, on="2025-01-20")
    assert errors == {"withdrawn_on": "Datumet kan inte ligga före planeringsmötet (2025-02-03)."}
    with tf.session() as s:
        assert s.get(Case, case_id).state == CaseState.ONGOING
        assert s.get(Participant, pid).identity is not None
    with tf.session() as s, s.begin():
        consent.withdraw_consent(s, s.get(Case, case_id), on=dt.date(2025, 4, 2), today=TODAY)
    with tf.session() as s:
        c = s.get(Case, case_id)
        assert (c.state, c.closed_on, c.closure_reason, c.income_at_end) == (
            CaseState.CLOSED, dt.date(2025, 4, 2), ClosureReason.OWN_WISH, IncomeSource.UNKNOWN)
        assert c.consent_withdrawn_on == dt.date(2025, 4, 2)
        assert [i.ended_on for i in c.interventions] == [dt.date(2025, 4, 2)]
        # The follow-up made stays (4R counts it) without its note; the one planned is dropped.
        assert [(f.done_on, f.progress_note) for f in s.scalars(select(FollowUp))] == [
            (dt.date(2025, 3, 4), "")]
        assert c.carrier_name == "Lisa Handläggare"  # staff, not the participant
        assert s.get(Participant, pid).identity is None
        erased = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.ERASED)).one()
        assert "anteckning vid uppföljning" in erased.detail
        assert "sover" not in erased.detail
    with tf.session() as s, s.begin():
        _refused_steps(s, s.get(Case, case_id))


def test_bad_withdrawal_dates_and_no_confirmation_are_refused_next_to_the_field(team_copy):
    tf = team_copy
    with tf.session() as s, s.begin():
        case_id = _raise(s).id
    assert _errors(tf, case_id, on="") == {"withdrawn_on": "Ange ett datum (ÅÅÅÅ-MM-DD)."}
    assert _errors(tf, case_id, on="1/2/2025")["withdrawn_on"].startswith(
        "Skriv datumet som ÅÅÅÅ-MM-DD")
    assert _errors(tf, case_id, on="2025-02-30") == {
        "withdrawn_on": "2025-02-30 är inget giltigt datum."}
    assert _errors(tf, case_id, on="2025-06-16") == {
        "withdrawn_on": "Datumet kan inte ligga i framtiden."}
    assert _errors(tf, case_id, on="2025-01-07") == {
        "withdrawn_on": "Datumet kan inte ligga före aktualiseringen (2025-01-08)."}
    both = _errors(tf, case_id, on="2025-13-01", confirmed=False)
    assert set(both) == {"withdrawn_on", "confirm"}
    assert "inte går att återställa" in both["confirm"]
    with tf.session() as s:
        c = s.get(Case, case_id)
        assert c.state == CaseState.RAISED and c.consent_withdrawn_on is None
        assert c.consent_own_words == OWN_WORDS
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == 1
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == AuditAction.ERASED)) == 0


def test_a_general_consultation_and_an_ended_case_have_no_consent_to_withdraw(team_copy):
    tf = team_copy
    with tf.session() as s, s.begin():
        general = process.raise_case(s, process.RaiseForm(
            kind=CaseKind.GENERAL_CONSULTATION, subject="Hur når vi unga?",
            referring_party_id=team_service.party_of_kind(s, PartyKind.AF).id,
            raised_on=RAISED), today=TODAY)
        c = _raise(s)
        process.assess(s, c, on=RAISED, accepted=False, reason="Ordinarie verksamhet räcker.",
                       today=TODAY)
        assert not consent.can_withdraw(general) and not consent.can_withdraw(c)
        with pytest.raises(process.ProcessError, match="generell konsultation"):
            consent.withdraw_consent(s, general, on=TODAY, today=TODAY)
        with pytest.raises(process.ProcessError, match="gallringsregel"):
            consent.withdraw_consent(s, c, on=TODAY, today=TODAY)


# --- statistics on a generated team --------------------------------------------------------------


def test_past_periods_keep_every_figure_and_the_withdrawal_counts_as_its_own_closure(demo_team):
    tf = demo_team(cases=200, seed=23, today=TODAY)
    with tf.session() as s:
        active = s.scalars(select(Case).where(Case.state == CaseState.ONGOING)
                           .order_by(Case.id)).first()
        raised = s.scalar(
            select(Case.id).join(AgendaItem, AgendaItem.case_id == Case.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(Case.state == CaseState.RAISED, Case.kind == CaseKind.JOINT_PLANNING,
                   Meeting.state.in_(consent.NOT_HELD)).order_by(Case.id))
        assert active is not None and raised is not None
        active_id, gender = active.id, active.participant.gender
        periods = all_periods(s)
        past = [p for p in periods if p.end < TODAY]
        now = tertial_of(TODAY)
        before = figures(s, past + [now])
    with tf.session() as s, s.begin():
        w = consent.withdraw_consent(s, s.get(Case, active_id), on=TODAY, today=TODAY)
        w2 = consent.withdraw_consent(s, s.get(Case, raised), on=TODAY, today=TODAY)
    assert list(w.stopped.values()) == ["closed"] and list(w2.stopped.values()) == ["returned"]
    assert w2.removed_from_meetings and w2.removed_from_meetings[0] >= TODAY
    with tf.session() as s:
        after = figures(s, past + [now])
        # Off the agenda of the meeting not yet held.
        assert s.scalar(select(func.count()).select_from(AgendaItem)
                        .where(AgendaItem.case_id == raised)
                        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
                        .where(Meeting.state.in_(consent.NOT_HELD))) == 0
    assert len(past) >= 8
    for b, a in zip(before[:-1], after[:-1], strict=True):
        assert b == a, b[0].key
    b_now, a_now = before[-1][1], after[-1][1]
    assert a_now.flow.closed.of(gender) == b_now.flow.closed.of(gender) + 1
    assert a_now.flow.active_end.of(gender) == b_now.flow.active_end.of(gender) - 1
    assert a_now.intake.returned == b_now.intake.returned + 1
    assert a_now.flow.new == b_now.flow.new and a_now.flow.active_start == b_now.flow.active_start


# --- through the case view ---------------------------------------------------------------------


def test_withdrawing_through_the_case_view(qapp, qtbot, team_copy):
    make_app()
    tf = team_copy
    today = dt.date.today()
    with tf.session() as s, s.begin():
        case_id = _raise(s, raised=today - dt.timedelta(days=20), today=today).id
    view = CaseView(tf)
    qtbot.addWidget(view)
    view.show_case(case_id)
    assert view.buttons["withdraw_consent"].isEnabled()
    assert "Greta Lindqvist" in view.fact_labels["person"].text()

    def ok(dlg) -> None:  # noqa: ANN001
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    dlg = view.step_dialog("withdraw_consent")
    assert dlg.inputs["withdrawn_on"].text() == today.isoformat()
    assert "gallras direkt" in dlg.spec.intro
    # Not confirmed: refused, nothing saved.
    ok(dlg)
    assert "inte går att återställa" in dlg.general_error.text()
    # A bad date next to its field.
    date = dlg.inputs["withdrawn_on"]
    assert isinstance(date, QLineEdit)
    date.clear()
    type_text(qtbot, date, "2025-02-30")
    dlg.inputs["confirm"].setChecked(True)
    ok(dlg)
    assert dlg.fields.message("withdrawn_on") == "2025-02-30 är inget giltigt datum."
    with tf.session() as s:
        assert s.get(Case, case_id).state == CaseState.RAISED
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == 1
    date.clear()
    type_text(qtbot, date, (today - dt.timedelta(days=2)).isoformat())
    ok(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.general_error.text()
    view.after_step()
    assert view.fact_labels["consent"].text() == \
        f"återkallat {(today - dt.timedelta(days=2)).isoformat()}"
    assert "gallrade" in view.fact_labels["person"].text()
    assert "Greta" not in view.fact_labels["person"].text()
    assert "Samtycket återkallades" in view.next_step.text()
    assert view.state.text() == "Återvisat"
    assert not any(b.isEnabled() for b in view.buttons.values())
    with tf.session() as s:
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == 0
        assert s.get(Case, case_id).state == CaseState.RETURNED
