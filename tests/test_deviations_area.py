"""The Avvikelser area driven through real widgets (pytest-qt, offscreen), checked in the file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from sqlalchemy import select

from star_desktop.deviations import service
from star_desktop.deviations.service import DeviationForm
from star_desktop.models import (
    AuditAction,
    AuditEvent,
    Deviation,
    DeviationCategory,
    DeviationRaisedTo,
    DeviationStatus,
)
from star_desktop.ui.app import make_app
from star_desktop.ui.common import select_data
from star_desktop.ui.deviations_area import DeviationDialog, DeviationsArea

from .conftest import in_modal_dialog, type_text

TODAY = dt.date(2025, 6, 16)
GOOD_TEXT = "En aktualisering kom in utan underskriven samtyckesblankett."


@pytest.fixture
def app(qapp):
    return make_app()


@pytest.fixture
def area(app, qtbot, team_file) -> DeviationsArea:
    a = DeviationsArea(team_file, today=lambda: TODAY)
    qtbot.addWidget(a)
    a.resize(1100, 520)
    a.show()
    return a


def _save(qtbot, dlg: DeviationDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _in_dialog(qtbot, act) -> list[str]:  # noqa: ANN001 - act(dialog)
    """Run act(dialog) once the modal DeviationDialog is open; returns problems."""
    return in_modal_dialog(DeviationDialog, act)


def _cells(area: DeviationsArea, row: int) -> list[str]:
    return [area.model.data(area.model.index(row, c)) for c in range(area.model.columnCount())]


def _stored(team_file) -> list[Deviation]:
    with team_file.session() as s:
        return list(s.scalars(select(Deviation).order_by(Deviation.id)))


def _next_to_its_field(dlg: DeviationDialog, name: str) -> bool:
    """The message label sits in the same form row as its input, and is shown."""
    label = dlg.fields.labels[name]
    return label.isVisible() and label.parent() is dlg.inputs[name].parent()


def test_add_with_a_bad_input_then_a_good_one_then_resolve(area: DeviationsArea, qtbot,
                                                           team_file) -> None:
    assert area.findChild(QLabel, "area_title").text() == "Avvikelser"
    assert "personuppgifter" in area.findChild(QLabel, "deviations_hint").text()
    assert area.model.rowCount() == 0
    assert area.status.text().startswith("Inga avvikelser registrerade")
    assert not area.edit_button.isEnabled()

    def bad_then_good(dlg: DeviationDialog) -> None:
        assert dlg.windowTitle() == "Ny avvikelse"
        assert dlg.occurred_on.text() == TODAY.isoformat()  # today by default
        assert dlg.status.currentData() == DeviationStatus.OPEN.value
        # Every input has an accessible name and a label that is its buddy.
        form = dlg.findChild(QFormLayout)
        buddies = {form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().buddy()
                   for i in range(form.rowCount())}
        for name, w in dlg.inputs.items():
            assert w.accessibleName(), name
            assert w in buddies, name

        dlg.occurred_on.clear()
        type_text(qtbot, dlg.occurred_on, "2025-05-13")
        dlg.category.setFocus()
        select_data(dlg.category, DeviationCategory.CONSENT.value)
        type_text(qtbot, dlg.description, "Blanketten för 811218-1234 saknades.")
        select_data(dlg.raised_to, DeviationRaisedTo.LOCAL_STEERING_GROUP.value)
        _save(qtbot, dlg)
        # Refused: messages next to their fields, the dialog stays open, nothing saved.
        assert dlg.isVisible()
        assert dlg.fields.message("description").startswith(
            "Beskrivningen får inte innehålla personuppgifter: den innehåller något som "
            "liknar ett personnummer")
        assert dlg.fields.message("raised_on").startswith("Ange när avvikelsen lyftes")
        assert _next_to_its_field(dlg, "description")
        assert _next_to_its_field(dlg, "raised_on")
        assert dlg.fields.message("occurred_on") == ""
        assert dlg.focusWidget() is dlg.description  # the first wrong field
        assert _stored(team_file) == []

        dlg.description.clear()
        type_text(qtbot, dlg.description, GOOD_TEXT)
        type_text(qtbot, dlg.raised_on, "2025-05-20")
        _save(qtbot, dlg)

    problems = _in_dialog(qtbot, bad_then_good)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    assert problems == []

    [d] = _stored(team_file)
    assert (d.occurred_on, d.category, d.description, d.raised_to, d.raised_on, d.status,
            d.resolution, d.resolved_on) == (
        dt.date(2025, 5, 13), DeviationCategory.CONSENT, GOOD_TEXT,
        DeviationRaisedTo.LOCAL_STEERING_GROUP, dt.date(2025, 5, 20), DeviationStatus.OPEN,
        "", None)
    assert area.model.rowCount() == 1
    assert _cells(area, 0) == ["2025-05-13", "Samtycke", GOOD_TEXT,
                               "Lokal styrgrupp 2025-05-20", "Öppen", ""]
    assert area.selected() is not None and area.selected().id == d.id  # the new row
    assert area.edit_button.isEnabled()
    assert area.status.text() == "1 avvikelse visas: 1 öppna, 0 under åtgärd."

    # Enter on the row opens the change dialog; resolving needs a resolution and a date.
    def resolve(dlg: DeviationDialog) -> None:
        assert dlg.windowTitle() == "Ändra avvikelsen från 2025-05-13"
        assert dlg.description.toPlainText() == GOOD_TEXT
        assert dlg.raised_on.text() == "2025-05-20"
        select_data(dlg.status, DeviationStatus.RESOLVED.value)
        _save(qtbot, dlg)
        assert dlg.isVisible()
        assert dlg.fields.message("resolution") == "Beskriv hur avvikelsen åtgärdades."
        assert dlg.fields.message("resolved_on").startswith("Ange när avvikelsen åtgärdades")
        assert _next_to_its_field(dlg, "resolution")
        type_text(qtbot, dlg.resolution, "Rutinen för aktualisering har förtydligats.")
        type_text(qtbot, dlg.resolved_on, "2025-06-12")
        _save(qtbot, dlg)

    area.table.setFocus()
    problems = _in_dialog(qtbot, resolve)
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    assert problems == []

    [d] = _stored(team_file)
    assert (d.status, d.resolution, d.resolved_on, d.description) == (
        DeviationStatus.RESOLVED, "Rutinen för aktualisering har förtydligats.",
        dt.date(2025, 6, 12), GOOD_TEXT)
    assert _cells(area, 0)[4:] == ["Åtgärdad", "2025-06-12"]
    with team_file.session() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "deviation")
                                .order_by(AuditEvent.id)))
    assert [(e.action, e.entity_id) for e in events] == [
        (AuditAction.CREATED, d.id), (AuditAction.CHANGED, d.id)]
    assert events[1].detail == "fält: status, resolution, resolved_on"

    # The filters: by status and by year.
    area.status_filter.setCurrentIndex(area.status_filter.findText("öppna"))
    assert area.model.rowCount() == 0
    assert area.status.text() == "Inga avvikelser med det här urvalet."
    area.status_filter.setCurrentIndex(area.status_filter.findText("åtgärdade"))
    assert area.model.rowCount() == 1
    assert [area.year_filter.itemText(i) for i in range(area.year_filter.count())] == [
        "alla", "2025"]


def test_a_cancelled_dialog_saves_nothing(area: DeviationsArea, qtbot, team_file) -> None:
    def cancel(dlg: DeviationDialog) -> None:
        select_data(dlg.category, DeviationCategory.BUDGET.value)
        type_text(qtbot, dlg.description, "Kostnaden för tolk överstiger budgeten.")
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)

    problems = _in_dialog(qtbot, cancel)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert _stored(team_file) == []
    assert area.model.rowCount() == 0


def _register(team_file) -> list[int]:
    forms = [
        DeviationForm("2024-11-05", "team_attendance",
                      "Försäkringskassan har saknats vid tre teammöten i rad.",
                      "local_steering_group", "2024-11-12", "resolved",
                      "Ny ersättare utsedd; närvaron följs upp varje tertial.", "2025-01-20"),
        DeviationForm("2025-02-03", "staffing",
                      "Tjänsten som rehabkoordinator i psykiatrin var vakant i två månader.",
                      "local_steering_group", "2025-02-10", "in_progress",
                      "Rekrytering pågår.", ""),
        DeviationForm("2025-04-22", "steering_attendance",
                      "Styrgruppens möte saknade representant för två parter.",
                      "lansam", "2025-05-02", "open", "", ""),
        DeviationForm("2025-06-10", "other",
                      "Den digitala möteslänken fungerade inte vid ett teammöte, så två "
                      "parter kunde bara delta per telefon och ärendedragningen blev kortare "
                      "än planerat; kallelsen behöver en reservlänk.", "", "", "open", "", ""),
    ]
    with team_file.session() as s, s.begin():
        return [service.add_deviation(s, f, today=TODAY).id for f in forms]


def test_double_click_opens_the_change_dialog_once(area: DeviationsArea, qtbot, team_file,
                                                   monkeypatch) -> None:
    ids = _register(team_file)
    area.refresh()
    opened: list[int] = []
    monkeypatch.setattr(DeviationDialog, "exec",
                        lambda self: (opened.append(self.row.id), 0)[1])
    rect = area.table.visualRect(area.model.index(1, 1))
    # a real double-click starts with a press (QTest's DClick alone sends no press)
    qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a single click only selects
    qtbot.mouseDClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [ids[2]]  # newest first: row 1 is the third registered
    qtbot.mouseClick(area.edit_button, Qt.MouseButton.LeftButton)
    assert opened == [ids[2], ids[2]]


def test_year_filter_and_a_new_row_hidden_by_the_filters(area: DeviationsArea, qtbot,
                                                         team_file) -> None:
    _register(team_file)
    area.refresh()
    assert [area.year_filter.itemText(i) for i in range(area.year_filter.count())] == [
        "alla", "2025", "2024"]
    assert area.model.rowCount() == 4
    assert area.status.text() == "4 avvikelser visas: 2 öppna, 1 under åtgärd."
    area.year_filter.setCurrentIndex(area.year_filter.findText("2024"))
    assert [_cells(area, r)[0] for r in range(area.model.rowCount())] == ["2024-11-05"]

    # A new deviation the filters would hide: they widen so the saved row is shown.
    def add(dlg: DeviationDialog) -> None:
        select_data(dlg.category, DeviationCategory.BUDGET.value)
        type_text(qtbot, dlg.description, "Kostnaden för tolk överstiger budgeten.")
        _save(qtbot, dlg)

    problems = _in_dialog(qtbot, add)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert area.year_filter.currentText() == "alla"
    assert area.model.rowCount() == 5
    assert _cells(area, area.table.currentIndex().row())[:2] == ["2025-06-16", "Budget"]


def test_widgets_are_named_and_labelled_and_screenshot(area: DeviationsArea, qtbot,
                                                       team_file) -> None:
    _register(team_file)
    area.refresh()
    for name, kind in (("status_filter", QComboBox), ("year_filter", QComboBox)):
        w = area.findChild(kind, name)
        assert w is not None and w.accessibleName()
        assert any(lab.buddy() is w for lab in area.findChildren(QLabel))
    assert area.table.accessibleName() == "Avvikelser"
    assert area.findChild(type(area.new_button), "new_deviation").text() == "&Ny avvikelse…"
    assert area.findChild(type(area.edit_button), "edit_deviation").text() == "&Ändra…"
    long_row = [r for r in area.model.rows if r.description.startswith("Den digitala")][0]
    row = area.model.rows.index(long_row)
    shown = area.model.data(area.model.index(row, 2))
    assert shown.endswith("…") and len(shown) <= 140
    assert area.model.data(area.model.index(row, 2), Qt.ItemDataRole.ToolTipRole) == \
        long_row.description
    area.table.selectRow(1)
    assert area.grab().save("/tmp/deviations.png")

    dlg = DeviationDialog(area, team_file, area.selected(), lambda: TODAY)
    qtbot.addWidget(dlg)
    assert isinstance(dlg.description, QPlainTextEdit)
    assert isinstance(dlg.resolved_on, QLineEdit)
    dlg.resolved_on.setText("2025-06-01")
    dlg.show()
    _save(qtbot, dlg)
    assert dlg.fields.message("resolved_on") == (
        "Ett åtgärdsdatum anges bara när status är Åtgärdad.")
    assert dlg.grab().save("/tmp/deviation_dialog.png")


def test_ctrl_n_opens_a_new_deviation(area: DeviationsArea, qtbot) -> None:
    area.activateWindow()
    qtbot.waitActive(area)
    area.table.setFocus()
    seen: list[str] = []
    problems = _in_dialog(qtbot, lambda dlg: (seen.append(dlg.windowTitle()), dlg.reject()))
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen or problems), timeout=1000)
    assert problems == []
    assert seen == ["Ny avvikelse"]
