"""The 4R area driven with pytest-qt on a real demo team file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from star_desktop.fourr import analysis
from star_desktop.models import AuditAction, AuditEvent, FourRAction, FourRActionStatus
from star_desktop.reports.periods import parse_period
from star_desktop.reports.statistics import report_statistics
from star_desktop.ui.app import make_app
from star_desktop.ui.fourr_area import FourRArea

TODAY = dt.date(2026, 12, 1)
T1, T2 = parse_period("2026-T1"), parse_period("2026-T2")


@pytest.fixture
def area(qapp, qtbot, demo_team):  # noqa: ANN001, ANN201
    make_app()
    tf = demo_team(cases=120, seed=5, today=TODAY)
    with tf.session() as s, s.begin():
        a = analysis.add_action(s, T1, "Fler män ska aktualiseras från primärvården")
        analysis.add_action(s, T1, "Se över väntetiden för kvinnor")
        first_id = a.id
    w = FourRArea(tf, today=TODAY)
    w.first_action_id = first_id
    qtbot.addWidget(w)
    w.resize(1200, 850)
    w.show()
    return w


def test_figures_chart_and_tables_for_the_last_tertial(area) -> None:  # noqa: ANN001
    assert area.period == T2
    with area.tf.session() as s:
        r = report_statistics(s, T2)
    assert [label for label, _g in area.chart.bars][:3] == [
        "Nya deltagare", "Aktiva vid periodens slut", "Avslutade"]
    assert area.chart.bars[0][1] == r.flow.new
    r1, r2 = area.r1.toPlainText(), area.r2.toPlainText()
    assert "Nya deltagare efter åldersgrupp" in r1 and "Teamets ledamöter" in r1
    assert "Väntetid från aktualisering till planeringsmöte" in r2 and "Resultat vid avslut" in r2
    assert "<5" not in r1  # the team's own screen shows every count
    area.grab().save(str(area.tf.path.with_suffix(".png")))


def test_texts_and_actions_are_saved(area) -> None:  # noqa: ANN001
    area.tabs.setCurrentIndex(2)
    area.text_edits[analysis.REALIA].setPlainText("Kvinnor väntar längre.\nVarför?")
    assert area.save_texts()
    with area.tf.session() as s:
        assert analysis.load_texts(s, T2) == {analysis.REALIA: "Kvinnor väntar längre.\nVarför?"}
    area.new_action.setText("   ")
    assert not area.add_action()
    assert area.action_error.isVisible() and "Beskriv åtgärden" in area.action_error.text()
    area.new_action.setText("Följ upp väntetiden per kön varje månad")
    assert area.add_action()
    assert area.actions.count() == 1 and not area.action_error.isVisible()
    area.actions.setCurrentRow(0)
    assert area.remove_action()
    assert area.actions.count() == 0


def test_last_periods_actions_are_followed_up(area) -> None:  # noqa: ANN001
    assert area.previous.rowCount() == 2
    assert "Tertial 1 2026" in area.previous_label.text()
    combo = area.previous.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData(FourRActionStatus.DONE.value))
    with area.tf.session() as s:
        action = s.get(FourRAction, area.first_action_id)
        assert action.status == FourRActionStatus.DONE
        assert s.scalar(select(AuditEvent).where(
            AuditEvent.entity == "four_r_action", AuditEvent.action == AuditAction.CHANGED))


@pytest.mark.parametrize(("recipient", "protected"), [("federation", True), ("team", False)])
def test_export_asks_who_it_is_for(area, tmp_path, monkeypatch, recipient, protected) -> None:  # noqa: ANN001
    import openpyxl

    monkeypatch.setattr(area, "export_options",
                        lambda: {"protect": protected, "recipient": recipient})
    monkeypatch.setattr(area, "ask_path", lambda fmt, suggested: tmp_path / suggested)
    path = area.export("xlsx")
    assert path is not None and path.name == "4R Demoteam STAR 2026-T2.xlsx"
    values = [r[-1] for r in openpyxl.load_workbook(path)["data"].iter_rows(
        min_row=2, values_only=True)]
    assert (None in values) == protected
    assert "4R-analysen sparad" in area.status.text()
    with area.tf.session() as s:
        detail = s.scalar(select(AuditEvent.detail).where(
            AuditEvent.action == AuditAction.EXPORTED, AuditEvent.entity == "four_r"))
    assert detail.startswith(f"4R 2026-T2 xlsx, {recipient}")


def test_the_export_dialog_protects_by_default_outside_the_team(area) -> None:  # noqa: ANN001
    from star_desktop.ui.fourr_area import ExportDialog

    dlg = ExportDialog(area)
    assert dlg.recipient.currentData() == "steering-group" and dlg.protect.isChecked()
    dlg.recipient.setCurrentIndex(dlg.recipient.findData("team"))
    assert not dlg.protect.isChecked()
    dlg.recipient.setCurrentIndex(dlg.recipient.findData("federation"))
    assert dlg.protect.isChecked()
