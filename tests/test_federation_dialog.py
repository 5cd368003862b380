"""The county view from the GUI: teams' exports in, a county summary out, bad files named."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from star_desktop.reports.exporting import export_report
from star_desktop.reports.periods import parse_period
from star_desktop.team import service as team_service
from star_desktop.ui.app import make_app
from star_desktop.ui.federation_dialog import FederationDialog

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def exports(demo_team, tmp_path):  # noqa: ANN001, ANN201
    paths = []
    for i, (name, seed) in enumerate((("Bräcke STAR", 3), ("Ragunda STAR", 4))):
        tf = demo_team(cases=60, seed=seed, today=TODAY)
        with tf.session() as s, s.begin():
            team_service.update_team(s, team_service.TeamForm(name=name, municipality=name[:-5],
                                                              federation="Jämtlands län"))
            out = tmp_path / f"team{i}.xlsx"
            export_report(s, parse_period("2026-T2"), "xlsx", out, today=TODAY)
        paths.append(out)
    return paths


def test_two_teams_make_a_county_summary(qapp, qtbot, exports, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    dlg = FederationDialog(None)
    qtbot.addWidget(dlg)
    assert not dlg.write_xlsx.isEnabled()
    dlg.add_files(exports + [exports[0]])  # the same file twice is listed once
    assert dlg.files.count() == 2 and dlg.write_xlsx.isEnabled()
    monkeypatch.setattr(dlg, "ask_path", lambda fmt, suggested: tmp_path / f"län.{fmt}")
    out = dlg.write("xlsx")
    assert out is not None and "2 team" in dlg.message.text()
    wb = openpyxl.load_workbook(out)
    assert "data" in wb.sheetnames
    text = " ".join(str(c) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
                    for c in r if c is not None)
    assert "Bräcke STAR" in text and "Ragunda STAR" in text
    pdf = dlg.write("pdf")
    assert pdf is not None and "Länssammanställning" in PdfReader(pdf).pages[0].extract_text()


def test_a_file_that_is_not_an_export_is_named(qapp, qtbot, exports, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    bad = tmp_path / "anteckningar.xlsx"
    bad.write_bytes(b"inte en arbetsbok")
    dlg = FederationDialog(None)
    qtbot.addWidget(dlg)
    dlg.add_files([exports[0], bad])
    asked = []
    monkeypatch.setattr(dlg, "ask_path", lambda fmt, s: asked.append(1))
    assert dlg.write("xlsx") is None
    assert "anteckningar.xlsx" in dlg.message.text()
    assert asked == []  # refused before anything is asked or written
    dlg.files.setCurrentRow(1)
    dlg.files.item(1).setSelected(True)
    dlg.remove_selected()
    assert dlg.files.count() == 1
