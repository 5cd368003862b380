"""The Möten area driven through real widgets (pytest-qt, offscreen), checked in the file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from star_desktop.meetings import calendar
from star_desktop.models import AuditEvent, Meeting, MeetingState
from star_desktop.ui.app import make_app
from star_desktop.ui.meetings_area import MeetingsArea, MoveDialog, PlaceDialog, PlanYearDialog

from .conftest import in_modal_dialog, type_text

TODAY = dt.date(2026, 3, 5)  # the call for 2026-03-10 is due (from 2026-03-03)


@pytest.fixture
def app(qapp):
    return make_app()


@pytest.fixture
def area(app, qtbot, team_file) -> MeetingsArea:
    a = MeetingsArea(team_file, today=lambda: TODAY)
    qtbot.addWidget(a)
    a.resize(1000, 600)
    a.show()
    return a


def _ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _in_dialog(qtbot, kind, act) -> list[str]:  # noqa: ANN001
    return in_modal_dialog(kind, act)


def _cell(area: MeetingsArea, row: int, col: int) -> str:
    return area.model.data(area.model.index(row, col))


def _plan_2026(qtbot, area: MeetingsArea) -> None:
    def fill(dlg: PlanYearDialog) -> None:
        # First a wrong end time: the message stands next to the field, the dialog stays.
        dlg.ends_at.clear()
        type_text(qtbot, dlg.ends_at, "08.00")
        _ok(qtbot, dlg.buttons)
        assert dlg.isVisible()
        assert dlg.fields.message("ends_at") == "Mötet måste sluta efter att det börjar."
        dlg.link.setText("teams")
        _ok(qtbot, dlg.buttons)
        assert dlg.fields.message("link").startswith("Ange en webbadress")
        assert dlg.fields.message("ends_at") != ""  # every problem at once
        dlg.ends_at.clear()
        type_text(qtbot, dlg.ends_at, "12.00")
        dlg.link.clear()
        type_text(qtbot, dlg.place, "Kommunhuset, sal 3")
        assert dlg.summary.text().startswith(
            "Mötena 2026: andra tisdagen varje månad 09.00–12.00")
        _ok(qtbot, dlg.buttons)

    problems = _in_dialog(qtbot, PlanYearDialog, fill)
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    assert problems == []


def test_plan_cancel_move_and_place(area: MeetingsArea, qtbot, team_file) -> None:
    assert area.model.rowCount() == 0
    assert "Inga möten planerade 2026" in area.status.text()
    assert not area.move_button.isEnabled()

    _plan_2026(qtbot, area)
    assert area.model.rowCount() == 12
    assert area.status.text() == "12 möten planerade 2026."
    assert [_cell(area, 2, c) for c in range(7)] == [
        "2026-03-10", "tisdag", "09.00–12.00", "Kommunhuset, sal 3", "", "Planerat",
        "ska skickas nu"]
    assert _cell(area, 3, 6) == "2026-04-07"  # not due yet: the due date
    assert _cell(area, 0, 6) == "2026-01-06"  # past: the date it was due
    assert area.model.data(area.model.index(2, 6), Qt.ItemDataRole.BackgroundRole) is not None
    assert area.model.data(area.model.index(3, 6), Qt.ItemDataRole.BackgroundRole) is None

    # Planning again through the dialog creates nothing new.
    problems = _in_dialog(qtbot, PlanYearDialog, lambda dlg: _ok(qtbot, dlg.buttons))
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert area.model.rowCount() == 12
    assert area.status.text().startswith("Inga nya möten")

    # Cancel the April meeting, after confirming.
    asked: list[str] = []
    area.confirm = lambda title, text: (asked.append(text), True)[1]  # type: ignore[method-assign]
    area.table.selectRow(3)
    assert area.cancel_button.isEnabled()
    qtbot.mouseClick(area.cancel_button, Qt.MouseButton.LeftButton)
    assert asked and "2026-04-14" in asked[0]
    assert _cell(area, 3, 5) == "Inställt"
    assert not area.cancel_button.isEnabled() and not area.move_button.isEnabled()

    # Declining the confirmation changes nothing.
    area.confirm = lambda title, text: False  # type: ignore[method-assign]
    area.table.selectRow(4)
    qtbot.mouseClick(area.cancel_button, Qt.MouseButton.LeftButton)
    assert _cell(area, 4, 5) == "Planerat"

    # Move May's meeting: first onto June's day (refused next to the date), then to a Thursday.
    def move(dlg: MoveDialog) -> None:
        dlg.held_on.setText("2026-06-09")
        _ok(qtbot, dlg.buttons)
        assert dlg.fields.message("held_on") == "Det finns redan ett möte 2026-06-09."
        dlg.held_on.clear()
        type_text(qtbot, dlg.held_on, "2026-05-14")
        dlg.starts_at.setText("13:00")
        dlg.ends_at.setText("15.30")
        _ok(qtbot, dlg.buttons)

    problems = _in_dialog(qtbot, MoveDialog, move)
    qtbot.mouseClick(area.move_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert [_cell(area, 4, c) for c in range(3)] == ["2026-05-14", "torsdag", "13.00–15.30"]

    # Place and link of the June meeting, through the keyboard-reachable button.
    def place(dlg: PlaceDialog) -> None:
        dlg.link.setText("https://meet.example.se/star")
        _ok(qtbot, dlg.buttons)

    area.table.selectRow(5)
    problems = _in_dialog(qtbot, PlaceDialog, place)
    qtbot.mouseClick(area.place_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert _cell(area, 5, 4) == "https://meet.example.se/star"

    with team_file.session() as s:
        meetings = calendar.meetings_in(s, 2026)
        assert len(meetings) == 12
        assert meetings[3].state == MeetingState.CANCELLED
        assert (meetings[4].held_on, meetings[4].starts_at, meetings[4].ends_at) == (
            dt.date(2026, 5, 14), dt.time(13), dt.time(15, 30))
        assert meetings[5].link == "https://meet.example.se/star"
        assert sum(m.state == MeetingState.PLANNED for m in meetings) == 11
        details = [e.detail for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "meeting").order_by(AuditEvent.id))]
        assert details[-3:] == ["inställt", "flyttat; fält: held_on, starts_at, ends_at",
                                "fält: link"]

    # Another year is empty; back to 2026 shows the plan again.
    area.year.setValue(2027)
    assert area.model.rowCount() == 0
    area.year.setValue(2026)
    assert area.model.rowCount() == 12


def test_held_meeting_cannot_be_changed_from_the_area(area: MeetingsArea, qtbot,
                                                      team_file) -> None:
    with team_file.session() as s, s.begin():
        calendar.plan_year(s, calendar.RuleForm(weekday=4, week_of_month=-1, starts_at="09.00",
                                                ends_at="11.00", year=2026))
        s.scalars(select(Meeting).order_by(Meeting.held_on)).first().state = MeetingState.HELD
    area.reload()
    area.table.selectRow(0)
    assert _cell(area, 0, 0) == "2026-01-30"
    assert _cell(area, 0, 5) == "Genomfört"
    for b in (area.move_button, area.cancel_button, area.place_button):
        assert not b.isEnabled()


def test_area_in_main_window_and_screenshot(app, qtbot, team_file) -> None:
    from star_desktop.ui.main_window import AREAS

    assert "meetings" in [k for k, _ in AREAS]
    with team_file.session() as s, s.begin():
        calendar.plan_year(s, calendar.RuleForm(
            weekday=1, week_of_month=2, starts_at="09.00", ends_at="12.00",
            place="Kommunhuset, sal 3", link="https://meet.example.se/star", year=2026))
        calendar.cancel_meeting(s, calendar.meetings_in(s, 2026)[3].id)
    a = MeetingsArea(team_file, today=lambda: TODAY)
    qtbot.addWidget(a)
    a.resize(1100, 560)
    a.show()
    a.table.selectRow(5)
    assert a.table.accessibleName() == "Årets möten"
    assert a.grab().save("/tmp/meetings.png")
