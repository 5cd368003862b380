"""`star-desktop --self-test` in-process on the venv (`make bundle-test` runs it in the bundle).

The self-test is what tells a broken build from a working one, so it must fail loudly: a check
that raises gives a FEL line and exit 1, the other checks still run, and nothing of the user's
(config, keyring, temporary files) is left changed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import keyring
import pytest

from star_desktop import cli
from star_desktop.ui import selftest

#: Checks the self-test must always make (a subset: the export list may grow).
EXPECTED = ("alla områden visas", "ärendelista xlsx", "importmall xlsx", "kallelse pdf",
            "kallelse ics", "kallelse txt", "minnesanteckningar pdf", "rapport xlsx",
            "rapport pdf", "4R xlsx", "4R pdf", "länssammanställning xlsx", "logg xlsx",
            "registerutdrag pdf", "utskrift (QPrinter till pdf)", "säkerhetskopia och kontroll",
            "schemaversioner (Alembic)", "Qt-översättningar (svenska, engelska)")


def _run(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = cli.main(["--self-test"])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    return code, lines


def _labels(lines: list[str], prefix: str) -> set[str]:
    return {line[len(prefix):].split(":", 1)[0] for line in lines if line.startswith(prefix)}


def test_self_test_passes_and_leaves_nothing_behind(
        qapp, capsys: pytest.CaptureFixture[str], tmp_path: Path,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch, memory_keyring) -> None:  # noqa: ANN001
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    keyring.set_keyring(memory_keyring)
    code, lines = _run(capsys)
    checks, summary = lines[:-1], lines[-1]
    assert code == 0, lines
    assert all(line.startswith("ok  ") for line in checks), lines
    assert set(EXPECTED) <= _labels(checks, "ok  ")
    assert summary == "Självtestet lyckades (0 fel)"
    assert list(scratch.iterdir()) == []  # the demo team and every export are gone
    assert keyring.get_keyring() is memory_keyring  # the user's keyring is back
    assert memory_keyring.store == {}  # and the demo team's key was never put in it


def test_a_failing_export_gives_exit_1_and_the_others_still_run(
        qapp, capsys: pytest.CaptureFixture[str],  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    from star_desktop.reports import exporting

    def broken(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporting, "export_report", broken)
    code, lines = _run(capsys)
    assert code == 1
    failed = _labels(lines, "FEL ")
    # The county summary reads the report's xlsx, so it fails with it; nothing else does.
    assert failed == {"rapport xlsx", "rapport pdf", "länssammanställning xlsx",
                      "länssammanställning pdf"}, lines
    assert any("OSError" in line and "No space left" in line for line in lines)
    assert {"4R pdf", "registerutdrag pdf", "säkerhetskopia och kontroll"} <= _labels(lines, "ok  ")
    assert lines[-1] == "Självtestet misslyckades (4 fel)"


@pytest.mark.parametrize(("content", "kind", "message"), [
    (b"", "pdf", "filen är tom"),
    (b"<html>not a pdf</html>", "pdf", "inte en PDF"),
    (b"just text", "xlsx", "inte en xlsx-fil"),
    (b"BEGIN:VEVENT", "ics", "inte en kalenderfil"),
])
def test_a_wrong_file_fails_its_check(tmp_path: Path, content: bytes, kind: str,
                                      message: str) -> None:
    path = tmp_path / f"export.{kind}"
    path.write_bytes(content)
    with pytest.raises(selftest.CheckFailed, match=message):
        selftest.check_file(path, kind)


def test_a_missing_file_fails_its_check(tmp_path: Path) -> None:
    with pytest.raises(selftest.CheckFailed, match="skrevs inte"):
        selftest.check_file(tmp_path / "rapport.pdf", "pdf")


def test_self_test_uses_its_own_folders_unless_given(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for name in selftest.ENV_DIRS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STAR_DESKTOP_LOG_DIR", str(tmp_path / "mine"))
    import os

    with selftest.isolated(tmp_path / "root"):
        assert os.environ["STAR_DESKTOP_CONFIG_DIR"] == str(tmp_path / "root" / "config")
        assert os.environ["STAR_DESKTOP_DATA_DIR"] == str(tmp_path / "root" / "data")
        assert os.environ["STAR_DESKTOP_LOG_DIR"] == str(tmp_path / "mine")
        assert type(keyring.get_keyring()).__module__ == "keyring.backends.null"
    assert "STAR_DESKTOP_CONFIG_DIR" not in os.environ
    assert os.environ["STAR_DESKTOP_LOG_DIR"] == str(tmp_path / "mine")
