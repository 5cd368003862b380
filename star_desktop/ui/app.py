"""Starting the GUI: Qt application, Swedish locale and translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, crash, preferences
from ..resources import resource_path

STYLE = """
QLabel#area_title, QLabel#start_title { font-size: 20pt; font-weight: 600; margin: 4px 0 8px 0; }
QListWidget#navigation { font-size: 13pt; }
QListWidget#navigation::item { padding: 10px 12px; }
QListWidget#navigation::item:selected { background: #1f5fa8; color: white; }
"""


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Swedish as the language; reuses an existing one (tests)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource_path("icons/star-desktop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    _install_translations(app)
    font = app.font()
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
        app.setFont(QFont(font))
    app.setStyleSheet(STYLE)
    return app


def _install_translations(app: QApplication) -> None:
    """Qt's own Swedish strings for built-in dialogs; kept on the app so they are not freed."""
    if getattr(app, "_star_translators", None):
        return
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    t = QTranslator(app)
    if t.load(QLocale(QLocale.Language.Swedish), "qtbase", "_", qt_dir):
        app.installTranslator(t)
        translators.append(t)
    app._star_translators = translators  # type: ignore[attr-defined]


class CrashNotifier(QObject):
    """Shows the message about a crash report, in the GUI thread whichever thread crashed.

    The signal is connected automatically: a crash in the GUI thread (a slot) shows the box at
    once, one in another thread is queued to the GUI thread. One box at a time.
    """

    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self.crashed.connect(self.show_message)

    def notify(self, report: Path) -> None:
        self.crashed.emit(str(report))

    def message(self, report: Path) -> str:
        return self.tr(
            "Ett oväntat fel inträffade, och det du just gjorde kan ha avbrutits. Ändringar "
            "sparas bara hela, så kontrollera att det blev som du ville.\n\n"
            "En felrapport utan personuppgifter har sparats i {folder} ({name}). Skicka den "
            "gärna till den som ger support för programmet.").format(
                folder=report.parent, name=report.name)

    def show_message(self, report: str) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(), self.tr("Ett oväntat fel"),
                                 self.message(Path(report)))
        finally:
            self.showing = False


def install_crash_handler(report_dir: Path | None = None, *,
                          native: bool = True) -> CrashNotifier:
    """Crash reports for the GUI (crash.install) with a Swedish message box; needs the app."""
    app = QCoreApplication.instance()
    assert app is not None, "make_app() first"
    notifier = CrashNotifier(app)
    crash.install(report_dir, notify=notifier.notify, native=native)
    app._star_crash_notifier = notifier  # type: ignore[attr-defined]  # kept alive with the app
    return notifier


def run(file: Path | None = None, demo: bool = False) -> int:
    crash.configure_logging()
    app = make_app()
    install_crash_handler()
    from .main_window import MainWindow

    prefs = preferences.load()
    window = MainWindow(prefs)
    window.show()
    if demo:
        from ..demo.launch import open_fresh_demo

        window.open_team(open_fresh_demo(prefs.actor), add_recent=False)
    elif file is not None:
        window.open_file(file)
    return app.exec()
