"""A case from the consent form to closure, through the real dialogs of the case view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit
from sqlalchemy import func, select

from star_desktop.models import (
    AuditEvent,
    Case,
    CaseState,
    ClosureReason,
    FollowUp,
    Gender,
    IncomeSource,
    Intervention,
    InterventionGroup,
    Participant,
    PartyKind,
    PlanningForm,
)
from star_desktop.team import service as team_service
from star_desktop.ui.app import make_app
from star_desktop.ui.case_dialogs import StepDialog, make_raise_dialog
from star_desktop.ui.case_view import CaseView

from .conftest import type_text


def _set(qtbot, dlg: StepDialog, name: str, value) -> None:
    w = dlg.inputs[name]
    if isinstance(w, QComboBox):
        idx = w.findData(value)
        assert idx >= 0, (name, value)
        w.setCurrentIndex(idx)
    elif isinstance(w, QLineEdit | QPlainTextEdit):
        w.clear()
        type_text(qtbot, w, str(value))
    else:
        w.setChecked(bool(value))


def _ok(qtbot, dlg: StepDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def view(qapp, qtbot, team_file):
    make_app()
    v = CaseView(team_file)
    qtbot.addWidget(v)
    return v


def _party(tf, kind: PartyKind) -> int:
    with tf.session() as s:
        return team_service.party_of_kind(s, kind).id


def test_consent_to_closure_through_the_dialogs(qtbot, view, team_file):
    tf = team_file
    today = dt.date.today()
    d = lambda days: (today - dt.timedelta(days=days)).isoformat()  # noqa: E731

    # Raise: a missing name and consent date are refused next to the fields.
    raise_dlg = make_raise_dialog(view, tf)
    _set(qtbot, raise_dlg, "gender", Gender.WOMAN.value)
    _set(qtbot, raise_dlg, "referring_party_id", _party(tf, PartyKind.MUNICIPALITY_SOCIAL))
    _set(qtbot, raise_dlg, "consent_form_received", True)
    _ok(qtbot, raise_dlg)
    assert raise_dlg.fields.message("first_name") == "Ange förnamn."
    assert raise_dlg.fields.message("consent_signed_on") == "Ange datum då samtycket skrevs under."
    with tf.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    _set(qtbot, raise_dlg, "first_name", "Åsa")
    _set(qtbot, raise_dlg, "last_name", "Öberg")
    _set(qtbot, raise_dlg, "personnummer", "19900101-0025")
    _set(qtbot, raise_dlg, "raised_on", d(120))
    _set(qtbot, raise_dlg, "consent_signed_on", d(121))
    _set(qtbot, raise_dlg, "consent_own_words", "Jag vill börja arbeta igen.")
    _set(qtbot, raise_dlg, "income_at_start", IncomeSource.SOCIAL_ASSISTANCE.value)
    _ok(qtbot, raise_dlg)
    assert raise_dlg.result() == raise_dlg.DialogCode.Accepted, raise_dlg.fields.errors
    case_id = raise_dlg.result_value.id

    view.show_case(case_id)
    assert view.state.text() == "Aktualiserat"
    assert view.buttons["assess"].isEnabled() and not view.buttons["close"].isEnabled()
    assert "Bedöm ärendet" in view.next_step.text()

    # Assess (accept), then carrier: the suggestion is the party paying social assistance.
    dlg = view.step_dialog("assess")
    _set(qtbot, dlg, "assessed_on", d(110))
    _ok(qtbot, dlg)
    view.after_step()
    assert view.state.text() == "Antaget"
    dlg = view.step_dialog("planning")
    _set(qtbot, dlg, "planning_meeting_on", d(90))
    _ok(qtbot, dlg)
    assert "Utse en ärendebärare" in dlg.general_error.text()  # the process says why
    dlg = view.step_dialog("carrier")
    assert dlg.inputs["carrier_party_id"].currentData() == _party(
        tf, PartyKind.MUNICIPALITY_SOCIAL)
    _set(qtbot, dlg, "carrier_name", "Lisa Handläggare")
    _ok(qtbot, dlg)
    view.after_step()

    dlg = view.step_dialog("planning")
    _set(qtbot, dlg, "planning_form", PlanningForm.SIP.value)
    _set(qtbot, dlg, "planning_meeting_on", d(90))
    _ok(qtbot, dlg)
    view.after_step()
    assert view.state.text() == "Planerat"

    dlg = view.step_dialog("plan")
    _set(qtbot, dlg, "plan_made_on", d(89))
    _set(qtbot, dlg, "self_support", True)
    _ok(qtbot, dlg)
    dlg = view.step_dialog("intervention")
    _set(qtbot, dlg, "group", InterventionGroup.WORK.value)
    _set(qtbot, dlg, "description", "Arbetsträning på kommunens verkstad")
    _set(qtbot, dlg, "started_on", d(80))
    _ok(qtbot, dlg)
    view.after_step()
    assert view.state.text() == "Pågående"

    dlg = view.step_dialog("follow_up")
    _set(qtbot, dlg, "done_on", d(60))
    _set(qtbot, dlg, "note", "Går bra på arbetsträningen.")
    _ok(qtbot, dlg)
    view.after_step()

    # Closing before the follow-up was made is refused next to the date.
    dlg = view.step_dialog("close")
    _set(qtbot, dlg, "closure_reason", ClosureReason.WORK.value)
    _set(qtbot, dlg, "income_at_end", IncomeSource.SALARY.value)
    _set(qtbot, dlg, "closed_on", d(70))
    _ok(qtbot, dlg)
    assert "före" in dlg.fields.message("closed_on")
    _set(qtbot, dlg, "closed_on", d(10))
    _ok(qtbot, dlg)
    view.after_step()
    assert view.state.text() == "Avslutat"
    assert not any(b.isEnabled() for b in view.buttons.values())
    titles = [view.timeline.topLevelItem(i).text(1)
              for i in range(view.timeline.topLevelItemCount())]
    assert titles[-1] == "Avslutat" and "Planeringsmöte" in titles

    with tf.session() as s:
        case = s.get(Case, case_id)
        assert case.state == CaseState.CLOSED
        assert case.closure_reason == ClosureReason.WORK
        assert case.income_at_end == IncomeSource.SALARY
        assert case.carrier_name == "Lisa Handläggare"
        assert case.planning_form == PlanningForm.SIP
        assert case.self_support_activity is True
        assert case.participant.identity.personnummer == "199001010025"
        assert s.scalar(select(func.count()).select_from(Participant)) == 1
        item = s.scalars(select(Intervention)).one()
        assert item.ended_on == today - dt.timedelta(days=10)
        assert [f.done_on for f in s.scalars(select(FollowUp))] == [
            today - dt.timedelta(days=60)]
        details = " ".join(e.detail for e in s.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id)))
        assert "Öberg" not in details and "börja arbeta" not in details
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.case_id == case_id)) >= 8


def test_general_consultation_hides_the_person(qtbot, view, team_file):
    dlg = make_raise_dialog(view, team_file)
    _set(qtbot, dlg, "kind", "general_consultation")
    assert not dlg.fields.form.isRowVisible(dlg.inputs["first_name"].parentWidget())
    assert dlg.fields.form.isRowVisible(dlg.inputs["subject"].parentWidget())
    _set(qtbot, dlg, "subject", "Hur samordnar vi insatser för unga utan gymnasieexamen?")
    _set(qtbot, dlg, "referring_party_id", _party(team_file, PartyKind.AF))
    _ok(qtbot, dlg)
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.fields.errors
    view.show_case(dlg.result_value.id)
    assert view.buttons["consultation"].isEnabled()
    assert not view.buttons["consent"].isEnabled()
    dlg2 = view.step_dialog("consultation")
    _ok(qtbot, dlg2)
    view.after_step()
    assert view.state.text() == "Konsulterat"


def test_accepting_without_consent_is_refused_with_the_reason(qtbot, view, team_file):
    dlg = make_raise_dialog(view, team_file)
    _set(qtbot, dlg, "first_name", "Per")
    _set(qtbot, dlg, "last_name", "Ek")
    _set(qtbot, dlg, "birth_year", "1985")
    _set(qtbot, dlg, "gender", Gender.MAN.value)
    _set(qtbot, dlg, "referring_party_id", _party(team_file, PartyKind.AF))
    _ok(qtbot, dlg)
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.fields.errors
    view.show_case(dlg.result_value.id)
    assert "Samtycket saknas" in view.next_step.text()
    assess = view.step_dialog("assess")
    _ok(qtbot, assess)
    assert "utan samtycke" in assess.general_error.text()
    with team_file.session() as s:
        assert s.get(Case, dlg.result_value.id).state == CaseState.RAISED


def test_mask_names_hides_the_person(qtbot, view, team_file):
    dlg = make_raise_dialog(view, team_file)
    for name, value in (("first_name", "Kalle"), ("last_name", "Anka"), ("birth_year", "1980"),
                        ("gender", Gender.MAN.value),
                        ("referring_party_id", _party(team_file, PartyKind.FK))):
        _set(qtbot, dlg, name, value)
    _ok(qtbot, dlg)
    view.show_case(dlg.result_value.id)
    assert "Kalle Anka" in view.fact_labels["person"].text()
    view.set_mask_names(True)
    assert "Kalle" not in view.fact_labels["person"].text()
    assert view.fact_labels["person"].text() == "Man, född 1980"


def test_planning_form_follows_who_takes_part(qtbot, view, team_file):
    tf = team_file
    dlg = make_raise_dialog(view, tf)
    for name, value in (("first_name", "Eva"), ("last_name", "Lind"), ("birth_year", "1980"),
                        ("gender", Gender.WOMAN.value),
                        ("referring_party_id", _party(tf, PartyKind.AF)),
                        ("raised_on", "2025-01-10"), ("consent_form_received", True),
                        ("consent_signed_on", "2025-01-09")):
        _set(qtbot, dlg, name, value)
    _ok(qtbot, dlg)
    view.show_case(dlg.result_value.id)
    for key, fields in (("assess", {"assessed_on": "2025-01-14"}),
                        ("carrier", {"carrier_party_id": _party(tf, PartyKind.AF),
                                     "carrier_name": "Olle"})):
        step = view.step_dialog(key)
        for name, value in fields.items():
            _set(qtbot, step, name, value)
        _ok(qtbot, step)
        view.after_step()
    planning = view.step_dialog("planning")
    form = planning.inputs["planning_form"]
    assert form.currentData() == PlanningForm.MULTI_PARTY.value
    planning.inputs["health_care"].setChecked(True)
    assert form.currentData() == PlanningForm.MULTI_PARTY.value
    planning.inputs["social_services"].setChecked(True)
    assert form.currentData() == PlanningForm.SIP.value
