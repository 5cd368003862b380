"""`star-desktop --self-test`: proves that a build (above all the frozen bundle) works.

It generates a demo team in a temporary folder, opens it in the real main window, shows every
area, and writes each export through the same services the GUI and the commands use: the things
a frozen build most easily loses (Qt plugins, translations, Alembic's migration scripts,
reportlab's fonts, stdnum's data files, the SQLCipher extension) are all on that path. One line
per check, "ok  …" or "FEL …", and exit code 0 only if every check passed.

The user's own settings, data and keyring are never touched: config, data and log folders are
temporary unless the caller set them, and the keyring is the null one for the whole run.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: Cases in the generated demo team: enough for every report table and the 4R analysis.
DEMO_CASES = 300

ENV_DIRS = ("STAR_DESKTOP_CONFIG_DIR", "STAR_DESKTOP_DATA_DIR", "STAR_DESKTOP_LOG_DIR")


class CheckFailed(Exception):
    """A check ran but what it made is wrong (empty file, not a PDF, a failed verify)."""


@contextmanager
def isolated(root: Path) -> Iterator[None]:
    """Temporary config/data/log folders (unless already set), the null keyring and offscreen
    Qt (unless a platform was chosen); everything is put back afterwards."""
    import keyring
    import keyring.backends.null

    saved = {name: os.environ.get(name) for name in (*ENV_DIRS, "QT_QPA_PLATFORM")}
    for name in ENV_DIRS:
        if not os.environ.get(name):
            folder = root / name.rsplit("_", 2)[-2].lower()
            folder.mkdir(parents=True, exist_ok=True)
            os.environ[name] = str(folder)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def check_file(path: Path, kind: str) -> None:
    """The file exists, is not empty and looks like ``kind`` (pdf, xlsx, ics, text, star)."""
    if not path.is_file():
        raise CheckFailed(f"filen skrevs inte: {path.name}")
    size = path.stat().st_size
    if size == 0:
        raise CheckFailed(f"filen är tom: {path.name}")
    head = path.read_bytes()[:16]
    if kind == "pdf" and not head.startswith(b"%PDF"):
        raise CheckFailed(f"inte en PDF: {path.name}")
    if kind == "xlsx":
        if not zipfile.is_zipfile(path):
            raise CheckFailed(f"inte en xlsx-fil: {path.name}")
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        try:
            if not wb.sheetnames:
                raise CheckFailed(f"inga blad i {path.name}")
        finally:
            wb.close()
    if kind == "ics" and not head.startswith(b"BEGIN:VCALENDAR"):
        raise CheckFailed(f"inte en kalenderfil: {path.name}")


class SelfTest:
    """The checks, run in order against one window and one open demo team."""

    def __init__(self, out: Path, write: Callable[[str], None]) -> None:
        self.out = out
        self.write = write
        self.failed: list[str] = []
        self.window: Any = None
        self.today = dt.date.today()

    # --- running ---------------------------------------------------------------------------

    def check(self, label: str, step: Callable[[], object]) -> bool:
        try:
            step()
        except Exception as e:  # noqa: BLE001 - every failure is a line, not a crash
            self.failed.append(label)
            where = traceback.extract_tb(e.__traceback__)[-1]
            self.write(f"FEL {label}: {type(e).__name__}: {e} "
                       f"({Path(where.filename).name}:{where.lineno})")
            return False
        self.write(f"ok  {label}")
        return True

    def export(self, label: str, name: str, kind: str,
               make: Callable[[Any, Path], object]) -> None:
        """One export in one transaction of the open file, then a look at the file."""
        path = self.out / name

        def step() -> None:
            tf = self.window.team_file
            with tf.session() as s, s.begin():
                make(s, path)
            check_file(path, kind)

        self.check(label, step)

    def run(self) -> int:
        from PySide6.QtWidgets import QApplication

        from .app import make_app

        app = make_app()
        assert isinstance(app, QApplication)
        self.check("Qt-översättningar (svenska, engelska)", _qt_translations)
        self.check("ikon", self._icon)
        if _has_module("star_desktop.i18n"):
            self.check("programmets översättningar", self._translations)
        self.check("schemaversioner (Alembic)", self._migrations)
        self.check("nyckelringens stöd för systemet", _keyring_backend)
        if not self.check("demoteam skapat och öppnat", self._open_demo):
            return 1
        try:
            self.check("alla områden visas", lambda: self._areas(app))
            self._exports()
            self.check("utskrift (QPrinter till pdf)", self._print)
            self.check("säkerhetskopia och kontroll", self._backup)
        finally:
            self.window.close_file(make_backup=False)
            self.window.close()
            self.window.deleteLater()
            app.processEvents()
        self.write(f"{'Självtestet lyckades' if not self.failed else 'Självtestet misslyckades'}"
                   f" ({len(self.failed)} fel)")
        return 0 if not self.failed else 1

    # --- the checks ------------------------------------------------------------------------

    def _icon(self) -> None:
        from ..resources import resource_path

        check_file(resource_path("icons/star-desktop.svg"), "svg")

    def _translations(self) -> None:
        """Every compiled catalogue of the app (resources/translations/*.qm) loads in Qt."""
        from PySide6.QtCore import QTranslator

        from ..resources import resource_path

        catalogues = sorted(resource_path("translations").glob("star_desktop_*.qm"))
        _require(catalogues, "inga .qm-filer (kör python -m star_desktop.i18n compile)")
        for qm in catalogues:
            _require(QTranslator().load(str(qm)), f"{qm.name} kan inte läsas")

    def _migrations(self) -> None:
        """The revision files are in the package and Alembic can load every one by path."""
        from alembic.script import ScriptDirectory

        from ..storage import schema

        script = ScriptDirectory.from_config(schema.alembic_config())
        loaded = sorted(r.revision for r in script.walk_revisions())
        if tuple(loaded) != schema.known_revisions() or not loaded:
            raise CheckFailed(f"Alembic hittade {loaded}, paketet har {schema.known_revisions()}")

    def _open_demo(self) -> None:
        from .. import preferences
        from ..demo.generator import DEMO_PASSPHRASE, generate_demo
        from ..storage.keys import KeyStore
        from ..storage.teamfile import open_team_file
        from .main_window import MainWindow

        path = self.out / "Självtest.star"
        generate_demo(path, cases=DEMO_CASES, seed=1, today=self.today)
        prefs = preferences.load()
        tf = open_team_file(path, actor=prefs.actor, keystore=KeyStore(),
                            ask_passphrase=lambda r: DEMO_PASSPHRASE if r is None else None)
        self.window = MainWindow(prefs, KeyStore())
        self.window.show()
        self.window.open_team(tf, add_recent=False)

    def _areas(self, app: Any) -> None:
        from .main_window import AREAS

        workspace = self.window.workspace
        hidden = []
        for key, _name in AREAS:
            self.window.show_area(key)
            app.processEvents()
            if not workspace.areas[key].isVisible():
                hidden.append(key)
        if hidden:
            raise CheckFailed("visas inte: " + ", ".join(hidden))

    def _exports(self) -> None:
        period = str(self.today.year)
        self.export("ärendelista xlsx", "ärendelista.xlsx", "xlsx", _case_list)
        self.export("importmall xlsx", "importmall.xlsx", "xlsx",
                    lambda _s, p: _module("cases.import_template").write_template(p))
        for fmt, kind in (("pdf", "pdf"), ("ics", "ics"), ("txt", "text")):
            self.export(f"kallelse {fmt}", f"kallelse.{fmt}", kind,
                        lambda s, p, fmt=fmt: _call(s, p, fmt))
        self.export("minnesanteckningar pdf", "minnesanteckningar.pdf", "pdf",
                    lambda s, p: _minutes(s, p, steering=False))
        self.export("minnesanteckningar styrgrupp pdf", "styrgrupp.pdf", "pdf",
                    lambda s, p: _minutes(s, p, steering=True))
        for fmt in ("xlsx", "pdf"):
            self.export(f"rapport {fmt}", f"rapport.{fmt}", fmt,
                        lambda s, p, fmt=fmt: _module("reports.exporting").export_report(
                            s, _period(period), fmt, p))
            self.export(f"4R {fmt}", f"4r.{fmt}", fmt,
                        lambda s, p, fmt=fmt: _module("fourr.exporting").export_fourr(
                            s, _period(period), fmt, p, protect=True, recipient="federation"))
        report = self.out / "rapport.xlsx"
        for fmt in ("xlsx", "pdf"):
            self.export(f"länssammanställning {fmt}", f"län.{fmt}", fmt,
                        lambda _s, p, fmt=fmt: _county(report, p))
        for fmt in ("xlsx", "pdf"):
            self.export(f"logg {fmt}", f"logg.{fmt}", fmt, _audit_log)
        self.export("registerutdrag pdf", "registerutdrag.pdf", "pdf", _extract)

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        path = self.out / "utskrift.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        doc = QTextDocument()
        doc.setPlainText("STAR Desktop – självtest av utskrift: åäö ÅÄÖ")
        doc.print_(printer)
        check_file(path, "pdf")

    def _backup(self) -> None:
        from ..storage import backup
        from ..storage.teamfile import verify_team_file

        tf = self.window.team_file
        folder = self.out / "kopior"
        folder.mkdir()
        made = backup.make_backup(tf, folder, keep=3)
        check_file(made, "star")
        report = verify_team_file(made, key=backup.key_of(tf))
        if not report.ok:
            raise CheckFailed("; ".join(report.lines()))


# --- one export each, through the real services ------------------------------------------------


def _module(name: str) -> Any:
    """A star_desktop module looked up when the check runs (a test can replace a function)."""
    import importlib

    return importlib.import_module(f"star_desktop.{name}")


def _qt_translations() -> None:
    """Qt's own catalogues (standard dialogs' buttons) are where ui/app.py looks for them."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in (QLocale.Language.Swedish, QLocale.Language.English):
        _require(QTranslator().load(QLocale(language), "qtbase", "_", folder),
                 f"qtbase för {QLocale.languageToString(language)} saknas i {folder}")


def _keyring_backend() -> None:
    """The OS keyring's backend is in the build (the self-test itself uses the null one)."""
    import importlib

    name = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    module = importlib.import_module(f"keyring.backends.{name}")
    _require(getattr(module, "Keyring", None), f"keyring.backends.{name} saknar Keyring")
    if name == "SecretService":
        importlib.import_module("secretstorage")  # and through it jeepney and cryptography


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _require(value: object, message: str) -> None:
    if not value:
        raise CheckFailed(message)


def _period(key: str) -> Any:
    return _module("reports.periods").parse_period(key)


def _case_list(session: Any, path: Path) -> None:
    from sqlalchemy import select

    from ..models import Case

    export = _module("cases.export")
    ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    count = export.export_case_list(session, ids, path)
    _require(count, "inga ärenden i listan")
    export.record_export(session, count=count, privacy=export.DEFAULT_PRIVACY)


def _meeting(session: Any) -> Any:
    """The latest meeting with an agenda that is not cancelled (the demo team has several)."""
    from sqlalchemy import select

    from ..models import Meeting, MeetingState

    for meeting in session.scalars(select(Meeting).order_by(Meeting.held_on.desc())):
        if meeting.state != MeetingState.CANCELLED and meeting.agenda_items:
            return meeting
    raise CheckFailed("demoteamet har inget möte med dagordning")


def _call(session: Any, path: Path, fmt: str) -> None:
    from ..meetings.call import call_content

    call_export = _module("meetings.call_export")
    content = call_content(session, _meeting(session), "case")
    write = {"pdf": call_export.call_pdf, "ics": call_export.write_call_ics,
             "txt": call_export.write_call_text}[fmt]
    write(content, path)


def _minutes(session: Any, path: Path, *, steering: bool) -> None:
    from ..meetings.minutes import minutes_content
    from ..team import service as team_service

    content = minutes_content(session, _meeting(session), steering_group=steering)
    _module("meetings.minutes_export").minutes_pdf(content, team_service.get_team(session).name,
                                                   path)


def _county(report: Path, path: Path) -> None:
    from ..federation.county import summarise

    _module("federation.export").write_county(summarise([report]), path)


def _audit_log(session: Any, path: Path) -> None:
    audit = _module("audit")
    written = audit.export_log(session, audit.AuditFilter(), path)
    _require(written, "loggen var tom")


def _extract(session: Any, path: Path) -> None:
    from sqlalchemy import select

    from ..models import Participant

    participant = session.scalars(select(Participant.id).order_by(Participant.id)).first()
    _require(participant, "demoteamet har ingen deltagare")
    _module("dataprotection.extract").export_extract(session, participant, path)


def run_self_test(write: Callable[[str], None] | None = None) -> int:
    """Run every check in a temporary folder; 0 if all passed, 1 otherwise."""
    def say(line: str) -> None:
        print(line, flush=True)

    root = Path(tempfile.mkdtemp(prefix="star-selftest-"))
    try:
        with isolated(root):
            out = root / "export"
            out.mkdir()
            return SelfTest(out, write or say).run()
    except Exception as e:  # noqa: BLE001 - a failure outside the checks is still exit 1
        (write or say)(f"FEL självtestet avbröts: {type(e).__name__}: {e}")
        traceback.print_exc(file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
