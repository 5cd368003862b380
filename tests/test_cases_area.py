"""The Ärenden area in the main window: list, case view, raising, import from Excel."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from star_desktop import preferences
from star_desktop.demo.launch import open_fresh_demo
from star_desktop.models import Case
from star_desktop.storage.keys import KeyStore
from star_desktop.ui import case_import
from star_desktop.ui.app import make_app
from star_desktop.ui.cases_area import CasesArea
from star_desktop.ui.main_window import MainWindow

from .conftest import PASSPHRASE
from .test_case_import import bad_rows, good_rows, sheet


def _window(qtbot) -> MainWindow:
    make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.prompt_passphrase = lambda p, r: (PASSPHRASE, False)
    return w


def test_list_opens_a_case_and_comes_back(qapp, qtbot):
    w = _window(qtbot)
    w.open_team(open_fresh_demo("Demo", cases=60), add_recent=False)
    w.show_area("cases")
    area = w.workspace.areas["cases"]
    assert isinstance(area, CasesArea)
    model = area.list.model
    assert model.rowCount() > 0
    first = model.case_id(0)
    area.list.open_case.emit(first)
    assert area.stack.currentWidget() is area.view
    with w.team_file.session() as s:
        number = s.get(Case, first).case_number
    assert area.view.title.text() == f"Ärende {number}"
    area.mask.setChecked(True)
    assert area.view.mask_names
    area.view.back.emit()
    assert area.stack.currentWidget() is area.list
    assert area.list.selected_case_id() == first


def test_import_in_the_gui_all_or_nothing(qapp, qtbot, team_path, tmp_path, monkeypatch):
    w = _window(qtbot)
    assert w.open_file(team_path)
    area = w.workspace.areas["cases"]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    bad = sheet(tmp_path, bad_rows(), "fel.xlsx")
    ok, problems = case_import.import_sheet(area, w.team_file, bad)
    assert not ok and any(line.startswith("rad ") for line in problems)
    with w.team_file.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0

    good = sheet(tmp_path, good_rows(), "bra.xlsx")
    monkeypatch.setattr(case_import, "ask_sheet", lambda parent: good)
    assert area.import_cases()
    with w.team_file.session() as s:
        n = s.scalar(select(func.count()).select_from(Case))
    assert n == len(good_rows())
    assert shown == [f"Importerade {n} ärenden (0 fanns redan)."]
    assert area.list.model.rowCount() == n
    assert area.import_cases()  # the same sheet again: nothing new
    assert shown[-1] == f"Importerade 0 ärenden ({n} fanns redan)."


def test_template_from_the_gui_has_the_teams_parties(qapp, qtbot, team_path, tmp_path):
    import openpyxl

    w = _window(qtbot)
    assert w.open_file(team_path)
    area = w.workspace.areas["cases"]
    out = case_import.write_template(area, w.team_file, tmp_path / "mall.xlsx")
    wb = openpyxl.load_workbook(out)
    assert "Ärenden" in wb.sheetnames
    listed = {c.value for row in wb["Listor"].iter_rows() for c in row}
    assert "Arbetsförmedlingen" in listed
