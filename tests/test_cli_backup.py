"""`star-desktop backup`, `restore` and `passphrase`: what they print, their exit codes, and
that a refusal leaves every file as it was."""

from __future__ import annotations

import hashlib
import io
import shutil
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from star_desktop.cli import SUBCOMMANDS, main
from star_desktop.models import Case
from star_desktop.storage.backup import list_backups
from star_desktop.storage.keys import derive_key
from star_desktop.storage.teamfile import (
    NewTeam,
    create_team_file,
    open_team_file,
    read_salt,
)

from .conftest import ACTOR, FILE_NAME, PASSPHRASE
from .crash_writer import action

NEW = "tre gröna hästar i snön 91"


@pytest.fixture
def team(team_template: tuple[Path, bytes], tmp_path: Path) -> Path:
    """A closed copy of the module's team file, with one case."""
    target = tmp_path / FILE_NAME
    shutil.copy2(team_template[0], target)
    with (open_team_file(target, actor=ACTOR, key=team_template[1], record_open=False) as tf,
          tf.session() as s, s.begin()):
        action(s, 1)
    return target


@pytest.fixture(autouse=True)
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


def cases(path: Path, key: bytes) -> int:
    with (open_team_file(path, actor=ACTOR, key=key, migrate=False, record_open=False) as tf,
          tf.session() as s):
        return s.scalar(select(func.count()).select_from(Case))


def test_the_commands_are_listed():
    assert {"backup", "restore", "passphrase"} <= set(SUBCOMMANDS)


def test_backup_prints_the_path_and_keeps_n(team, tmp_path, capsys):
    out_dir = tmp_path / "kopior"
    out_dir.mkdir()
    printed = []
    for _ in range(3):
        assert main(["backup", str(team), "--out", str(out_dir), "--keep", "2"]) == 0
        out = capsys.readouterr().out.strip()
        assert out.startswith("Säkerhetskopia skriven till ")
        printed.append(Path(out.removeprefix("Säkerhetskopia skriven till ")))
    with open_team_file(team, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE,
                        record_open=False) as tf:
        kept = [b.path for b in list_backups(out_dir, tf)]
    assert len(kept) == 2 and set(kept) <= set(printed) and printed[-1] in kept


def test_backup_to_a_missing_folder_is_exit_3(team, tmp_path, capsys):
    before = digest(team)
    assert main(["backup", str(team), "--out", str(tmp_path / "borta")]) == 3
    err = capsys.readouterr().err
    assert "Mappen finns inte eller nås inte" in err and "Traceback" not in err
    assert digest(team) == before
    assert main(["backup", str(team), "--out", str(tmp_path), "--keep", "0"]) == 2


def test_restore_to_a_new_file_and_over_an_existing_one(team, team_template, tmp_path, capsys):
    key = team_template[1]
    out_dir = tmp_path / "kopior"
    out_dir.mkdir()
    assert main(["backup", str(team), "--out", str(out_dir)]) == 0
    backup = Path(capsys.readouterr().out.strip().removeprefix("Säkerhetskopia skriven till "))
    with (open_team_file(team, actor=ACTOR, key=key, record_open=False) as tf,
          tf.session() as s, s.begin()):
        action(s, 4)  # a second case, after the backup

    fresh = tmp_path / "ny" / "Återställd.star"
    fresh.parent.mkdir()
    assert main(["restore", str(backup), "--to", str(fresh)]) == 0
    out = capsys.readouterr().out
    assert f"Återställde {fresh} från {backup.name} (1 ärenden)." in out
    assert cases(fresh, key) == 1

    before = digest(team, backup)
    assert main(["restore", str(backup), "--to", str(team)]) == 9  # no terminal to ask
    err = capsys.readouterr().err
    assert "Filen finns redan" in err and "--force" in err and "före-återställning" in err
    assert digest(team, backup) == before

    assert main(["restore", str(backup), "--to", str(team), "--force"]) == 0
    out = capsys.readouterr().out
    aside = Path(out.splitlines()[-1].removeprefix("Den tidigare filen sparades som "))
    assert aside.name.startswith("Bräcke STAR.före-återställning-")
    assert digest(aside) == before[:1]
    assert cases(team, key) == 1 and cases(aside, key) == 2


def test_restore_asks_on_a_terminal(team, team_template, tmp_path, capsys, monkeypatch):
    out_dir = tmp_path / "kopior"
    out_dir.mkdir()
    assert main(["backup", str(team), "--out", str(out_dir)]) == 0
    backup = Path(capsys.readouterr().out.strip().removeprefix("Säkerhetskopia skriven till "))

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    before = digest(team)
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    assert main(["restore", str(backup), "--to", str(team)]) == 1
    assert "Inget ändrades." in capsys.readouterr().out
    assert digest(team) == before
    monkeypatch.setattr(sys, "stdin", Terminal("j\n"))
    assert main(["restore", str(backup), "--to", str(team)]) == 0
    assert "Den tidigare filen sparades som" in capsys.readouterr().out


def test_restore_of_another_teams_backup_is_exit_13(team, tmp_path, capsys):
    other = create_team_file(tmp_path / "Ragunda STAR.star", PASSPHRASE,
                             NewTeam("Ragunda STAR", "Ragunda"), actor=ACTOR)
    other.close()
    out_dir = tmp_path / "kopior"
    out_dir.mkdir()
    assert main(["backup", str(other.path), "--out", str(out_dir)]) == 0
    theirs = Path(capsys.readouterr().out.strip().removeprefix("Säkerhetskopia skriven till "))
    before = digest(team, theirs)
    assert main(["restore", str(theirs), "--to", str(team), "--force"]) == 13
    err = capsys.readouterr().err
    assert "annat team (Ragunda STAR)" in err and "Inget ändrades" in err
    assert digest(team, theirs) == before
    assert sorted(p.name for p in team.parent.glob("*.star*")) == [FILE_NAME,
                                                                   "Ragunda STAR.star"]


def test_passphrase_command_changes_it(team, monkeypatch, capsys):
    monkeypatch.setenv("STAR_NEW_PASSPHRASE", NEW)
    assert main(["passphrase", str(team)]) == 0
    out = capsys.readouterr().out
    assert "Lösenfrasen för" in out and "gamla lösenfrasen" in out
    salt = read_salt(team)
    with (open_team_file(team, actor=ACTOR, key=derive_key(NEW, salt), record_open=False) as tf,
          tf.session() as s):
        assert s.scalar(select(func.count()).select_from(Case)) == 1
    assert main(["verify", str(team)]) == 5  # STAR_PASSPHRASE still holds the old one


def test_passphrase_command_refuses_a_weak_or_wrong_one(team, monkeypatch, capsys):
    before = digest(team)
    monkeypatch.setenv("STAR_NEW_PASSPHRASE", "kort")
    assert main(["passphrase", str(team)]) == 2
    assert "minst 12 tecken" in capsys.readouterr().err
    monkeypatch.setenv("STAR_NEW_PASSPHRASE", NEW)
    monkeypatch.setenv("STAR_PASSPHRASE", "fel fras som inte stämmer")
    assert main(["passphrase", str(team)]) == 5
    assert "Fel lösenfras" in capsys.readouterr().err
    monkeypatch.delenv("STAR_NEW_PASSPHRASE")
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)
    assert main(["passphrase", str(team)]) == 2
    assert "STAR_NEW_PASSPHRASE" in capsys.readouterr().err
    assert digest(team) == before  # a refused change writes nothing, not even "opened"
