"""The `star-desktop` command: the GUI, and commands for automation.

    star-desktop                      the GUI
    star-desktop FILE                 the GUI on a team file
    star-desktop --demo               the GUI on a freshly generated demo team, no prompts
    star-desktop --self-test          opens a demo team offscreen, shows every area, writes
                                      every export to a temporary folder; exit 0 if all worked
    star-desktop demo --out FILE [--cases N] [--seed S]
    star-desktop verify FILE
    star-desktop import-cases FILE XLSX
    star-desktop import-template --out PATH
    star-desktop minutes FILE --meeting YYYY-MM-DD --out PATH [--steering-group]
    star-desktop report FILE --period 2025-T2 --format xlsx|pdf --out PATH
    star-desktop fourr FILE --period 2025 --format xlsx|pdf --out PATH [--for federation]
    star-desktop federation --out PATH.xlsx|PATH.pdf TEAM1.xlsx TEAM2.xlsx ...   (county view)
    star-desktop backup FILE --out DIR [--keep N]      (an encrypted, checked copy)
    star-desktop restore BACKUP --to FILE [--force]    (the current FILE is kept as a copy)
    star-desktop passphrase FILE                       (change the passphrase; new one from
                                                        STAR_NEW_PASSPHRASE or a prompt)

A command that opens a file takes its secret from the keyring, else STAR_PASSPHRASE, else
--passphrase-file, else a prompt on a terminal. Heavy modules (Qt, exporters) are imported only
by the command that needs them, so each command starts fast.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import APP_NAME, __version__

SUBCOMMANDS = ("demo", "verify", "import-cases", "import-template", "call", "minutes", "report",
               "fourr", "federation", "backup", "restore", "passphrase")
ENV_PASSPHRASE = "STAR_PASSPHRASE"
ENV_NEW_PASSPHRASE = "STAR_NEW_PASSPHRASE"


class CliError(Exception):
    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="star-desktop",
        description=f"{APP_NAME} – samordnarens program för STAR-teamet.",
        epilog="Kommandon: " + ", ".join(SUBCOMMANDS) + " (star-desktop KOMMANDO --help).",
    )
    p.add_argument("file", nargs="?", type=Path, help="teamfil att öppna")
    p.add_argument("--demo", action="store_true", help="öppna ett nyskapat demoteam")
    p.add_argument("--self-test", action="store_true",
                   help="kontrollera installationen: visa alla områden och skriv alla exporter "
                        "på ett demoteam i en tillfällig mapp (slutkod 0 om allt fungerade)")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="star-desktop")
    sub = p.add_subparsers(dest="command", required=True)

    d = sub.add_parser("demo", help="skriv en krypterad teamfil med påhittade demodata")
    d.add_argument("--out", type=Path, required=True, help="filen som skapas")
    d.add_argument("--cases", type=int, default=None, help="antal ärenden (standard cirka 80)")
    d.add_argument("--seed", type=int, default=1, help="slumpfrö; samma frö ger samma team")
    d.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    _secret_args(d)

    v = sub.add_parser("verify", help="kontrollera nyckel, schemaversion och integritet")
    v.add_argument("file", type=Path)
    _secret_args(v)

    ic = sub.add_parser("import-cases", help="importera ärenden från importmallen (xlsx)")
    ic.add_argument("file", type=Path, help="teamfilen")
    ic.add_argument("xlsx", type=Path, help="den ifyllda importmallen")
    _secret_args(ic)

    it = sub.add_parser("import-template", help="skriv importmallen för ärenden (xlsx)")
    it.add_argument("--out", type=Path, required=True, help="filen som skapas")
    it.add_argument("--force", action="store_true", help="skriv över en befintlig fil")

    ca = sub.add_parser("call", help="skriv kallelsen till ett möte (pdf, .ics eller .txt)")
    ca.add_argument("file", type=Path, help="teamfilen")
    ca.add_argument("--meeting", required=True, metavar="ÅÅÅÅ-MM-DD", help="mötets datum")
    ca.add_argument("--out", type=Path, required=True,
                    help="filen som skrivs: .ics ger kalenderhändelse, .txt text, annars pdf")
    ca.add_argument("--privacy", choices=("full", "initials", "case"), default="case",
                    help="vad som visas om personerna (standard: endast ärendenummer)")
    _secret_args(ca)

    mi = sub.add_parser("minutes", help="skriv ett mötes minnesanteckningar (pdf)")
    mi.add_argument("file", type=Path, help="teamfilen")
    mi.add_argument("--meeting", required=True, metavar="ÅÅÅÅ-MM-DD", help="mötets datum")
    mi.add_argument("--out", type=Path, required=True, help="pdf-filen som skrivs")
    mi.add_argument("--steering-group", action="store_true",
                    help="versionen för styrgruppen, utan personuppgifter")
    _secret_args(mi)

    rp = sub.add_parser("report", help="skriv tertial- eller årsrapporten (xlsx eller pdf)")
    rp.add_argument("file", type=Path, help="teamfilen")
    rp.add_argument("--period", required=True, metavar="PERIOD",
                    help="2025 (helår), 2025-T2 (tertial), 2025-T2-YTD (året t.o.m. tertial 2), "
                         "2025-YTD (året hittills) eller 2025-01-01..2025-06-30")
    rp.add_argument("--format", choices=("xlsx", "pdf"), default=None,
                    help="filformat (standard: efter filändelsen på --out)")
    rp.add_argument("--out", type=Path, required=True, help="filen som skrivs")
    rp.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    _secret_args(rp)

    fr = sub.add_parser("fourr", help="skriv 4R-analysen (xlsx eller pdf)")
    fr.add_argument("file", type=Path, help="teamfilen")
    fr.add_argument("--period", required=True, metavar="PERIOD", help="som för report")
    fr.add_argument("--format", choices=("xlsx", "pdf"), default=None,
                    help="filformat (standard: efter filändelsen på --out)")
    fr.add_argument("--out", type=Path, required=True, help="filen som skrivs")
    fr.add_argument("--for", dest="recipient", default="federation",
                    choices=("federation", "steering-group", "team"),
                    help="mottagare: förbundskansliet (standard) och styrgruppen får små tal "
                         "skyddade, teamet internt får dem som de är")
    fr.add_argument("--no-protect", action="store_true",
                    help="visa små tal även för styrgruppen och förbundskansliet")
    fr.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    _secret_args(fr)

    fe = sub.add_parser("federation",
                        help="länssammanställning av flera teams rapportexporter (xlsx eller pdf)")
    fe.add_argument("--out", type=Path, required=True,
                    help="filen som skrivs: .xlsx eller .pdf (efter filändelsen)")
    fe.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    fe.add_argument("inputs", type=Path, nargs="+", metavar="TEAM.xlsx",
                    help="teamens rapportexporter (xlsx) för samma period")

    bk = sub.add_parser("backup", help="skriv en krypterad, kontrollerad säkerhetskopia")
    bk.add_argument("file", type=Path, help="teamfilen")
    bk.add_argument("--out", type=Path, required=True, help="mappen som kopian skrivs till")
    bk.add_argument("--keep", type=int, default=None,
                    help="antal av teamets kopior att behålla i mappen (standard: teamets "
                         "inställning)")
    _secret_args(bk)

    rs = sub.add_parser("restore", help="återställ en teamfil från en säkerhetskopia")
    rs.add_argument("backup", type=Path, help="säkerhetskopian")
    rs.add_argument("--to", dest="target", type=Path, required=True,
                    help="teamfilen som återställs (en befintlig sparas först som kopia)")
    rs.add_argument("--force", action="store_true",
                    help="ersätt en befintlig fil utan att fråga")
    _secret_args(rs)

    pp = sub.add_parser("passphrase", help="byt teamfilens lösenfras")
    pp.add_argument("file", type=Path, help="teamfilen")
    _secret_args(pp)
    pp.add_argument("--new-passphrase-file", type=Path,
                    help=f"läs den nya lösenfrasen från en fil (eller sätt {ENV_NEW_PASSPHRASE})")
    return p


def _secret_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-file", type=Path, help="läs lösenfrasen från en fil")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            if argv is None:  # a real command, not a test calling main([...])
                from . import crash

                crash.configure_logging()
                crash.install(native=False)  # reports without messages or values, like the GUI
            args = _command_parser().parse_args(args_list)
            return {"demo": cmd_demo, "verify": cmd_verify, "import-cases": cmd_import_cases,
                    "import-template": cmd_import_template, "call": cmd_call,
                    "minutes": cmd_minutes, "report": cmd_report,
                    "fourr": cmd_fourr, "federation": cmd_federation, "backup": cmd_backup,
                    "restore": cmd_restore, "passphrase": cmd_passphrase}[args.command](args)
        args = _gui_parser().parse_args(args_list)
        return run_gui(args)
    except CliError as e:
        print(f"star-desktop: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        return 130


# --- secrets -----------------------------------------------------------------------------------


def _non_interactive_passphrase(args: argparse.Namespace) -> tuple[str, str] | None:
    """(passphrase, where it came from) from the environment or --passphrase-file."""
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env, ENV_PASSPHRASE
    pf: Path | None = getattr(args, "passphrase_file", None)
    if pf is not None:
        try:
            text = pf.read_text(encoding="utf-8-sig")  # -sig: drop a BOM (Notepad)
        except OSError as e:
            raise CliError(f"Lösenfrasfilen kan inte läsas: {pf} ({e.strerror or e})") from e
        except UnicodeDecodeError as e:
            raise CliError(f"Lösenfrasfilen är inte sparad som UTF-8: {pf}") from e
        return text.rstrip("\r\n"), str(pf)
    return None


def _asker(args: argparse.Namespace):  # noqa: ANN202 - returns an AskPassphrase
    """An AskPassphrase for the command line: env, then file, then up to three prompts."""
    given = _non_interactive_passphrase(args)
    state = {"prompts": 0, "given_used": False}

    def ask(reason: str | None) -> str | None:
        if given is not None:
            if state["given_used"]:
                raise CliError(f"Fel lösenfras (från {given[1]}) – eller så är filen skadad.", 5)
            state["given_used"] = True
            return given[0]
        if not sys.stdin.isatty():
            raise CliError(
                "Nyckeln finns inte i nyckelringen och ingen lösenfras angavs: sätt "
                f"{ENV_PASSPHRASE}, ange --passphrase-file eller kör i en terminal.", 5)
        if reason:
            print(reason, file=sys.stderr)
        if state["prompts"] >= 3:
            raise CliError("Fel lösenfras tre gånger.", 5)
        state["prompts"] += 1
        return getpass.getpass("Lösenfras: ")

    return ask


def _new_passphrase(args: argparse.Namespace) -> str | None:
    given = _non_interactive_passphrase(args)
    if given is not None:
        return given[0]
    if sys.stdin.isatty():
        first = getpass.getpass("Ny lösenfras: ")
        if first != getpass.getpass("Upprepa lösenfrasen: "):
            raise CliError("Lösenfraserna är inte lika.")
        return first
    return None


# --- commands ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo.generator import (
        DEFAULT_CASES,
        DEMO_PASSPHRASE,
        MUNICIPALITY,
        TEAM_NAME,
        generate_demo,
    )
    from .storage.passphrase import weakness

    cases = DEFAULT_CASES if args.cases is None else args.cases
    if cases < 0 or cases > 1_000_000:
        raise CliError("--cases ska vara ett tal mellan 0 och 1 000 000.")
    out: Path = args.out
    if out.exists() and not args.force:
        raise CliError(f"Filen finns redan: {out} (använd --force för att skriva över).", 9)
    if not out.parent.is_dir():
        raise CliError(f"Mappen finns inte: {out.parent}", 3)
    passphrase = _new_passphrase(args)
    told = passphrase is None
    if passphrase is None:
        passphrase = DEMO_PASSPHRASE
    elif reason := weakness(passphrase, avoid=(TEAM_NAME, MUNICIPALITY)):
        raise CliError(reason)
    if out.exists():
        out.unlink()
    generate_demo(out, cases=cases, seed=args.seed, passphrase=passphrase)
    print(f"Demoteam med {cases} ärenden skrivet till {out}")
    if told:
        print(f"Lösenfras (påhittade data): {DEMO_PASSPHRASE}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .storage.errors import TeamFileError
    from .storage.keys import KeyStore
    from .storage.teamfile import verify_team_file

    try:
        report = verify_team_file(args.file, keystore=KeyStore(), ask_passphrase=_asker(args))
    except TeamFileError as e:
        print(f"star-desktop: {e.message}", file=sys.stderr)
        return e.exit_code
    for line in report.lines():
        print(line)
    return 0 if report.ok else 6


def cmd_import_cases(args: argparse.Namespace) -> int:
    """Import a team's cases from the import template; every error, or nothing imported."""
    from .cases.importer import ImportErrors, import_rows, read_rows

    def refused(e: ImportErrors) -> int:
        for line in e.lines():
            print(line, file=sys.stderr)
        print(f"Inget importerades ({len(e.errors)} fel).", file=sys.stderr)
        return 10

    if not args.xlsx.is_file():
        raise CliError(f"Filen finns inte: {args.xlsx}", 3)
    try:
        rows = read_rows(args.xlsx)  # before the passphrase: a wrong sheet fails at once
    except ImportErrors as e:
        return refused(e)
    tf = _open_for_command(args)
    try:
        with tf.session() as s, s.begin():
            result = import_rows(s, rows)
    except ImportErrors as e:
        return refused(e)
    finally:
        tf.close()
    print(f"Importerade {result.imported} ärenden ({result.already_there} fanns redan)")
    return 0


def cmd_import_template(args: argparse.Namespace) -> int:
    from .cases.import_template import write_template

    out: Path = args.out
    if out.exists() and not args.force:
        raise CliError(f"Filen finns redan: {out} (använd --force för att skriva över).", 9)
    if not out.parent.is_dir():
        raise CliError(f"Mappen finns inte: {out.parent}", 3)
    write_template(out)
    print(f"Importmallen skriven till {out}")
    return 0


def _open_for_command(args: argparse.Namespace):  # noqa: ANN202 - a TeamFile
    """Open the command's team file (keyring, STAR_PASSPHRASE, --passphrase-file, prompt)."""
    from . import preferences
    from .storage.errors import TeamFileError
    from .storage.keys import KeyStore
    from .storage.teamfile import open_team_file

    try:
        return open_team_file(args.file, actor=preferences.load().actor, keystore=KeyStore(),
                              ask_passphrase=_asker(args))
    except TeamFileError as e:
        raise CliError(e.message, e.exit_code) from e


def _meeting_day(text: str):  # noqa: ANN202 - a date
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise CliError(f"Ogiltigt datum: {text} (skriv ÅÅÅÅ-MM-DD).") from e


def _check_folder(out: Path) -> None:
    if not out.parent.is_dir():
        raise CliError(f"Mappen finns inte: {out.parent}", 3)


def _meeting_on(session, day):  # noqa: ANN001, ANN202 - Session, date -> Meeting
    """The meeting held on ``day`` (not a cancelled one), or a CliError with exit code 3."""
    from sqlalchemy import select

    from .models import Meeting, MeetingState

    meetings = list(session.scalars(select(Meeting).where(Meeting.held_on == day)
                                    .order_by(Meeting.id)))
    meeting = next((m for m in meetings if m.state != MeetingState.CANCELLED), None)
    if meeting is None:
        raise CliError(f"Mötet den {day.isoformat()} är inställt." if meetings
                       else f"Det finns inget möte den {day.isoformat()}.", 3)
    return meeting


def cmd_call(args: argparse.Namespace) -> int:
    """Write a meeting's call; builds the agenda first if the meeting has none."""


    from . import audit
    from .meetings.agenda import AgendaLocked, build_agenda
    from .meetings.call import call_content
    from .meetings.call_export import call_pdf, privacy_label, write_call_ics, write_call_text
    from .models import AuditAction

    day = _meeting_day(args.meeting)
    out: Path = args.out
    _check_folder(out)
    fmt = {".ics": "ics", ".txt": "text"}.get(out.suffix.lower(), "pdf")
    tf = _open_for_command(args)
    try:
        with tf.session() as s, s.begin():
            meeting = _meeting_on(s, day)
            if not meeting.agenda_items:
                try:
                    build_agenda(s, meeting)
                except AgendaLocked as e:
                    raise CliError(str(e), 3) from e
                s.flush()
            content = call_content(s, meeting, args.privacy)
            level = "case" if fmt == "ics" else args.privacy  # the .ics holds counts only
            try:
                if fmt == "ics":
                    write_call_ics(content, out)
                elif fmt == "text":
                    write_call_text(content, out)
                else:
                    call_pdf(content, out)
            except OSError as e:
                raise CliError(f"Kallelsen kunde inte skrivas: {out} ({e.strerror or e})") from e
            audit.record(s, AuditAction.EXPORTED, entity="meeting", entity_id=meeting.id,
                         detail=f"kallelse {fmt}, nivå {level}")
    finally:
        tf.close()
    print(f"Kallelsen ({fmt}, {privacy_label(level).lower()}) skriven till {out}")
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    """Write a meeting's minutes as a PDF, the internal version or the steering group's."""


    from . import audit
    from .meetings.minutes import minutes_content
    from .meetings.minutes_export import minutes_pdf
    from .models import AuditAction
    from .team import service as team_service

    day = _meeting_day(args.meeting)
    out: Path = args.out
    _check_folder(out)
    steering: bool = args.steering_group
    version = "styrgrupp" if steering else "intern"
    tf = _open_for_command(args)
    try:
        with tf.session() as s, s.begin():
            meeting = _meeting_on(s, day)
            content = minutes_content(s, meeting, steering_group=steering)
            try:
                minutes_pdf(content, team_service.get_team(s).name, out)
            except OSError as e:
                raise CliError(f"Minnesanteckningarna kunde inte skrivas: {out} "
                               f"({e.strerror or e})") from e
            audit.record(s, AuditAction.EXPORTED, entity="meeting", entity_id=meeting.id,
                         detail=f"minnesanteckningar pdf, {version}")
    finally:
        tf.close()
    label = "versionen för styrgruppen" if steering else "intern version"
    print(f"Minnesanteckningarna ({label}) skrivna till {out}")
    return 0


def _period_and_target(args: argparse.Namespace):  # noqa: ANN202 - (Period, fmt, Path)
    """The --period, the format (from --format or the ending of --out) and a free --out."""
    from .reports.periods import PeriodError, parse_period

    try:
        period = parse_period(args.period)
    except PeriodError as e:
        raise CliError(str(e)) from e
    out: Path = args.out
    fmt = args.format or {".xlsx": "xlsx", ".pdf": "pdf"}.get(out.suffix.lower())
    if fmt is None:
        raise CliError("Ange --format xlsx eller pdf (eller en fil som slutar på .xlsx/.pdf).")
    _check_folder(out)
    if out.exists() and not args.force:
        raise CliError(f"Filen finns redan: {out} (använd --force för att skriva över).", 9)
    return period, fmt, out


def cmd_report(args: argparse.Namespace) -> int:
    """Write the tertial or annual report of a period as xlsx or PDF."""
    from .reports.exporting import export_report

    period, fmt, out = _period_and_target(args)
    tf = _open_for_command(args)
    try:
        with tf.session() as s, s.begin():
            try:
                export_report(s, period, fmt, out)
            except OSError as e:
                raise CliError(f"Rapporten kunde inte skrivas: {out} ({e.strerror or e})") from e
    finally:
        tf.close()
    print(f"Rapporten för {period.label} ({fmt}) skriven till {out}")
    return 0


def cmd_fourr(args: argparse.Namespace) -> int:
    """Write the 4R analysis of a period; small counts protected unless it stays in the team."""
    from .fourr.exporting import export_fourr
    from .fourr.report import RECIPIENTS

    period, fmt, out = _period_and_target(args)
    protect = RECIPIENTS[args.recipient][1] and not args.no_protect
    tf = _open_for_command(args)
    try:
        with tf.session() as s, s.begin():
            try:
                export_fourr(s, period, fmt, out, protect=protect, recipient=args.recipient)
            except OSError as e:
                raise CliError(f"4R-analysen kunde inte skrivas: {out} "
                               f"({e.strerror or e})") from e
    finally:
        tf.close()
    shield = "små tal skyddade" if protect else "utan skydd av små tal"
    print(f"4R-analysen för {period.label} ({fmt}, {shield}) skriven till {out}")
    return 0


def cmd_federation(args: argparse.Namespace) -> int:
    """The county view of several teams' report exports, as xlsx or PDF. Every file is read and
    checked before anything is written; no team file or passphrase is needed."""
    out: Path = args.out
    fmt = {".xlsx": "xlsx", ".pdf": "pdf"}.get(out.suffix.lower())
    if fmt is None:
        raise CliError("--out ska sluta på .xlsx eller .pdf.")
    for path in args.inputs:
        if not path.is_file():
            raise CliError(f"Filen finns inte: {path}", 3)
    _check_folder(out)
    if any(out.resolve() == path.resolve() for path in args.inputs):
        raise CliError(f"--out är en av teamens filer: {out}")
    if out.exists() and not args.force:
        raise CliError(f"Filen finns redan: {out} (använd --force för att skriva över).", 9)

    from .federation.county import summarise
    from .federation.export import write_county
    from .federation.reader import FederationInputError

    try:
        summary = summarise(args.inputs)
    except FederationInputError as e:
        raise CliError(e.message, 11) from e
    try:
        write_county(summary, out)
    except OSError as e:
        raise CliError(f"Länssammanställningen kunde inte skrivas: {out} "
                       f"({e.strerror or e})") from e
    hidden = f"; {summary.masked} dolda värden" if summary.masked else ""
    print(f"Länssammanställningen för {summary.period_label} ({fmt}, "
          f"{len(summary.teams)} team{hidden}) skriven till {out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .cli_backup import cmd_backup as run

    return run(args)


def cmd_restore(args: argparse.Namespace) -> int:
    from .cli_backup import cmd_restore as run

    return run(args)


def cmd_passphrase(args: argparse.Namespace) -> int:
    from .cli_backup import cmd_passphrase as run

    return run(args)


def run_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from .ui.selftest import run_self_test

        return run_self_test()
    from .ui.app import run

    return run(file=args.file, demo=args.demo)
