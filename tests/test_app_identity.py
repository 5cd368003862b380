"""The app's icon and name in the window and taskbar, and the About box with both versions."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from star_desktop import APP_NAME, __version__, preferences
from star_desktop.storage import schema
from star_desktop.storage.keys import KeyStore
from star_desktop.ui.app import app_icon, make_app
from star_desktop.ui.main_window import MainWindow

from .conftest import PASSPHRASE, in_modal_dialog


def test_icon_and_name_are_the_apps(qapp):
    app = make_app()
    assert not app_icon().isNull()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().pixmap(64, 64).width() == 64  # the SVG draws at any size
    assert app.applicationDisplayName() == APP_NAME
    assert app.desktopFileName() == "star-desktop"


def test_about_names_the_version_and_the_files_schema(qapp, qtbot, team_path):
    make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.prompt_passphrase = lambda p, r: (PASSPHRASE, False)
    assert w.open_file(team_path)
    assert w.windowTitle() == f"Bräcke STAR – {APP_NAME}"
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        assert not box.iconPixmap().isNull()  # the app's icon, not a generic one
        box.accept()

    problems = in_modal_dialog(QMessageBox, read)
    w.about()
    assert problems == []
    assert __version__ in seen[0]
    assert f"Teamfilens schemaversion: {schema.head_revision()}" in seen[0]


def test_a_file_opened_from_the_finder_while_running_is_opened(qapp, qtbot, team_path):
    """macOS sends a double-clicked .star as a FileOpen event to the app already running."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from star_desktop.ui.app import FileOpenHandler

    app = make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.prompt_passphrase = lambda p, r: (PASSPHRASE, False)
    handler = FileOpenHandler(w.open_file, w)
    app.installEventFilter(handler)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(team_path)))
    finally:
        app.removeEventFilter(handler)
    assert w.team_file is not None and w.team_file.path == team_path
