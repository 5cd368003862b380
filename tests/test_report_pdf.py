"""The tertial/annual report as a PDF (reports/export_pdf.py).

Built from a real report of a demo team, written to disk and read back with pypdf: the nine
sections in the template's order, the team and period with "Sida n av m" on every page, the
figures of the statistics, the coordinator's text with its line breaks, the deviations, the
budget, the definitions; an empty period gives a valid PDF; no participant's name gets in; a
failing write leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from star_desktop.meetings import pdf_common
from star_desktop.models import DeviationCategory, DeviationStatus, ParticipantIdentity
from star_desktop.reports import budget as budget_service
from star_desktop.reports import export_pdf
from star_desktop.reports import format as fmt
from star_desktop.reports import texts as texts_service
from star_desktop.reports.definitions import DEFINITIONS
from star_desktop.reports.export_pdf import report_pdf
from star_desktop.reports.periods import parse_period
from star_desktop.reports.report import DeviationRow, ReportContent, build_report
from star_desktop.reports.texts import SECTIONS

TODAY = dt.date(2026, 12, 1)
SUMMARY_TEXT = "Första raden i sammanfattningen.\nAndra raden <med> & tecken."
ANALYSIS_TEXT = "Analysen av resultatet.\n\nEtt nytt stycke om målen."
BUDGET = [budget_service.BudgetRowForm("Personal", "2 220 000", "1 100 000", "2 200 000"),
          budget_service.BudgetRowForm("Lokaler", "300 000", "160 500,50", "")]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def _lines(pages: list[str]) -> list[str]:
    return [ln.strip() for page in pages for ln in page.splitlines()]


def _flat(pages: list[str]) -> str:
    """All text with line breaks as spaces, so a wrapped sentence is still found."""
    return re.sub(r"\s+", " ", " ".join(pages))


@pytest.fixture
def built(demo_team, tmp_path: Path) -> dict:  # noqa: ANN001 - the conftest factory
    """A demo team's tertial report with texts and a budget saved, and its PDF."""
    tf = demo_team(cases=120, seed=5, today=TODAY)
    period = parse_period("2026-T2")
    with tf.session() as s, s.begin():
        texts_service.save_texts(s, period, {
            "summary.participants": SUMMARY_TEXT,
            "participants.results.analysis": ANALYSIS_TEXT,
            "organisation.results.development": "Planering framåt för budgeten.",
        })
        budget_service.save_budget(s, period, BUDGET)
    with tf.session() as s:
        content = build_report(s, period, today=TODAY)
        names = [(i.first_name, i.last_name) for i in s.scalars(select(ParticipantIdentity))]
    out = report_pdf(content, tmp_path / "rapport.pdf")
    pages = _pages(out)
    return {"tf": tf, "content": content, "path": out, "pages": pages, "names": names}


def test_the_nine_sections_in_order_and_the_footer_on_every_page(built: dict) -> None:
    content: ReportContent = built["content"]
    lines = _lines(built["pages"])
    assert lines[0] == "Tertialrapport"
    positions = [lines.index(f"{s.number}. {s.title}") for s in SECTIONS]
    assert positions == sorted(positions)
    assert lines.index("Sammanfattning") < positions[0]
    assert lines.index(export_pdf.APPENDIX_TITLE) > positions[-1]

    pages = built["pages"]
    n = len(pages)
    assert n >= 5
    for i, text in enumerate(pages, 1):
        flat = _flat([text])
        assert content.team_name in flat
        assert content.period.label in flat and content.period.span in flat
        assert f"Sida {i} av {n}" in flat

    meta = PdfReader(str(built["path"])).metadata
    assert meta.title == f"Tertialrapport {content.period.label} – {content.team_name}"


def test_first_page_has_team_period_summary_and_key_figures(built: dict) -> None:
    content: ReportContent = built["content"]
    first = _flat([built["pages"][0]])
    for text in (content.team_name, content.municipality, content.federation,
                 content.period.label, content.period.span, TODAY.isoformat(),
                 "Sammanfattning", "Deltagare", export_pdf.KEY_FIGURES_TITLE):
        assert text in first, text
    stats = content.stats
    active = stats.flow.active_end
    assert f"{active.total} – {fmt.gender_split_text(active)}" in first
    assert fmt.percent(stats.results.goal_share) in first
    assert fmt.months(stats.this_period.mean_months) in first


def test_figures_from_the_statistics_are_in_their_tables(built: dict) -> None:
    content: ReportContent = built["content"]
    lines = _lines(built["pages"])
    start = lines.index("Tabell 1. Deltagare under perioden")
    row = lines.index("Aktiva vid periodens slut", start)
    expected = [fmt.cell_text(v, k) for v, k in zip(fmt.flow_table(content.stats).rows[3][1:],
                                                   fmt.flow_table(content.stats).kinds[1:],
                                                   strict=True)]
    assert lines[row + 1: row + 1 + len(expected)] == expected
    assert str(content.stats.flow.active_end.total) in expected

    flat = _flat(built["pages"])
    for t in fmt.statistics_tables(content.stats):
        assert t.title in flat, t.title
    # The trend table: every period, with its throughput time in Swedish format.
    for point in content.stats.trend:
        assert point.period.label in flat
    assert fmt.number(content.stats.this_period.mean_months) in flat
    # The targets table says in words whether each target was met.
    marks = [fmt.mark(t) for t in content.stats.targets]
    assert sum(flat.count(m) for m in set(marks)) >= len(marks)


def test_the_trend_chart_does_not_draw_a_missing_value_as_zero(built: dict) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    stats = built["content"].stats
    assert any(t.mean_months is None for t in stats.trend)  # the demo's first tertials
    drawing = export_pdf.trend_chart(stats, 480)
    charts = [c for g in drawing.contents for c in g.contents
              if isinstance(c, VerticalBarChart)]
    assert len(charts) == 2
    months, shares = (c.data[0] for c in charts)
    assert months == [t.mean_months for t in stats.trend]
    assert [s is None for s in shares] == [t.goal_share is None for t in stats.trend]
    assert charts[0].categoryAxis.categoryNames == [
        export_pdf.short_label(t.period) for t in stats.trend]
    assert "Figur. " + export_pdf.CHART_TITLE in _flat(built["pages"])


def test_saved_text_keeps_its_line_breaks_and_is_escaped(built: dict) -> None:
    lines = _lines(built["pages"])
    first, second = SUMMARY_TEXT.split("\n")
    i = lines.index(first)
    assert lines[i + 1] == second  # "<med> & tecken" shown as typed, not read as markup
    a, b = ANALYSIS_TEXT.split("\n\n")
    assert lines[lines.index(a) + 1] == b
    # The analysis stands in section 3, after its tables (the Beskrivning is empty).
    assert lines.index("3. Deltagare – resultat och effekter") < lines.index("Analys") \
        < lines.index(a) < lines.index("4. Personal – insatsens förutsättningar")
    # Sections without any text say so.
    assert _flat(built["pages"]).count(export_pdf.NO_TEXT) == len(SECTIONS) - 2


def test_deviations_and_budget_stand_in_their_sections(built: dict) -> None:
    content: ReportContent = built["content"]
    assert content.deviations
    flat = _flat(built["pages"])
    s8 = flat.index("8. Organisation – genomförande och process")
    s9 = flat.index("9. Organisation – resultat och effekter")
    appendix = flat.index(export_pdf.APPENDIX_TITLE)
    for d in content.deviations:
        at = flat.index(d.description, s8)
        assert at < s9
        assert d.category.label in flat[s8:s9] and d.status.label in flat[s8:s9]
        if d.resolution:
            assert d.resolution in flat[s8:s9]
    for heading in export_pdf.DEVIATION_HEADER:
        assert heading in flat[s8:s9]

    budget = flat[s9:appendix]
    for heading in export_pdf.BUDGET_HEADER:
        assert heading in budget
    total = content.budget
    assert total.budget == 2_520_000
    summa = (f"Summa {fmt.cell_text(total.budget, 'amount')} "
             f"{fmt.cell_text(total.outcome, 'amount')} "
             f"{fmt.cell_text(total.difference, 'amount')} "
             f"{fmt.cell_text(total.forecast, 'amount')}")
    assert summa == "Summa 2 520 000 1 260 500,50 1 259 499,50 2 200 000"
    assert summa in budget
    assert "Planering framåt för budgeten." in budget


def test_the_appendix_lists_every_definition(built: dict) -> None:
    lines = _lines(built["pages"])
    start = lines.index(export_pdf.APPENDIX_TITLE)
    flat = _flat(built["pages"])
    appendix = flat[flat.index(export_pdf.APPENDIX_TITLE):]
    at = start
    for d in DEFINITIONS.values():
        at = lines.index(d.label, at + 1)  # each label on its own line, in order
        assert re.sub(r"\s+", " ", d.text)[:60] in appendix


def test_no_participant_name_gets_into_the_pdf(built: dict) -> None:
    flat = _flat(built["pages"])
    assert built["names"]
    for first, last in built["names"]:
        assert f"{first} {last}" not in flat
        for name in (first, last):
            assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", flat), name


def test_a_period_without_data_gives_a_valid_pdf(demo_team, tmp_path: Path) -> None:  # noqa: ANN001
    tf = demo_team(cases=120, seed=5, today=TODAY)
    period = parse_period("2019")
    with tf.session() as s:
        content = build_report(s, period, today=TODAY)
    assert content.stats.flow.worked_with.total == 0 and not content.texts
    assert not content.deviations and not content.budget.rows
    pages = _pages(report_pdf(content, tmp_path / "tom.pdf"))
    flat = _flat(pages)
    assert _lines(pages)[0] == "Årsrapport"
    for s in SECTIONS:
        assert f"{s.number}. {s.title}" in flat
    assert flat.count(export_pdf.NO_TEXT) == 1 + len(SECTIONS)  # summary and every section
    assert export_pdf.NO_DEVIATIONS in flat and export_pdf.NO_BUDGET in flat
    assert "Kan inte bedömas" in flat
    assert f"Sida {len(pages)} av {len(pages)}" in flat


def test_a_long_table_splits_with_its_header_repeated(built: dict, tmp_path: Path) -> None:
    content: ReportContent = built["content"]
    many = [DeviationRow(dt.date(2026, 5, 1) + dt.timedelta(days=i), DeviationCategory.OTHER,
                         f"Avvikelse nummer {i} med en längre beskrivning som radbryts i sin "
                         f"cell.\nAndra raden.", None, DeviationStatus.OPEN, "", None)
            for i in range(70)]
    pages = _pages(report_pdf(dataclasses.replace(content, deviations=many),
                              tmp_path / "lang.pdf"))
    with_rows = [p for p in pages if "Avvikelse nummer" in p]
    assert len(with_rows) >= 2
    assert all("Inträffade" in p and "Åtgärdad / åtgärd" in p for p in with_rows)
    flat = _flat(pages)
    assert all(f"Avvikelse nummer {i} " in flat for i in range(70))


def test_a_row_taller_than_a_page_splits_instead_of_failing(built: dict, tmp_path: Path) -> None:
    long_text = ("Ett långt ord " * 150)[:2000]  # the longest a deviation's text may be
    row = DeviationRow(dt.date(2026, 5, 1), DeviationCategory.OTHER, long_text, None,
                       DeviationStatus.RESOLVED, long_text, dt.date(2026, 6, 1))
    pages = _pages(report_pdf(dataclasses.replace(built["content"], deviations=[row]),
                              tmp_path / "hog.pdf"))
    assert len([p for p in pages if "Ett långt ord" in p]) >= 2


def test_titles_by_kind_of_period(built: dict) -> None:
    content: ReportContent = built["content"]
    cases = {"2026-T2": "Tertialrapport", "2026": "Årsrapport", "2026-T2-YTD": "Rapport",
             "2026-01-01..2026-03-31": "Rapport"}
    for key, title in cases.items():
        c = dataclasses.replace(content, period=parse_period(key))
        assert export_pdf.title_of(c) == title
    assert export_pdf.short_label(parse_period("2026-T2")) == "T2 2026"
    assert export_pdf.short_label(parse_period("2026-01-01..2026-03-31")) == "260101–\n260331"


def test_a_failing_write_leaves_no_file(built: dict, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()

    def broken(*_a: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pdf_common.os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        report_pdf(built["content"], folder / "rapport.pdf")
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    with pytest.raises(FileNotFoundError):
        report_pdf(built["content"], tmp_path / "finns-inte" / "rapport.pdf")
    assert not (tmp_path / "finns-inte").exists()


def test_importing_the_module_does_not_load_reportlab() -> None:
    code = ("import sys, star_desktop.reports.export_pdf; "
            "sys.exit(any(m.startswith('reportlab') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
