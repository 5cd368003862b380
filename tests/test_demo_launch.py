"""`star-desktop --demo`: a fresh demo team opens in the window without any prompt."""

from __future__ import annotations

from star_desktop import preferences
from star_desktop.demo.launch import demo_path, open_fresh_demo
from star_desktop.storage.keys import KeyStore
from star_desktop.ui.app import make_app
from star_desktop.ui.main_window import MainWindow


def test_demo_start_opens_a_fresh_team_without_prompts(qapp, qtbot):
    make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.prompt_passphrase = lambda p, r: (_ for _ in ()).throw(AssertionError("asked"))
    tf = open_fresh_demo("Demo", cases=20)
    first_id = tf.file_id
    w.open_team(tf, add_recent=False)
    assert w.windowTitle().startswith("Demoteam STAR")
    rows = w.workspace.areas["team"].model.rows
    assert len(rows) > 10
    assert preferences.load().recent_files == []  # the demo is not a recent file
    w.close_file()
    # A second start makes the demo anew (a new file, a new salt).
    tf2 = open_fresh_demo("Demo", cases=20)
    assert tf2.file_id != first_id
    assert tf2.path == demo_path()
    tf2.close()
