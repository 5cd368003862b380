"""The report as an Excel workbook: one sheet per part, Swedish headings, and the ``data`` sheet.

The sheets a person reads (Rapport, Deltagare, Process, Resultat, Närvaro, Texter, Avvikelser,
Budget, Definitioner) keep numbers as numbers with Swedish-looking number formats, so figures can
be copied into other documents; the ``data`` sheet (data_sheet.py, docs/report-data-sheet.md) is
for the federation office to add teams together. openpyxl is imported inside the function; the
workbook is written to a temporary file beside the target and renamed into place.

The layout pieces (``SheetWriter``, ``clean``, ``page_setup``, ``tables_sheet``,
``definitions_sheet``, ``write_data_sheet``, ``save_workbook``) are public: the 4R workbook
(fourr/export_xlsx.py) is laid out with them too.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import data_sheet, texts
from .definitions import DEFINITIONS, Definition
from .format import SECTION_TABLES, Table, budget_table, deviations_table, statistics_tables
from .report import ReportContent

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML cell text
NUMBER_FORMATS = {"count": "0", "share": "0.0 %", "months": "0.0", "decimal": "0.0",
                  "days": "0.0", "amount": "#,##0"}
HEADER_FILL = "E6ECF2"
MET_FILL, NOT_MET_FILL = "D9EAD3", "F4CCCC"
DATA_SHEET_PURPOSE = "alla siffror som antal och summor, för förbundets sammanställning"
SHEET_TABLES = (
    ("Deltagare", SECTION_TABLES["participants.prerequisites"]),
    ("Process", SECTION_TABLES["participants.process"]),
    ("Resultat", SECTION_TABLES["participants.results"]),
    ("Närvaro", SECTION_TABLES["staff.prerequisites"]),
)


def clean(value: Any) -> Any:
    """A cell value without the control characters XML does not allow."""
    return _ILLEGAL.sub("", value) if isinstance(value, str) else value


def report_title(content: ReportContent) -> str:
    kind = content.period.kind
    return {"tertial": "Tertialrapport", "year": "Årsrapport"}.get(kind, "Rapport")


class SheetWriter:
    """Writes tables one under the other on a sheet, with the house formatting."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws = ws
        self.row = 1
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.h_font = Font(bold=True, size=12)
        self.fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.met = PatternFill("solid", fgColor=MET_FILL)
        self.not_met = PatternFill("solid", fgColor=NOT_MET_FILL)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.line = Border(bottom=Side(style="thin", color="B0B8C0"))

    def title(self, text: str, sub: str = "") -> None:
        self.ws.cell(self.row, 1, clean(text)).font = self.title_font
        self.row += 1
        if sub:
            self.ws.cell(self.row, 1, clean(sub))
            self.row += 1
        self.row += 1

    def pairs(self, rows: Iterable[tuple[str, Any]]) -> None:
        """Rows of a bold label and its value (the front sheet's facts, a list of contents)."""
        for label, value in rows:
            self.ws.cell(self.row, 1, clean(label)).font = self.bold
            self.ws.cell(self.row, 2, clean(value))
            self.row += 1

    def heading(self, text: str) -> None:
        self.ws.cell(self.row, 1, clean(text)).font = self.h_font
        self.row += 1

    def paragraph(self, text: str, *, width_cols: int = 6) -> None:
        c = self.ws.cell(self.row, 1, clean(text))
        c.alignment = self.wrap
        if width_cols > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                                end_column=width_cols)
        lines = sum(1 + len(line) // 110 for line in text.splitlines() or [""])
        self.ws.row_dimensions[self.row].height = min(409, 15 * max(1, lines))
        self.row += 1

    def table(self, t: Table) -> None:
        self.heading(t.title)
        for col, text in enumerate(t.header, start=1):
            c = self.ws.cell(self.row, col, clean(text))
            c.font, c.fill, c.alignment, c.border = self.bold, self.fill, self.wrap, self.line
        self.row += 1
        for cells in t.rows:
            for col, (value, kind) in enumerate(zip(cells, t.kinds, strict=False), start=1):
                c = self.ws.cell(self.row, col, clean(value))
                c.border = self.line
                if isinstance(value, int | float) and not isinstance(value, bool):
                    c.number_format = NUMBER_FORMATS.get(kind, "0.0")
                elif value is None:
                    c.value = "–"
                if kind == "mark" and value in ("✔ Uppnått", "✘ Ej uppnått"):
                    c.fill = self.met if value.startswith("✔") else self.not_met
                if cells and cells[0] in ("Totalt", "Summa"):
                    c.font = self.bold
            self.row += 1
        if t.note:
            self.ws.cell(self.row, 1, clean(t.note)).alignment = self.wrap
            self.row += 1
        self.row += 1

    def widths(self, first: float, rest: float, n: int = 10) -> None:
        from openpyxl.utils import get_column_letter

        self.ws.column_dimensions["A"].width = first
        for i in range(2, n + 1):
            self.ws.column_dimensions[get_column_letter(i)].width = rest


def page_setup(ws: Any, *, landscape: bool = False) -> None:
    """Print on A4, as wide as the page, as many pages down as it takes."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _front(ws: Any, c: ReportContent) -> None:
    w = SheetWriter(ws)
    w.title(f"{report_title(c)} – {c.team_name}", f"{c.period.label} ({c.period.span})")
    w.pairs((("Team", c.team_name), ("Kommun", c.municipality),
             ("Samordningsförbund", c.federation),
             ("Period", f"{c.period.label}, {c.period.span}"),
             ("Framtagen", c.generated_on.isoformat())))
    w.row += 1
    w.heading("Sammanfattning")
    for key, label in texts.SUMMARY:
        ws.cell(w.row, 1, label).font = w.bold
        w.row += 1
        w.paragraph(c.texts.get(key, "") or "Ingen text skriven för perioden.")
    w.row += 1
    w.heading("Innehåll")
    w.pairs((
        ("Deltagare", "deltagare, ålder, försörjning, aktualiserande part, aktualiseringar"),
        ("Process", "väntetid, kö och planeringsmöten"),
        ("Resultat", "resultat vid avslut, genomströmningstid och mål"),
        ("Närvaro", "närvaro vid teammötena per part"),
        ("Texter", "beskrivning, analys och reflektion i mallens nio avsnitt"),
        ("Avvikelser", "avvikelser under perioden"), ("Budget", "budget och utfall"),
        ("Definitioner", "så räknas siffrorna"),
        (data_sheet.SHEET, DATA_SHEET_PURPOSE)))
    w.widths(24, 18, 6)
    page_setup(ws)


def tables_sheet(ws: Any, heading: str, subtitle: str, tables: Iterable[Table]) -> None:
    """A sheet of tables one under the other, landscape: a title, then each table."""
    w = SheetWriter(ws)
    w.title(heading, subtitle)
    for t in tables:
        w.table(t)
    w.widths(46, 15, 10)
    page_setup(ws, landscape=True)


def _tables_sheet(ws: Any, c: ReportContent, keys: tuple[str, ...], heading: str) -> None:
    by_key = {t.key: t for t in statistics_tables(c.stats,
                                                   targets_are_defaults=not c.targets_set)}
    tables_sheet(ws, heading, f"{c.team_name} · {c.period.label} ({c.period.span})",
                 [by_key[key] for key in keys])


def _trend_chart(ws: Any, c: ReportContent) -> None:
    """A line chart of throughput time beside the Resultat sheet's trend table."""
    from openpyxl.chart import LineChart, Reference

    top = None
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == "Genomströmningstid och resultat, denna och tidigare perioder":
            top = row[0].row
            break
    if top is None:
        return
    first, last = top + 2, top + 1 + len(c.stats.trend)
    for r in range(first, last + 1):  # a period without a value is a gap, not a zero
        if ws.cell(r, 5).value == "–":
            ws.cell(r, 5).value = None
    chart = LineChart()
    chart.title = "Genomströmningstid (månader)"
    chart.y_axis.title = "Månader"
    chart.height, chart.width = 7, 16
    chart.add_data(Reference(ws, min_col=5, min_row=top + 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.legend = None
    ws.add_chart(chart, f"H{top}")


def _texts_sheet(ws: Any, c: ReportContent) -> None:
    w = SheetWriter(ws)
    w.title("Texter", f"{c.team_name} · {c.period.label} ({c.period.span})")
    for s in texts.SECTIONS:
        w.heading(f"{s.number}. {s.title}")
        any_text = False
        for part, label in texts.PARTS:
            text = c.texts.get(f"{s.key}.{part}", "")
            if text.strip():
                any_text = True
                ws.cell(w.row, 1, label).font = w.bold
                w.row += 1
                w.paragraph(text, width_cols=1)
        if not any_text:
            w.paragraph("Ingen text skriven för perioden.", width_cols=1)
        w.row += 1
    w.widths(120, 10, 1)
    page_setup(ws)


def _deviations_sheet(ws: Any, c: ReportContent) -> None:
    w = SheetWriter(ws)
    w.title("Avvikelser", f"{c.team_name} · {c.period.label} ({c.period.span})")
    w.table(deviations_table(c.deviations))
    for col, width in zip("ABCDEF", (12, 22, 60, 18, 14, 45), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            if cell.column_letter in "CF":
                cell.alignment = w.wrap
    page_setup(ws, landscape=True)


def _budget_sheet(ws: Any, c: ReportContent) -> None:
    w = SheetWriter(ws)
    w.title("Budget", f"{c.team_name} · {c.period.label} ({c.period.span})")
    w.table(budget_table(c.budget))
    w.widths(30, 16, 5)
    page_setup(ws)


def definitions_sheet(ws: Any, definitions: Iterable[Definition]) -> None:
    """The definitions, a label and its text a row."""
    w = SheetWriter(ws)
    w.title("Så räknas siffrorna")
    for d in definitions:
        ws.cell(w.row, 1, d.label).font = w.bold
        c = ws.cell(w.row, 2, d.text)
        c.alignment = w.wrap
        ws.row_dimensions[w.row].height = 15 * (1 + len(d.text) // 95)
        w.row += 1
    w.widths(34, 100, 2)
    page_setup(ws)


def write_data_sheet(ws: Any, rows: Iterable[Sequence[Any]]) -> None:
    """The ``data`` sheet: ``rows`` (header first) as they are; None is an empty cell."""
    from openpyxl.styles import Font

    for row in rows:
        ws.append([clean(v) for v in row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHIJKL", (20, 8, 20, 14, 12, 12, 12, 40, 18, 30, 8, 12),
                          strict=True):
        ws.column_dimensions[col].width = width


def save_workbook(wb: Any, out: Path | str) -> Path:
    """Save ``wb`` to ``out`` through a temporary file beside it: never a half-written file."""
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return out


def report_xlsx(content: ReportContent, out: Path | str) -> Path:
    """Write the report workbook to ``out`` (atomically); returns the path."""
    from openpyxl import Workbook

    wb = Workbook()
    front = wb.active
    front.title = "Rapport"
    _front(front, content)
    for name, keys in SHEET_TABLES:
        _tables_sheet(wb.create_sheet(name), content, keys, name)
    _trend_chart(wb["Resultat"], content)
    _texts_sheet(wb.create_sheet("Texter"), content)
    _deviations_sheet(wb.create_sheet("Avvikelser"), content)
    _budget_sheet(wb.create_sheet("Budget"), content)
    definitions_sheet(wb.create_sheet("Definitioner"), DEFINITIONS.values())
    write_data_sheet(wb.create_sheet(data_sheet.SHEET), data_sheet.sheet_rows(content))
    wb.properties.title = f"{report_title(content)} {content.team_name} {content.period.key}"
    wb.properties.creator = "STAR Desktop"
    return save_workbook(wb, out)
