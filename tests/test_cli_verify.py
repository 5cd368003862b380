"""`star-desktop verify FILE`: messages and exit codes, in-process and through the real entry point.

Exit codes: 0 ok, 2 usage/other, 3 missing, 4 not a team file, 5 wrong or no passphrase,
6 damaged, 7 made by a newer version.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from star_desktop.cli import main
from star_desktop.storage import teamfile
from star_desktop.storage.keys import KeyStore, file_id_from_salt
from star_desktop.storage.teamfile import NewTeam, create_team_file, open_team_file

from .conftest import ACTOR, PASSPHRASE

FILE_NAME = "Bräcke STAR.star"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    path = tmp_path_factory.mktemp("cli") / FILE_NAME
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR", "Bräcke"), actor=ACTOR)
    key = tf._key
    tf.close()
    return path, key


@pytest.fixture
def copy(made: tuple[Path, bytes], tmp_path: Path) -> Path:
    target = tmp_path / FILE_NAME
    shutil.copy2(made[0], target)
    return target


@pytest.fixture
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def test_verify_with_env_passphrase(copy, monkeypatch, capsys, no_tty):
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)
    before = copy.read_bytes()
    assert main(["verify", str(copy)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == f"Fil: {copy}"
    assert "Nyckel: rätt (från lösenfrasen)" in lines
    assert "Schemaversion: 0003 (aktuell)" in lines
    assert "Kryptering (sidornas HMAC): ok" in lines
    assert "Integritetskontroll: ok" in lines
    assert lines[-1] == "Innehåll: 0 ärenden, 0 deltagare, 0 ledamöter, 0 möten"
    assert err == ""
    assert copy.read_bytes() == before  # verify writes nothing, not even an audit event


def test_verify_with_wrong_env_passphrase(copy, monkeypatch, capsys, no_tty):
    monkeypatch.setenv("STAR_PASSPHRASE", "det här är fel fras 42")
    assert main(["verify", str(copy)]) == 5
    out, err = capsys.readouterr()
    assert out == ""
    assert "Fel lösenfras" in err and "STAR_PASSPHRASE" in err
    assert "Traceback" not in err


def test_verify_with_passphrase_file(copy, tmp_path, capsys, no_tty):
    secret = tmp_path / "fras.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["verify", str(copy), "--passphrase-file", str(secret)]) == 0
    assert "Integritetskontroll: ok" in capsys.readouterr().out

    secret.write_text("fel fras i filen 123\r\n", encoding="utf-8")
    assert main(["verify", "--passphrase-file", str(secret), str(copy)]) == 5
    assert str(secret) in capsys.readouterr().err


def test_verify_with_passphrase_file_saved_with_a_bom(copy, tmp_path, capsys, no_tty):
    """Windows Notepad may save "UTF-8" with a byte-order mark; it is not part of the phrase."""
    secret = tmp_path / "fras.txt"
    secret.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode("utf-8") + b"\r\n")
    assert main(["verify", str(copy), "--passphrase-file", str(secret)]) == 0
    assert "Integritetskontroll: ok" in capsys.readouterr().out


def test_verify_with_passphrase_file_not_in_utf8(copy, tmp_path, capsys, no_tty):
    """A file saved as Windows-1252 ("ANSI") gives a message, not a traceback."""
    secret = tmp_path / "fras.txt"
    secret.write_bytes(PASSPHRASE.encode("cp1252"))
    assert main(["verify", str(copy), "--passphrase-file", str(secret)]) == 2
    err = capsys.readouterr().err
    assert "UTF-8" in err and str(secret) in err


def test_verify_with_unreadable_passphrase_file(copy, tmp_path, capsys, no_tty):
    assert main(["verify", str(copy), "--passphrase-file", str(tmp_path / "saknas.txt")]) == 2
    assert "Lösenfrasfilen kan inte läsas" in capsys.readouterr().err


def test_verify_without_passphrase_and_no_terminal(copy, capsys, no_tty):
    code = main(["verify", str(copy)])
    assert code != 0
    err = capsys.readouterr().err
    assert "STAR_PASSPHRASE" in err
    assert "--passphrase-file" in err


def test_verify_uses_the_keyring_first(copy, made, capsys, memory_keyring, no_tty):
    KeyStore().put(file_id_from_salt(copy.read_bytes()[:16]), made[1])
    assert main(["verify", str(copy)]) == 0
    assert "Nyckel: rätt (från nyckelringen)" in capsys.readouterr().out


def test_verify_damaged_file(copy, monkeypatch, capsys, no_tty):
    pages = copy.stat().st_size // teamfile.PAGE_SIZE
    with copy.open("r+b") as fh:
        fh.seek(pages // 2 * teamfile.PAGE_SIZE + 500)
        fh.write(b"\x00" * 16)
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)
    assert main(["verify", str(copy)]) == 6
    out, err = capsys.readouterr()
    assert "skadad" in err and out == ""


def test_verify_missing_file(tmp_path, monkeypatch, capsys, no_tty):
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)
    assert main(["verify", str(tmp_path / "finns inte.star")]) == 3
    assert "Filen finns inte" in capsys.readouterr().err


@pytest.mark.parametrize("what", ["text", "folder"])
def test_verify_not_a_team_file(tmp_path, monkeypatch, capsys, no_tty, what):
    path = tmp_path / "anteckningar.star"
    if what == "text":
        path.write_text("Möte tisdag kl 9\n", encoding="utf-8")
    else:
        path.mkdir()
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)
    assert main(["verify", str(path)]) == 4
    assert "teamfil" in capsys.readouterr().err


def test_verify_file_from_a_newer_version(copy, made, monkeypatch, capsys, no_tty):
    with open_team_file(copy, actor=ACTOR, key=made[1], record_open=False) as tf, \
            tf.connect() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)
    assert main(["verify", str(copy)]) == 7
    assert "nyare version" in capsys.readouterr().err


def _run(path: Path, passphrase: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(STAR_PASSPHRASE=passphrase, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               STAR_DESKTOP_CONFIG_DIR=str(tmp_path / "config"),
               STAR_DESKTOP_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "star_desktop", "verify", str(path)],
                          env=env, cwd=tmp_path, capture_output=True, text=True,
                          encoding="utf-8", stdin=subprocess.DEVNULL, timeout=120)


def test_verify_through_the_real_entry_point(copy, tmp_path):
    ok = _run(copy, PASSPHRASE, tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "Integritetskontroll: ok" in ok.stdout
    assert "Schemaversion: 0003 (aktuell)" in ok.stdout

    wrong = _run(copy, "det här är fel fras 42", tmp_path)
    assert wrong.returncode == 5
    assert "Fel lösenfras" in wrong.stderr
    assert "Traceback" not in wrong.stderr
