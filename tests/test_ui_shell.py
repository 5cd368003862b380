"""The application shell and the Team area, driven through real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import keyring
import keyring.backends.null
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from star_desktop import preferences
from star_desktop.models import AuditEvent, Body, Gender, Member
from star_desktop.storage.keys import KeyStore
from star_desktop.storage.teamfile import open_team_file
from star_desktop.team import service
from star_desktop.ui.app import make_app
from star_desktop.ui.file_dialogs import NewTeamFileDialog
from star_desktop.ui.main_window import AREAS, MainWindow
from star_desktop.ui.team_area import EndMembershipDialog, MemberDialog, TeamArea

from .conftest import ACTOR, PASSPHRASE, type_text


@pytest.fixture
def app(qapp):
    return make_app()


def _window(qtbot, prompt=None) -> MainWindow:
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    if prompt is not None:
        w.prompt_passphrase = prompt
    w.show()
    return w


def _never_asked(path, reason):
    raise AssertionError("the passphrase must not be asked for")


def _click_ok(qtbot, buttons: QDialogButtonBox, which=QDialogButtonBox.StandardButton.Ok):
    qtbot.mouseClick(buttons.button(which), Qt.MouseButton.LeftButton)


def _team_area(w: MainWindow) -> TeamArea:
    assert w.workspace is not None
    area = w.workspace.areas["team"]
    assert isinstance(area, TeamArea)
    return area


def test_every_area_is_reachable_and_says_what_it_is(app, qtbot, team_path):
    w = _window(qtbot, prompt=lambda p, r: (PASSPHRASE, False))
    assert w.open_file(team_path)
    assert w.windowTitle().startswith("Bräcke STAR")
    for i, (key, name) in enumerate(AREAS):
        w.show_area(key)
        assert w.workspace.stack.currentIndex() == i
        assert w.workspace.nav.item(i).text() == name
        assert w.workspace.stack.currentWidget().objectName() == f"area_{key}"


def test_reports_and_deviations_are_built_areas(app, qtbot, team_path):
    from star_desktop.ui.deviations_area import DeviationsArea
    from star_desktop.ui.reports_area import ReportsArea

    w = _window(qtbot, prompt=lambda p, r: (PASSPHRASE, False))
    assert w.open_file(team_path)
    reports = w.workspace.areas["reports"]
    assert isinstance(reports, ReportsArea) and reports.content is None
    w.show_area("reports")
    assert w.workspace.stack.currentWidget() is reports
    assert reports.content is not None and reports.content.team_name == "Bräcke STAR"
    assert isinstance(w.workspace.areas["deviations"], DeviationsArea)


def test_team_area_edit_save_close_reopen(app, qtbot, team_path):
    w = _window(qtbot, prompt=lambda p, r: (PASSPHRASE, False))
    assert w.open_file(team_path)
    area = _team_area(w)

    # The team's details: an empty name is refused next to the field, nothing saved.
    area.team_name.clear()
    qtbot.mouseClick(area.save_team_button, Qt.MouseButton.LeftButton)
    assert area.fields.message("name") == "Ange teamets namn."
    area.team_name.clear()
    type_text(qtbot, area.team_name, "Bräcke–Ragunda STAR")
    area.federation.clear()
    type_text(qtbot, area.federation, "Samordningsförbundet i Jämtlands län")
    qtbot.mouseClick(area.save_team_button, Qt.MouseButton.LeftButton)
    assert area.fields.message("name") == ""
    assert area.team_status.text() == "Sparat."
    assert w.windowTitle().startswith("Bräcke–Ragunda STAR")

    # A member with a bad e-mail and no gender: messages next to both fields, nothing saved.
    dlg = MemberDialog(area, w.team_file, None, area._principals())
    type_text(qtbot, dlg.name, "Karin Lund")
    dlg.party.setCurrentIndex(1)  # Arbetsförmedlingen
    type_text(qtbot, dlg.function, "Arbetsförmedlare")
    type_text(qtbot, dlg.email, "karin.lund@")
    _click_ok(qtbot, dlg.buttons, QDialogButtonBox.StandardButton.Save)
    assert dlg.fields.message("email") == "E-postadressen är inte giltig."
    assert dlg.fields.message("gender") == "Välj kön."
    assert dlg.result() != dlg.DialogCode.Accepted
    with w.team_file.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0

    type_text(qtbot, dlg.email, "example.se")
    dlg.gender.setCurrentIndex(dlg.gender.findData(Gender.WOMAN.value))
    _click_ok(qtbot, dlg.buttons, QDialogButtonBox.StandardButton.Save)
    assert dlg.result() == dlg.DialogCode.Accepted
    area.reload_members()
    assert [r.name for r in area.model.rows] == ["Karin Lund"]
    karin = area.model.rows[0]

    # A substitute for her, then a steering-group member.
    sub = MemberDialog(area, w.team_file, None, area._principals())

    type_text(qtbot, sub.name, "Per Ek")
    sub.party.setCurrentIndex(1)
    sub.gender.setCurrentIndex(sub.gender.findData(Gender.MAN.value))
    sub.substitute_for.setCurrentIndex(sub.substitute_for.findData(karin.id))
    sub.active_from.clear()
    type_text(qtbot, sub.active_from, "2025-02-30")
    _click_ok(qtbot, sub.buttons, QDialogButtonBox.StandardButton.Save)
    assert sub.fields.message("active_from") == "2025-02-30 är inget giltigt datum."
    sub.active_from.clear()
    type_text(qtbot, sub.active_from, "2025-02-03")
    _click_ok(qtbot, sub.buttons, QDialogButtonBox.StandardButton.Save)
    assert sub.result() == sub.DialogCode.Accepted
    area.reload_members()
    names = [(r.name, r.substitute_for) for r in area.model.rows]
    assert names == [("Karin Lund", ""), ("Per Ek", "Karin Lund")]

    # End Per's membership: hidden by default, shown with "Visa avslutade".
    area.select_member(area.model.rows[1].id)
    end = EndMembershipDialog(area, area.selected_member())

    end.date.clear()
    type_text(qtbot, end.date, "2025-01-01")
    _click_ok(qtbot, end.findChild(QDialogButtonBox))
    assert "före startdatum" in end.fields.message("end_date")
    end.date.clear()
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    type_text(qtbot, end.date, yesterday)
    _click_ok(qtbot, end.findChild(QDialogButtonBox))
    with w.team_file.session() as s, s.begin():
        service.deactivate_member(s, area.model.rows[1].id, end.end_date)
    area.reload_members()
    assert [r.name for r in area.model.rows] == ["Karin Lund"]
    area.show_ended.setChecked(True)
    assert [r.name for r in area.model.rows] == ["Karin Lund", "Per Ek"]

    # Close the app and open the file again: everything is there.
    w.close()
    tf = open_team_file(team_path, actor=ACTOR, ask_passphrase=lambda r: PASSPHRASE)
    try:
        with tf.session() as s:
            team = service.get_team(s)
            assert team.name == "Bräcke–Ragunda STAR"
            assert team.federation == "Samordningsförbundet i Jämtlands län"
            rows = {m.name: m for m in service.members(s)}
            assert rows["Karin Lund"].email == "karin.lund@example.se"
            assert rows["Karin Lund"].body == Body.TEAM
            assert rows["Per Ek"].substitute_for_id == rows["Karin Lund"].id
            assert rows["Per Ek"].active_to.isoformat() == yesterday
            # Every change is in the audit log, naming fields but not their values.
            details = [e.detail for e in s.scalars(select(AuditEvent))]
            assert any("federation" in d for d in details)
            assert not any("karin.lund@example.se" in d for d in details)
    finally:
        tf.close()


def _fill_new_file_dialog(qtbot, path: Path, *, passphrase=PASSPHRASE, remember=True):
    def fill() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, NewTeamFileDialog)
        type_text(qtbot, dlg.name, "Bräcke STAR")
        type_text(qtbot, dlg.municipality, "Bräcke")
        dlg.path.setText(str(path))
        type_text(qtbot, dlg.passphrase, passphrase)
        type_text(qtbot, dlg.repeat, passphrase)
        dlg.remember.setChecked(remember)
        _click_ok(qtbot, dlg.buttons)

    QTimer.singleShot(0, fill)


def test_new_file_remembered_opens_without_prompt_then_asks_on_another_computer(
        app, qtbot, tmp_path, memory_keyring):
    path = tmp_path / "Bräcke STAR.star"
    w = _window(qtbot)
    _fill_new_file_dialog(qtbot, path)
    assert w.new_file()
    assert path.exists()
    area = _team_area(w)
    with w.team_file.session() as s, s.begin():
        af = service.parties(s)[0].id
        service.add_member(s, service.MemberForm(name="Karin Lund", party_id=af, gender="woman",
                                                 active_from="2025-01-01"))
    area.reload_members()
    w.close()
    assert len(memory_keyring.store) == 1
    assert PASSPHRASE not in next(iter(memory_keyring.store.values()))

    # Same computer: opening asks nothing.
    w2 = _window(qtbot, prompt=_never_asked)
    assert w2.open_file(path)
    assert [r.name for r in _team_area(w2).model.rows] == ["Karin Lund"]
    assert w2.team_file.key_source == "keyring"
    w2.close()

    # Another computer (no keyring entry): the passphrase is asked for, once.
    keyring.set_keyring(keyring.backends.null.Keyring())
    asked: list[str | None] = []
    w3 = _window(qtbot, prompt=lambda p, r: (asked.append(r), (PASSPHRASE, False))[1])
    assert w3.open_file(path)
    assert asked == [None]
    assert w3.team_file.key_source == "passphrase"


def test_wrong_passphrase_asks_again_with_reason(app, qtbot, team_path):
    answers = iter(["fel fras helt och hållet", PASSPHRASE])
    reasons: list[str | None] = []
    w = _window(qtbot, prompt=lambda p, r: (reasons.append(r), (next(answers), False))[1])
    assert w.open_file(team_path)
    assert reasons == [None, "Fel lösenfras. Försök igen."]


def test_open_errors_are_shown_and_file_untouched(app, qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    bogus = tmp_path / "anteckningar.star"
    bogus.write_text("inte en teamfil\n", encoding="utf-8")
    before = bogus.read_bytes()
    w = _window(qtbot, prompt=_never_asked)
    assert not w.open_file(bogus)
    assert shown == ["Filen är en textfil, inte en STAR-teamfil."]
    assert bogus.read_bytes() == before
    assert w.team_file is None

    missing = tmp_path / "borta.star"
    w.prefs.add_recent(missing)
    assert not w.open_file(missing)
    assert "finns inte" in shown[-1]
    assert str(missing.resolve()) not in w.prefs.recent_files


def test_cancelled_passphrase_opens_nothing(app, qtbot, team_path):
    w = _window(qtbot, prompt=lambda p, r: None)
    assert not w.open_file(team_path)
    assert w.team_file is None
    assert w.stack.currentWidget() is w.start_page


def test_new_file_dialog_messages_next_to_fields(app, qtbot, tmp_path):
    dlg = NewTeamFileDialog(None, tmp_path, keyring_usable=False)
    qtbot.addWidget(dlg)
    assert not dlg.remember.isEnabled()
    _click_ok(qtbot, dlg.buttons)
    assert dlg.fields.message("name") == "Ange teamets namn."
    assert dlg.fields.message("passphrase") == "Ange en lösenfras."
    type_text(qtbot, dlg.name, "Bräcke STAR")
    assert dlg.path.text() == str(tmp_path / "Bräcke STAR.star")
    type_text(qtbot, dlg.passphrase, "kort")
    assert "minst 12 tecken" in dlg.fields.message("passphrase")
    dlg.passphrase.clear()
    type_text(qtbot, dlg.passphrase, PASSPHRASE)
    type_text(qtbot, dlg.repeat, PASSPHRASE + "x")
    _click_ok(qtbot, dlg.buttons)
    assert dlg.fields.message("repeat") == "Lösenfraserna är inte lika."
    (tmp_path / "Bräcke STAR.star").write_bytes(b"")
    dlg.repeat.clear()
    type_text(qtbot, dlg.repeat, PASSPHRASE)
    _click_ok(qtbot, dlg.buttons)
    assert dlg.fields.message("path") == "Det finns redan en fil med det namnet."
    assert dlg.result_request is None


def test_recent_files_hold_paths_only(app, qtbot, team_path, tmp_path):
    w = _window(qtbot, prompt=lambda p, r: (PASSPHRASE, False))
    assert w.open_file(team_path)
    w.close()
    saved = (tmp_path / "config" / "preferences.json").read_text(encoding="utf-8")
    assert "Bräcke STAR.star" in saved
    assert PASSPHRASE not in saved
    w2 = _window(qtbot)
    assert w2.start_page.recent.count() == 1
    assert w2.start_page.recent.item(0).text() == "Bräcke STAR"


def test_settings_area_remembers_and_forgets_the_key(app, qtbot, team_path, memory_keyring):
    w = _window(qtbot, prompt=lambda p, r: (PASSPHRASE, False))
    assert w.open_file(team_path)
    w.show_area("settings")
    settings = w.workspace.areas["settings"].general
    assert settings.remember_button.isEnabled() and not settings.forget_button.isEnabled()
    qtbot.mouseClick(settings.remember_button, Qt.MouseButton.LeftButton)
    assert "Sparad i datorns nyckelring" in settings.key_label.text()
    assert len(memory_keyring.store) == 1
    qtbot.mouseClick(settings.forget_button, Qt.MouseButton.LeftButton)
    assert memory_keyring.store == {}
    assert "Inte sparad" in settings.key_label.text()


def test_a_double_click_on_a_member_opens_one_dialog(app, qtbot, team_path, monkeypatch):
    w = _window(qtbot, prompt=lambda p, r: (PASSPHRASE, False))
    assert w.open_file(team_path)
    area = _team_area(w)
    with w.team_file.session() as s, s.begin():
        af = service.parties(s)[0]
        service.add_member(s, service.MemberForm(name="Eva Ek", party_id=af.id,
                                                 gender="woman", active_from="2025-01-01"))
    area.reload_members()
    opened = []
    monkeypatch.setattr(area, "edit_member", lambda: opened.append(1))
    w.show_area("team")
    table = area.table
    rect = table.visualRect(table.model().index(0, 0))
    view, left, at = table.viewport(), Qt.MouseButton.LeftButton, rect.center()
    qtbot.mousePress(view, left, pos=at)  # a real double-click: press, release, double, release
    qtbot.mouseRelease(view, left, pos=at)
    qtbot.mouseDClick(view, left, pos=at)
    qtbot.mouseRelease(view, left, pos=at)
    assert opened == [1]
