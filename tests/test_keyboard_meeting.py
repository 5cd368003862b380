"""A whole team meeting run with the keyboard only: no clicks, only keys, shortcuts, Tab and
Alt+letter; the attendance, decisions, notes and action items are then read from the file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from sqlalchemy import select

from star_desktop import preferences
from star_desktop.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    CaseState,
    Decision,
    Meeting,
    MeetingState,
    PartyKind,
)
from star_desktop.storage.keys import KeyStore
from star_desktop.team import service as team_service
from star_desktop.ui.app import make_app
from star_desktop.ui.forms import StepDialog
from star_desktop.ui.main_window import MainWindow

from .conftest import meeting_today, type_text

TODAY = dt.date.today()
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
#: QAbstractButton.animateClick: a mnemonic's click arrives this much later.
ANIMATED_CLICK_MS = 250


def key(qtbot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """One key press to whatever has the keyboard focus, as a keyboard user would."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, k, mod)


def alt(qtbot, k: Qt.Key) -> None:  # noqa: ANN001
    """Alt+letter: a button's mnemonic clicks it with a short animation, so wait for it."""
    key(qtbot, k, ALT)
    qtbot.wait(ANIMATED_CLICK_MS)


def when_modal(kind: type, act) -> list[str]:  # noqa: ANN001 - act(dialog)
    """Run act(dialog) once a modal dialog of kind is open; a mnemonic opens it a little later
    than conftest.in_modal_dialog looks, so this one keeps looking."""
    problems: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, kind):
            return
        timer.stop()
        try:
            act(dlg)
        except Exception as e:  # noqa: BLE001 - reported to the test
            problems.append(repr(e))
            dlg.reject()

    timer.timeout.connect(look)
    timer.start()
    problems.append(timer)  # type: ignore[arg-type] - kept alive until the test looks
    return problems


def tab_to(qtbot, widget: QWidget, limit: int = 60) -> None:  # noqa: ANN001
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()!r}")


@pytest.fixture
def meeting(demo_team):
    tf = demo_team(cases=120, seed=5, today=TODAY)
    return tf, meeting_today(tf, TODAY)


def test_a_whole_meeting_with_the_keyboard_only(qapp, qtbot, meeting):
    make_app()
    tf, mid = meeting
    window = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_team(tf, add_recent=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workspace.nav.setFocus()  # where the keyboard starts once a file is open

    # Ctrl+2: the meetings area; Tab to the list, arrows to today's meeting, Alt+L leads it.
    key(qtbot, Qt.Key.Key_2, CTRL)
    area = window.workspace.areas["meetings"]
    assert window.workspace.stack.currentWidget() is area
    tab_to(qtbot, area.table)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(len(area.model.rows)):
        if area.selected() is not None and area.selected().id == mid:
            break
        key(qtbot, Qt.Key.Key_Down)
    assert area.selected().id == mid
    alt(qtbot, Qt.Key.Key_L)
    mode = area.meeting_mode
    assert mode is not None and mode.isVisible()
    qtbot.waitUntil(mode.isActiveWindow)

    # Attendance: the focus is on the first member; Down makes them absent, Tab goes on.
    first_id, first_status, _sub = mode.attendance.rows[0]
    assert QApplication.focusWidget() is first_status
    key(qtbot, Qt.Key.Key_Down)
    assert first_status.currentData() == AttendanceStatus.ABSENT.value
    key(qtbot, Qt.Key.Key_Tab)  # the absent member's substitute box is skipped
    assert QApplication.focusWidget() is mode.attendance.rows[1][1]
    assert isinstance(QApplication.focusWidget(), QComboBox)

    alt(qtbot, Qt.Key.Key_S)  # Starta mötet
    page = mode.item_page
    assert mode.index == 0 and QApplication.focusWidget() is page.notes

    with tf.session() as s:
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == mid)
                          .order_by(AgendaItem.position)).all()
        target = next(i for i in items if i.case_id and i.title.startswith("Nytt ärende")
                      and s.get(Case, i.case_id).consent_form_received)
        index, case_id, count = items.index(target), target.case_id, len(items)
    key(qtbot, Qt.Key.Key_Right, CTRL)  # Ctrl+→ and Ctrl+← step too, even from the notes
    assert mode.index == 1
    key(qtbot, Qt.Key.Key_Left, CTRL)
    assert mode.index == 0
    for _ in range(index):
        key(qtbot, Qt.Key.Key_PageDown)
    assert mode.index == index and page.title.text() == target.title

    alt(qtbot, Qt.Key.Key_A)  # Anta
    assert "Antaget som STAR-ärende" in page.decisions_done.text()

    with tf.session() as s:
        af = team_service.party_of_kind(s, PartyKind.AF).id

    def carrier(dlg: StepDialog) -> None:
        qtbot.waitUntil(dlg.isActiveWindow)
        key(qtbot, Qt.Key.Key_P, ALT)
        party = dlg.inputs["party_id"]
        assert QApplication.focusWidget() is party
        for _ in range(party.count()):
            if party.currentData() == af:
                break
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_N, ALT)
        assert QApplication.focusWidget() is dlg.inputs["name"]
        type_text(qtbot, dlg.inputs["name"], "Olle Åström")
        key(qtbot, Qt.Key.Key_Return)

    problems = when_modal(StepDialog, carrier)
    alt(qtbot, Qt.Key.Key_B)  # Ärendebärare…
    qtbot.waitUntil(lambda: page.decisions_done.text().count("✔") == 2 or len(problems) > 1)
    assert problems[1:] == []

    key(qtbot, Qt.Key.Key_E, ALT)  # Anteckningar
    assert QApplication.focusWidget() is page.notes
    type_text(qtbot, page.notes, "Teamet ser behov av arbetsträning.")
    key(qtbot, Qt.Key.Key_G, ALT)  # Åtgärder: Vem
    assert QApplication.focusWidget() is page.action_who
    type_text(qtbot, page.action_who, "AF")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "Ta fram praktikplats")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "2099-01-01")
    key(qtbot, Qt.Key.Key_Return)
    assert page.actions.count() == 1, page.error.text()

    for _ in range(count - 1 - index):  # through the rest of the agenda
        key(qtbot, Qt.Key.Key_PageDown)
    assert mode.index == count - 1
    alt(qtbot, Qt.Key.Key_M)  # Avsluta mötet
    qtbot.waitUntil(lambda: not mode.isVisible())

    with tf.session() as s:
        assert s.get(Meeting, mid).state == MeetingState.HELD
        rows = {a.member_id: a for a in s.scalars(select(Attendance).where(
            Attendance.meeting_id == mid))}
        assert len(rows) == len(mode.attendance.rows)
        assert rows[first_id].status == AttendanceStatus.ABSENT
        case = s.get(Case, case_id)
        assert case.state == CaseState.ACCEPTED and case.carrier_name == "Olle Åström"
        assert [d.kind.value for d in s.scalars(select(Decision).where(
            Decision.case_id == case_id))] == ["accept", "case_carrier"]
        assert s.get(AgendaItem, target.id).notes == "Teamet ser behov av arbetsträning."
        action = s.scalars(select(ActionItem).where(
            ActionItem.agenda_item_id == target.id)).one()
        assert (action.who, action.what, action.due_on) == (
            "AF", "Ta fram praktikplats", dt.date(2099, 1, 1))
