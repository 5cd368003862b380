"""The 4R exports (fourr/export_xlsx.py, fourr/export_pdf.py) read back with openpyxl and pypdf.

Built from a real 4R analysis of a demo team with R3/R4 texts and actions saved: the workbook's
sheets, every table's title and figures, the data sheet in the report's schema; the PDF's
headings, tables, charts and footer; no participant's name in either. A protected content is made
with hand-made masks (the protection itself is tested with protection.py): "<5" and "×" where
masked, empty cells in the data sheet, and no masked count in the PDF's table nor in its charts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from star_desktop.fourr import analysis
from star_desktop.fourr import export_pdf as fpdf
from star_desktop.fourr import export_xlsx as fx
from star_desktop.fourr.export_pdf import fourr_pdf
from star_desktop.fourr.export_xlsx import fourr_xlsx
from star_desktop.fourr.report import FourRContent, build_fourr
from star_desktop.fourr.tables import CountTable, Masks
from star_desktop.models import FourRActionStatus, ParticipantIdentity
from star_desktop.reports import data_sheet
from star_desktop.reports import export_pdf as report_pdf
from star_desktop.reports import format as rf
from star_desktop.reports.definitions import DEFINITIONS
from star_desktop.reports.periods import parse_period

from .test_report_pdf import _flat, _lines
from .test_report_pdf import _pages as _pdf_pages
from .test_report_xlsx import _rows

TODAY = dt.date(2026, 12, 1)
PERIOD = parse_period("2026-T2")
REALIA = "Kvinnorna väntar längre på planeringsmöte.\n\nEtt nytt stycke med <b> & tecken."
REALISERA = "Målet: samma väntetid för kvinnor och män."
ACTIONS = ("Ny rutin för aktualisering från vården",)
PREVIOUS = (("Gå igenom väntetiderna varje månad", FourRActionStatus.DONE),
            ("Bjuda in Försäkringskassan till styrgruppen", FourRActionStatus.IN_PROGRESS),
            ("Utbilda teamet i bemötande", FourRActionStatus.NOT_STARTED))
SHEETS = ["4R", "R1 Representation", "R2 Resurser", "R3 och R4", "Definitioner", "data"]
#: Hand-made masks (the demo's closed participants by age, and time in STAR): "<5" for 1–4,
#: "×" for a cell hidden beside one.
MASKS: dict[str, Masks] = {
    "r1_closed_age": {(2, 2): "primary", (3, 0): "primary", (3, "total"): "primary",
                      (2, 0): "secondary", ("total", 2): "primary",
                      ("total", "total"): "secondary"},
    "r2_time": {("n", 2): "primary", ("n", "total"): "secondary"},
}


def _protected(content: FourRContent) -> FourRContent:
    return dataclasses.replace(content, protected=True, masks=MASKS)


@pytest.fixture
def built(demo_team, tmp_path: Path) -> dict:  # noqa: ANN001 - the conftest factory
    """A demo team's 4R analysis with texts and actions, unprotected and with MASKS, written."""
    tf = demo_team(cases=120, seed=5, today=TODAY)
    with tf.session() as s, s.begin():
        analysis.save_texts(s, PERIOD, {analysis.REALIA: REALIA, analysis.REALISERA: REALISERA})
        for text in ACTIONS:
            analysis.add_action(s, PERIOD, text)
        for text, status in PREVIOUS:
            action = analysis.add_action(s, PERIOD.previous(), text)
            analysis.update_action(s, action.id, status=status)
    with tf.session() as s:
        content = build_fourr(s, PERIOD, protect=False, today=TODAY)
        names = [(i.first_name, i.last_name) for i in s.scalars(select(ParticipantIdentity))]
    protected = _protected(content)
    return {
        "content": content, "protected": protected, "names": names,
        "wb": openpyxl.load_workbook(fourr_xlsx(content, tmp_path / "4r.xlsx")),
        "wb_p": openpyxl.load_workbook(fourr_xlsx(protected, tmp_path / "4r-skyddad.xlsx")),
        "pdf": _pdf_pages(fourr_pdf(content, tmp_path / "4r.pdf")),
        "pdf_p": _pdf_pages(fourr_pdf(protected, tmp_path / "4r-skyddad.pdf")),
    }


def _table_rows(ws, title: str, n: int) -> tuple[tuple, list[tuple]]:  # noqa: ANN001
    """The header and the ``n`` rows under a table's title on a sheet."""
    rows = _rows(ws)
    at = [r[0] for r in rows].index(title)
    return rows[at + 1], rows[at + 2: at + 2 + n]


def _expected_xlsx(cell: rf.Cell) -> object:
    return "–" if cell is None else cell


# --- the workbook ------------------------------------------------------------------------------


def test_sheets_and_the_front_sheet(built: dict) -> None:
    content: FourRContent = built["content"]
    wb = built["wb"]
    assert wb.sheetnames == SHEETS
    front = _rows(wb["4R"])
    assert front[0][0] == f"4R-analys – {content.team_name}"
    cells = [str(c) for row in front for c in row if c is not None]
    text = " ".join(cells)
    for value in (content.municipality, content.federation, content.period.label,
                  content.period.span, TODAY.isoformat(), "Teamet (internt)", fx.UNPROTECTED):
        assert value in text, value
    for name in SHEETS[1:]:
        assert name in cells  # the contents list
    assert wb.properties.title == f"4R-analys {content.team_name} 2026-T2"

    front_p = " ".join(str(c) for row in _rows(built["wb_p"]["4R"]) for c in row if c)
    assert fx.PROTECTED in front_p and "Lokala styrgruppen / Förbundskansliet" in front_p
    assert fx.UNPROTECTED not in front_p


def test_every_table_with_its_figures(built: dict) -> None:
    content: FourRContent = built["content"]
    wb = built["wb"]
    presented = content.presented()
    assert {t.part for t, _s in presented} == {"R1", "R2"} and len(presented) == 19
    for t, shown in presented:
        ws = wb["R1 Representation" if t.part == "R1" else "R2 Resurser"]
        header, rows = _table_rows(ws, shown.title, len(shown.rows))
        assert header[:len(shown.header)] == tuple(h or None for h in shown.header), t.key
        for got, want in zip(rows, shown.rows, strict=True):
            assert got[:len(want)] == pytest.approx([_expected_xlsx(c) for c in want]), t.key
    # The new participants by age add up to the report's count of new participants.
    new = content.stats.report.flow.new
    _h, rows = _table_rows(wb["R1 Representation"], "Nya deltagare efter åldersgrupp", 8)
    assert rows[-1][:5] == ("Totalt", new.woman, new.man, new.other, new.total)
    assert new.total > 0
    share = next(c for row in wb["R1 Representation"].iter_rows() for c in row
                 if isinstance(c.value, float))
    assert share.number_format == "0.0 %"


def test_the_data_sheet_is_the_report_schema_and_adds_up(built: dict) -> None:
    content: FourRContent = built["content"]
    rows = _rows(built["wb"][data_sheet.SHEET])
    assert rows[0] == data_sheet.HEADER
    body = [dict(zip(data_sheet.HEADER, r, strict=True)) for r in rows[1:]]
    head = (data_sheet.SCHEMA, data_sheet.SCHEMA_VERSION, content.team_name,
            content.municipality, "2026-T2", "2026-05-01", "2026-08-31")
    assert all(r[:7] == head for r in rows[1:])
    expected = [(d.measure, d.dimension or None, d.category or None, d.gender, d.value)
                for d in content.data_rows()]
    assert [r[7:] for r in rows[1:]] == expected
    assert all(isinstance(r["value"], int) for r in body)  # counts and sums, no means
    by: dict[tuple, dict[str, int]] = defaultdict(dict)
    for r in body:
        by[(r["measure"], r["dimension"] or "", r["category"] or "")][r["gender"]] = r["value"]
    for key, g in by.items():
        assert set(g) == {"woman", "man", "other", "all"}, key
        assert g["woman"] + g["man"] + g["other"] == g["all"], key
    new = content.stats.report.flow.new
    assert by[("participants.new", "", "")] == {"woman": new.woman, "man": new.man,
                                                "other": new.other, "all": new.total}
    ages = sum(g["all"] for (m, d, _c), g in by.items()
               if m == "participants.new" and d == "age_group")
    assert ages == new.total
    waiting = content.stats.waiting
    assert by[("r2.waiting.days_sum", "", "")]["all"] == waiting.total.total


def test_texts_actions_and_definitions(built: dict) -> None:
    content: FourRContent = built["content"]
    wb = built["wb"]
    cells = [c for row in _rows(wb["R3 och R4"]) for c in row if c is not None]
    assert REALIA in cells and REALISERA in cells
    for _key, label, question in analysis.TEXTS:
        assert label in cells and question in cells
    this, previous = fx.action_tables(content)
    assert this.title == f"Åtgärder för perioden – {PERIOD.label}"
    _h, rows = _table_rows(wb["R3 och R4"], this.title, 1)
    assert rows == [(ACTIONS[0], "Ej påbörjat")]
    _h, rows = _table_rows(wb["R3 och R4"], previous.title, len(PREVIOUS))
    assert rows == [(text, status.label) for text, status in PREVIOUS]
    assert PERIOD.previous().label in previous.title
    labels = [r[0] for r in _rows(wb["Definitioner"])[1:] if r[0]]
    assert labels == [d.label for d in fx.definitions()]
    for key in ("4r", "deltagare", "aldersgrupp", "ledamoter", "vantetid", "tid_i_star",
                "insatser", "uppfoljningar", "motestid", "resultat", "smaatal"):
        assert DEFINITIONS[key].label in labels, key


def test_masked_cells_in_the_workbook(built: dict) -> None:
    protected: FourRContent = built["protected"]
    wb = built["wb_p"]
    shown = dict((t.key, s) for t, s in protected.presented())
    closed = shown["r1_closed_age"]
    _h, rows = _table_rows(wb["R1 Representation"], closed.title, len(closed.rows))
    for (i, col), state in MASKS["r1_closed_age"].items():
        r = len(closed.rows) - 1 if i == "total" else i
        c = 4 if col == "total" else 1 + col
        assert rows[r][c] == ("<5" if state == "primary" else "×"), (i, col)
    assert rows[2][:5] == ("30–39 år", "×", 4, "<5", 7)
    assert closed.note in [r[0] for r in _rows(wb["R1 Representation"])]
    _h, rows = _table_rows(wb["R2 Resurser"], shown["r2_time"].title, 4)
    assert [r[1] for r in rows] == [5, 6, "<5", "×"] and rows[3][2] == "–"

    data = {(r[7], r[8] or "", r[9] or "", r[10]): r[11]
            for r in _rows(wb[data_sheet.SHEET])[1:]}
    assert data[("participants.closed", "age_group", "30-39", "other")] is None
    assert data[("participants.closed", "age_group", "30-39", "woman")] is None
    assert data[("participants.closed", "age_group", "30-39", "man")] == 4
    assert data[("participants.closed", "age_group", "40-49", "all")] is None
    assert data[("participants.closed", "", "", "all")] is None
    assert data[("r2.time_in_star.closed", "", "", "other")] is None
    assert data[("r2.time_in_star.days_sum", "", "", "all")] is None
    assert data[("r2.time_in_star.closed", "", "", "woman")] == 5
    assert sum(v is None for v in data.values()) == 10  # nothing else is hidden


# --- the PDF -----------------------------------------------------------------------------------


def test_pdf_headings_in_order_and_the_footer_on_every_page(built: dict) -> None:
    content: FourRContent = built["content"]
    for pages in (built["pdf"], built["pdf_p"]):
        lines = _lines(pages)
        assert lines[0] == "4R-analys" and lines[1] == content.team_name
        assert "Om 4R-analysen" in _lines(pages[:1])
        rest = _lines(pages[1:])  # the first page names the four Rs too
        assert rest[0] == "R1 Representation"
        headings = ["R1 Representation", "R2 Resurser", "R3 Realia", "R4 Realisera",
                    report_pdf.APPENDIX_TITLE]
        positions = [rest.index(h) for h in headings]
        assert positions == sorted(positions)
        n = len(pages)
        assert n >= 6
        for i, text in enumerate(pages, 1):
            flat = _flat([text])
            assert f"{content.team_name} – 4R-analys" in flat
            assert content.period.label in flat and content.period.span in flat
            assert f"Sida {i} av {n}" in flat
    first = _flat([built["pdf"][0]])
    for text in (content.municipality, content.federation, TODAY.isoformat(),
                 "Teamet (internt)", fx.UNPROTECTED, *(label for label, _q in fx.INTRO)):
        assert text in first, text
    assert fx.PROTECTED in _flat([built["pdf_p"][0]])


def _pdf_table(lines: list[str], number: int, shown: rf.Table) -> list[list[str]]:
    """The cells of a table in the PDF's lines, found row by row after its caption."""
    at = lines.index(f"Tabell {number}. {shown.title}")
    out = []
    for row in shown.rows:
        at = lines.index(str(row[0]), at + 1)
        out.append(lines[at + 1: at + len(row)])
    return out


def test_pdf_tables_show_the_figures(built: dict) -> None:
    content: FourRContent = built["content"]
    lines = _lines(built["pdf"])
    for n, (t, shown) in enumerate(content.presented(), 1):
        cells = _pdf_table(lines, n, shown)
        assert cells == [[rf.cell_text(v, k) for v, k in zip(r[1:], shown.kinds[1:],
                                                             strict=True)]
                         for r in shown.rows], t.key
    new = content.stats.report.flow.new
    shown = content.presented()[0][1]
    assert _pdf_table(lines, 1, shown)[-1][:4] == [str(new.woman), str(new.man),
                                                   str(new.other), str(new.total)]
    flat = _flat(built["pdf"])
    assert f"Figur 1. {fpdf.GENDER_CHART_TITLE}" in flat
    assert f"Figur 2. {fpdf.MEANS_CHART_TITLE}" in flat


def test_pdf_texts_and_actions(built: dict) -> None:
    content: FourRContent = built["content"]
    lines = _lines(built["pdf"][1:])  # after the first page, which names the four Rs
    first, second = REALIA.split("\n\n")
    r3, r4 = lines.index("R3 Realia"), lines.index("R4 Realisera")
    assert r3 < lines.index(first) < lines.index(second) < r4  # "<b> &" as typed
    assert lines.index(REALISERA) > r4
    this, previous = fx.action_tables(content)
    n = len(content.tables)
    assert _pdf_table(lines, n + 1, this) == [["Ej påbörjat"]]
    assert _pdf_table(lines, n + 2, previous) == [[s.label] for _t, s in PREVIOUS]
    flat = _flat(built["pdf"])
    appendix = flat[flat.index(report_pdf.APPENDIX_TITLE):]
    for d in fx.definitions():
        assert d.label in appendix and re.sub(r"\s+", " ", d.text)[:50] in appendix


def test_no_masked_count_in_the_pdf_table_or_chart(built: dict) -> None:
    content: FourRContent = built["content"]
    protected: FourRContent = built["protected"]
    lines = _lines(built["pdf_p"])
    presented = protected.presented()
    number = {t.key: n for n, (t, _s) in enumerate(presented, 1)}
    shown = dict((t.key, s) for t, s in presented)
    closed = _pdf_table(lines, number["r1_closed_age"], shown["r1_closed_age"])
    assert closed[2][:4] == ["×", "4", "<5", "7"]
    assert closed[3][:4] == ["<5", "0", "0", "<5"]
    assert closed[-1] == ["5", "6", "<5", "×", "–", "–"]
    time = _pdf_table(lines, number["r2_time"], shown["r2_time"])
    assert [r[0] for r in time] == ["5", "6", "<5", "×"] and time[2][1] == time[3][1] == "–"
    assert shown["r1_closed_age"].note in _flat(built["pdf_p"])

    # The chart: the closed participants' bar is "skyddat", and only it differs.
    bars = dict(fpdf.gender_bars(protected))
    assert bars["Avslutade under perioden"] is None
    assert sum(g is None for g in bars.values()) == 1

    def strings(c: FourRContent) -> Counter:
        d = fpdf.gender_chart(fpdf.gender_bars(c), 480)
        return Counter(s.text for s in d.contents if hasattr(s, "text"))

    closed_total = next(t for t in content.tables if t.key == "r1_closed_age")
    assert isinstance(closed_total, CountTable)
    g = closed_total.total
    revealed = Counter([rf.percent(n / g.total) for n in (g.woman, g.man, g.other) if n]
                       + [f"n = {g.total}"])
    assert strings(content) - strings(protected) == revealed
    assert strings(protected) - strings(content) == Counter([fpdf.PROTECTED_BAR])
    assert fpdf.PROTECTED_BAR in _flat(built["pdf_p"])
    # The means chart leaves out the masked mean of time in STAR (annat/ej angivet).
    assert fpdf.mean_values(protected, "r2_time")[2] is None
    assert fpdf.mean_values(content, "r2_time")[2] is not None
    assert fpdf.mean_values(protected, "r2_time")[:2] == fpdf.mean_values(content, "r2_time")[:2]
    masked_mean = rf.number(fpdf.mean_values(content, "r2_time")[2], 1)
    assert masked_mean in _lines(built["pdf"]) and masked_mean not in _lines(built["pdf_p"])


def test_no_participant_name_in_either_file(built: dict) -> None:
    assert built["names"]
    texts = [_flat(built[k]) for k in ("pdf", "pdf_p")]
    for k in ("wb", "wb_p"):
        texts.append(" ".join(str(c) for ws in built[k].worksheets
                              for row in ws.iter_rows(values_only=True) for c in row
                              if c is not None))
    for text in texts:
        for first, last in built["names"]:
            for name in (first, last):
                assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text), name


def test_an_empty_period_gives_both_files(demo_team, tmp_path: Path) -> None:  # noqa: ANN001
    tf = demo_team(cases=120, seed=5, today=TODAY)
    with tf.session() as s:
        content = build_fourr(s, parse_period("2019"), protect=False, today=TODAY)
    wb = openpyxl.load_workbook(fourr_xlsx(content, tmp_path / "tom.xlsx"))
    assert wb.sheetnames == SHEETS
    cells = [c for row in _rows(wb["R3 och R4"]) for c in row if c]
    assert cells.count(fx.NO_TEXT) == 2 and cells.count(fx.NO_ACTIONS) == 2
    pages = _pdf_pages(fourr_pdf(content, tmp_path / "tom.pdf"))
    flat = _flat(pages)
    assert flat.count(fx.NO_TEXT) == 2 and flat.count(fx.NO_ACTIONS) == 2
    assert fpdf.EMPTY_BAR in flat  # no participants in 2019
    assert f"Sida {len(pages)} av {len(pages)}" in flat


def test_a_failed_write_leaves_no_file(built: dict, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl.workbook.workbook as wbmod

    def boom(self, filename) -> None:  # noqa: ANN001
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    folder = tmp_path / "ut"
    folder.mkdir()
    monkeypatch.setattr(wbmod.Workbook, "save", boom)
    with pytest.raises(OSError):
        fourr_xlsx(built["content"], folder / "4r.xlsx")
    assert list(folder.iterdir()) == []


def test_with_the_real_protection_the_files_show_what_the_masks_allow(
        demo_team, tmp_path: Path) -> None:  # noqa: ANN001
    pytest.importorskip("star_desktop.fourr.protection")
    tf = demo_team(cases=120, seed=5, today=TODAY)
    with tf.session() as s:
        content = build_fourr(s, PERIOD, protect=True, today=TODAY)
    assert content.protected and content.masks
    wb = openpyxl.load_workbook(fourr_xlsx(content, tmp_path / "4r.xlsx"))
    lines = _lines(_pdf_pages(fourr_pdf(content, tmp_path / "4r.pdf")))
    data = [r[11] for r in _rows(wb[data_sheet.SHEET])[1:]]
    assert None in data
    for n, (t, shown) in enumerate(content.presented(), 1):
        cells = _pdf_table(lines, n, shown)
        assert cells == [[rf.cell_text(v, k) for v, k in zip(r[1:], shown.kinds[1:],
                                                             strict=True)]
                         for r in shown.rows], t.key
    for (key, _label), (_l, g) in zip(fpdf.POPULATIONS, fpdf.gender_bars(content), strict=True):
        masks = content.masks.get(key, {})
        hidden = any(masks.get(("total", c), "shown") != "shown" for c in (0, 1, 2, "total"))
        assert (g is None) == hidden, key
