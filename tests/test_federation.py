"""The federation office's county view (star_desktop/federation): several teams' real report
exports read, checked, summed and written as xlsx and PDF, and `star-desktop federation`.

The teams are generated demo teams, renamed, each exporting tertial 2 2026 as xlsx; the county
figures are checked against each team's own report_statistics. Constructed exports prove that
means and shares are recomputed from the summed counts, not averaged.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from star_desktop.cli import main
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.federation import county as county_mod
from star_desktop.federation.county import (
    COUNTY,
    MASK,
    MASK_NOTE,
    TABLE_SPECS,
    CountySummary,
    Item,
    TableSpec,
    across,
    county_summary,
    summarise,
)
from star_desktop.federation.export import county_pdf, county_xlsx, data_rows, hyphenate
from star_desktop.federation.reader import (
    MASKED,
    FederationInputError,
    read_export,
    read_exports,
)
from star_desktop.reports import data_sheet
from star_desktop.reports.definitions import DAYS_PER_MONTH
from star_desktop.reports.exporting import export_report
from star_desktop.reports.periods import parse_period
from star_desktop.reports.statistics import RESULT_COLUMNS, ReportStats, report_statistics
from star_desktop.storage.teamfile import open_team_file
from star_desktop.team.service import TeamForm, update_team

TODAY = dt.date(2026, 12, 1)
PERIOD = parse_period("2026-T2")
TEAMS = (("Bräcke STAR", "Bräcke", 60, 21), ("Krokoms samverkansteam", "Krokom", 90, 22),
         ("Östersund STAR", "Östersund", 120, 23))
FEDERATION = "Samordningsförbundet i Jämtlands län"


@dataclass(frozen=True)
class Team:
    name: str
    xlsx: Path
    stats: ReportStats


@dataclass(frozen=True)
class Exports:
    teams: list[Team]
    other_period: Path  # the first team's tertial 1 2026

    @property
    def paths(self) -> list[Path]:
        return [t.xlsx for t in self.teams]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    folder = tmp_path_factory.mktemp("federation")
    teams: list[Team] = []
    other = folder / "bracke-2026-T1.xlsx"
    for i, (name, municipality, cases, seed) in enumerate(TEAMS):
        star = folder / f"team{i}.star"
        generate_demo(star, cases=cases, seed=seed, today=TODAY)
        tf = open_team_file(star, actor="t", ask_passphrase=lambda _r: DEMO_PASSPHRASE)
        try:
            with tf.session() as s, s.begin():
                update_team(s, TeamForm(name=name, municipality=municipality,
                                        federation=FEDERATION))
            with tf.session() as s, s.begin():
                xlsx = folder / f"{municipality.lower()}-2026-T2.xlsx"
                export_report(s, PERIOD, "xlsx", xlsx, today=TODAY)
                if i == 0:
                    export_report(s, parse_period("2026-T1"), "xlsx", other, today=TODAY)
                stats = report_statistics(s, PERIOD)
        finally:
            tf.close()
        teams.append(Team(name, xlsx, stats))
    return Exports(teams, other)


@pytest.fixture(scope="module")
def summary(exports: Exports) -> CountySummary:
    return summarise(exports.paths)


def _edit_copy(src: Path, dst: Path, edit: Callable[[openpyxl.Workbook], None]) -> Path:
    wb = openpyxl.load_workbook(src)
    edit(wb)
    wb.save(dst)
    return dst


def _write_export(path: Path, team: str, rows: list[tuple[str, str, str, str, object]], *,
                  period: str = "2026-T2") -> Path:
    """A data sheet as a report export writes it (only the rows given)."""
    p = parse_period(period)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = data_sheet.SHEET
    ws.append(list(data_sheet.HEADER))
    for m, d, c, g, v in rows:
        ws.append([data_sheet.SCHEMA, data_sheet.SCHEMA_VERSION, team, team, p.key,
                   p.start.isoformat(), p.end.isoformat(), m, d, c, g, v])
    wb.save(path)
    return path


def _sum(exports: Exports, pick: Callable[[ReportStats], int]) -> int:
    return sum(pick(t.stats) for t in exports.teams)


# --- sums against each team's own statistics ---------------------------------------------------


def test_teams_and_period(exports: Exports, summary: CountySummary) -> None:
    assert summary.team_names == [t.name for t in exports.teams]
    assert summary.period == "2026-T2" and summary.period_start == "2026-05-01"
    assert summary.federation == FEDERATION
    assert summary.masked == 0
    assert [p.title for p in summary.parts] == [
        "Deltagare", "Resultat", "Process", "Aktualiseringar och närvaro", "Mål", "Organisation"]


@pytest.mark.parametrize("measure", ["active_start", "new", "closed", "active_end",
                                     "worked_with"])
def test_flow_by_gender_is_the_sum_of_the_teams(exports: Exports, summary: CountySummary,
                                                measure: str) -> None:
    def g(s: ReportStats):  # noqa: ANN202
        return getattr(s.flow, measure)

    want = {gender: _sum(exports, lambda s, a=attr: getattr(g(s), a))
            for gender, attr in (("woman", "woman"), ("man", "man"), ("other", "other"))}
    want["all"] = _sum(exports, lambda s: g(s).total)
    for gender, n in want.items():
        assert summary.rows[(f"participants.{measure}", "", "", gender)] == n
    # The table: a block per measure, a row per team and the county's row last.
    t = summary.table("flow_gender")
    label = dict(county_mod.FLOW)[f"participants.{measure}"]
    start = next(i for i in t.groups if t.rows[i][0] == label)
    block = t.rows[start + 1:start + 2 + len(exports.teams)]
    for team, row in zip(exports.teams, block, strict=False):
        gc = g(team.stats)
        assert list(row[:5]) == [team.name, gc.woman, gc.man, gc.other, gc.total]
    county_row = block[-1]
    assert county_row[0] == COUNTY and start + 1 + len(exports.teams) in t.totals
    assert list(county_row[1:5]) == [want["woman"], want["man"], want["other"], want["all"]]
    assert county_row[5] == (want["woman"] / want["all"] if want["all"] else None)


def test_results_columns_and_goal_share(exports: Exports, summary: CountySummary) -> None:
    t = summary.table("results")
    n = len(exports.teams)
    for key, label, _r in RESULT_COLUMNS:
        row = t.row(f"  {label.lower()}")
        assert list(row[1:1 + n]) == [s.stats.results.columns[key].total for s in exports.teams]
        assert row[-1] == _sum(exports, lambda s, k=key: s.results.columns[k].total)
        for gender in ("woman", "man", "other"):
            assert summary.rows[("results.closed", "result", key, gender)] == _sum(
                exports, lambda s, k=key, a=gender: getattr(s.results.columns[k], a))
    reached = _sum(exports, lambda s: s.results.goal_reached.total)
    base = _sum(exports, lambda s: s.results.goal_base.total)
    assert base > 0
    share = t.row("Andel i mål")
    assert share[-1] == pytest.approx(reached / base)
    assert list(share[1:1 + n]) == pytest.approx([s.stats.results.goal_share
                                                  for s in exports.teams])
    assert t.kind(t.rows.index(share), 1) == "share"


def test_waiting_mean_is_summed_days_over_summed_meetings(exports: Exports,
                                                          summary: CountySummary) -> None:
    days = _sum(exports, lambda s: s.waiting.days_sum)
    n = _sum(exports, lambda s: s.waiting.n)
    assert summary.rows[("waiting.days_sum", "", "", "all")] == days
    assert summary.rows[("waiting.planning_meetings", "", "", "all")] == n
    t = summary.table("waiting")
    mean = t.row("Väntetid till planeringsmöte, medel (dagar)")
    assert mean[-1] == pytest.approx(days / n)
    assert list(mean[1:-1]) == pytest.approx([s.stats.waiting.mean_days for s in exports.teams])
    assert t.row("Väntande på planeringsmöte vid periodens slut")[-1] == _sum(
        exports, lambda s: s.waiting.queue_at_end.total)


def test_trend_months_from_summed_days(exports: Exports, summary: CountySummary) -> None:
    t = summary.table("trend")
    for i, point in enumerate(exports.teams[0].stats.trend):
        key = point.period.key
        days = _sum(exports, lambda s, i=i: s.trend[i].days_sum)
        n = _sum(exports, lambda s, i=i: s.trend[i].n)
        assert summary.rows[("trend.throughput_days_sum", "period", key, "all")] == days
        assert summary.rows[("trend.throughput_n", "period", key, "all")] == n
        row = t.row(point.period.label)
        assert row[-1] == (pytest.approx(days / n / DAYS_PER_MONTH) if n else None)
        assert list(row[1:-1]) == [pytest.approx(s.stats.trend[i].mean_months)
                                   if s.stats.trend[i].mean_months is not None else None
                                   for s in exports.teams]


def test_other_tables_add_up(exports: Exports, summary: CountySummary) -> None:
    age = summary.table("age")
    years = _sum(exports, lambda s: s.age_at_end.age_sum)
    with_year = _sum(exports, lambda s: s.age_at_end.n)
    assert age.row("Medelålder (år)")[-1] == pytest.approx(years / with_year)
    for key, pick in (("new_by_income", lambda s: s.flow.new.total),
                      ("active_end_by_party", lambda s: s.flow.active_end.total)):
        t = summary.table(key)
        assert t.row("Totalt")[1:-1] == [*(pick(team.stats) for team in exports.teams),
                                         _sum(exports, pick)]
        assert sum(r[-2] for r in t.rows[:-1]) == t.row("Totalt")[-2]  # categories add up
    intake = summary.table("intake")
    assert intake.row("Aktualiserade totalt")[-1] == _sum(exports,
                                                          lambda s: s.intake.raised_total)
    planning = summary.table("planning")
    assert planning.row("Totalt")[-1] == _sum(exports, lambda s: sum(s.planning_forms.values()))
    att = summary.table("attendance")
    assert att.row("Teammöten som hölls")[-1] == _sum(exports, lambda s: s.meetings_held)
    targets = summary.table("targets")
    jp = targets.row("Antal samplaneringar: mål för perioden")[-1]
    assert jp == pytest.approx(sum(t.target for team in exports.teams
                                   for t in team.stats.targets if t.unit == "count"))
    change = targets.row("Förändring av andelen med ekonomiskt bistånd")
    num = summary.rows[("targets.social_assistance_change.numerator", "", "", "all")]
    den = summary.rows[("targets.social_assistance_change.denominator", "", "", "all")]
    assert change[-1] == (pytest.approx(num / den - 1) if den else None)
    # Every table's county column is "Länet"; no table has a masked cell.
    for t in summary.tables:
        assert not t.has_masked
        if t.key in ("flow", "results", "waiting"):
            assert t.header[-1] == COUNTY


# --- constructed cases: no averaged averages ---------------------------------------------------


def test_goal_share_and_waiting_are_not_averaged(tmp_path: Path) -> None:
    small = _write_export(tmp_path / "liten.xlsx", "Litet team", [
        ("results.goal_base", "", "", "all", 10), ("results.goal_reached", "", "", "all", 9),
        ("waiting.planning_meetings", "", "", "all", 2), ("waiting.days_sum", "", "", "all", 20),
    ])
    big = _write_export(tmp_path / "stor.xlsx", "Stort team", [
        ("results.goal_base", "", "", "all", 90), ("results.goal_reached", "", "", "all", 18),
        ("waiting.planning_meetings", "", "", "all", 18), ("waiting.days_sum", "", "", "all",
                                                           1800),
    ])
    s = summarise([small, big])
    share = s.table("results").row("Andel i mål")
    assert share[1:] == [0.9, 0.2, pytest.approx(27 / 100)]
    assert share[-1] != pytest.approx((0.9 + 0.2) / 2)  # the mean of the shares would be 55 %
    mean = s.table("waiting").row("Väntetid till planeringsmöte, medel (dagar)")
    assert mean[1:] == [10, 100, pytest.approx(1820 / 20)]
    assert mean[-1] != pytest.approx((10 + 100) / 2)


def test_attendance_counts_only_teams_with_the_party(tmp_path: Path) -> None:
    a = _write_export(tmp_path / "a.xlsx", "A", [
        ("attendance.meetings_held", "", "", "all", 10),
        ("attendance.meetings_attended", "party_kind", "af", "all", 10),
        ("attendance.meetings_attended", "party_kind", "fk", "all", 5)])
    b = _write_export(tmp_path / "b.xlsx", "B", [
        ("attendance.meetings_held", "", "", "all", 30),
        ("attendance.meetings_attended", "party_kind", "af", "all", 15)])
    t = summarise([a, b]).table("attendance")
    assert t.row("Arbetsförmedlingen")[1:] == [1.0, 0.5, pytest.approx(25 / 40)]
    assert t.row("Försäkringskassan")[1:] == [0.5, None, 0.5]  # B has no seat for FK


# --- the workbook and the PDF ------------------------------------------------------------------


def test_xlsx_reads_back_with_the_summed_rows(summary: CountySummary, tmp_path: Path) -> None:
    out = county_xlsx(summary, tmp_path / "län.xlsx", today=TODAY)
    assert not list(tmp_path.glob(".*.tmp"))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Länet", "Deltagare", "Resultat", "Process",
                             "Aktualiseringar och närvaro", "Mål", "Organisation", "Team",
                             "data"]
    team_rows = [r for r in wb["Team"].iter_rows(values_only=True) if r[0] in
                 summary.team_names]
    assert [r[0] for r in team_rows] == summary.team_names
    assert [r[3] for r in team_rows] == [t.path.name for t in summary.teams]
    # Numbers stay numbers, with formats.
    res = wb["Resultat"]
    share = next(r for r in res.iter_rows() if r[0].value == "Andel i mål")
    assert isinstance(share[len(summary.teams) + 1].value, float)
    assert share[len(summary.teams) + 1].number_format == "0.0 %"
    # The data sheet is the teams' schema, team = Länet, and reads back with the sums.
    back = read_export(out)
    assert (back.team, back.period) == (COUNTY, summary.period)
    assert back.rows == summary.rows
    assert summarise([out]).table("results").row("Andel i mål")[1] == pytest.approx(
        summary.table("results").row("Andel i mål")[-1])


def test_pdf_names_title_teams_and_period_on_every_page(summary: CountySummary,
                                                        tmp_path: Path) -> None:
    out = county_pdf(summary, tmp_path / "län.pdf", today=TODAY)
    reader = PdfReader(out)
    assert len(reader.pages) >= 5
    assert reader.metadata.title == "Länssammanställning Tertial 2 2026 (maj–augusti)"
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert "Länssammanställning" in text, n
        assert "Tertial 2 2026 (maj–augusti)" in text, n
        for name in summary.team_names:
            assert name in text, (n, name)
        assert f"Sida {n} av {len(reader.pages)}" in text
    first = reader.pages[0].extract_text()
    assert "Så räknas länets siffror" in first
    assert not list(tmp_path.glob(".*.tmp"))


def test_eight_teams_with_long_names_fit(exports: Exports, tmp_path: Path) -> None:
    names = [f"Samordningsförbundets samverkansteam nummer {i}" for i in range(8)]
    paths = []
    for i, name in enumerate(names):
        def rename(wb: openpyxl.Workbook, name: str = name) -> None:
            for row in wb[data_sheet.SHEET].iter_rows(min_row=2):
                row[2].value = name
        paths.append(_edit_copy(exports.teams[i % 3].xlsx, tmp_path / f"t{i}.xlsx", rename))
    s = summarise(paths)
    assert list(s.table("flow").header[1:]) == [*names, COUNTY]
    reader = PdfReader(county_pdf(s, tmp_path / "åtta.pdf", today=TODAY))
    for page in reader.pages:
        text = page.extract_text().replace("\n", " ")
        assert all(name in text for name in names)
    assert county_xlsx(s, tmp_path / "åtta.xlsx").exists()


def test_hyphenation_breaks_long_words_between_syllables() -> None:
    assert hyphenate("Östersunds samverkansteam").replace("\u00ad", "-") == \
        "Öster-sunds sam-ver-kans-team"
    assert hyphenate("Genomströmningstid").replace("\u00ad", "-") == "Genom-ström-nings-tid"
    assert hyphenate("Krokom STAR") == "Krokom STAR"


# --- masked values and unknown measures --------------------------------------------------------


def test_a_masked_value_makes_the_county_sum_masked(exports: Exports, summary: CountySummary,
                                                    tmp_path: Path) -> None:
    def mask(wb: openpyxl.Workbook) -> None:
        for row in wb[data_sheet.SHEET].iter_rows(min_row=2):
            if (row[7].value, row[8].value, row[10].value) == ("participants.new", None,
                                                                 "woman"):
                row[11].value = None
    masked = _edit_copy(exports.teams[1].xlsx, tmp_path / "skyddad.xlsx", mask)
    e = read_export(masked)
    assert e.rows[("participants.new", "", "", "woman")] is MASKED and e.masked == 1
    s = summarise([exports.teams[0].xlsx, masked, exports.teams[2].xlsx])
    key = ("participants.new", "", "", "woman")
    assert s.rows[key] is MASKED and s.masked == 1
    assert s.rows[("participants.new", "", "", "man")] == summary.rows[
        ("participants.new", "", "", "man")]
    t = s.table("flow_gender")
    start = next(i for i in t.groups if t.rows[i][0] == "Nya under perioden")
    team_row, county_row = t.rows[start + 2], t.rows[start + 4]
    assert team_row[1] == MASK and team_row[5] == MASK  # the share of women is hidden too
    assert county_row[1] == MASK and county_row[2] == summary.rows[
        ("participants.new", "", "", "man")]
    assert t.has_masked and MASK_NOTE in t.note
    # The county file keeps it hidden: an empty cell that reads back as masked.
    out = county_xlsx(s, tmp_path / "län.xlsx")
    assert read_export(out).rows[key] is MASKED
    assert next(r for r in data_rows(s)[1:] if tuple(r[7:11]) == key)[11] is None
    text = "".join(p.extract_text() for p in PdfReader(county_pdf(s, tmp_path / "l.pdf")).pages)
    assert MASK in text and "dolt" in text


def _with_unknown(src: Path, dst: Path) -> Path:
    def add(wb: openpyxl.Workbook) -> None:
        ws = wb[data_sheet.SHEET]
        head = [c.value for c in ws[2]][:7]
        for m, d, c, g, v in (("future.participants", "age_band", "16_29", "woman", 3),
                              ("future.participants", "age_band", "16_29", "man", 2),
                              ("future.members", "party_kind", "af", "all", 2),
                              ("future.waiting.days_sum", "", "", "woman", 120)):
            ws.append([*head, m, d, c, g, v])
    return _edit_copy(src, dst, add)


def test_unknown_measures_are_kept_and_listed(exports: Exports, tmp_path: Path) -> None:
    a = _with_unknown(exports.teams[0].xlsx, tmp_path / "a.xlsx")
    b = _with_unknown(exports.teams[1].xlsx, tmp_path / "b.xlsx")
    s = summarise([a, b])
    assert s.rows[("future.participants", "age_band", "16_29", "woman")] == 6
    other = s.table("other")
    assert s.parts[-1].title == "Övriga mått"
    assert [r[0] for r in other.rows] == ["future.participants", "future.participants",
                                          "future.members", "future.waiting.days_sum"]
    assert other.row("future.members")[1:] == ["party_kind = af, alla", 2, 2, 4]
    assert other.row("future.waiting.days_sum")[-1] == 240
    # The known tables are not changed by the extra rows.
    assert s.table("flow").rows == summarise(exports.paths[:2]).table("flow").rows
    # A spec for the new measure takes its rows out of "Övriga mått".
    spec = TableSpec("members", "Deltagare", lambda fig: [across(
        fig, "members", "Teamets ledamöter", [Item("Arbetsförmedlingen", lambda c: c.count(
            "future.members", "party_kind", "af"))])], (("future.members", "party_kind"),))
    spec4r = TableSpec("r1", "4R", lambda fig: [across(fig, "r1", "R1", [Item(
        "Nya 16–29 år, kvinnor", lambda c: c.count("future.participants", "age_band", "16_29",
                                                   "woman"))])],
        (("future.participants", "age_band"),))
    s2 = county_summary(read_exports([a, b]), specs=[*TABLE_SPECS, spec, spec4r])
    assert s2.table("members").row("Arbetsförmedlingen")[-1] == 4
    assert s2.table("r1").row("Nya 16–29 år, kvinnor")[1:] == [3, 3, 6]
    assert [p.title for p in s2.parts][-2:] == ["4R", "Övriga mått"]
    assert [r[0] for r in s2.table("other").rows] == ["future.waiting.days_sum"]
    assert "future.members" not in [r[0] for r in s2.table("other").rows]
    out = county_xlsx(s, tmp_path / "län.xlsx")
    assert "Övriga mått" in openpyxl.load_workbook(out).sheetnames
    assert read_export(out).rows[("future.waiting.days_sum", "", "", "woman")] == 240
    county_pdf(s, tmp_path / "län.pdf")


def test_a_file_without_a_measure_shows_a_dash_not_zero(exports: Exports, tmp_path: Path
                                                         ) -> None:
    """A 4R-like export carries a few of the report's measures and masks small counts: what it
    does not carry is "–" for that team, and a table none of the files has figures for is left
    out, so no zero is made up."""
    keep = {"participants.new", "participants.closed", "participants.active_end"}

    def only_some(wb: openpyxl.Workbook) -> None:
        ws = wb[data_sheet.SHEET]
        for r in range(ws.max_row, 1, -1):
            measure, dimension = ws.cell(r, 8).value, ws.cell(r, 9).value
            if measure not in keep or dimension:
                ws.delete_rows(r)
            elif ws.cell(r, 11).value == "other":
                ws.cell(r, 12).value = None  # a small count, masked
    fourr = [_edit_copy(t.xlsx, tmp_path / f"4r-{i}.xlsx", only_some)
             for i, t in enumerate(exports.teams[:2])]
    s = summarise(fourr)
    # No results, trend, waiting ... tables: no file has those figures. Deviations and budget
    # stay: a report leaves them out when it has none, so their absence reads as none.
    assert [t.key for t in s.tables] == ["flow", "flow_gender", "deviations", "budget"]
    flow = s.table("flow")
    assert flow.row("Aktiva vid periodens början")[1:] == [None, None, None]
    assert flow.row("Nya under perioden")[1:] == [
        *(t.stats.flow.new.total for t in exports.teams[:2]),
        sum(t.stats.flow.new.total for t in exports.teams[:2])]
    gender = s.table("flow_gender")
    start = next(i for i in gender.groups if gender.rows[i][0] == "Nya under perioden")
    assert gender.rows[start + 1][0] == exports.teams[0].name
    assert gender.rows[start + 1][3] == MASK and gender.rows[start + 3][3] == MASK  # "other"
    mixed = summarise([exports.teams[2].xlsx, *fourr])
    results = mixed.table("results")
    assert results.row("Andel i mål")[2:4] == [None, None]
    assert results.row("Andel i mål")[1] == pytest.approx(exports.teams[2].stats.results
                                                          .goal_share)


# --- refused inputs ----------------------------------------------------------------------------


def _not_xlsx(exports: Exports, tmp: Path) -> list[Path]:
    bad = tmp / "anteckningar.xlsx"
    bad.write_text("inte ett kalkylblad", encoding="utf-8")
    return [exports.paths[0], bad]


def _no_data_sheet(exports: Exports, tmp: Path) -> list[Path]:
    wb = openpyxl.Workbook()
    wb.active.title = "Blad1"
    wb.save(tmp / "utan-data.xlsx")
    return [exports.paths[0], tmp / "utan-data.xlsx"]


def _changed_header(exports: Exports, tmp: Path) -> list[Path]:
    def edit(wb: openpyxl.Workbook) -> None:
        wb[data_sheet.SHEET]["L1"] = "värde"
    return [exports.paths[0], _edit_copy(exports.paths[1], tmp / "rubrik.xlsx", edit)]


def _other_version(exports: Exports, tmp: Path) -> list[Path]:
    def edit(wb: openpyxl.Workbook) -> None:
        for row in wb[data_sheet.SHEET].iter_rows(min_row=2):
            row[1].value = 2
    return [exports.paths[0], _edit_copy(exports.paths[1], tmp / "schema2.xlsx", edit)]


def _other_period(exports: Exports, tmp: Path) -> list[Path]:
    return [exports.paths[1], exports.other_period]


def _same_file(exports: Exports, tmp: Path) -> list[Path]:
    return [exports.paths[0], exports.paths[1], exports.paths[0]]


def _same_team(exports: Exports, tmp: Path) -> list[Path]:
    copy = tmp / "kopia.xlsx"
    shutil.copy(exports.paths[1], copy)
    return [exports.paths[1], copy]


def _not_a_number(exports: Exports, tmp: Path) -> list[Path]:
    def edit(wb: openpyxl.Workbook) -> None:
        wb[data_sheet.SHEET]["L5"] = "tolv"
    return [_edit_copy(exports.paths[0], tmp / "text.xlsx", edit)]


REFUSED = {
    "not_xlsx": (_not_xlsx, "anteckningar.xlsx", "kan inte läsas som en Excel-fil"),
    "no_data_sheet": (_no_data_sheet, "utan-data.xlsx", "bladet \u201ddata\u201d saknas"),
    "changed_header": (_changed_header, "rubrik.xlsx", "rubrikraden"),
    "other_version": (_other_version, "schema2.xlsx",
                      "skapad med en annan version av STAR Desktop (schema 2"),
    "other_period": (_other_period, "bracke-2026-T1.xlsx", "olika perioder"),
    "same_file": (_same_file, "bräcke-2026-T2.xlsx", "finns med två gånger"),
    "same_team": (_same_team, "kopia.xlsx", "båda från teamet Krokoms samverkansteam"),
    "not_a_number": (_not_a_number, "text.xlsx", "inte är ett tal"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_refused_inputs_name_the_file(exports: Exports, tmp_path: Path, case: str) -> None:
    make, name, words = REFUSED[case]
    paths = make(exports, tmp_path)
    with pytest.raises(FederationInputError) as info:
        summarise(paths)
    assert name in info.value.message and words in info.value.message
    assert info.value.path is not None and info.value.path.name == name


def test_different_periods_name_both_files_and_periods(exports: Exports) -> None:
    with pytest.raises(FederationInputError) as info:
        read_exports([exports.paths[1], exports.other_period])
    m = info.value.message
    assert exports.paths[1].name in m and exports.other_period.name in m
    assert "Tertial 2 2026" in m and "Tertial 1 2026" in m


def test_an_empty_list_is_refused() -> None:
    with pytest.raises(FederationInputError, match="Inga filer"):
        read_exports([])


# --- the command -------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_cli_writes_the_county_view(exports: Exports, tmp_path: Path, capsys, suffix: str
                                    ) -> None:  # noqa: ANN001
    out = tmp_path / f"län{suffix}"
    assert main(["federation", "--out", str(out), *map(str, exports.paths)]) == 0
    said = capsys.readouterr().out
    assert "Länssammanställningen för Tertial 2 2026" in said and "3 team" in said
    if suffix == ".xlsx":
        assert read_export(out).team == COUNTY
    else:
        assert "Länssammanställning" in PdfReader(out).pages[0].extract_text()
    # The file exists now: 9 without --force, and it is left as it was; 0 with --force.
    before = out.read_bytes()
    assert main(["federation", "--out", str(out), *map(str, exports.paths)]) == 9
    assert out.read_bytes() == before
    assert main(["federation", "--out", str(out), "--force", *map(str, exports.paths)]) == 0


def test_cli_exit_codes(exports: Exports, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    team = str(exports.paths[0])
    assert main(["federation", "--out", str(tmp_path / "län.ods"), team]) == 2
    assert ".xlsx eller .pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:  # no input file at all: argparse's usage error
        main(["federation", "--out", str(tmp_path / "län.xlsx")])
    assert info.value.code == 2
    assert main(["federation", "--out", str(tmp_path / "län.xlsx"), team,
                 str(tmp_path / "saknas.xlsx")]) == 3
    assert "saknas.xlsx" in capsys.readouterr().err
    assert main(["federation", "--out", str(tmp_path / "ingen-mapp" / "län.xlsx"), team]) == 3
    assert main(["federation", "--out", team, "--force", team]) == 2
    assert not list(tmp_path.glob("län*"))


@pytest.mark.parametrize("case", REFUSED)
def test_cli_refuses_with_exit_11_and_writes_nothing(exports: Exports, tmp_path: Path, capsys,
                                                     case: str) -> None:  # noqa: ANN001
    make, name, words = REFUSED[case]
    paths = make(exports, tmp_path)
    out = tmp_path / "län.xlsx"
    assert main(["federation", "--out", str(out), *map(str, paths)]) == 11
    err = capsys.readouterr().err
    assert name in err and words in err
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))
