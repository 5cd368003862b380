"""The data-protection tools as the main window offers them: the Inställningar tabs, automatic
backups on close and lock, restore from Arkiv, and passphrase change from Allmänt."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from star_desktop import preferences
from star_desktop import team_settings as ts
from star_desktop.models import Member
from star_desktop.storage.backup import list_backups
from star_desktop.storage.errors import PassphraseCancelled
from star_desktop.storage.keys import KeyStore
from star_desktop.storage.teamfile import open_team_file
from star_desktop.ui.app import make_app
from star_desktop.ui.main_window import MainWindow
from star_desktop.ui.rekey_dialog import ChangePassphraseDialog
from star_desktop.ui.restore_dialog import RestorePrompts

from .conftest import ACTOR, PASSPHRASE, in_modal_dialog, type_text

NEW = "sju blå kajaker på älven 83"


@pytest.fixture
def window(qapp, qtbot):
    make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.prompt_passphrase = lambda p, r: (PASSPHRASE, False)
    w.show()
    return w


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "säkerhetskopior"
    out.mkdir()
    return out


def _set_folder(window: MainWindow, folder: Path) -> None:
    with window.team_file.session() as s, s.begin():
        ts.set_value(s, ts.BACKUP_FOLDER, str(folder))


def _members(path: Path, passphrase: str = PASSPHRASE) -> int:
    tf = open_team_file(path, actor=ACTOR, ask_passphrase=lambda r: None if r else passphrase,
                        record_open=False)
    try:
        with tf.session() as s:
            return s.scalar(select(func.count()).select_from(Member))
    finally:
        tf.close()


def test_settings_has_a_tab_per_duty(window, team_path):
    assert window.open_file(team_path)
    tabs = window.workspace.areas["settings"].tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Allmänt", "Logg", "Gallring", "Säkerhetskopior"]


def test_closing_and_locking_make_a_backup(window, team_path, folder):
    assert window.open_file(team_path)
    _set_folder(window, folder)
    window.lock()
    assert len(list_backups(folder, window.team_file.file_id)) == 1
    window.unlock(PASSPHRASE)
    file_id = window.team_file.file_id
    window.close_file()
    backups = list_backups(folder, file_id)
    assert len(backups) == 2
    assert _members(backups[-1].path) == _members(team_path)


def test_a_lost_backup_folder_is_said_and_closing_goes_on(window, team_path, folder):
    assert window.open_file(team_path)
    _set_folder(window, folder / "borta")
    assert window.auto_backup() is None
    assert "kunde inte göras" in window.statusBar().currentMessage()
    window.close_file()
    assert window.team_file is None


def test_restore_from_the_menu_replaces_the_open_file_and_keeps_it(window, team_path, folder):
    assert window.open_file(team_path)
    _set_folder(window, folder)
    before = _members(team_path)
    window.close_file()  # the backup: the state before the change
    assert window.open_file(team_path)
    from star_desktop.team import service

    with window.team_file.session() as s, s.begin():
        party = service.parties(s)[0]
        service.add_member(s, service.MemberForm(
            name="Ny Ledamot", party_id=party.id, function="Handläggare", gender="woman",
            active_from="2025-01-01"))
    assert _members(team_path) == before + 1
    backup = list_backups(folder, window.team_file.file_id)[0].path
    asked: list[str] = []
    window.restore_prompts = RestorePrompts(
        choose_backup=lambda parent, start: backup,
        confirm=lambda parent, title, text: asked.append(text) or True,
        error=lambda parent, title, text: pytest.fail(text),
        info=lambda parent, title, text: None)
    window.act_restore.trigger()
    assert asked and "Nuvarande fil sparas som" in asked[0]
    assert "gallra igen" in asked[0]  # erasures made after the backup come back with it
    assert window.team_file is not None and window.team_file.path == team_path
    assert _members(team_path) == before
    kept = [p for p in team_path.parent.iterdir() if "före-återställning" in p.name]
    assert len(kept) == 1 and _members(kept[0]) == before + 1
    assert backup.exists()  # closing for the restore made no backup that could prune it


def test_change_passphrase_from_allmant(window, qtbot, team_path):
    assert window.open_file(team_path)
    general = window.workspace.areas["settings"].general

    def fill(dlg: ChangePassphraseDialog) -> None:
        type_text(qtbot, dlg.old, PASSPHRASE)
        type_text(qtbot, dlg.new, NEW)
        type_text(qtbot, dlg.repeat, NEW)
        dlg.submit()  # changes the passphrase, then the button says Stäng
        assert dlg.changed
        dlg.submit()

    problems = in_modal_dialog(ChangePassphraseDialog, fill)
    assert general.change_passphrase()
    assert problems == []
    window.close_file()
    assert _members(team_path, NEW) >= 0
    with pytest.raises(PassphraseCancelled):  # asked again after "Fel lösenfras"
        _members(team_path, PASSPHRASE)
