"""Nothing personal in plaintext: after a session of the app, no participant's name or
personnummer is in any file of its config, data, log, cache or temp folders.

The session (tests/plaintext_session.py) runs the real app in its own process, with every
folder it may write to — the app's config, data and log folders, XDG_CONFIG_HOME,
XDG_CACHE_HOME, XDG_DATA_HOME, XDG_STATE_HOME, HOME and TMPDIR — under this test's tmp_path.
Then every file under those folders is searched byte by byte, as UTF-8 and as UTF-16-LE (how
Windows writes text), for the names and personnummer the team file holds. The team file
itself is searched too: it is encrypted, so none of them may appear in it either.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from star_desktop.crash import ENV_DEBUG, ENV_LOG_DIR, NATIVE_FILE, REPORT_PREFIX
from star_desktop.demo.generator import DEMO_PASSPHRASE
from star_desktop.models import ParticipantIdentity
from star_desktop.storage.teamfile import open_team_file

SESSION = Path(__file__).with_name("plaintext_session.py")
#: Names shorter than this are not looked for: "Ali" is part of too many other words.
MIN_NAME = 4
#: In the encrypted file's random-looking bytes a 4-byte needle turns up by chance about once
#: in 2**32 positions, so there only needles of at least this many bytes are looked for.
MIN_BYTES_ENCRYPTED = 5


@dataclass(frozen=True)
class Needle:
    what: str  # "first name", "personnummer (10)", …; never the value, so messages are safe
    text: str

    def encodings(self) -> list[tuple[str, bytes]]:
        return [("utf-8", self.text.encode("utf-8")), ("utf-16-le", self.text.encode("utf-16-le"))]


def needles_of(identities: list[tuple[str, str, str | None]]) -> list[Needle]:
    """Names (at least MIN_NAME letters) and personnummer in every form a program writes."""
    out: set[Needle] = set()
    for first, last, pnr in identities:
        for what, name in (("first name", first), ("last name", last)):
            if len(name) >= MIN_NAME:
                out.add(Needle(what, name))
        if pnr:
            assert len(pnr) == 12 and pnr.isdigit()
            out |= {Needle("personnummer (12)", pnr), Needle("personnummer (10)", pnr[2:]),
                    Needle("personnummer (12, streck)", f"{pnr[:8]}-{pnr[8:]}"),
                    Needle("personnummer (10, streck)", f"{pnr[2:8]}-{pnr[8:]}")}
    return sorted(out, key=lambda n: (n.what, n.text))


def leaks(roots: list[Path], needles: list[Needle], *, encrypted: set[Path] = frozenset()
          ) -> list[str]:
    """Every (file, what, encoding) where a needle is found, in contents or in the file's name.

    Says what was found and where, never the value itself.
    """
    found: list[str] = []
    seen: set[Path] = set()
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path in seen or path.is_symlink() or not path.is_file():
                continue
            seen.add(path)
            data = path.read_bytes()
            shortest = MIN_BYTES_ENCRYPTED if path in encrypted else 1
            for n in needles:
                if n.text in path.name:
                    found.append(f"{path}: {n.what} in the file name")
                for enc, b in n.encodings():
                    if len(b) >= shortest and b in data:
                        found.append(f"{path}: {n.what} ({enc})")
    return found


def _identities(team: Path) -> list[tuple[str, str, str | None]]:
    tf = open_team_file(team, actor="test", record_open=False,
                        ask_passphrase=lambda r: DEMO_PASSPHRASE if r is None else None)
    try:
        with tf.session() as s:
            return [(i.first_name, i.last_name, i.personnummer)
                    for i in s.query(ParticipantIdentity)]
    finally:
        tf.close()


def test_a_session_leaves_no_name_or_personnummer_in_plaintext(tmp_path):
    home = tmp_path / "home"
    folders = {
        "HOME": home,
        "STAR_DESKTOP_CONFIG_DIR": home / "config" / "STAR Desktop",
        "STAR_DESKTOP_DATA_DIR": home / "data" / "STAR Desktop",
        ENV_LOG_DIR: home / "logs",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": tmp_path / "run",
        "TMPDIR": tmp_path / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("STAR_", "XDG_")) and k not in ("TEMP", "TMP")}
    env.update({k: str(v) for k, v in folders.items()})
    env.update(QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.pop(ENV_DEBUG, None)
    documents = home / "Dokument"
    documents.mkdir()
    team, bogus = documents / "Demoteam STAR.star", documents / "Kopia av teamet.star"

    done = subprocess.run([sys.executable, str(SESSION), str(team), str(bogus)], env=env,
                          capture_output=True, timeout=120, cwd=tmp_path)
    stdout, stderr = done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr[-3000:]
    summary = json.loads(stdout.strip().splitlines()[-1])
    assert summary["found"] >= 1 and summary["meetings"] > 0
    crash_title, crash_text = summary["crash_box"]
    assert crash_title == "Ett oväntat fel"
    assert crash_text.startswith("Ett oväntat fel inträffade")
    assert summary["open_box"] == ["Teamfilen kunde inte öppnas",
                                   "Filen är ofullständig (avkortad): storleken stämmer inte "
                                   "med en teamfil. Återställ den från en säkerhetskopia."]
    # What the session left: a crash report, the preferences with the recent file.
    reports = sorted((home / "logs").glob(f"{REPORT_PREFIX}*"))
    assert len(reports) == 1 and "Fel: RuntimeError" in reports[0].read_text(encoding="utf-8")
    assert (home / "logs" / NATIVE_FILE).exists()
    prefs = json.loads((folders["STAR_DESKTOP_CONFIG_DIR"] / "preferences.json")
                       .read_text(encoding="utf-8"))
    assert len(prefs["recent_files"]) == 1

    needles = needles_of(_identities(team))
    assert sum(n.what.startswith("personnummer") for n in needles) >= 40
    assert sum(n.what.endswith("name") for n in needles) >= 40

    # The search can fail: what is planted is found, in either encoding, in a nested folder.
    planted = tmp_path / "planted"
    (planted / "a" / "b").mkdir(parents=True)
    name = next(n for n in needles if n.what == "first name")
    pnr = next(n for n in needles if n.what == "personnummer (10, streck)")
    (planted / "a" / "x.log").write_bytes(b"\x00\x01ok " + name.text.encode("utf-8") + b"\n")
    (planted / "a" / "b" / "y.dat").write_bytes(("Rad: " + pnr.text).encode("utf-16-le"))
    (planted / "a" / "clean.txt").write_text("inget här", encoding="utf-8")
    assert leaks([planted], needles) == [f"{planted / 'a' / 'b' / 'y.dat'}: "
                                         "personnummer (10, streck) (utf-16-le)",
                                         f"{planted / 'a' / 'x.log'}: first name (utf-8)"]

    # The session's folders hold none of them, and neither does its output.
    searched = sorted({home, tmp_path / "tmp", tmp_path / "run"})
    files = [p for root in searched for p in root.rglob("*") if p.is_file()]
    assert team in files and reports[0] in files
    assert leaks(searched, needles, encrypted={team}) == []
    for n in needles:
        assert n.text not in stdout and n.text not in stderr, f"{n.what} in the output"
