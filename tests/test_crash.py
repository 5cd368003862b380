"""Crash reports: written for every unhandled exception, without its message or any value."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from star_desktop import crash
from star_desktop.ui.app import install_crash_handler, make_app

from .conftest import in_modal_dialog

NAME = "Kristina Sandberg"
PNR = "19850312-2384"
PNR_DIGITS = "198503122384"


@pytest.fixture
def hooks():
    """Python's own hooks back after the test, whatever it installed."""
    yield
    crash.uninstall()


def _fails_with_personal_data() -> None:
    raise ValueError(f"Ogiltigt personnummer för {NAME}: {PNR}")


def _fails_while_handling() -> None:
    try:
        _fails_with_personal_data()
    except ValueError as e:
        raise KeyError(f"{NAME} saknas") from e


def _reports(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{crash.REPORT_PREFIX}*{crash.REPORT_SUFFIX}"))


def _assert_clean(text: str) -> None:
    for needle in (NAME, "Kristina", "Sandberg", PNR, PNR_DIGITS, PNR_DIGITS[2:], "saknas"):
        assert needle not in text


def test_the_hook_writes_types_and_frames_but_no_message(tmp_path, hooks):
    told: list[Path] = []
    crash.install(tmp_path / "logs", notify=told.append, native=False)
    try:
        _fails_while_handling()
    except KeyError:
        sys.excepthook(*sys.exc_info())
    (report,) = _reports(tmp_path / "logs")
    assert told == [report]
    text = report.read_text(encoding="utf-8")
    _assert_clean(text)
    assert "Fel: KeyError" in text and "Fel: ValueError" in text
    assert "Orsakat av:" in text
    assert f"Program: STAR Desktop {crash.__version__}" in text
    assert "Python: 3." in text and "Qt: PySide6 " in text
    line = _fails_with_personal_data.__code__.co_firstlineno + 1
    assert f"test_crash.py, rad {line}, i _fails_with_personal_data" in text
    assert "i _fails_while_handling" in text
    assert "test_the_hook_writes_types_and_frames_but_no_message" in text


def test_the_same_crash_twice_is_one_report_and_one_message(tmp_path, hooks):
    told: list[Path] = []
    crash.install(tmp_path, notify=told.append, native=False)
    for _ in range(3):
        try:
            _fails_with_personal_data()
        except ValueError:
            sys.excepthook(*sys.exc_info())
    assert len(_reports(tmp_path)) == 1
    assert len(told) == 1


def test_a_thread_crash_is_reported(tmp_path, hooks):
    crash.install(tmp_path, native=False)
    t = threading.Thread(target=_fails_with_personal_data)
    t.start()
    t.join()
    (report,) = _reports(tmp_path)
    text = report.read_text(encoding="utf-8")
    _assert_clean(text)
    assert "Tråd: en bakgrundstråd" in text and "Fel: ValueError" in text


def test_only_the_newest_reports_are_kept(tmp_path):
    def one(i: int) -> Path:
        try:
            raise OSError(2, f"{NAME} {i}")
        except OSError:
            return crash.write_report(*sys.exc_info(), tmp_path)

    written = [one(i) for i in range(crash.KEEP_REPORTS + 5)]
    kept = _reports(tmp_path)
    assert kept == written[-crash.KEEP_REPORTS:]
    assert "Fel: FileNotFoundError (errno 2)" in kept[-1].read_text(encoding="utf-8")
    _assert_clean(kept[-1].read_text(encoding="utf-8"))


def test_an_uncaught_exception_in_a_process_leaves_a_clean_report(tmp_path):
    """The real sys.excepthook path: a script dies; report and stderr hold no message."""
    script = ("from star_desktop import crash\n"
              "crash.configure_logging()\n"
              f"crash.install({str(tmp_path)!r})\n"
              f"raise RuntimeError({NAME + ' ' + PNR!r})\n")
    env = {k: v for k, v in os.environ.items() if k != crash.ENV_DEBUG}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 1
    (report,) = _reports(tmp_path)
    text = report.read_text(encoding="utf-8")
    _assert_clean(text)
    _assert_clean(done.stderr)
    assert "Fel: RuntimeError" in text and "Qt: inte laddat" in text
    assert "Fel: RuntimeError" in done.stderr and str(report) in done.stderr
    native = tmp_path / crash.NATIVE_FILE
    assert native.exists() and native.read_text(encoding="utf-8") == ""


def test_a_qt_slot_exception_shows_a_swedish_message(qapp, qtbot, tmp_path, hooks):
    make_app()
    install_crash_handler(tmp_path / "logs", native=False)
    button = QPushButton("Spara")
    qtbot.addWidget(button)
    button.clicked.connect(_fails_with_personal_data)
    seen: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    problems = in_modal_dialog(QMessageBox, read_and_close)
    button.click()
    assert problems == []
    (report,) = _reports(tmp_path / "logs")
    (text,) = seen
    assert text.startswith("Ett oväntat fel inträffade")
    assert "En felrapport utan personuppgifter har sparats i" in text
    assert str(report.parent) in text and report.name in text
    _assert_clean(text)
    _assert_clean(report.read_text(encoding="utf-8"))


def test_logging_goes_to_stderr_at_warning_and_never_to_a_file():
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    try:
        crash.configure_logging()
        crash.configure_logging()  # once only
        ours = [h for h in root.handlers if h not in before[0]]
        assert len(ours) == 1
        (handler,) = ours
        assert type(handler) is logging.StreamHandler and handler.stream is sys.stderr
        assert handler.level == logging.WARNING and root.level == logging.WARNING
    finally:
        for h in list(root.handlers):
            if h not in before[0]:
                root.removeHandler(h)
        root.setLevel(before[1])
        logging.captureWarnings(False)
