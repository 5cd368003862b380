"""Locking the window (button, idle minutes), unlocking, and presentation mode in every area."""

from __future__ import annotations

import datetime as dt
import gc
import shutil

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QTableView, QWidget
from sqlalchemy import select
from sqlalchemy.engine import URL

from star_desktop import preferences
from star_desktop import team_settings as ts
from star_desktop.demo.generator import DEMO_PASSPHRASE
from star_desktop.models import AuditAction, AuditEvent, ParticipantIdentity
from star_desktop.storage.keys import KeyStore
from star_desktop.ui.app import make_app
from star_desktop.ui.cases_area import CasesArea
from star_desktop.ui.main_window import AREAS, MainWindow

from .conftest import PASSPHRASE, type_text

TODAY = dt.date(2025, 11, 20)


@pytest.fixture
def window(qapp, qtbot):
    make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def demo(demo_team):
    return demo_team(cases=40, seed=3, today=TODAY)


def _names(tf) -> list[str]:
    with tf.session() as s:
        return [i.last_name for i in s.scalars(select(ParticipantIdentity)) if len(i.last_name) > 3]


def _visible_texts(w: QWidget) -> str:
    """Every text a visible label or field of the window shows."""
    out = []
    for child in w.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, (QLabel, QLineEdit)):
            out.append(child.text())
        elif isinstance(child, QTableView) and child.model() is not None:
            m, root = child.model(), QModelIndex()
            out += [str(m.index(r, c).data() or "") for r in range(min(m.rowCount(root), 60))
                    for c in range(m.columnCount(root))]
    return "\n".join(out)


def test_lock_hides_everything_and_drops_the_key(window, qtbot, demo):
    names = _names(demo)
    window.open_team(demo, add_recent=False)
    for key, _name in AREAS:  # every area has read the file once
        window.show_area(key)
    window.show_area("cases")
    assert [n for n in names if n in _visible_texts(window)]  # the list shows names now
    key_hex = demo._key.hex()
    window.act_lock.trigger()
    assert window.locked
    gc.collect()
    urls = [o for o in gc.get_objects() if isinstance(o, URL) and o.database == str(demo.path)]
    assert urls and not [u for u in urls if u.password and key_hex in str(u.password)]
    assert window.stack.currentWidget() is window.lock_page
    assert not window.workspace.isVisible()
    assert not demo.is_open and demo._key == b""
    assert window.windowTitle().startswith("Låst")
    shown = _visible_texts(window)
    assert not [n for n in names if n in shown]
    assert not window.area_actions[0].isEnabled()  # Ctrl+1 cannot show an area while locked
    window.show_area("cases")
    assert window.stack.currentWidget() is window.lock_page

    page = window.lock_page
    type_text(qtbot, page.passphrase, "inte rätt fras alls")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Fel lösenfras. Försök igen."
    assert window.locked and not demo.is_open

    page.passphrase.clear()
    type_text(qtbot, page.passphrase, DEMO_PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not window.locked
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.stack.currentWidget() is window.workspace.areas["cases"]
    with demo.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.action == AuditAction.OPENED and last.detail == "upplåst"


def test_empty_passphrase_is_refused_next_to_the_field(window, qtbot, demo):
    window.open_team(demo, add_recent=False)
    window.lock()
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.lock_page.message.text() == "Skriv lösenfrasen."
    assert window.locked


def test_unlock_with_the_keyring(window, qtbot, team_path, memory_keyring):
    window.prompt_passphrase = lambda p, r: (PASSPHRASE, True)
    assert window.open_file(team_path)
    window.prompt_passphrase = lambda p, r: pytest.fail("no passphrase needed")
    window.close_file()
    assert window.open_file(team_path)  # from the keyring now
    assert window.team_file.key_source == "keyring"
    window.lock()
    assert "nyckeln som är sparad" in window.lock_page.text.text()
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked and window.team_file.is_open


def test_lock_cancels_dialogs_and_hides_the_meeting_window(window, qtbot, demo):
    window.open_team(demo, add_recent=False)
    extra = QWidget()
    extra.setWindowTitle("Mötesläge")
    qtbot.addWidget(extra)
    extra.show()
    dialog = QDialog(window)
    dialog.show()
    window.lock()
    assert not extra.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    window.unlock(DEMO_PASSPHRASE)
    assert extra.isVisible()


def test_idle_minutes_lock_and_input_postpones(window, qtbot, demo):
    window.open_team(demo, add_recent=False)
    window.show_area("settings")
    general = window.workspace.areas["settings"].general
    general.lock_minutes.setValue(1)
    qtbot.mouseClick(general.findChild(QWidget, "save_lock"), Qt.MouseButton.LeftButton)
    assert general.lock_status.text() == "Sparat: låser efter 1 minuter."
    with demo.session() as s:
        assert ts.get_int(s, ts.LOCK_MINUTES) == 1
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 60_000

    window.idle.timer.start(60_000)
    window.idle.timer.setInterval(5_000)
    window.idle.timer.start()
    qtbot.wait(50)
    before = window.idle.timer.remainingTime()
    QApplication.sendEvent(general.lock_minutes, QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
    assert window.idle.timer.remainingTime() > before  # input starts the clock again
    window.idle.timer.start(30)
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert not demo.is_open


def test_zero_minutes_means_button_only(window, qtbot, demo):
    with demo.session() as s, s.begin():
        ts.set_value(s, ts.LOCK_MINUTES, 0)
    window.open_team(demo, add_recent=False)
    assert not window.idle.timer.isActive()
    window.act_lock.trigger()
    assert window.locked


def test_presentation_mode_reaches_every_area(window, qtbot, demo):
    window.open_team(demo, add_recent=False)
    cases = window.workspace.areas["cases"]
    assert isinstance(cases, CasesArea)
    meetings = window.workspace.areas["meetings"]
    for key in ("team", "reports", "settings"):  # reachable from anywhere: menu and toolbar
        window.show_area(key)
        assert window.act_presentation.isEnabled()
    window.act_presentation.trigger()
    assert cases.mask.isChecked() and cases.list.model.mask_names
    assert meetings.mask_names
    window.show_area("cases")
    cases.mask.setChecked(False)  # the area's own box turns it off everywhere
    assert not window.act_presentation.isChecked()
    assert not meetings.mask_names and not cases.list.model.mask_names


def test_presentation_mode_stays_on_for_the_next_file(window, qtbot, demo, team_path):
    window.open_team(demo, add_recent=False)
    window.act_presentation.trigger()
    window.prompt_passphrase = lambda p, r: (PASSPHRASE, False)
    assert window.open_file(team_path)
    assert window.workspace.areas["cases"].list.model.mask_names


def test_recent_list_shows_team_names(window, qtbot, team_path, tmp_path):
    renamed = tmp_path / "fil-2025.star"
    shutil.copy(team_path, renamed)
    window.prompt_passphrase = lambda p, r: (PASSPHRASE, False)
    assert window.open_file(renamed)
    window.close_file()
    assert window.start_page.recent.item(0).text() == "Bräcke STAR"
    saved = preferences.load()
    assert saved.recent_teams == {str(renamed.resolve()): "Bräcke STAR"}
    assert saved.recent_team(str(renamed.resolve())) == "Bräcke STAR"
