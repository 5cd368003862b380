"""`star-desktop report FILE --period P --format xlsx|pdf --out PATH`: files, exit codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from star_desktop.cli import main
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.models import AuditAction, AuditEvent
from star_desktop.storage.teamfile import open_team_file


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-report") / "demo.star"
    generate_demo(path, cases=100, seed=2, today=dt.date(2026, 12, 1))
    return path


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAR_PASSPHRASE", DEMO_PASSPHRASE)


@pytest.mark.parametrize(("period", "fmt", "suffix"), [
    ("2026-T2", "xlsx", ".xlsx"), ("2025", "pdf", ".pdf"),
    ("2026-01-01..2026-06-30", None, ".xlsx"), ("2026-T2-YTD", None, ".pdf")])
def test_writes_the_report(demo_file, tmp_path, capsys, period, fmt, suffix) -> None:  # noqa: ANN001
    out = tmp_path / f"rapport{suffix}"
    args = ["report", str(demo_file), "--period", period, "--out", str(out)]
    if fmt:
        args += ["--format", fmt]
    assert main(args) == 0
    assert "skriven till" in capsys.readouterr().out
    if suffix == ".xlsx":
        ws = openpyxl.load_workbook(out)["data"]
        assert next(ws.iter_rows(min_row=2, max_row=2, values_only=True))[4] == period
    else:
        assert len(PdfReader(out).pages) >= 2
    tf = open_team_file(demo_file, actor="t", ask_passphrase=lambda _r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s:
            details = {e.detail for e in s.scalars(select(AuditEvent).where(
                AuditEvent.action == AuditAction.EXPORTED))}
    finally:
        tf.close()
    assert f"rapport {period} {suffix[1:]}" in details


def test_a_bad_period_is_usage_error(demo_file, tmp_path, capsys) -> None:  # noqa: ANN001
    assert main(["report", str(demo_file), "--period", "2025-T4", "--out",
                 str(tmp_path / "r.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "Okänd period: 2025-T4" in err and "2025-T2" in err
    assert not (tmp_path / "r.xlsx").exists()


def test_unknown_format_and_existing_file(demo_file, tmp_path, capsys) -> None:  # noqa: ANN001
    assert main(["report", str(demo_file), "--period", "2025", "--out",
                 str(tmp_path / "r.ods")]) == 2
    assert "--format" in capsys.readouterr().err
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"mine")
    assert main(["report", str(demo_file), "--period", "2025", "--out", str(out)]) == 9
    assert out.read_bytes() == b"mine"
    assert main(["report", str(demo_file), "--period", "2025", "--out", str(out),
                 "--force"]) == 0
    assert out.read_bytes().startswith(b"PK")


def test_missing_team_file_and_folder(tmp_path, capsys) -> None:  # noqa: ANN001
    assert main(["report", str(tmp_path / "finns-inte.star"), "--period", "2025", "--out",
                 str(tmp_path / "r.xlsx")]) == 3
    assert main(["report", str(tmp_path / "x.star"), "--period", "2025", "--out",
                 str(tmp_path / "saknas" / "r.xlsx")]) == 3


@pytest.mark.parametrize(("recipient", "extra", "protected"), [
    ("federation", [], True), ("steering-group", [], True), ("team", [], False),
    ("federation", ["--no-protect"], False)])
def test_fourr_protects_small_counts_for_those_outside_the_team(
        demo_file, tmp_path, capsys, recipient, extra, protected) -> None:  # noqa: ANN001
    out = tmp_path / "4r.xlsx"
    assert main(["fourr", str(demo_file), "--period", "2026-T2", "--out", str(out),
                 "--for", recipient, *extra]) == 0
    said = capsys.readouterr().out
    assert ("små tal skyddade" in said) == protected
    values = [r[-1] for r in openpyxl.load_workbook(out)["data"].iter_rows(min_row=2,
                                                                           values_only=True)]
    assert (None in values) == protected
    assert main(["fourr", str(demo_file), "--period", "2026-T2", "--out",
                 str(tmp_path / "4r.pdf"), "--for", recipient, *extra]) == 0
    assert PdfReader(tmp_path / "4r.pdf").pages
