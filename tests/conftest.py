"""Shared fixtures: real encrypted team files in temporary folders, and keyrings under control.

The environment is set before any test module imports Qt or keyring: offscreen Qt, a config and
data folder per session, and the null keyring, so no test ever touches the real OS keyring.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="star-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("STAR_DESKTOP_CONFIG_DIR", str(_SESSION_DIR / "config"))
os.environ.setdefault("STAR_DESKTOP_DATA_DIR", str(_SESSION_DIR / "data"))
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.pop("STAR_PASSPHRASE", None)

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import keyring.backends.null  # noqa: E402
import pytest  # noqa: E402

from star_desktop.storage.keys import KeyStore  # noqa: E402
from star_desktop.storage.teamfile import NewTeam, TeamFile, create_team_file  # noqa: E402

PASSPHRASE = "korv med bröd och senap 7"
ACTOR = "Testsamordnare"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (priority 1: counts as usable)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Per test: own config/data folders and no keyring unless a test installs one."""
    monkeypatch.setenv("STAR_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("STAR_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("STAR_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """Install an in-memory keyring as the OS keyring for this test."""
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    return kr


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def team_path(tmp_path: Path) -> Path:
    """A fresh encrypted team file on disk (closed), named as a coordinator would."""
    path = tmp_path / "Bräcke STAR.star"
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR", "Bräcke", "Jämtlands län"),
                          actor=ACTOR)
    tf.close()
    return path


@pytest.fixture
def team_file(team_path: Path) -> Iterator[TeamFile]:
    """The fresh team file, open with its passphrase."""
    from star_desktop.storage.teamfile import open_team_file

    tf = open_team_file(team_path, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE)
    yield tf
    tf.close()


@pytest.fixture
def keystore() -> KeyStore:
    return KeyStore()


def type_text(qtbot, widget, text: str) -> None:  # noqa: ANN001 - qtbot and any QWidget
    """Type text as key presses; QTest cannot send non-ASCII keys, so those go as text events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def demo_team(tmp_path: Path):  # noqa: ANN201 - a factory of open TeamFiles
    """Generate and open a demo team: demo_team(cases=120, seed=5, today=date)."""
    from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
    from star_desktop.storage.teamfile import open_team_file

    opened: list[TeamFile] = []

    def make(*, cases: int, seed: int, today):  # noqa: ANN001, ANN202
        path = tmp_path / f"demo-{cases}-{seed}.star"
        generate_demo(path, cases=cases, seed=seed, today=today)
        tf = open_team_file(path, actor=ACTOR, ask_passphrase=lambda _r: DEMO_PASSPHRASE)
        opened.append(tf)
        return tf

    yield make
    for tf in opened:
        tf.close()


FILE_NAME = "Bräcke STAR.star"


def make_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A fresh encrypted team file made once; tests open copies of it with the raw key."""
    path = tmp_path_factory.mktemp("team") / FILE_NAME
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR", "Bräcke", "Jämtlands län"),
                          actor=ACTOR)
    key = tf._key
    tf.close()
    return path, key


def open_copy(made: tuple[Path, bytes], tmp_path: Path) -> TeamFile:
    """A private copy of the template, open with its raw key (no key derivation per test)."""
    import shutil

    from star_desktop.storage.teamfile import open_team_file

    target = tmp_path / FILE_NAME
    shutil.copy2(made[0], target)
    return open_team_file(target, actor=ACTOR, key=made[1], record_open=False)


@pytest.fixture(scope="module")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """One fresh encrypted team file per test module, to be copied by ``team_copy``."""
    return make_template(tmp_path_factory)


@pytest.fixture
def team_copy(team_template: tuple[Path, bytes], tmp_path: Path) -> Iterator[TeamFile]:
    """A fresh encrypted team file of this test's own, open: a copy of the module's template."""
    tf = open_copy(team_template, tmp_path)
    yield tf
    tf.close()


def in_modal_dialog(kind: type, act) -> list[str]:  # noqa: ANN001 - act(dialog)
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is open (the code under test then
    calls exec()); returns the problems met, for the test to assert empty."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    problems: list[str] = []

    def run() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, kind):
            problems.append(f"expected {kind.__name__}, got {type(dlg).__name__}")
            if dlg is not None:
                dlg.reject()
            return
        try:
            act(dlg)
        except Exception as e:  # noqa: BLE001 - reported to the test
            problems.append(repr(e))
            dlg.reject()

    QTimer.singleShot(0, run)
    return problems


def meeting_today(tf: TeamFile, today) -> int:  # noqa: ANN001 - a date
    """The demo team's next meeting moved to ``today``, planned, its agenda built: its id."""
    from sqlalchemy import select

    from star_desktop.meetings import agenda as ag
    from star_desktop.models import Meeting, MeetingState

    with tf.session() as s, s.begin():
        m = s.scalars(select(Meeting).where(Meeting.held_on >= today,
                                            Meeting.state != MeetingState.CANCELLED)
                      .order_by(Meeting.held_on)).first()
        m.held_on = today
        m.state = MeetingState.PLANNED
        ag.build_agenda(s, m)
        return m.id
