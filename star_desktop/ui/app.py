"""Starting the GUI: Qt application, Swedish locale, the chosen language, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFileOpenEvent, QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, crash, i18n, preferences
from ..resources import resource_path

log = logging.getLogger(__name__)

STYLE = """
QLabel#area_title, QLabel#start_title { font-size: 20pt; font-weight: 600; margin: 4px 0 8px 0; }
QListWidget#navigation { font-size: 13pt; }
QListWidget#navigation::item { padding: 10px 12px; }
QListWidget#navigation::item:selected { background: #1f5fa8; color: white; }
"""


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication in the chosen language (the preference if None); reuses one (tests)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    # The taskbar shows the app's own icon and name, not the Python interpreter's: Wayland and
    # X11 docks match the desktop file's name, Windows groups by the AppUserModelID.
    app.setDesktopFileName("star-desktop")
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("STAR.Desktop")
    # Dates are ISO and numbers Swedish in both languages: the team's data, reports and exports
    # follow Swedish conventions whichever language the texts are in.
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    install_translations(app, preferences.load().language if language is None else language)
    font = app.font()
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
        app.setFont(QFont(font))
    app.setStyleSheet(STYLE)
    return app


def app_icon() -> QIcon:
    """The STAR Desktop icon: the SVG drawn at every size, with the PNG as a fallback."""
    icon = QIcon()
    for name in ("icons/star-desktop.svg", "icons/star-desktop.png"):
        path = resource_path(name)
        if path.exists():
            icon.addFile(str(path))
    return icon


def system_locale_name() -> str:
    """The computer's language as Qt sees it, e.g. "sv_SE" (for the "system" setting)."""
    return QLocale.system().name()


def install_translations(app: QCoreApplication, setting: str,
                         qm_dir: Path | None = None) -> str:
    """Install the translators for a language setting ("sv", "en" or "system"); the language used.

    Qt's own strings (qtbase: the buttons of standard dialogs) follow the language too. The
    code's texts are Swedish, so Swedish needs only Qt's translation; English loads
    star_desktop_en.qm from resources/translations (or qm_dir). When that file is missing (a
    fresh clone before `make setup` compiled it) or unreadable, the app stays Swedish and a
    warning is logged. Widgets read their texts when built, so a change shows after a restart;
    calling this again replaces the installed translators.
    """
    language = i18n.resolve_language(setting, system_locale_name())
    if getattr(app, "_star_language", None) == (language, qm_dir):
        return language
    for old in getattr(app, "_star_translators", []):
        app.removeTranslator(old)
    translators = []
    if language != i18n.SOURCE_LANGUAGE:
        qm = (qm_dir / i18n.qm_name(language) if qm_dir is not None
              else resource_path(f"translations/{i18n.qm_name(language)}"))
        own = QTranslator(app)
        if qm.exists() and own.load(str(qm)):
            translators.append(own)
        else:
            log.warning("translation %s missing or unreadable; the program stays Swedish "
                        "(run `make setup` or `python -m star_desktop.i18n compile`)", qm)
            language = i18n.SOURCE_LANGUAGE
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        translators.append(qt)
    for t in translators:
        app.installTranslator(t)
    # Kept on the app so the translators are not freed while installed.
    app._star_translators = translators  # type: ignore[attr-defined]
    app._star_language = (language, qm_dir)  # type: ignore[attr-defined]
    return language


def current_language(app: QCoreApplication) -> str:
    """The language install_translations last installed ("sv" before any)."""
    installed = getattr(app, "_star_language", None)
    return installed[0] if installed else i18n.SOURCE_LANGUAGE


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


class FileOpenHandler(QObject):
    """macOS hands a double-clicked .star to the running app as a FileOpen event, not argv."""

    def __init__(self, open_file: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.open_file(Path(event.file()))
            return True
        return False


def run(file: Path | None = None, demo: bool = False) -> int:
    crash.configure_logging()
    app = make_app()
    install_crash_handler()
    from .main_window import MainWindow

    prefs = preferences.load()
    window = MainWindow(prefs)
    app.installEventFilter(FileOpenHandler(window.open_file, window))
    window.show()
    if demo:
        from ..demo.launch import open_fresh_demo

        window.open_team(open_fresh_demo(prefs.actor), add_recent=False)
    elif file is not None:
        window.open_file(file)
    return app.exec()
