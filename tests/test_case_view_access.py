"""Opening a case is a logged access, and the case view gives the participant's register extract."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from sqlalchemy import select

from star_desktop.models import AuditAction, AuditEvent, Case, ParticipantIdentity
from star_desktop.ui.case_view import CaseView
from star_desktop.ui.extract_dialog import ExtractDialog

from .conftest import in_modal_dialog


def _a_case_with_person(tf) -> tuple[int, int, str]:
    with tf.session() as s:
        case = s.scalars(select(Case).where(Case.participant_id.is_not(None))).first()
        identity = s.get(ParticipantIdentity, case.participant_id)
        return case.id, case.participant_id, identity.last_name


def test_opening_a_case_is_logged_and_the_extract_is_one_click_away(qapp, qtbot, demo_team,
                                                                     tmp_path):
    tf = demo_team(cases=30, seed=4, today=dt.date(2025, 10, 1))
    case_id, participant_id, last_name = _a_case_with_person(tf)
    view = CaseView(tf)
    qtbot.addWidget(view)
    view.show_case(case_id)
    view.reload()  # a reload after a step is not a new access
    with tf.session() as s:
        viewed = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.VIEWED)).all()
    assert [(e.case_id, e.participant_id, e.entity) for e in viewed] == [
        (case_id, participant_id, "case")]
    assert view.extract_button.isEnabled()

    target = tmp_path / "utdrag.pdf"

    def save(dlg: ExtractDialog) -> None:
        dlg.ask_path = lambda suggested: target
        assert dlg.save() == target
        dlg.accept()

    problems = in_modal_dialog(ExtractDialog, save)
    view.register_extract()
    assert problems == []
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert last_name in text
    assert "Visad" in text  # the access just logged is in the person's own extract
