"""The Logg tab (ui/audit_panel.py) with real widgets on a real encrypted team file: filters
typed as a coordinator types them, messages next to the fields, a paged table over thousands of
events, the export through the panel, and new events shown when the tab is shown again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, insert, select

from star_desktop import audit
from star_desktop.cases import process
from star_desktop.cases.process import ParticipantForm, RaiseForm
from star_desktop.models import AuditAction, AuditEvent, CaseKind, Gender, PartyKind
from star_desktop.storage.teamfile import TeamFile
from star_desktop.team import service as team_service
from star_desktop.ui.audit_panel import AuditPanel, AuditTableModel, count_text

from .conftest import ACTOR, type_text

UTC = dt.UTC
MARCH = dt.datetime(2025, 3, 10, 12, tzinfo=UTC)


def raise_case(tf: TeamFile) -> tuple[int, str]:
    with tf.session() as s, s.begin():
        af = team_service.party_of_kind(s, PartyKind.AF).id
        case = process.raise_case(s, RaiseForm(
            kind=CaseKind.JOINT_PLANNING, referring_party_id=af, raised_on="2025-01-10",
            participant=ParticipantForm(first_name="Erik", last_name="Ekström",
                                        gender=Gender.MAN, birth_year=1975)),
            today=dt.date(2025, 6, 1))
        return case.id, case.case_number


def add_events(tf: TeamFile, n: int, *, start: dt.datetime = MARCH,
               action: AuditAction = AuditAction.OPENED, **kw: object) -> None:
    with tf.session() as s, s.begin():
        s.execute(insert(AuditEvent), [
            dict(at=start + dt.timedelta(minutes=i), actor=ACTOR, action=action,
                 entity=kw.get("entity", "team_file"), case_id=kw.get("case_id"),
                 detail=f"händelse {i}") for i in range(n)])


def total_events(tf: TeamFile) -> int:
    with tf.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


@pytest.fixture
def panel(qtbot, team_copy) -> AuditPanel:
    w = AuditPanel(team_copy)
    qtbot.addWidget(w)
    w.resize(1000, 600)
    return w


def shown(qtbot, w: AuditPanel) -> AuditPanel:
    w.show()
    qtbot.waitExposed(w)
    return w


def cell(w: AuditPanel, row: int, col: int) -> str:
    return w.model.index(row, col).data()


def test_filters_typed_in_the_panel(qtbot, panel, team_copy):
    tf = team_copy
    cid, number = raise_case(tf)
    add_events(tf, 3, start=dt.datetime(2025, 2, 27, 12, tzinfo=UTC))
    add_events(tf, 4, action=AuditAction.PRINTED, entity="meeting", case_id=cid)
    add_events(tf, 2, start=dt.datetime(2025, 4, 2, 12, tzinfo=UTC), action=AuditAction.PRINTED)
    everything = total_events(tf)
    w = shown(qtbot, panel)
    assert w.count_label.text() == count_text(everything) == f"{everything} händelser"
    assert w.model.rowCount() == everything
    assert cell(w, 0, 1) == ACTOR

    type_text(qtbot, w.date_from, "2025-03-01")
    type_text(qtbot, w.date_to, "2025-03-31")
    qtbot.keyClick(w.date_to, Qt.Key.Key_Return)
    assert w.count_label.text() == "4 händelser"
    assert {cell(w, r, 4) for r in range(4)} == {number}
    assert {cell(w, r, 2) for r in range(4)} == {"Utskriven"}
    assert cell(w, 0, 3) == "Möte" and cell(w, 0, 5) == "händelse 3"  # newest first

    # a wrong date: a message under the field, the table as it was
    w.date_from.clear()
    type_text(qtbot, w.date_from, "2025-02-30")
    qtbot.mouseClick(w.apply_button, Qt.MouseButton.LeftButton)
    message = w.findChild(QLabel, "error_date_from")
    assert message.isVisible() and message.text() == "2025-02-30 är inget giltigt datum."
    assert w.message("date_from") == message.text()
    assert w.focusWidget() is w.date_from  # the wrong field has the focus
    assert w.count_label.text() == "4 händelser"
    w.date_from.clear()
    type_text(qtbot, w.date_from, "2025-04-01")
    qtbot.mouseClick(w.apply_button, Qt.MouseButton.LeftButton)
    assert not message.isVisible()
    assert w.message("date_to") == "Till-datumet ligger före från-datumet."

    # the kind of event, and a case number that does not exist
    qtbot.mouseClick(w.clear_button, Qt.MouseButton.LeftButton)
    assert w.count_label.text() == count_text(everything)
    w.action_combo.setCurrentIndex(w.action_combo.findText("Utskriven"))
    assert w.count_label.text() == "6 händelser"
    type_text(qtbot, w.case_field, "1999-999")
    qtbot.keyClick(w.case_field, Qt.Key.Key_Return)
    assert w.message("case_number") == "Det finns inget ärende med numret 1999-999."
    w.case_field.clear()
    type_text(qtbot, w.case_field, number)
    qtbot.keyClick(w.case_field, Qt.Key.Key_Return)
    assert w.message("case_number") == ""
    assert w.count_label.text() == "4 händelser"
    assert w.model.filter.case_id == cid


def test_the_combo_lists_every_kind_and_the_fields_are_named(panel):
    combo = panel.action_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alla"] + [
        a.label for a in AuditAction]
    for widget in (panel.date_from, panel.date_to, panel.action_combo, panel.case_field,
                   panel.table, panel.count_label):
        assert widget.accessibleName(), widget.objectName()
    buddies = {lab.buddy() for lab in panel.findChildren(QLabel) if lab.buddy() is not None}
    assert {panel.date_from, panel.date_to, panel.action_combo, panel.case_field} <= buddies


def test_many_events_are_read_a_page_at_a_time(qtbot, panel, team_copy):
    tf = team_copy
    add_events(tf, 5_000)
    total = total_events(tf)
    w = shown(qtbot, panel)
    model = w.model
    assert w.count_label.text() == f"{audit.grouped(total)} händelser" == count_text(total)
    assert model.rowCount() == AuditTableModel.BLOCK < total
    assert model.canFetchMore()
    fetches = model.fetches
    w.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: model.rowCount() > AuditTableModel.BLOCK, timeout=3_000)
    assert model.fetches > fetches
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    times = [model.rows[i].key for i in range(total)]
    assert times == sorted(times, reverse=True) and len(set(times)) == total
    assert model.fetches <= total // AuditTableModel.BLOCK + 2


def test_new_events_show_when_the_tab_is_shown_again(qtbot, panel, team_copy):
    tf = team_copy
    w = shown(qtbot, panel)
    before = w.model.total
    w.hide()
    with tf.session() as s, s.begin():
        audit.record(s, AuditAction.CHANGED, entity="setting", detail="gallringstid")
    w.show()
    assert w.model.total == before + 1
    assert (cell(w, 0, 2), cell(w, 0, 3), cell(w, 0, 5)) == ("Ändrad", "Inställning",
                                                              "gallringstid")


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_export_through_the_panel(qtbot, panel, team_copy, tmp_path, monkeypatch, suffix):
    tf = team_copy
    add_events(tf, 5, action=AuditAction.PRINTED)
    add_events(tf, 3, start=dt.datetime(2025, 4, 2, tzinfo=UTC))
    w = shown(qtbot, panel)
    asked: list[str] = []
    out = tmp_path / f"loggen.{suffix}"

    def ask(suggested: str) -> Path:
        asked.append(suggested)
        return out

    monkeypatch.setattr(w, "ask_path", ask)
    w.action_combo.setCurrentIndex(w.action_combo.findText("Utskriven"))
    qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    assert asked == [f"logg-{dt.date.today().isoformat()}.xlsx"]
    assert out.exists()
    assert w.status.text() == f"5 händelser sparades i loggen.{suffix}."
    if suffix == "xlsx":
        values = list(load_workbook(out)["Logg"].iter_rows(values_only=True))
        assert sum(1 for r in values if r and r[2] == "Utskriven") == 5
        assert ("Urval", "alla datum; händelse: Utskriven") in [r[:2] for r in values]
    else:
        text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
        assert text.count("Utskriven") == 5 + 1  # the five and the filter at the top
    # the export itself is in the log; the table shows it once the kind allows it
    w.action_combo.setCurrentIndex(0)
    assert (cell(w, 0, 2), cell(w, 0, 3)) == ("Exporterad", "Loggen")


def test_a_refused_export_says_why(qtbot, panel, team_copy, tmp_path, monkeypatch):
    w = shown(qtbot, panel)
    monkeypatch.setattr(audit, "PDF_MAX_EVENTS", 0)
    monkeypatch.setattr(w, "ask_path", lambda suggested: tmp_path / "lång.pdf")
    qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    assert "spara som xlsx" in w.status.text()
    assert not (tmp_path / "lång.pdf").exists()
    # cancelling the file dialog writes nothing either
    before = total_events(team_copy)
    monkeypatch.setattr(w, "ask_path", lambda suggested: None)
    assert w.export() is None
    assert total_events(team_copy) == before
