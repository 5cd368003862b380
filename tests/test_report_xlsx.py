"""The report workbook read back with openpyxl: the readable sheets and the data sheet."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from star_desktop.models import AuditAction, AuditEvent, ParticipantIdentity
from star_desktop.reports import budget, data_sheet, definitions, texts
from star_desktop.reports.export_xlsx import report_xlsx
from star_desktop.reports.exporting import export_report
from star_desktop.reports.periods import parse_period
from star_desktop.reports.report import build_report
from star_desktop.reports.statistics import RESULT_COLUMNS

TODAY = dt.date(2026, 12, 1)
PERIOD = parse_period("2026-T2")
DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture
def team(demo_team):  # noqa: ANN001, ANN201
    tf = demo_team(cases=150, seed=11, today=TODAY)
    with tf.session() as s, s.begin():
        texts.save_texts(s, PERIOD, {"participants.results.analysis": "Rad ett\nRad två"})
        budget.save_budget(s, PERIOD, [
            budget.BudgetRowForm("Personal", "2 220 000", "997 101", "250 000"),
            budget.BudgetRowForm("Lokaler", "35 000", "18 273", "-2 000"),
        ])
    return tf


@pytest.fixture
def workbook(team, tmp_path):  # noqa: ANN001, ANN201
    with team.session() as s:
        content = build_report(s, PERIOD, today=TODAY)
    path = report_xlsx(content, tmp_path / "rapport.xlsx")
    return content, openpyxl.load_workbook(path)


def _rows(ws) -> list[tuple]:  # noqa: ANN001
    return list(ws.iter_rows(values_only=True))


def _row_starting(ws, text: str) -> tuple:  # noqa: ANN001
    return next(r for r in _rows(ws) if r and r[0] == text)


def test_sheets_in_the_template_order(workbook) -> None:  # noqa: ANN001
    _content, wb = workbook
    assert wb.sheetnames == ["Rapport", "Deltagare", "Process", "Resultat", "Närvaro", "Texter",
                             "Avvikelser", "Budget", "Definitioner", "data"]


def test_readable_sheets_hold_the_computed_figures(workbook) -> None:  # noqa: ANN001
    content, wb = workbook
    s = content.stats
    flow = _row_starting(wb["Deltagare"], "Aktiva vid periodens slut")
    assert flow[1:5] == (s.flow.active_end.woman, s.flow.active_end.man,
                         s.flow.active_end.other, s.flow.active_end.total)
    total = _row_starting(wb["Resultat"], "Totalt")
    assert total[1] == s.results.active_start.total
    assert total[2] == s.results.closed.total
    assert list(total[3:3 + len(RESULT_COLUMNS)]) == [
        s.results.columns[k].total for k, _l, _r in RESULT_COLUMNS]
    marks = [r[3] for r in _rows(wb["Resultat"]) if r and r[3] in
             ("✔ Uppnått", "✘ Ej uppnått", "Kan inte bedömas")]
    assert len(marks) == len(s.targets) == 5
    share_cell = next(c for row in wb["Deltagare"].iter_rows() for c in row
                      if isinstance(c.value, float) and c.number_format == "0.0 %")
    assert 0 <= share_cell.value <= 1
    meetings = _row_starting(wb["Närvaro"], "Teammöten som hölls under perioden: "
                             f"{s.meetings_held}.")
    assert meetings


def test_texts_budget_and_definitions(workbook) -> None:  # noqa: ANN001
    _content, wb = workbook
    cells = [c for row in _rows(wb["Texter"]) for c in row if c]
    assert "Rad ett\nRad två" in cells
    assert "3. Deltagare – resultat och effekter" in cells
    assert "Ingen text skriven för perioden." in cells
    summa = _row_starting(wb["Budget"], "Summa")
    assert summa[1:5] == (2_255_000, 1_015_374, 1_239_626, 248_000)
    labels = {r[0] for r in _rows(wb["Definitioner"]) if r[0]}
    assert {d.label for d in definitions.DEFINITIONS.values()} <= labels


def test_data_sheet_is_tidy_and_adds_up(workbook) -> None:  # noqa: ANN001
    content, wb = workbook
    rows = _rows(wb["data"])
    assert rows[0] == data_sheet.HEADER
    body = [dict(zip(data_sheet.HEADER, r, strict=True)) for r in rows[1:]]
    assert all(r["schema"] == data_sheet.SCHEMA and r["version"] == data_sheet.SCHEMA_VERSION
               and r["period"] == "2026-T2" and r["period_start"] == "2026-05-01"
               and r["period_end"] == "2026-08-31" for r in body)
    assert all(isinstance(r["value"], int | float) for r in body)
    by = defaultdict(dict)
    for r in body:
        by[(r["measure"], r["dimension"] or "", r["category"] or "")][r["gender"]] = r["value"]
    for key, genders in by.items():
        if set(genders) == {"woman", "man", "other", "all"}:
            assert genders["woman"] + genders["man"] + genders["other"] == genders["all"], key
    s = content.stats
    assert by[("participants.active_end", "", "")]["all"] == s.flow.active_end.total
    assert by[("participants.new", "", "")]["woman"] == s.flow.new.woman
    for measure in ("participants.new", "participants.active_end"):
        for dimension in ("income_source", "party_kind"):
            split = sum(g["all"] for (m, d, _c), g in by.items() if m == measure and d == dimension)
            assert split == by[(measure, "", "")]["all"]
    closed = sum(g["all"] for (m, d, _c), g in by.items() if m == "results.closed")
    assert closed == s.flow.closed.total
    assert by[("waiting.days_sum", "", "")]["all"] == s.waiting.days_sum
    assert by[("trend.throughput_days_sum", "period", "2026-T2")]["all"] == s.this_period.days_sum
    assert by[("budget.budget", "budget_line", "Personal")]["all"] == 2_220_000
    # no mean or share is in the sheet: every value is a count or a sum
    assert not any(r["measure"].endswith(("mean", "share", "median")) for r in body)


def test_no_participant_names_in_the_workbook(team, workbook) -> None:  # noqa: ANN001
    _content, wb = workbook
    with team.session() as s:
        names = {i.last_name for i in s.scalars(select(ParticipantIdentity))}
    text = " ".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                    for c in row if c is not None)
    assert names and not any(f" {n} " in f" {text} " for n in names)


def test_export_is_audited(team, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "r.xlsx"
    with team.session() as s, s.begin():
        export_report(s, PERIOD, "xlsx", out, today=TODAY)
    assert out.is_file()
    with team.session() as s:
        details = [e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.EXPORTED))]
    assert "rapport 2026-T2 xlsx" in details


def test_a_failed_write_leaves_no_file(team, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import openpyxl.workbook.workbook as wbmod

    def boom(self, filename) -> None:  # noqa: ANN001
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wbmod.Workbook, "save", boom)
    with team.session() as s:
        content = build_report(s, PERIOD, today=TODAY)
    with pytest.raises(OSError):
        report_xlsx(content, tmp_path / "r.xlsx")
    assert list(tmp_path.glob("r.xlsx*")) == [] and list(tmp_path.glob(".r.xlsx*")) == []


def test_an_empty_period_still_makes_a_workbook(team, tmp_path) -> None:  # noqa: ANN001
    with team.session() as s:
        content = build_report(s, parse_period("2015"), today=TODAY)
    wb = openpyxl.load_workbook(report_xlsx(content, tmp_path / "tom.xlsx"))
    assert _row_starting(wb["Deltagare"], "Aktiva vid periodens slut")[4] == 0
    assert "Ingen budget inskriven för perioden." in [r[0] for r in _rows(wb["Budget"])]


def test_definitions_doc_is_generated_from_the_code() -> None:
    assert (DOCS / "rapportdefinitioner.md").read_text(encoding="utf-8") == \
        definitions.markdown()
