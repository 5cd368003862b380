"""From the Möten area: edit the agenda, lead the meeting, approve, add an addendum."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.models import AgendaKind, Meeting, MeetingState, MinutesAddendum
from star_desktop.storage.teamfile import open_team_file
from star_desktop.ui.agenda_dialog import AgendaDialog
from star_desktop.ui.app import make_app
from star_desktop.ui.meetings_area import MeetingsArea

from .conftest import type_text

TODAY = dt.date.today()


def test_agenda_meeting_approval_and_addendum(qapp, qtbot, tmp_path, monkeypatch):
    make_app()
    path = tmp_path / "demo.star"
    generate_demo(path, cases=80, seed=3, today=TODAY)
    tf = open_team_file(path, actor="Anna", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s, s.begin():
            m = s.scalars(select(Meeting).where(Meeting.held_on >= TODAY,
                                                Meeting.state != MeetingState.CANCELLED)
                          .order_by(Meeting.held_on)).first()
            m.held_on, m.state = TODAY, MeetingState.PLANNED
            for item in list(m.agenda_items):
                m.agenda_items.remove(item)
            mid, year = m.id, TODAY.year
        area = MeetingsArea(tf, today=lambda: TODAY)
        qtbot.addWidget(area)
        area.year.setValue(year)
        area.select(mid)
        assert area.agenda_button.isEnabled() and not area.approve_button.isEnabled()

        dlg = AgendaDialog(area, tf, mid)
        dlg.build()
        n = dlg.list.count()
        assert n >= 10
        dlg.list.setCurrentRow(0)
        type_text(qtbot, dlg.new_title, "Studiebesök")
        dlg.add()
        assert dlg.list.count() == n + 1 and "Studiebesök" in dlg.list.item(1).text()
        dlg.list.setCurrentRow(1)
        dlg.move(-1)
        assert "Studiebesök" in dlg.list.item(0).text()
        dlg.remove()
        assert dlg.list.count() == n

        mode = area.run_meeting()
        mode.next()  # attendance saved, first item shown
        assert mode.finish()
        area.select(mid)
        assert area.approve_button.isEnabled()
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, **k: ("Karin Lund", True)))
        area.approve_minutes()
        area.select(mid)
        assert area.addendum_button.isEnabled() and not area.run_button.isEnabled()
        monkeypatch.setattr(QInputDialog, "getMultiLineText",
                            staticmethod(lambda *a, **k: ("Rättelse av punkt 3.", True)))
        area.add_addendum()
        with tf.session() as s:
            m = s.get(Meeting, mid)
            assert m.state == MeetingState.MINUTES_APPROVED and m.approved_by == "Karin Lund"
            assert [a.text for a in s.scalars(select(MinutesAddendum))] == [
                "Rättelse av punkt 3."]
            assert m.agenda_items[0].kind == AgendaKind.OPENING
        locked = AgendaDialog(area, tf, mid)
        locked.build()
        assert "justerade" in locked.error.text()
    finally:
        tf.close()
