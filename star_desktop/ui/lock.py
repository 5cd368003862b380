"""Locking the window: after idle minutes or from a button, content hidden and key dropped.

The workspace widgets stay alive behind the lock page (a half-typed text survives), but the
team file's connections are closed and its key forgotten (TeamFile.lock), so nothing can read
the file until the coordinator unlocks with the keyring or the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .common import ERROR_STYLE

#: Input that counts as the coordinator being at the computer.
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits ``idle`` when no key or mouse input has reached the application for a while."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.minutes = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns the idle lock off; otherwise the clock starts again from now."""
        self.minutes = minutes
        self.restart()

    def restart(self) -> None:
        if self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start(self.minutes * 60_000)
        return False


class LockPage(QWidget):
    """What a locked window shows: nothing of the team's data, and how to unlock."""

    unlock_requested = Signal(str)  # the passphrase typed, or "" to use the keyring
    close_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lock_page")
        title = QLabel(self.tr("Låst"))
        title.setObjectName("lock_title")
        self.team = QLabel()
        self.team.setObjectName("lock_team")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.passphrase_label = QLabel(self.tr("&Lösenfras:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Lås &upp"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        close = QPushButton(self.tr("&Stäng teamfilen"))
        close.setObjectName("lock_close_file")
        close.clicked.connect(self.close_requested)
        self.uses_keyring = False

        row = QHBoxLayout()
        row.addWidget(self.passphrase_label)
        row.addWidget(self.passphrase, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(close)
        buttons.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.team)
        inner.addWidget(self.text)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setStyleSheet("QLabel, QLineEdit, QPushButton { font-size: 14pt; }"
                           "QLabel#lock_title { font-size: 24pt; font-weight: 600; }")

    def prepare(self, team_name: str, *, uses_keyring: bool) -> None:
        """Reset the page for a new lock: the team's name only, an empty passphrase field."""
        self.uses_keyring = uses_keyring
        self.team.setText(team_name)
        if uses_keyring:
            self.text.setText(self.tr(
                "Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Lås upp med "
                "nyckeln som är sparad på den här datorn, eller skriv lösenfrasen."))
        else:
            self.text.setText(self.tr(
                "Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Skriv "
                "lösenfrasen för att låsa upp."))
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        text = self.passphrase.text()
        if not text and not self.uses_keyring:
            self.show_error(self.tr("Skriv lösenfrasen."))
            return
        self.unlock_requested.emit(text)
