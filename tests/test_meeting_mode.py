"""The guided meeting mode driven with pytest-qt; the decisions are found on the cases after."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from star_desktop.cases import process
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.meetings import agenda as ag
from star_desktop.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    CaseState,
    Decision,
    DecisionKind,
    Meeting,
    MeetingState,
    PartyKind,
)
from star_desktop.storage.teamfile import open_team_file
from star_desktop.team import service as team_service
from star_desktop.ui.app import make_app
from star_desktop.ui.meeting_mode import MeetingMode

from .conftest import meeting_today, type_text

TODAY = dt.date.today()


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "demo.star"
    generate_demo(path, cases=120, seed=5, today=TODAY)
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    yield tf, meeting_today(tf, TODAY)
    tf.close()


def test_run_a_meeting_from_attendance_to_held(qapp, qtbot, meeting):
    make_app()
    tf, mid = meeting
    mode = MeetingMode(tf, mid)
    qtbot.addWidget(mode)
    mode.show()
    # Attendance first: mark the first member absent with the substitute present.
    member_id, status, sub = mode.attendance.rows[0]
    if sub.count() > 1:
        status.setCurrentIndex(status.findData(AttendanceStatus.SUBSTITUTE_PRESENT.value))
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.index == 0 and mode.stack.currentWidget() is mode.item_page
    assert mode.item_page.position.text().startswith("Punkt 1 av ")

    # Step to the first new case whose consent is in, with the keyboard shortcut.
    with tf.session() as s:
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == mid)
                          .order_by(AgendaItem.position)).all()
        target = next(i for i in items if i.case_id and i.title.startswith("Nytt ärende")
                      and s.get(Case, i.case_id).consent_form_received)
        index, case_id = items.index(target), target.case_id
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)  # shortcuts work in the active window
    for _ in range(index):
        qtbot.keyClick(mode, Qt.Key.Key_PageDown)
    assert mode.index == index
    assert mode.item_page.title.text() == target.title
    page = mode.item_page
    accept = page.decision_buttons[DecisionKind.ACCEPT]
    assert accept.isEnabled()
    assert not page.decision_buttons[DecisionKind.CLOSURE].isEnabled()
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert "Antaget som STAR-ärende" in page.decisions_done.text()
    dlg = page.decision_dialog(DecisionKind.CASE_CARRIER)
    with tf.session() as s:
        af = team_service.party_of_kind(s, PartyKind.AF).id
    dlg.inputs["party_id"].setCurrentIndex(dlg.inputs["party_id"].findData(af))
    type_text(qtbot, dlg.inputs["name"], "Olle Åström")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.general_error.text()

    type_text(qtbot, page.notes, "Teamet ser behov av arbetsträning.")
    type_text(qtbot, page.action_who, "AF")
    type_text(qtbot, page.action_what, "Ta fram praktikplats")
    type_text(qtbot, page.action_due, "2099-01-01")
    qtbot.mouseClick(page.findChild(type(mode.next_button), "add_action"),
                     Qt.MouseButton.LeftButton)
    assert page.actions.count() == 1

    mode.mask.setChecked(True)
    with tf.session() as s:
        last = s.get(Case, case_id).participant.identity.last_name
    assert last not in page.case_info.text()
    qtbot.keyClick(mode, Qt.Key.Key_PageDown)  # leaving the item saves its notes
    assert mode.finish()

    with tf.session() as s:
        case = s.get(Case, case_id)
        assert case.state == CaseState.ACCEPTED
        assert case.carrier_name == "Olle Åström"
        kinds = [d.kind.value for d in s.scalars(select(Decision).where(
            Decision.case_id == case_id))]
        assert kinds == ["accept", "case_carrier"]
        item = s.get(AgendaItem, target.id)
        assert item.notes == "Teamet ser behov av arbetsträning."
        assert s.scalars(select(ActionItem).where(ActionItem.agenda_item_id == target.id)).one()
        assert s.get(Meeting, mid).state == MeetingState.HELD
        rows = s.scalars(select(Attendance).where(Attendance.meeting_id == mid)).all()
        assert len(rows) == len(mode.attendance.rows)


def test_refused_decision_shows_why_and_changes_nothing(qapp, qtbot, meeting):
    make_app()
    tf, mid = meeting
    with tf.session() as s, s.begin():  # a new case whose consent form has not come in
        af = team_service.party_of_kind(s, PartyKind.AF).id
        process.raise_case(s, process.RaiseForm(
            kind="joint_planning", participant=process.ParticipantForm(
                first_name="Utan", last_name="Samtycke", birth_year=1990, gender="other"),
            referring_party_id=af, raised_on=TODAY))
        ag.build_agenda(s, s.get(Meeting, mid))
    mode = MeetingMode(tf, mid)
    qtbot.addWidget(mode)
    with tf.session() as s:
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == mid)
                          .order_by(AgendaItem.position)).all()
        target = next(i for i in items if i.case_id and i.title.startswith("Nytt ärende")
                      and not s.get(Case, i.case_id).consent_form_received)
    mode.go(items.index(target))
    page = mode.item_page
    assert not page.decide(DecisionKind.ACCEPT)
    assert "utan samtycke" in page.error.text()
    with tf.session() as s:
        assert s.get(Case, target.case_id).state == CaseState.RAISED
        assert not s.scalars(select(Decision).where(Decision.case_id == target.case_id)).all()
