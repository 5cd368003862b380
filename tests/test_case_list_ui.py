"""The case list widget, driven like a coordinator would: typing, combos, header clicks, keys.

One 300-case demo team per module (a real encrypted file); every widget is checked against
``search_ids`` on the same file, so these tests are about the widget, not the search rules
(``test_case_query.py`` checks those against an oracle).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit

from star_desktop.cases.query import CaseFilter, fetch_rows, search_ids
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.models import AuditAction, AuditEvent, CaseKind, CaseState, Gender
from star_desktop.storage.teamfile import TeamFile, open_team_file
from star_desktop.ui.case_list import CaseListWidget, CaseTableModel, count_text
from tests.conftest import type_text

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamFile]:
    path = tmp_path_factory.mktemp("case-ui") / "demo-300.star"
    generate_demo(path, cases=300, seed=2, today=TODAY)
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    yield tf
    tf.close()


@pytest.fixture
def widget(qtbot, team: TeamFile) -> CaseListWidget:  # noqa: ANN001
    w = CaseListWidget(team, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1400, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def expected(team: TeamFile, sort: str = "raised_on", descending: bool = True,
             **filters: object) -> list[int]:
    with team.connect() as conn:
        return search_ids(conn, CaseFilter(today=TODAY, **filters), sort, descending)


def rows(team: TeamFile, ids: list[int]) -> dict:
    with team.connect() as conn:
        return fetch_rows(conn, ids, today=TODAY)


def select_data(combo: QComboBox, value: object) -> None:
    idx = combo.findData(value)
    assert idx >= 0, value
    combo.setCurrentIndex(idx)


# --- the list as it opens -----------------------------------------------------------------------


def test_opens_with_every_case_newest_first(widget: CaseListWidget, team: TeamFile) -> None:
    assert widget.model.ids() == expected(team)
    assert widget.model.rowCount() == 300
    assert widget.count_label.text() == "300 ärenden"
    assert widget.search_field.placeholderText() == "Sök namn, personnummer eller ärendenummer"
    header = widget.table.horizontalHeader()
    assert header.sortIndicatorSection() == widget.model.column_of("raised_on")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_rows_are_read_lazily_a_block_at_a_time(widget: CaseListWidget, team: TeamFile) -> None:
    m = widget.model
    assert 0 < len(m._cache) <= CaseTableModel.BLOCK  # only the visible block was read
    fetches = m.fetches
    first = m.case_row(0)
    assert m.fetches == fetches  # cached
    assert first is not None and first.id == m.ids()[0]
    last = m.case_row(299)
    assert m.fetches == fetches + 1 and last is not None and last.id == m.ids()[299]
    assert len(m._cache) <= 2 * CaseTableModel.BLOCK


def test_cells_show_the_row(widget: CaseListWidget, team: TeamFile) -> None:
    m = widget.model
    cid = m.ids()[0]
    r = rows(team, [cid])[cid]
    text = {key: m.data(m.index(0, col)) for col, (key, _h) in enumerate(m.COLUMNS)}
    assert text["case_number"] == r.case_number
    assert text["raised_on"] == r.raised_on.isoformat()
    assert text["state"] == r.state.label
    assert m.data(m.index(0, 0), Qt.ItemDataRole.UserRole) == cid


def test_count_label_wording() -> None:
    assert count_text(0) == "0 ärenden"
    assert count_text(1) == "1 ärende"
    assert count_text(1234) == "1 234 ärenden"
    assert count_text(20000) == "20 000 ärenden"


def test_inputs_have_accessible_names_and_buddies(widget: CaseListWidget) -> None:
    inputs = widget.findChildren(QComboBox) + widget.findChildren(QLineEdit)
    buddies = {label.buddy() for label in widget.findChildren(QLabel) if label.buddy()}
    for w in inputs:
        if w.parent() is not None and isinstance(w.parent(), QComboBox):
            continue  # a combo's own line edit
        assert w.accessibleName(), w.objectName()
        assert w in buddies, w.objectName()
    assert widget.table.accessibleName() == "Ärenden"


# --- searching and filtering --------------------------------------------------------------------


def test_typing_filters_after_the_debounce(qtbot, widget: CaseListWidget,  # noqa: ANN001
                                           team: TeamFile) -> None:
    cid = widget.model.ids()[5]
    r = rows(team, [cid])[cid]
    assert r.name
    widget.search_field.setFocus()
    type_text(qtbot, widget.search_field, r.name)
    assert widget.model.rowCount() == 300  # not yet: the search waits for a pause in typing
    want = expected(team, text=r.name)
    qtbot.waitUntil(lambda: widget.model.ids() == want, timeout=2000)
    assert cid in widget.model.ids()
    assert widget.count_label.text() == count_text(len(want))


def test_typing_swedish_letters(qtbot, widget: CaseListWidget, team: TeamFile) -> None:  # noqa: ANN001
    with team.connect() as conn:
        names = [r.name for r in fetch_rows(conn, expected(team), today=TODAY).values()]
    word = next(w for n in names for w in n.split() if w[0] in "ÅÄÖ")
    needle = word.lower()
    type_text(qtbot, widget.search_field, needle)
    want = expected(team, text=needle)
    assert want
    qtbot.waitUntil(lambda: widget.model.ids() == want, timeout=2000)
    assert widget.search_field.text() == needle


def test_personnummer_and_case_number_search(qtbot, widget: CaseListWidget,  # noqa: ANN001
                                             team: TeamFile) -> None:
    cid = next(i for i, r in rows(team, expected(team)).items() if r.personnummer)
    r = rows(team, [cid])[cid]
    qtbot.keyClicks(widget.search_field, r.case_number)
    qtbot.waitUntil(lambda: widget.model.ids() == [cid], timeout=2000)
    widget.search_field.clear()
    qtbot.keyClicks(widget.search_field, r.personnummer[:8])  # the birth date
    want = expected(team, text=r.personnummer[:8])
    qtbot.waitUntil(lambda: widget.model.ids() == want, timeout=2000)
    assert cid in want


def test_enter_in_the_search_field_searches_at_once(qtbot, widget: CaseListWidget,  # noqa: ANN001
                                                    team: TeamFile) -> None:
    widget.search_field.setText("sson")
    qtbot.keyClick(widget.search_field, Qt.Key.Key_Return)
    assert widget.model.ids() == expected(team, text="sson")


@pytest.mark.parametrize(("combo_name", "value", "filters"), [
    ("state_combo", "ongoing", {"states": {CaseState.ONGOING}}),
    ("state_combo", "active",
     {"states": {CaseState.ACCEPTED, CaseState.WAITING, CaseState.PLANNED, CaseState.ONGOING}}),
    ("kind_combo", "consultation", {"kinds": {CaseKind.CONSULTATION}}),
    ("gender_combo", "woman", {"gender": Gender.WOMAN}),
    ("follow_up_combo", "overdue", {"follow_up": "overdue"}),
    ("follow_up_combo", "due", {"follow_up": "due"}),
])
def test_combos_filter_at_once(widget: CaseListWidget, team: TeamFile, combo_name: str,
                               value: object, filters: dict) -> None:
    select_data(getattr(widget, combo_name), value)
    want = expected(team, **filters)
    assert widget.model.ids() == want
    assert widget.count_label.text() == count_text(len(want))


def test_party_combos_and_carrier_name(qtbot, widget: CaseListWidget,  # noqa: ANN001
                                       team: TeamFile) -> None:
    pid = widget.referring_combo.itemData(2)
    widget.referring_combo.setCurrentIndex(2)
    assert widget.model.ids() == expected(team, referring_party_id=pid)
    carrier = widget.carrier_combo.itemData(5)
    widget.carrier_combo.setCurrentIndex(5)
    want = expected(team, referring_party_id=pid, carrier_party_id=carrier)
    assert widget.model.ids() == want
    widget.clear_filters()
    qtbot.keyClicks(widget.carrier_name_field, "an")
    want = expected(team, carrier_name="an")
    qtbot.waitUntil(lambda: widget.model.ids() == want, timeout=2000)


def test_clear_filters(qtbot, widget: CaseListWidget, team: TeamFile) -> None:  # noqa: ANN001
    select_data(widget.state_combo, "closed")
    widget.search_field.setText("an")
    widget.apply_filter()
    assert widget.model.rowCount() < 300
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.search_field.text() == "" and widget.state_combo.currentIndex() == 0
    assert widget.model.ids() == expected(team)
    assert widget.count_label.text() == "300 ärenden"


def test_overdue_follow_ups_are_marked(widget: CaseListWidget, team: TeamFile) -> None:
    select_data(widget.follow_up_combo, "overdue")
    m = widget.model
    col = m.column_of("next_follow_up")
    assert m.rowCount() > 0
    r = m.case_row(0)
    assert r is not None and r.overdue
    idx = m.index(0, col)
    assert m.data(idx) == f"{r.next_follow_up.isoformat()} (försenad)"
    assert m.data(idx, Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert "försenad" in m.data(idx, Qt.ItemDataRole.ToolTipRole)
    # a case not overdue has no colour
    widget.follow_up_combo.setCurrentIndex(0)
    plain = next(row for row in range(m.rowCount()) if not m.case_row(row).overdue)
    assert m.data(m.index(plain, col), Qt.ItemDataRole.ForegroundRole) is None


# --- sorting ------------------------------------------------------------------------------------


def _click_header(qtbot, widget: CaseListWidget, col: int) -> None:  # noqa: ANN001
    header = widget.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


@pytest.mark.parametrize("key", ["name", "case_number", "state", "next_follow_up", "carrier"])
def test_header_click_sorts_in_sql(qtbot, widget: CaseListWidget, team: TeamFile,  # noqa: ANN001
                                   key: str) -> None:
    col = widget.model.column_of(key)
    header = widget.table.horizontalHeader()
    _click_header(qtbot, widget, col)
    assert header.sortIndicatorSection() == col
    first = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert widget.model.ids() == expected(team, key, first)
    _click_header(qtbot, widget, col)
    assert widget.model.ids() == expected(team, key, not first)


def test_sorting_keeps_the_filter_and_the_selection(qtbot, widget: CaseListWidget,  # noqa: ANN001
                                                    team: TeamFile) -> None:
    select_data(widget.state_combo, "ongoing")
    cid = widget.model.ids()[7]
    assert widget.select_case(cid)
    _click_header(qtbot, widget, widget.model.column_of("name"))
    assert set(widget.model.ids()) == set(expected(team, states={CaseState.ONGOING}))
    assert widget.selected_case_id() == cid


# --- opening, selecting, refreshing -------------------------------------------------------------


def test_double_click_opens_the_case(qtbot, widget: CaseListWidget) -> None:  # noqa: ANN001
    m = widget.model
    idx = m.index(3, 1)
    rect = widget.table.visualRect(idx)
    opened: list[int] = []
    widget.open_case.connect(opened.append)
    with qtbot.waitSignal(widget.open_case, timeout=1000) as sig:
        # a real double-click starts with a press (QTest's DClick alone sends no press)
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert sig.args == [m.ids()[3]]
    assert opened == [m.ids()[3]]  # once, not twice


def test_enter_opens_the_selected_case(qtbot, widget: CaseListWidget) -> None:  # noqa: ANN001
    widget.table.setFocus()
    widget.select_case(widget.model.ids()[10])
    with qtbot.waitSignal(widget.open_case, timeout=1000) as sig:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert sig.args == [widget.model.ids()[10]]


def test_down_arrow_goes_from_search_to_the_list(qtbot, widget: CaseListWidget) -> None:  # noqa: ANN001
    widget.search_field.setFocus()
    qtbot.keyClick(widget.search_field, Qt.Key.Key_Down)
    assert widget.selected_case_id() == widget.model.ids()[0]


def test_select_case_and_refresh_keep_the_selection(widget: CaseListWidget,
                                                    team: TeamFile) -> None:
    cid = widget.model.ids()[250]
    assert widget.select_case(cid)
    assert widget.selected_case_id() == cid
    widget.refresh()
    assert widget.selected_case_id() == cid
    assert widget.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    select_data(widget.kind_combo, "general_consultation")
    assert not widget.select_case(next(i for i in expected(team, kinds={CaseKind.CONSULTATION})))


def test_refresh_sees_new_data(qtbot, team: TeamFile, tmp_path: Path) -> None:  # noqa: ANN001
    from star_desktop.cases import process
    from star_desktop.models import Party

    copy = tmp_path / "kopia.star"
    shutil.copyfile(team.path, copy)
    tf = open_team_file(copy, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        widget = CaseListWidget(tf, today=TODAY)
        qtbot.addWidget(widget)
        selected = widget.model.ids()[40]
        widget.select_case(selected)
        with tf.session() as s, s.begin():
            party = s.query(Party).first()
            case = process.raise_case(s, process.RaiseForm(
                kind=CaseKind.GENERAL_CONSULTATION, subject="Fråga om arbetsträning",
                referring_party_id=party.id, raised_on=TODAY), today=TODAY)
            new_id = case.id
        assert new_id not in widget.model.ids()
        widget.refresh()
        assert widget.model.ids()[0] == new_id
        assert widget.count_label.text() == "301 ärenden"
        assert widget.selected_case_id() == selected
    finally:
        tf.close()


def test_mask_names_shows_initials_and_hides_personnummer(widget: CaseListWidget) -> None:
    m = widget.model
    row = next(i for i in range(m.rowCount()) if m.case_row(i).name
               and not m.case_row(i).identity_erased)
    r = m.case_row(row)
    name_col, pnr_col = m.column_of("name"), m.column_of("personnummer")
    assert m.data(m.index(row, name_col)) == r.name
    widget.set_mask_names(True)
    assert m.data(m.index(row, name_col)) == r.initials
    assert r.initials and r.name not in m.data(m.index(row, name_col))
    assert m.data(m.index(row, pnr_col)) == ""
    assert widget.table.isColumnHidden(pnr_col)
    assert m.headerData(name_col, Qt.Orientation.Horizontal) == "Initialer"
    widget.set_mask_names(False)
    assert m.data(m.index(row, name_col)) == r.name
    assert not widget.table.isColumnHidden(pnr_col)


# --- export -------------------------------------------------------------------------------------


def test_export_button_writes_the_filtered_sorted_list(qtbot, widget: CaseListWidget,  # noqa: ANN001
                                                       team: TeamFile, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    select_data(widget.state_combo, "closed")
    _click_header(qtbot, widget, widget.model.column_of("case_number"))
    ids = widget.model.ids()
    target = tmp_path / "ärendelista.xlsx"
    asked: list[int] = []

    def privacy(count: int) -> str:
        asked.append(count)
        return "case"

    monkeypatch.setattr(widget, "_ask_privacy", privacy)
    monkeypatch.setattr(widget, "_ask_export_path", lambda: target)
    qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert asked == [len(ids)]
    assert target.exists()
    sheet = openpyxl.load_workbook(target).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Ärendenummer"
    numbers = {r.id: r.case_number for r in rows(team, ids).values()}
    assert [v[0] for v in values[1:]] == [numbers[i] for i in ids]
    assert "exporterades" in widget.status.text()
    with team.session() as s:
        event = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert event.action == AuditAction.EXPORTED and str(len(ids)) in event.detail


def test_export_cancelled_writes_nothing(qtbot, widget: CaseListWidget, tmp_path: Path,  # noqa: ANN001
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(widget, "_ask_privacy", lambda count: "case")
    monkeypatch.setattr(widget, "_ask_export_path", lambda: None)
    assert widget.export_list() is None
    monkeypatch.setattr(widget, "_ask_privacy", lambda count: None)
    monkeypatch.setattr(widget, "_ask_export_path",
                        lambda: pytest.fail("no path is asked after a cancel"))
    assert widget.export_list() is None
    assert not list(tmp_path.glob("*.xlsx"))


def test_privacy_dialog_defaults_to_case_numbers_only(qtbot, widget: CaseListWidget) -> None:  # noqa: ANN001
    from star_desktop.ui.case_list import ExportPrivacyDialog

    dlg = ExportPrivacyDialog(widget, 12)
    qtbot.addWidget(dlg)
    assert dlg.privacy() == "case"
    dlg.buttons_by_key["full"].setChecked(True)
    assert dlg.privacy() == "full"


def test_tab_goes_through_the_filters_to_the_list(qtbot, widget: CaseListWidget) -> None:  # noqa: ANN001
    order = [widget.search_field]
    w = widget.search_field
    for _ in range(10):
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisible():
            w = w.nextInFocusChain()
        order.append(w)
    names = [x.objectName() for x in order]
    assert names[:8] == ["case_search", "filter_state", "filter_kind", "filter_referring_party",
                         "filter_carrier_party", "filter_carrier_name", "filter_gender",
                         "filter_follow_up"]
    assert names.index("cases") < names.index("export_cases")
