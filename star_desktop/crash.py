"""Crash reports without personal data, and the app's logging.

An unhandled exception must not end the app silently, and what it leaves behind must not hold
what the coordinator typed. A report therefore has what a developer needs to find the place —
the app, Python and Qt versions, the exception's type and the frames (file, line, function) of
its traceback and of the exceptions it came from — and nothing else: not the exception's message
(a ValueError about a bad personnummer quotes it), not local variables, not even the source
lines (a test's source can quote a name). Reports go to the app's log folder
(``STAR_DESKTOP_LOG_DIR`` moves it, as in ``preferences``); the last ``KEEP_REPORTS`` are kept.

Logging goes to stderr only, at WARNING, and there is no log file: a log line may quote a value,
and no filter can tell a name from other text, so a plaintext file would be exactly where
personal data could collect on disk. The crash reports are what a log file would be kept for.

No Qt import here: the command line uses this too; the GUI passes ``notify`` to show a message.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import os
import platform
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import platformdirs

from . import APP_NAME, __version__

ENV_LOG_DIR = "STAR_DESKTOP_LOG_DIR"
#: When set, the full traceback (with the message) is also printed to stderr — never to a file.
ENV_DEBUG = "STAR_DESKTOP_DEBUG"
KEEP_REPORTS = 20
REPORT_PREFIX = "felrapport-"
REPORT_SUFFIX = ".txt"
NATIVE_FILE = "programfel.txt"
NATIVE_MAX_BYTES = 256 * 1024
#: The same crash (type and frames) is shown to the user again only after this many seconds,
#: so an exception in a paint event does not bury the window under message boxes.
REPEAT_NOTIFY_S = 10.0
_CHAIN_DEPTH = 8

#: Told where the report is: (report path). Called in the thread that crashed.
Notify = Callable[[Path], None]

_HANDLER_MARK = "_star_desktop_handler"


def log_dir() -> Path:
    """The app's log folder (crash reports), movable with STAR_DESKTOP_LOG_DIR."""
    override = os.environ.get(ENV_LOG_DIR)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, False))


# --- the report --------------------------------------------------------------------------------


def _short_path(filename: str) -> str:
    """A frame's file relative to the sys.path entry it lives under (no home folder names)."""
    path = os.path.abspath(filename)
    best = ""
    for entry in sys.path:
        root = os.path.abspath(entry or os.curdir)
        if path.startswith(root + os.sep) and len(root) > len(best):
            best = root
    return os.path.relpath(path, best) if best else path


def _frames(tb: TracebackType | None) -> list[tuple[str, int, str]]:
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append((_short_path(code.co_filename), tb.tb_lineno,
                    getattr(code, "co_qualname", code.co_name)))
        tb = tb.tb_next
    return out


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "") or ""
    name = getattr(exc_type, "__qualname__", exc_type.__name__)
    return name if module == "builtins" else f"{module}.{name}"


def _codes(exc: BaseException | None) -> str:
    """Numbers and codes that say what went wrong without quoting anything typed."""
    parts = []
    errno = getattr(exc, "errno", None)
    if isinstance(errno, int):
        parts.append(f"errno {errno}")
    code = getattr(exc, "sqlite_errorname", None)
    if isinstance(code, str) and code.isidentifier():
        parts.append(code)
    return f" ({', '.join(parts)})" if parts else ""


def _chain(exc_type: type[BaseException], exc: BaseException | None,
           tb: TracebackType | None) -> Iterator[tuple[str, type[BaseException],
                                                       BaseException | None,
                                                       TracebackType | None]]:
    """The exception and those it was raised from or during, outermost first."""
    seen: set[int] = set()
    how = ""
    for _ in range(_CHAIN_DEPTH):
        yield how, exc_type, exc, tb
        if exc is None:
            return
        seen.add(id(exc))
        if exc.__cause__ is not None:
            nxt, how = exc.__cause__, "Orsakat av"
        elif exc.__context__ is not None and not exc.__suppress_context__:
            nxt, how = exc.__context__, "Uppstod medan detta hanterades"
        else:
            return
        if id(nxt) in seen:
            return
        exc_type, exc, tb = type(nxt), nxt, nxt.__traceback__


def _qt_versions() -> str:
    if "PySide6" not in sys.modules:  # never import Qt for a report
        return "inte laddat"
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        return f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except Exception:  # noqa: BLE001 - a report must be written whatever Qt says
        return "okänd"


def report_text(exc_type: type[BaseException], exc: BaseException | None,
                tb: TracebackType | None, *, where: str = "huvudtråden") -> str:
    """The text of a crash report: versions, the exception types and their frames, no message."""
    lines = [
        f"{APP_NAME} – felrapport (utan personuppgifter: inga felmeddelanden eller värden)",
        f"Tid: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Program: {APP_NAME} {__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {_qt_versions()}",
        f"System: {platform.system()} {platform.release()} {platform.machine()}",
        f"Tråd: {where}",
        "",
    ]
    for how, etype, e, etb in _chain(exc_type, exc, tb):
        if how:
            lines += ["", f"{how}:"]
        lines.append(f"Fel: {_type_name(etype)}{_codes(e)}")
        lines.append("Anrop (yttersta först):")
        frames = _frames(etb)
        lines += [f"  {f}, rad {n}, i {func}" for f, n, func in frames] or ["  (inga)"]
        if isinstance(e, BaseExceptionGroup):
            lines.append("Ingående fel: " + ", ".join(_type_name(type(x)) for x in e.exceptions))
    return "\n".join(lines) + "\n"


def prune(report_dir: Path, keep: int = KEEP_REPORTS) -> None:
    """Delete all but the newest ``keep`` reports (names sort by time)."""
    reports = sorted(report_dir.glob(f"{REPORT_PREFIX}*{REPORT_SUFFIX}"))
    for old in reports[:-keep] if keep > 0 else reports:
        old.unlink(missing_ok=True)


def write_report(exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None, report_dir: Path, *,
                 where: str = "huvudtråden") -> Path:
    """Write one report and prune the old ones; returns its path."""
    report_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S-%f")
    path = report_dir / f"{REPORT_PREFIX}{stamp}-{os.getpid()}{REPORT_SUFFIX}"
    with path.open("x", encoding="utf-8") as fh:
        fh.write(report_text(exc_type, exc, tb, where=where))
    prune(report_dir)
    return path


# --- the hooks ---------------------------------------------------------------------------------


@dataclass
class _State:
    report_dir: Path
    notify: Notify | None
    #: (type, frames) of the crashes met in this process → (report, when last shown).
    seen: dict[tuple[str, tuple[tuple[str, int, str], ...]], tuple[Path, float]] = \
        field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    native: IO[Any] | None = None


_state: _State | None = None


def _stderr(text: str) -> None:
    stream = sys.stderr
    if stream is None:  # pythonw and frozen GUI apps have none
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        return


def handle(exc_type: type[BaseException], exc: BaseException | None,
           tb: TracebackType | None, *, where: str = "huvudtråden") -> Path | None:
    """Report one unhandled exception (what the hooks call); returns the report's path.

    The same crash is written once per process, and shown again only after REPEAT_NOTIFY_S.
    """
    state = _state
    if state is None:
        return None
    signature = (_type_name(exc_type), tuple(_frames(tb)))
    notify = False
    with state.lock:
        known = state.seen.get(signature)
        now = time.monotonic()
        try:
            path = known[0] if known else write_report(exc_type, exc, tb, state.report_dir,
                                                       where=where)
        except OSError:
            path = None
        if known is None or now - known[1] >= REPEAT_NOTIFY_S:
            notify = True
            if path is not None:
                state.seen[signature] = (path, now)
    _stderr(report_text(exc_type, exc, tb, where=where)
            + (f"Felrapporten sparades i {path}\n" if path else
               "Felrapporten kunde inte sparas.\n"))
    if os.environ.get(ENV_DEBUG):
        sys.__excepthook__(exc_type, exc if exc is not None else exc_type(), tb)
    if notify and path is not None and state.notify is not None:
        try:
            state.notify(path)
        except Exception:  # noqa: BLE001 - the message must not start a second crash
            _stderr("Meddelandet om felet kunde inte visas.\n")
    return path


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    handle(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit):
        return
    handle(args.exc_type, args.exc_value, args.exc_traceback, where="en bakgrundstråd")


def _start_native(report_dir: Path) -> IO[Any] | None:
    """faulthandler for crashes in Qt or SQLCipher: it writes only files, lines and functions."""
    try:
        report_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = report_dir / NATIVE_FILE
        if target.exists() and target.stat().st_size > NATIVE_MAX_BYTES:
            target.unlink()
        fh = target.open("a", encoding="utf-8")
        faulthandler.enable(file=fh, all_threads=True)
        return fh
    except OSError:
        return None


def install(report_dir: Path | None = None, *, notify: Notify | None = None,
            native: bool = True) -> Path:
    """Report every unhandled exception (main thread, Qt slots, threads) to ``report_dir``.

    ``report_dir`` defaults to ``log_dir()``; ``notify`` is told each report's path (the GUI
    shows a message); ``native`` also records hard crashes with faulthandler. Calling again
    replaces the folder and the notifier. Returns the folder.
    """
    global _state
    folder = Path(report_dir) if report_dir is not None else log_dir()
    previous = _state
    _state = _State(folder, notify)
    if previous is not None and previous.native is not None:
        if native and previous.report_dir == folder:
            _state.native, previous.native = previous.native, None
        else:
            faulthandler.disable()
            previous.native.close()
    if native and _state.native is None:
        _state.native = _start_native(folder)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
    return folder


def uninstall() -> None:
    """Back to Python's own hooks (tests)."""
    global _state
    state, _state = _state, None
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if state is not None and state.native is not None:
        faulthandler.disable()
        state.native.close()


def configure_logging(level: int = logging.WARNING) -> None:
    """The app's logging, once: ``level`` and above to stderr, no log file (see the docstring)."""
    root = logging.getLogger()
    if any(getattr(h, _HANDLER_MARK, False) for h in root.handlers):
        return
    handler: logging.Handler
    if sys.stderr is None:
        handler = logging.NullHandler()
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, _HANDLER_MARK, True)
    handler.setLevel(level)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
