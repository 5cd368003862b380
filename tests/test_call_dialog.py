"""The meeting call from the GUI: privacy default, PDF, .ics, e-mail text, printing, sent."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.meetings import calendar
from star_desktop.models import AuditAction, AuditEvent, Meeting, MeetingState, ParticipantIdentity
from star_desktop.storage.teamfile import open_team_file
from star_desktop.ui.app import make_app
from star_desktop.ui.call_dialog import CallDialog

TODAY = dt.date.today()


@pytest.fixture
def setup(qapp, qtbot, tmp_path):
    make_app()
    path = tmp_path / "demo.star"
    generate_demo(path, cases=120, seed=5, today=TODAY)
    tf = open_team_file(path, actor="Anna", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    with tf.session() as s, s.begin():
        m = s.scalars(select(Meeting).where(Meeting.held_on > TODAY,
                                            Meeting.state != MeetingState.CANCELLED)
                      .order_by(Meeting.held_on)).first()
        m.state = MeetingState.PLANNED
        m.call_sent_at = None  # the demo marks a call sent once it is due (today, some days)
        for item in list(m.agenda_items):
            m.agenda_items.remove(item)
        mid = m.id
        names = [i.last_name for i in s.scalars(select(ParticipantIdentity))]
    dlg = CallDialog(None, tf, mid)
    qtbot.addWidget(dlg)
    yield tf, mid, dlg, names
    tf.close()


def test_exports_default_to_case_numbers_and_are_audited(setup, tmp_path, monkeypatch):
    tf, mid, dlg, names = setup
    assert dlg.privacy.currentData() == "case"
    monkeypatch.setattr(dlg, "ask_path", lambda title, suggested, pattern: tmp_path / suggested)
    pdf = dlg.save_pdf()
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Kallelse" in text
    assert not any(n in text for n in names)
    ics = dlg.save_ics().read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in ics and not any(n in ics for n in names)
    copied = dlg.copy_text()
    assert QGuiApplication.clipboard().text() == copied
    dlg.privacy.setCurrentIndex(dlg.privacy.findData("full"))
    full = dlg.copy_text()
    assert any(n in full for n in names)
    with tf.session() as s:
        details = [e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.EXPORTED, AuditEvent.entity_id == mid))]
    assert "kallelse pdf, nivå case" in details and "kallelse e-posttext, nivå full" in details


def test_print_goes_through_the_print_dialog(setup, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    tf, mid, dlg, names = setup
    printed = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(type(dlg.document()), "print_", lambda self, printer: printed.append(
        self.toPlainText()))
    assert dlg.print_call()
    assert printed and "Kallelse" in printed[0]


def test_mark_sent_stops_the_reminder(setup):
    tf, mid, dlg, names = setup
    with tf.session() as s:
        m = s.get(Meeting, mid)
        assert calendar.call_is_due(m, calendar.call_due_on(m))
    assert dlg.mark_sent()
    with tf.session() as s:
        m = s.get(Meeting, mid)
        assert m.state == MeetingState.CALL_SENT and m.call_sent_at is not None
        assert not calendar.call_is_due(m, calendar.call_due_on(m))
    assert not dlg.mark_sent()
    assert "planerat möte" in dlg.status.text()
