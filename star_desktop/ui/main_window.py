"""The main window: the start page without a file, and the areas of an open team file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__, audit, preferences
from .. import team_settings as ts
from ..models import AuditAction
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage import backup, schema
from ..storage.errors import (
    FileMissingError,
    PassphraseCancelled,
    TeamFileError,
    WrongPassphraseError,
)
from ..storage.keys import KeyStore
from ..storage.teamfile import NewTeam, TeamFile, create_team_file, open_team_file
from ..team import service as team_service
from .cases_area import CasesArea
from .common import message_text
from .deviations_area import DeviationsArea
from .file_dialogs import NewTeamFileDialog, PassphraseDialog
from .fourr_area import FourRArea
from .lock import IdleWatcher, LockPage
from .meetings_area import MeetingsArea
from .reports_area import ReportsArea
from .restore_dialog import RestorePrompts, restore_interactively
from .settings_area import SettingsArea
from .team_area import TeamArea

#: (key, Swedish name) of the areas, in navigation order; Ctrl+1 … Ctrl+7 jump to them.
AREAS = (
    ("cases", QT_TRANSLATE_NOOP("MainWindow", "Ärenden")),
    ("meetings", QT_TRANSLATE_NOOP("MainWindow", "Möten")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Rapporter")),
    ("fourr", QT_TRANSLATE_NOOP("MainWindow", "4R")),
    ("deviations", QT_TRANSLATE_NOOP("MainWindow", "Avvikelser")),
    ("team", QT_TRANSLATE_NOOP("MainWindow", "Team")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Inställningar")),
)


def area_name(key: str) -> str:
    """An area's name on screen, translated."""
    return QCoreApplication.translate("MainWindow", dict(AREAS)[key])

#: How often an open file checks whether a backup is due, and how old the newest may get.
BACKUP_CHECK_MS = 30 * 60_000
BACKUP_EVERY = dt.timedelta(hours=4)

#: Asks for a passphrase: (path, reason or None) → (passphrase, remember) or None if cancelled.
PassphrasePrompt = Callable[[Path, str | None], tuple[str, bool] | None]


class StartPage(QWidget):
    """Shown when no team file is open: make one, open one, or pick a recent one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        title = QLabel(APP_NAME)
        title.setObjectName("start_title")
        text = QLabel(self.tr(
            "Ingen teamfil är öppen. Varje STAR-team har en egen krypterad fil med teamets "
            "ärenden, möten och rapporter."))
        text.setWordWrap(True)
        new = QPushButton(self.tr("Ny teamfil…"))
        new.setObjectName("start_new")
        new.clicked.connect(window.new_file)
        open_ = QPushButton(self.tr("Öppna teamfil…"))
        open_.setObjectName("start_open")
        open_.clicked.connect(lambda: window.open_file())
        self.recent = QListWidget()
        self.recent.setObjectName("recent_files")
        self.recent.setAccessibleName(self.tr("Senast öppnade teamfiler"))
        self.recent.itemActivated.connect(
            lambda item: window.open_file(Path(item.data(Qt.ItemDataRole.UserRole))))
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.recent_label = QLabel(self.tr("Senast öppnade:"))
        self.recent_label.setBuddy(self.recent)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)

    def refresh(self, prefs: preferences.Preferences) -> None:
        recent = prefs.recent_files
        self.recent.clear()
        for p in recent:
            item = QListWidgetItem(prefs.recent_team(p))
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setToolTip(p)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(recent))
        self.recent.setVisible(bool(recent))


class Workspace(QWidget):
    """Navigation on the left, the chosen area on the right."""

    def __init__(self, window: MainWindow, tf: TeamFile) -> None:
        super().__init__()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Områden"))
        self.nav.setIconSize(QSize(24, 24))
        self.stack = QStackedWidget()
        self.areas: dict[str, QWidget] = {}
        for key, _name in AREAS:
            if key == "team":
                area: QWidget = TeamArea(tf)
                area.changed.connect(window.refresh_title)  # type: ignore[attr-defined]
            elif key == "cases":
                area = CasesArea(tf)
            elif key == "meetings":
                area = MeetingsArea(tf)
            elif key == "reports":
                area = ReportsArea(tf)
            elif key == "deviations":
                area = DeviationsArea(tf)
            elif key == "fourr":
                area = FourRArea(tf)
            else:
                area = SettingsArea(tf, window.prefs, window.keystore)
                area.changed.connect(window.apply_team_settings)  # type: ignore[attr-defined]
                area.erased.connect(self.refresh_lists)  # type: ignore[attr-defined]
                area.restore_requested.connect(  # type: ignore[attr-defined]
                    lambda path: window.restore_backup(path))
            area.setObjectName(f"area_{key}")
            self.areas[key] = area
            self.stack.addWidget(area)
            self.nav.addItem(QListWidgetItem(area_name(key)))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        # As wide as the longest area name in the font in use: no pixel width to outgrow.
        widest = max(self.nav.fontMetrics().horizontalAdvance(area_name(k)) for k, _ in AREAS)
        self.nav.setFixedWidth(widest + self.nav.iconSize().width()
                               + 4 * self.nav.fontMetrics().averageCharWidth() + 24)
        for area in self.areas.values():
            asked = getattr(area, "presentation_requested", None)
            if asked is not None:
                asked.connect(window.set_presentation)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def show_area(self, key: str) -> None:
        keys = [k for k, _ in AREAS]
        self.nav.setCurrentRow(keys.index(key))

    def refresh_lists(self) -> None:
        """After an erasure: the areas that list participants read them again."""
        cases = self.areas.get("cases")
        if cases is not None:
            cases.list.refresh()  # type: ignore[attr-defined]

    def set_presentation(self, masked: bool) -> None:
        """Presentation mode in every area that shows participants: initials, no personnummer."""
        for area in self.areas.values():
            setter = getattr(area, "set_mask_names", None)
            if setter is not None:
                setter(masked)


class MainWindow(QMainWindow):
    def __init__(self, prefs: preferences.Preferences | None = None,
                 keystore: KeyStore | None = None) -> None:
        super().__init__()
        self.prefs = prefs or preferences.load()
        self.keystore = keystore or KeyStore()
        self.team_file: TeamFile | None = None
        self.workspace: Workspace | None = None
        self.prompt_passphrase: PassphrasePrompt = self._dialog_passphrase
        #: The restore's questions (file dialogs, confirmations); tests give their own answers.
        self.restore_prompts: RestorePrompts | None = None
        self.locked = False
        self._hidden_while_locked: list[QWidget] = []
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)

        self.stack = QStackedWidget()
        self.start_page = StartPage(self)
        self.stack.addWidget(self.start_page)
        self.lock_page = LockPage()
        self.lock_page.unlock_requested.connect(self.unlock)
        self.lock_page.close_requested.connect(self.close_file)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        #: While a file is open, a backup at most every few hours (also one on close and lock).
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(lambda: self.auto_backup(min_interval=BACKUP_EVERY))
        self._build_menus()
        self.refresh_recent()
        self.statusBar()

    # --- menus
    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.act_new = QAction(self.tr("&Ny teamfil…"), self)
        self.act_new.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.act_new.triggered.connect(self.new_file)
        self.act_open = QAction(self.tr("&Öppna teamfil…"), self)
        self.act_open.setShortcut(QKeySequence.StandardKey.Open)
        self.act_open.triggered.connect(lambda: self.open_file())
        self.recent_menu = m.addMenu(self.tr("&Senast öppnade"))
        self.act_close = QAction(self.tr("&Stäng teamfil"), self)
        self.act_close.setShortcut(QKeySequence.StandardKey.Close)
        self.act_close.triggered.connect(self.close_file)
        self.act_quit = QAction(self.tr("&Avsluta"), self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        m.insertAction(self.recent_menu.menuAction(), self.act_new)
        m.insertAction(self.recent_menu.menuAction(), self.act_open)
        m.addAction(self.act_close)
        m.addSeparator()
        self.act_restore = QAction(self.tr("Åte&rställ från säkerhetskopia…"), self)
        self.act_restore.setObjectName("restore_backup")
        self.act_restore.triggered.connect(lambda: self.restore_backup())
        m.addAction(self.act_restore)
        m.addSeparator()
        self.act_county = QAction(self.tr("&Länssammanställning…"), self)
        self.act_county.setStatusTip(self.tr(
            "Lägg ihop flera teams exporterade rapporter till en sammanställning för Länsam"))
        self.act_county.triggered.connect(self.county_view)
        m.addAction(self.act_county)
        m.addSeparator()
        m.addAction(self.act_quit)

        v = self.menuBar().addMenu(self.tr("&Visa"))
        self.area_actions: list[QAction] = []
        for i, (key, _name) in enumerate(AREAS, start=1):
            act = QAction(area_name(key), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i}"))
            act.triggered.connect(lambda _=False, k=key: self.show_area(k))
            v.addAction(act)
            self.addAction(act)
            self.area_actions.append(act)
        v.addSeparator()
        self.act_presentation = QAction(self.tr("&Visningsläge (dölj namn)"), self)
        self.act_presentation.setObjectName("presentation_mode")
        self.act_presentation.setCheckable(True)
        self.act_presentation.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_presentation.setStatusTip(self.tr(
            "Visa initialer i stället för namn och dölj personnummer i alla områden, till "
            "exempel när skärmen visas för teamet"))
        self.act_presentation.toggled.connect(self.set_presentation)
        v.addAction(self.act_presentation)
        self.act_lock = QAction(self.tr("&Lås"), self)
        self.act_lock.setObjectName("lock_window")
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.setStatusTip(self.tr(
            "Dölj fönstrets innehåll och ta bort nyckeln ur minnet tills du låser upp"))
        self.act_lock.triggered.connect(self.lock)
        v.addAction(self.act_lock)
        self.toolbar = QToolBar(self.tr("Verktyg"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.act_presentation)
        self.toolbar.addAction(self.act_lock)
        self.addToolBar(self.toolbar)

        h = self.menuBar().addMenu(self.tr("&Hjälp"))
        about = QAction(self.tr("&Om {app}").format(app=APP_NAME), self)
        about.triggered.connect(self.about)
        h.addAction(about)
        self._update_actions()

    def _update_actions(self) -> None:
        is_open = self.team_file is not None
        self.act_close.setEnabled(is_open)
        self.act_lock.setEnabled(is_open and not self.locked)
        self.act_presentation.setEnabled(is_open and not self.locked)
        for act in self.area_actions:
            act.setEnabled(is_open and not self.locked)

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.prefs.recent_files:
            act = self.recent_menu.addAction(self.prefs.recent_team(p))
            act.setToolTip(p)
            act.triggered.connect(lambda _=False, path=p: self.open_file(Path(path)))
        self.recent_menu.setEnabled(bool(self.prefs.recent_files))
        self.start_page.refresh(self.prefs)

    def refresh_title(self) -> None:
        if self.team_file is None:
            self.setWindowTitle(APP_NAME)
            return
        if self.locked:
            self.setWindowTitle(self.tr("Låst – {app}").format(app=APP_NAME))
            return
        with self.team_file.session() as s:
            name = team_service.get_team(s).name
        self.setWindowTitle(f"{name} – {APP_NAME}")

    def show_area(self, key: str) -> None:
        if self.workspace is not None and not self.locked:
            self.workspace.show_area(key)

    def set_presentation(self, masked: bool) -> None:
        """Turn presentation mode on or off everywhere (menu, toolbar, an area's own box)."""
        if self.act_presentation.isChecked() != masked:
            self.act_presentation.setChecked(masked)  # comes back here through toggled
            return
        if self.workspace is not None:
            self.workspace.set_presentation(masked)

    # --- lock
    def lock(self) -> None:
        """Hide everything of the team and drop the key; dialogs open are cancelled."""
        tf = self.team_file
        if tf is None or self.locked or self.workspace is None:
            return
        self.idle.stop()
        self.auto_backup()  # the last chance while the key is here
        for w in QApplication.topLevelWidgets():
            if w is self or not w.isVisible():
                continue
            if isinstance(w, QDialog):
                w.reject()
            else:
                w.hide()
                self._hidden_while_locked.append(w)
        with tf.session() as s:
            name = team_service.get_team(s).name
        uses_keyring = (tf.key_source == "keyring"
                        and self.keystore.get(tf.file_id) is not None)
        tf.lock()
        self.locked = True
        self.statusBar().clearMessage()
        self.lock_page.prepare(name, uses_keyring=uses_keyring)
        self.stack.setCurrentWidget(self.lock_page)
        self.refresh_title()
        self._update_actions()

    def unlock(self, passphrase: str = "") -> bool:
        """Unlock with the passphrase typed, or (none typed) with the key in the keyring."""
        tf = self.team_file
        if tf is None or not self.locked:
            return False
        try:
            if passphrase:
                tf.unlock_with_passphrase(passphrase)
            else:
                key = self.keystore.get(tf.file_id)
                if key is None:
                    self.lock_page.show_error(self.tr(
                        "Nyckeln finns inte längre i nyckelringen. Skriv lösenfrasen."))
                    return False
                tf.unlock(key, "keyring")
        except WrongPassphraseError:
            self.lock_page.show_error(self.tr("Fel lösenfras. Försök igen."))
            return False
        except TeamFileError as e:
            self.lock_page.show_error(message_text(e.message))
            return False
        with tf.session() as s, s.begin():
            audit.record(s, AuditAction.OPENED, entity="team_file", detail="upplåst")
        self.locked = False
        assert self.workspace is not None
        self.stack.setCurrentWidget(self.workspace)
        for w in self._hidden_while_locked:
            w.show()
        self._hidden_while_locked.clear()
        self.idle.restart()
        self.refresh_title()
        self._update_actions()
        return True

    def apply_team_settings(self) -> None:
        """Read the open file's lock minutes (called on open and when Inställningar saves)."""
        if self.team_file is None or self.locked:
            return
        with self.team_file.session() as s:
            self.idle.set_minutes(ts.get_int(s, ts.LOCK_MINUTES))

    # --- files
    def _dialog_passphrase(self, path: Path, reason: str | None) -> tuple[str, bool] | None:
        dlg = PassphraseDialog(self, path, reason, self.keystore.usable())
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.passphrase.text(), dlg.remember.isChecked()

    def open_file(self, path: Path | None = None) -> bool:
        """Open a team file (asking where if no path is given); say clearly why if it fails."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Öppna teamfil"), self.prefs.last_folder or str(Path.home()),
                self.tr("Teamfiler (*.star);;Alla filer (*)"))
            if not chosen:
                return False
            path = Path(chosen)
        remember = {"value": False}

        def ask(reason: str | None) -> str | None:
            answer = self.prompt_passphrase(path, reason)
            if answer is None:
                return None
            remember["value"] = answer[1]
            return answer[0]

        self.close_file()
        try:
            tf = open_team_file(path, actor=self.prefs.actor, keystore=self.keystore,
                                ask_passphrase=ask)
        except PassphraseCancelled:
            return False
        except TeamFileError as e:
            if isinstance(e, FileMissingError):
                self.prefs.remove_recent(path)
                self._save_prefs()
            QMessageBox.critical(self, self.tr("Teamfilen kunde inte öppnas"),
                                 message_text(e.message))
            return False
        if remember["value"]:
            tf.remember_key(self.keystore)
        self._install(tf)
        if tf.migrated_from:
            self.statusBar().showMessage(self.tr(
                "Filen uppgraderades från schema {old} till {new}. En kopia av den gamla "
                "finns i {backup}.").format(old=tf.migrated_from, new=tf.schema_revision,
                                            backup=tf.backup_path.name if tf.backup_path else ""))
        return True

    def new_file(self) -> bool:
        folder = Path(self.prefs.last_folder) if self.prefs.last_folder else _documents()
        dlg = NewTeamFileDialog(self, folder, self.keystore.usable())
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_request is None:
            return False
        r = dlg.result_request
        self.close_file()
        try:
            tf = create_team_file(r.path, r.passphrase,
                                  NewTeam(r.name, r.municipality, r.federation),
                                  actor=self.prefs.actor, keystore=self.keystore,
                                  remember=r.remember)
        except (TeamFileError, ValueError, OSError) as e:
            QMessageBox.critical(self, self.tr("Teamfilen kunde inte skapas"),
                                 message_text(getattr(e, "message", str(e))))
            return False
        self._install(tf)
        self.show_area("team")
        return True

    def open_team(self, tf: TeamFile, *, add_recent: bool = True) -> None:
        """Show an already opened team file (the demo start uses this)."""
        self.close_file()
        self._install(tf, add_recent=add_recent)

    def _install(self, tf: TeamFile, *, add_recent: bool = True) -> None:
        self.team_file = tf
        self.locked = False
        if add_recent:
            with tf.session() as s:
                team_name = team_service.get_team(s).name
            self.prefs.add_recent(tf.path, team_name)
            self.prefs.last_folder = str(tf.path.parent)
            self._save_prefs()
        self.workspace = Workspace(self, tf)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_area("team")
        if self.act_presentation.isChecked():
            self.workspace.set_presentation(True)
        self.apply_team_settings()
        self.backup_timer.start()
        self.refresh_title()
        self._update_actions()
        self.statusBar().showMessage(self.tr("Öppnade {name}").format(name=tf.path.name), 5000)

    def auto_backup(self, *, min_interval: dt.timedelta | None = None,
                    loud: bool = False) -> Path | None:
        """The automatic backup to the team's folder (off when none is set); a failure is said
        in the status bar, or in a box when ``loud`` (the window is closing)."""
        tf = self.team_file
        if tf is None or self.locked or not tf.is_open:
            return None
        try:
            made = backup.automatic_backup(tf, min_interval=min_interval)
        except backup.BackupError as e:
            text = self.tr("Den automatiska säkerhetskopian kunde inte göras: {err}").format(
                err=message_text(e.message))
            if loud:
                QMessageBox.warning(self, self.tr("Säkerhetskopia"), text)
            else:
                self.statusBar().showMessage(text, 15000)
            return None
        if made is not None:
            self.statusBar().showMessage(
                self.tr("Säkerhetskopia sparad: {name}").format(name=made.name), 5000)
        return made

    def restore_backup(self, backup_path: Path | None = None) -> bool:
        """Arkiv → Återställ: every check first, then (if it replaces the open file) close it
        without an automatic backup — pruning must not remove the backup being restored."""
        path = restore_interactively(
            self, self.keystore, self.prompt_passphrase, actor=self.prefs.actor,
            current=self.team_file, close_current=lambda: self.close_file(make_backup=False),
            backup=backup_path, prompts=self.restore_prompts)
        if path is None:
            return False
        return self.open_file(path)

    def close_file(self, *, make_backup: bool = True, loud: bool = False) -> None:
        if make_backup:
            self.auto_backup(loud=loud)
        self.backup_timer.stop()
        self.idle.stop()
        for w in self._hidden_while_locked:
            w.close()
        self._hidden_while_locked.clear()
        self.locked = False
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.team_file is not None:
            self.team_file.close()
            self.team_file = None
        self.stack.setCurrentWidget(self.start_page)
        self.refresh_recent()
        self.refresh_title()
        self._update_actions()

    def _save_prefs(self) -> None:
        try:
            preferences.save(self.prefs)
        except OSError as e:
            self.statusBar().showMessage(
                self.tr("Inställningarna kunde inte sparas: {err}").format(err=e), 8000)
        self.refresh_recent()

    def county_view(self) -> None:
        """The federation office's county summary of several teams' exports (no file needed)."""
        from .federation_dialog import FederationDialog

        FederationDialog(self).exec()

    def about(self) -> None:
        rev = self.team_file.schema_revision if self.team_file else "–"
        QMessageBox.about(self, self.tr("Om {app}").format(app=APP_NAME), self.tr(
            "<b>{app}</b> {version}<br>Samordnarens program för STAR-teamet.<br>"
            "Teamfilens schemaversion: {rev} (programmets: {head})").format(
                app=APP_NAME, version=__version__, rev=rev, head=schema.head_revision()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.close_file(loud=True)
        event.accept()


def _documents() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()
