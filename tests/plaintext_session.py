"""One session of the real app, for test_no_plaintext.py: run in its own process and folders.

    python tests/plaintext_session.py TEAM_FILE BOGUS_FILE

Starts the app through ``ui.app.run()`` (so its logging and crash handler are the real ones),
generates a demo team at TEAM_FILE, opens it in the main window with its passphrase, visits
every area, searches the case list by a participant's name, opens that case, looks at the
meetings and the report, lets a slot raise an exception whose message quotes the participant,
closes the file, fails to open BOGUS_FILE (random bytes), saves the preferences and quits. It
prints a JSON summary with counts and dialog texts only — never a name — and exits 0 when every
step did what it should.
"""

from __future__ import annotations

import json
import random
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from star_desktop import preferences
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.models import Case
from star_desktop.ui import app as app_module
from star_desktop.ui.main_window import AREAS, MainWindow

#: The session gives up (exit code 4) if it has not finished by then: a dialog nobody answers.
WATCHDOG_MS = 45_000


def _answer_next_modal(summary: dict, key: str) -> None:
    """Close the next message box once it is open, keeping its title and text in the summary."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            summary[key] = [box.windowTitle(), box.text()]
            box.accept()
        else:
            summary[key] = ["no message box", type(box).__name__]
            if box is not None:
                box.close()

    QTimer.singleShot(0, answer)


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise AssertionError(what)


def drive(team: Path, bogus: Path, summary: dict) -> None:
    """Every step of the session; runs inside the app's event loop."""
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window.prompt_passphrase = lambda _path, _reason: (DEMO_PASSPHRASE, False)
    _check(window.open_file(team), "the demo team opens")
    for key, _name in AREAS:
        window.show_area(key)
        QApplication.processEvents()
    summary["areas"] = len(AREAS)

    # The case list searched by a participant's name, and that case opened.
    window.show_area("cases")
    cases = window.workspace.areas["cases"]
    model = cases.list.model
    named = next(r for i in range(model.rowCount())
                 if (r := model.case_row(i)) is not None and r.name and not r.identity_erased)
    cases.list.search_field.setText(named.name)
    cases.list.apply_filter()
    summary["found"] = model.rowCount()
    _check(named.id in model.ids(), "the search by name lists the case")
    cases.list.select_case(named.id)
    cases.open_case(named.id)
    with window.team_file.session() as s:
        case = s.get(Case, named.id)
        number = case.case_number
        identity = case.participant.identity
        quoted = f"{identity.first_name} {identity.last_name} {identity.personnummer}"
    _check(cases.view.title.text() == f"Ärende {number}", "the case view shows the case")
    cases.view.back.emit()

    # The meetings and the report, computed.
    window.show_area("meetings")
    meetings = window.workspace.areas["meetings"]
    meetings.reload()
    summary["meetings"] = meetings.table.model().rowCount()
    window.show_area("reports")
    reports = window.workspace.areas["reports"]
    reports.refresh()
    _check(reports.content is not None, "the report is computed")

    # An unexpected error in a slot, its message quoting the participant: a crash report.
    button = QPushButton("Spara", window)

    def fails() -> None:
        raise RuntimeError(f"Kunde inte spara {quoted}")

    button.clicked.connect(fails)
    _answer_next_modal(summary, "crash_box")
    button.click()

    # A handled error: random bytes are no team file.
    window.close_file()
    bogus.write_bytes(random.Random(5).randbytes(5000))
    _answer_next_modal(summary, "open_box")
    _check(not window.open_file(bogus), "random bytes do not open")
    _check(window.team_file is None, "no file is open")

    preferences.save(window.prefs)
    window.close()


def main(argv: list[str]) -> int:
    team, bogus = Path(argv[0]), Path(argv[1])
    generate_demo(team, cases=60, seed=11)
    summary: dict = {}
    qt_app = app_module.make_app()

    def step() -> None:
        try:
            drive(team, bogus, summary)
        except Exception as e:  # noqa: BLE001 - told to the test, not to the crash handler
            summary["failed"] = f"{type(e).__name__}: {e}"
            traceback.print_exc()
            qt_app.exit(3)
            return
        qt_app.quit()

    def give_up() -> None:
        summary["failed"] = "watchdog"
        for w in QApplication.topLevelWidgets():
            w.close()
        qt_app.exit(4)

    QTimer.singleShot(0, step)
    QTimer.singleShot(WATCHDOG_MS, give_up)
    code = app_module.run()
    print(json.dumps(summary, ensure_ascii=False))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
