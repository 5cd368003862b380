"""The Gallring tab: the rule with messages next to its fields, the preview, the erasure."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from star_desktop import team_settings as ts
from star_desktop.dataprotection import retention
from star_desktop.models import (
    AuditAction,
    AuditEvent,
    Participant,
    ParticipantIdentity,
    Setting,
)
from star_desktop.ui.app import make_app
from star_desktop.ui.retention_panel import RetentionPanel

from .conftest import in_modal_dialog, type_text

GENERATED_ON = dt.date(2025, 6, 15)
LATER = dt.date(2027, 3, 1)


@pytest.fixture
def team(demo_team):
    return demo_team(cases=120, seed=8, today=GENERATED_ON)


@pytest.fixture
def panel(qapp, qtbot, team) -> RetentionPanel:
    make_app()
    p = RetentionPanel(team, today=lambda: LATER)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    return p


def _set(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.clear()
    type_text(qtbot, edit, text)


def _click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer(qtbot, text: str) -> list[str]:  # noqa: ANN001
    """Press the confirmation's button labelled ``text`` once it opens."""
    def act(box: QMessageBox) -> None:
        assert "går inte att ångra" in box.informativeText()
        assert "deltagare" in box.text()
        button = next(b for b in box.buttons() if b.text() == text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return in_modal_dialog(QMessageBox, act)


def _settings_and_changes(tf) -> tuple[dict[str, str], int]:  # noqa: ANN001
    with tf.session() as s:
        rows = {r.key: r.value for r in s.scalars(select(Setting))}
        n = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == "setting"))
    return rows, n


def test_a_bad_month_value_is_shown_next_to_its_field_and_nothing_is_saved(qtbot, panel, team):
    assert panel.closed_months.text() == "60" and panel.other_months.text() == "24"
    before = _settings_and_changes(team)
    _set(qtbot, panel.closed_months, "36")
    _set(qtbot, panel.other_months, "tolv")
    _click(qtbot, panel.save_button)
    assert panel.fields.message(ts.RETENTION_OTHER_MONTHS.key) == \
        "Skriv ett heltal mellan 1 och 600."
    assert panel.fields.message(ts.RETENTION_CLOSED_MONTHS.key) == ""
    assert panel.focusWidget() is panel.other_months
    _set(qtbot, panel.other_months, "0")
    qtbot.keyClick(panel.other_months, Qt.Key.Key_Return)
    assert panel.fields.message(ts.RETENTION_OTHER_MONTHS.key) == \
        "Ange ett värde mellan 1 och 600."
    assert _settings_and_changes(team) == before  # the good value was not saved either
    _set(qtbot, panel.other_months, "12")
    _click(qtbot, panel.save_button)
    assert panel.fields.message(ts.RETENTION_OTHER_MONTHS.key) == ""
    assert panel.save_status.text() == "Sparat."
    with team.session() as s:
        assert ts.get_int(s, ts.RETENTION_CLOSED_MONTHS) == 36
        assert ts.get_int(s, ts.RETENTION_OTHER_MONTHS) == 12


def test_preview_then_erase_after_the_confirmation(qtbot, panel, team):
    assert not panel.erase_button.isEnabled()
    _set(qtbot, panel.closed_months, "12")
    _set(qtbot, panel.other_months, "12")
    _click(qtbot, panel.save_button)
    _click(qtbot, panel.preview_button)
    with team.session() as s:
        expected = retention.preview(s, LATER)
        identities = s.scalar(select(func.count()).select_from(ParticipantIdentity))
    assert expected.participants >= 10
    assert panel.model.rowCount() == len(expected.items)
    first = expected.items[0]
    cells = [panel.model.data(panel.model.index(0, col)) for col in range(4)]
    assert cells == [", ".join(first.case_numbers),
                     first.rule_label if first.participant_id else "Generell konsultation",
                     first.due_on.isoformat(), ", ".join(first.fields)]
    assert f"{expected.participants} deltagare" in panel.summary.text()
    assert panel.erase_button.isEnabled()

    # Cancelled: nothing erased, the preview stays.
    problems = _answer(qtbot, "Avbryt")
    _click(qtbot, panel.erase_button)
    assert problems == []
    assert panel.status.text() == "Inget gallrades."
    with team.session() as s:
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == identities

    problems = _answer(qtbot, "Gallra")
    _click(qtbot, panel.erase_button)
    assert problems == []
    assert panel.status.text().startswith(
        f"Gallrat {LATER.isoformat()}: {expected.participants} deltagare och "
        f"{expected.general_consultations} generella konsultationer")
    assert not panel.erase_button.isEnabled() and panel.model.rowCount() == 0
    with team.session() as s:
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == \
            identities - expected.participants
        for item in expected.items:
            if item.participant_id is not None:
                p = s.get(Participant, item.participant_id)
                assert p.identity is None and p.identifiers_erased_at is not None
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == AuditAction.ERASED)) == len(expected.items)
    # Previewing again finds nothing to erase; the button stays off.
    _click(qtbot, panel.preview_button)
    assert panel.model.rowCount() == 0 and not panel.erase_button.isEnabled()
    assert panel.summary.text().startswith("Inget att gallra")


def test_a_rule_changed_elsewhere_after_the_preview_is_refused(qtbot, panel, team):
    _set(qtbot, panel.other_months, "6")
    _click(qtbot, panel.save_button)
    _click(qtbot, panel.preview_button)
    assert panel.erase_button.isEnabled()
    with team.session() as s, s.begin():
        ts.set_value(s, ts.RETENTION_OTHER_MONTHS, 20)
        identities = s.scalar(select(func.count()).select_from(ParticipantIdentity))
    problems = _answer(qtbot, "Gallra")
    _click(qtbot, panel.erase_button)
    assert problems == []
    assert "Förhandsgranska igen" in panel.status.text()
    assert not panel.erase_button.isEnabled()
    with team.session() as s:
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == identities
    # Saving the rule here also drops a preview taken under the old one.
    _click(qtbot, panel.preview_button)
    assert panel.erase_button.isEnabled()
    _click(qtbot, panel.save_button)
    assert not panel.erase_button.isEnabled() and panel.model.rowCount() == 0


def test_every_control_is_named_and_reachable_by_keyboard(panel):
    for name in ("retention_closed_months", "retention_other_months", "save_retention",
                 "preview_retention", "erase_retention", "retention_table"):
        w = panel.findChild(object, name)
        assert w is not None, name
        assert w.accessibleName() or w.text(), name
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, name
    assert panel.closed_months.accessibleName() == "Månader efter avslutat ärende"
