"""The Rapporter area driven with pytest-qt on a real demo team file."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from star_desktop.models import AuditAction, AuditEvent, BudgetLine, ReportText, Target, TargetKind
from star_desktop.reports import texts
from star_desktop.reports.periods import parse_period
from star_desktop.reports.statistics import report_statistics
from star_desktop.ui.app import make_app
from star_desktop.ui.reports_area import ReportsArea
from tests.conftest import type_text

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def area(qapp, qtbot, demo_team):  # noqa: ANN001, ANN201
    make_app()
    tf = demo_team(cases=120, seed=5, today=TODAY)
    w = ReportsArea(tf, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def _choose(area: ReportsArea, year: int, code: str) -> None:
    area.picker.year.setValue(year)
    area.picker.kind.setCurrentIndex(area.picker.kind.findData(code))


def test_opens_on_the_last_ended_tertial_with_computed_figures(area) -> None:  # noqa: ANN001
    assert area.period == parse_period("2026-T2")
    with area.tf.session() as s:
        stats = report_statistics(s, parse_period("2026-T2"))
    html = area.figures.toPlainText()
    assert "Tertial 2 2026" in html
    assert "Aktiva vid periodens slut" in html
    assert str(stats.flow.active_end.total) in html
    assert area.content is not None and area.content.stats.flow == stats.flow


def test_changing_the_period_recomputes(area) -> None:  # noqa: ANN001
    _choose(area, 2025, "year")
    assert area.period == parse_period("2025")
    assert area.content.period == parse_period("2025")
    assert "Helår 2025" in area.figures.toPlainText()
    _choose(area, 2025, "T1-YTD")
    assert area.period == parse_period("2025-T1-YTD")


def test_a_bad_range_says_why_and_keeps_the_period(area, qtbot) -> None:  # noqa: ANN001
    _choose(area, 2026, "range")
    assert area.picker.start.isVisible()
    area.picker.start.setText("2026-02-30")
    area.picker.start.editingFinished.emit()
    assert area.picker.message.isVisible()
    assert "inget giltigt datum" in area.picker.message.text()
    area.picker.start.setText("2026-03-01")
    area.picker.end.setText("2026-03-31")
    area.picker.end.editingFinished.emit()
    assert not area.picker.message.isVisible()
    assert area.period == parse_period("2026-03-01..2026-03-31")


def test_texts_are_saved_as_typed_with_ctrl_s(area, qtbot) -> None:  # noqa: ANN001
    area.tabs.setCurrentWidget(area.texts)
    area.texts.select("participants.results.analysis")
    editor = area.texts.editor
    editor.setFocus()
    type_text(qtbot, editor, "Fler kvinnor än män")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "rad två")
    assert area.texts.dirty
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not area.texts.dirty
    with area.tf.session() as s:
        row = s.scalar(select(ReportText).where(
            ReportText.section == "participants.results.analysis"))
    assert row.text == "Fler kvinnor än män\nrad två"
    assert (row.period_start, row.period_end) == (dt.date(2026, 5, 1), dt.date(2026, 8, 31))


def test_unsaved_texts_are_not_lost_when_the_period_changes(area, monkeypatch) -> None:  # noqa: ANN001
    area.texts.select("summary.participants")
    area.texts.editor.setPlainText("Osparad sammanfattning")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _choose(area, 2026, "T1")
    assert area.period == parse_period("2026-T2")  # cancelled: stays, text kept
    assert area.picker.kind.currentData() == "T2"
    assert area.texts.text_of("summary.participants") == "Osparad sammanfattning"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    _choose(area, 2026, "T1")
    assert area.period == parse_period("2026-T1")
    with area.tf.session() as s:
        assert texts.load_texts(s, parse_period("2026-T2")) == {
            "summary.participants": "Osparad sammanfattning"}


def test_last_periods_texts_offered_as_a_start(area) -> None:  # noqa: ANN001
    with area.tf.session() as s, s.begin():
        texts.save_texts(s, parse_period("2026-T1"), {"staff.methods.description": "Metoder",
                                                      "summary.staff": "Personal T1"})
        texts.save_texts(s, parse_period("2026-T2"), {"summary.staff": "Redan skrivet"})
    area.texts.load(parse_period("2026-T2"))
    assert area.texts.take_previous() == 1  # only the empty one is filled
    assert area.texts.text_of("staff.methods.description") == "Metoder"
    assert area.texts.text_of("summary.staff") == "Redan skrivet"
    assert area.texts.save()
    with area.tf.session() as s:
        assert texts.load_texts(s, parse_period("2026-T2"))["staff.methods.description"] == \
            "Metoder"


def test_targets_bad_input_shown_next_to_the_field_nothing_saved(area) -> None:  # noqa: ANN001
    area.tabs.setCurrentWidget(area.targets)
    edit = area.targets.inputs[TargetKind.SHARE_TO_WORK_OR_STUDIES]
    edit.setText("hundra")
    area.targets.inputs[TargetKind.JOINT_PLANNINGS].setText("40")
    assert not area.targets.save()
    assert area.targets.messages.message("share_to_work_or_studies") == "Skriv ett tal."
    with area.tf.session() as s:
        saved = {t.kind: t.value for t in s.scalars(select(Target).where(Target.year == 2026))}
    assert saved[TargetKind.JOINT_PLANNINGS] != 40.0  # the demo's own, untouched
    edit.setText("30")
    assert area.targets.save()
    with area.tf.session() as s:
        saved = {t.kind: t.value for t in s.scalars(select(Target).where(Target.year == 2026))}
    assert saved[TargetKind.JOINT_PLANNINGS] == 40.0
    assert saved[TargetKind.SHARE_TO_WORK_OR_STUDIES] == pytest.approx(0.30)
    plannings = next(t for t in area.content.stats.targets
                     if t.kind == TargetKind.JOINT_PLANNINGS)
    assert plannings.target == pytest.approx(40 * 4 / 12)
    assert "Uppnått" in area.targets.outcome.text()


def test_budget_rows_checked_summed_and_saved(area) -> None:  # noqa: ANN001
    b = area.budget
    area.tabs.setCurrentWidget(b)
    r = b.add_row()
    for col, text in ((0, "Personal"), (1, "2 220 000"), (2, "tusen"), (4, "")):
        b.table.item(r, col).setText(text)
    assert not b.save()
    assert b.errors.isVisible() and "Rad 1, Utfall period" in b.errors.text()
    assert b.table.item(r, 2).toolTip()
    with area.tf.session() as s:
        assert s.scalars(select(BudgetLine)).first() is None
    b.table.item(r, 2).setText("997 101")
    assert b.table.item(r, 3).text() == "1 222 899"
    r2 = b.add_row()
    for col, text in ((0, "Lokaler"), (1, "35 000"), (2, "18 273"), (4, "-2 000")):
        b.table.item(r2, col).setText(text)
    assert "budget 2 255 000" in b.sums.text()
    assert b.save()
    with area.tf.session() as s:
        lines = list(s.scalars(select(BudgetLine).order_by(BudgetLine.position)))
    assert [(x.label, x.budget, x.outcome, x.forecast) for x in lines] == [
        ("Personal", 2_220_000, 997_101, None), ("Lokaler", 35_000, 18_273, -2_000)]
    assert area.content.budget.budget == 2_255_000


def test_export_xlsx_and_pdf_from_the_area(area, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(area, "ask_path", lambda fmt, suggested: tmp_path / suggested)
    path = area.export("xlsx")
    assert path is not None and path.name == "Rapport Demoteam STAR 2026-T2.xlsx"
    assert "data" in openpyxl.load_workbook(path).sheetnames
    assert "Rapporten sparad" in area.status.text()
    pdf = area.export("pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    with area.tf.session() as s:
        details = [e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.EXPORTED))]
    assert {"rapport 2026-T2 xlsx", "rapport 2026-T2 pdf"} <= set(details)


def test_a_cancelled_save_dialog_writes_nothing(area, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(area, "ask_path", lambda fmt, suggested: None)
    assert area.export("xlsx") is None


def test_nothing_is_computed_before_the_area_is_shown(qapp, qtbot, demo_team) -> None:  # noqa: ANN001
    make_app()
    tf = demo_team(cases=40, seed=3, today=TODAY)
    w = ReportsArea(tf, today=TODAY)
    qtbot.addWidget(w)
    assert w.content is None and w.period is None
    w.show()
    assert w.period == parse_period("2026-T2") and w.content is not None
