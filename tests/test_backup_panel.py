"""The Säkerhetskopior panel, the restore flow of Arkiv → Återställ från säkerhetskopia… and the
Byt lösenfras dialog, driven as a coordinator would, with the files checked afterwards."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from star_desktop import team_settings as ts
from star_desktop.models import AuditEvent, Case
from star_desktop.storage.backup import list_backups, make_backup
from star_desktop.storage.keys import KeyStore, derive_key
from star_desktop.storage.teamfile import NewTeam, create_team_file, open_team_file
from star_desktop.ui.backup_panel import BackupPanel
from star_desktop.ui.rekey_dialog import ChangePassphraseDialog
from star_desktop.ui.restore_dialog import RestorePrompts, restore_interactively

from .conftest import ACTOR, PASSPHRASE, type_text
from .crash_writer import action

NEW = "tre gröna hästar i snön 91"
WHEN = dt.datetime(2026, 11, 30, 16, 30)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "nätverksenhet"
    out.mkdir()
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cases(tf) -> int:  # noqa: ANN001
    with tf.session() as s:
        return s.scalar(select(func.count()).select_from(Case))


def make_panel(qtbot, tf) -> BackupPanel:  # noqa: ANN001
    panel = BackupPanel(tf, KeyStore())
    qtbot.addWidget(panel)
    panel.show()
    return panel


# --- the panel ---------------------------------------------------------------------------------


def test_choose_a_folder_save_and_back_up_now(qtbot, team_copy, folder):
    panel = make_panel(qtbot, team_copy)
    assert panel.folder.text() == "" and panel.keep.value() == ts.BACKUP_KEEP.default
    assert not panel.backup_button.isEnabled()
    panel.ask_folder = lambda start: str(folder)
    qtbot.mouseClick(panel.findChild(type(panel.save_button), "choose_backup_folder"),
                     Qt.MouseButton.LeftButton)
    assert panel.folder.text() == str(folder)
    panel.keep.setValue(3)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Sparat" in panel.status.text()
    with team_copy.session() as s:
        assert ts.get_text(s, ts.BACKUP_FOLDER) == str(folder)
        assert ts.get_int(s, ts.BACKUP_KEEP) == 3
        assert {e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "setting"))} == {ts.BACKUP_FOLDER.key, ts.BACKUP_KEEP.key}

    with qtbot.waitSignal(panel.backed_up) as made:
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    path = made.args[0]
    assert path.parent == folder and path.exists()
    assert path.name in panel.status.text()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == path.name
    assert panel.table.item(0, 1).text().endswith("kB")
    # the panel of a later session shows the same
    again = make_panel(qtbot, team_copy)
    assert again.folder.text() == str(folder) and again.keep.value() == 3
    assert again.table.rowCount() == 1


def test_a_missing_folder_is_said_next_to_the_field_and_not_saved(qtbot, team_copy, tmp_path):
    panel = make_panel(qtbot, team_copy)
    missing = tmp_path / "frånkopplad"
    panel.folder.clear()
    type_text(qtbot, panel.folder, str(missing))
    qtbot.keyClick(panel.folder, Qt.Key.Key_Return)
    message = panel.fields.message(ts.BACKUP_FOLDER.key)
    assert "finns inte eller nås inte" in message
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    with team_copy.session() as s:
        assert ts.get_text(s, ts.BACKUP_FOLDER) == ""
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("**/*.backup-*")) == []
    assert "inga säkerhetskopior" in panel.empty.text()


def test_the_saved_folder_gone_at_load_is_shown(qtbot, team_copy, tmp_path):
    gone = tmp_path / "borta"
    with team_copy.session() as s, s.begin():
        ts.set_value(s, ts.BACKUP_FOLDER, str(gone))
    panel = make_panel(qtbot, team_copy)
    assert "nätverksenhet" in panel.fields.message(ts.BACKUP_FOLDER.key)
    assert panel.table.rowCount() == 0


def test_only_this_teams_backups_are_listed_and_one_can_be_chosen(qtbot, team_copy, folder,
                                                                  tmp_path):
    other = create_team_file(tmp_path / "Ragunda STAR.star", PASSPHRASE,
                             NewTeam("Ragunda STAR", "Ragunda"), actor=ACTOR)
    try:
        make_backup(other, folder, keep=5, now=WHEN)
    finally:
        other.close()
    mine = [make_backup(team_copy, folder, keep=5, now=WHEN + dt.timedelta(days=d))
            for d in range(2)]
    with team_copy.session() as s, s.begin():
        ts.set_value(s, ts.BACKUP_FOLDER, str(folder))
    panel = make_panel(qtbot, team_copy)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
        "2026-12-01 16:30:00", "2026-11-30 16:30:00"]
    assert not panel.restore_button.isEnabled()
    panel.table.selectRow(1)
    with qtbot.waitSignal(panel.restore_requested) as chosen:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [mine[0]]


# --- the restore flow --------------------------------------------------------------------------


class Answers(RestorePrompts):
    """The restore's questions answered as given, and what was asked recorded."""

    def __init__(self, backup: Path | None = None, target: Path | None = None,
                 yes: bool = True) -> None:
        self.asked: list[tuple[str, str]] = []
        super().__init__(
            choose_backup=lambda _p, _start: backup,
            choose_target=lambda _p, _suggested: target,
            confirm=lambda _p, title, text: self.asked.append(("confirm", text)) or yes,
            error=lambda _p, title, text: self.asked.append(("error", text)),
            info=lambda _p, title, text: self.asked.append(("info", text)))


def passphrase_prompt(answer: str | None = PASSPHRASE):  # noqa: ANN201
    def prompt(path: Path, reason: str | None) -> tuple[str, bool] | None:
        return (answer, False) if answer is not None and reason is None else None
    return prompt


def test_restore_over_the_open_file(qtbot, team_copy, folder):
    with team_copy.session() as s, s.begin():
        action(s, 1)
    backup = make_backup(team_copy, folder, keep=5, now=WHEN)
    with team_copy.session() as s, s.begin():
        action(s, 4)
    closed: list[bool] = []

    def close_current() -> None:
        team_copy.close()
        closed.append(True)

    answers = Answers(backup=backup)
    path = restore_interactively(None, KeyStore(), passphrase_prompt(), actor=ACTOR,
                                 current=team_copy, close_current=close_current,
                                 prompts=answers)
    assert path == team_copy.path and closed == [True]
    kind, question = answers.asked[0]
    assert kind == "confirm"
    assert question.startswith("Säkerhetskopian från 2026-11-30 16:30 (1 ärende):\n"
                               f"{backup.name}\n\nersätter Bräcke STAR.star.")
    assert "Nuvarande fil sparas som\nBräcke STAR.före-återställning-" in question
    assert answers.asked[1][0] == "info" and "Den tidigare filen finns kvar som" in \
        answers.asked[1][1]
    aside = next(team_copy.path.parent.glob("Bräcke STAR.före-återställning-*.star"))
    key = derive_key(PASSPHRASE, team_copy.path.read_bytes()[:16])
    with open_team_file(path, actor=ACTOR, key=key, record_open=False) as tf:
        assert cases(tf) == 1
    with open_team_file(aside, actor=ACTOR, key=key, record_open=False) as tf:
        assert cases(tf) == 2


def test_another_teams_backup_is_explained_and_the_open_file_stays_open(
        qtbot, team_copy, folder, tmp_path):
    other = create_team_file(tmp_path / "Ragunda STAR.star", PASSPHRASE,
                             NewTeam("Ragunda STAR", "Ragunda"), actor=ACTOR)
    try:
        theirs = make_backup(other, folder, keep=5, now=WHEN)
    finally:
        other.close()
    before = digest(team_copy.path), digest(theirs)
    answers = Answers(backup=theirs)
    path = restore_interactively(None, KeyStore(), passphrase_prompt(), actor=ACTOR,
                                 current=team_copy, prompts=answers,
                                 close_current=lambda: pytest.fail("closed the open file"))
    assert path is None
    assert answers.asked == [("error", "Säkerhetskopian är av ett annat team (Ragunda STAR) "
                                        "än Bräcke STAR.star (Bräcke STAR). Inget ändrades.")]
    assert team_copy.is_open and cases(team_copy) == 0
    assert (digest(team_copy.path), digest(theirs)) == before


def test_no_means_nothing_is_closed_or_changed(qtbot, team_copy, folder):
    backup = make_backup(team_copy, folder, keep=5, now=WHEN)
    before = digest(team_copy.path)
    answers = Answers(backup=backup, yes=False)
    assert restore_interactively(None, KeyStore(), passphrase_prompt(), actor=ACTOR,
                                 current=team_copy, prompts=answers,
                                 close_current=lambda: pytest.fail("closed")) is None
    assert [k for k, _t in answers.asked] == ["confirm"]
    assert digest(team_copy.path) == before and team_copy.is_open
    assert list(team_copy.path.parent.glob("*före-återställning*")) == []


def test_restore_with_no_file_open_asks_where(qtbot, team_copy, folder, tmp_path):
    backup = make_backup(team_copy, folder, keep=5, now=WHEN)
    target = tmp_path / "ny" / "Bräcke STAR.star"
    target.parent.mkdir()
    answers = Answers(backup=backup, target=target)
    assert restore_interactively(None, KeyStore(), passphrase_prompt(), actor=ACTOR,
                                 prompts=answers) == target
    assert "återställs till en ny fil" in answers.asked[0][1]
    assert [b.path for b in list_backups(folder, team_copy)] == [backup]  # the backup stays
    # a cancelled passphrase: nothing asked, nothing done
    answers = Answers(backup=backup, target=tmp_path / "ny" / "annan.star")
    assert restore_interactively(None, KeyStore(), passphrase_prompt(None), actor=ACTOR,
                                 prompts=answers) is None
    assert answers.asked == [] and not (tmp_path / "ny" / "annan.star").exists()


# --- the passphrase dialog ---------------------------------------------------------------------


def make_dialog(qtbot, tf) -> ChangePassphraseDialog:  # noqa: ANN001
    dlg = ChangePassphraseDialog(tf, KeyStore())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_wrong_fields_get_their_messages_and_change_nothing(qtbot, team_copy):
    before = digest(team_copy.path)
    dlg = make_dialog(qtbot, team_copy)
    assert "gamla lösenfrasen" in dlg.note.text()
    type_text(qtbot, dlg.old, "fel fras som inte stämmer")
    type_text(qtbot, dlg.new, "kort")
    assert "minst 12 tecken" in dlg.fields.message("new")  # as it is typed
    type_text(qtbot, dlg.repeat, "kort")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert "stämmer inte" in dlg.fields.message("old")
    assert "minst 12 tecken" in dlg.fields.message("new")
    assert not dlg.changed and digest(team_copy.path) == before
    dlg.old.clear()
    dlg.new.clear()
    dlg.repeat.clear()
    type_text(qtbot, dlg.old, PASSPHRASE)
    type_text(qtbot, dlg.new, NEW)
    type_text(qtbot, dlg.repeat, NEW + "x")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.fields.message("repeat") == "Lösenfraserna är inte lika."
    assert dlg.fields.message("old") == "" and not dlg.changed


def test_a_change_makes_a_fresh_backup_and_says_the_old_ones_need_the_old(
        qtbot, team_copy, folder):
    old_backup = make_backup(team_copy, folder, keep=5, now=WHEN)
    with team_copy.session() as s, s.begin():
        ts.set_value(s, ts.BACKUP_FOLDER, str(folder))
    dlg = make_dialog(qtbot, team_copy)
    type_text(qtbot, dlg.old, PASSPHRASE)
    type_text(qtbot, dlg.new, NEW)
    type_text(qtbot, dlg.repeat, NEW)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.changed and dlg.fresh_backup is not None
    text = dlg.message.text()
    assert "Lösenfrasen är bytt" in text and "kräver den gamla lösenfrasen" in text
    assert dlg.fresh_backup.name in text
    salt = team_copy.path.read_bytes()[:16]
    with open_team_file(dlg.fresh_backup, actor=ACTOR, key=derive_key(NEW, salt),
                        migrate=False, record_open=False) as fresh:
        assert fresh.file_id == team_copy.file_id
    with open_team_file(old_backup, actor=ACTOR, key=derive_key(PASSPHRASE, salt),
                        migrate=False, record_open=False) as old:
        assert old.file_id == team_copy.file_id
    assert cases(team_copy) == 0  # the open file goes on with the new key
    assert dlg.ok_button.text() == "&Stäng"
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == ChangePassphraseDialog.DialogCode.Accepted
