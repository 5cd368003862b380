"""The exported audit log for the data-protection officer: an xlsx workbook or an A4 PDF.

Both start with what was exported: the team, the filter in words, who exported it and when, and
that the log holds no names (cases go by their numbers). The xlsx is written in openpyxl's
write-only mode, so 100,000 events stay light; the PDF is laid out with the meeting PDFs' page
frame and "Sida n av m" footer. Both are written to a temporary file beside the target and renamed
into place. openpyxl and reportlab are imported inside the writers.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .audit import AuditRow, grouped

TITLE = "Logg över händelser i teamfilen"
NOTE = ("Loggen innehåller inga namn eller personnummer: ärenden anges med ärendenummer och "
        "deltagare med sitt löpnummer i teamfilen, och detaljerna namnger fält, aldrig deras "
        "värden. Händelser i loggen kan inte ändras eller tas bort.")
SHEET_TITLE = "Logg"
#: (header, xlsx width) of the workbook's columns.
XLSX_COLUMNS = (("Tid", 20), ("Vem", 24), ("Händelse", 13), ("Vad", 18), ("Post-nr", 9),
                ("Ärende", 12), ("Deltagare", 10), ("Detaljer", 70))
#: (header, width in mm) of the PDF's columns: 170 mm, the text width of the A4 page.
PDF_COLUMNS = (("Tid", 30), ("Vem", 28), ("Händelse", 18), ("Vad", 20), ("Ärende", 18),
               ("Detaljer", 56))
#: Events per PDF table: short tables split across pages cheaply.
PDF_CHUNK = 60

_PDF_REPLACEMENTS = {"→": "->", "←": "<-", "✔": "v", "✘": "x", "≥": ">=", "≤": "<=",
                     "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "Ħ": "H", "ħ": "h"}


@dataclass(frozen=True)
class LogHeader:
    """What the top of an exported log says."""

    team_name: str
    filter_text: str
    produced_by: str
    produced_at: str
    count: int

    def pairs(self) -> list[tuple[str, str]]:
        zone = dt.datetime.now().astimezone().tzname() or "lokal tid"
        return [
            ("Team", self.team_name),
            ("Urval", self.filter_text),
            ("Exporterad av", self.produced_by),
            ("Exporterad", self.produced_at),
            ("Antal händelser", grouped(self.count)),
            ("Tider", f"datorns lokala tid ({zone})"),
        ]


def pdf_text(text: str) -> str:
    """Text the built-in Helvetica (WinAnsi) can show: other letters lose their accent (ś→s),
    arrows become ->, and anything else left becomes '?', never a missing glyph."""
    out: list[str] = []
    for ch in text:
        if ch in _PDF_REPLACEMENTS:
            out.append(_PDF_REPLACEMENTS[ch])
            continue
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("cp1252", "ignore").decode("cp1252")
            out.append(base or "?")
    return "".join(out)


# --- xlsx ----------------------------------------------------------------------------------------


def write_log_xlsx(rows: Iterable[AuditRow], path: Path | str, header: LogHeader) -> int:
    """Write the events to an xlsx workbook at ``path``; returns how many were written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from .reports.export_xlsx import HEADER_FILL, clean, save_workbook

    wb = Workbook(write_only=True)
    wb.properties.creator = "STAR Desktop"
    wb.properties.title = TITLE
    ws = wb.create_sheet(SHEET_TITLE)
    for i, (_h, width) in enumerate(XLSX_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    pairs = header.pairs()
    header_row = len(pairs) + 4  # title, the pairs, the note, a blank row
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)

    def text(value: str, font: Any = None) -> Any:
        value = clean(value)
        if font is None and not value.startswith("="):
            return value  # a plain value: a styled cell per value would slow 100,000 rows
        c = WriteOnlyCell(ws, value=value)
        c.data_type = "s"  # text typed as "=..." stays text, never a formula
        if font is not None:
            c.font = font
        return c

    ws.append([text(TITLE, Font(bold=True, size=14))])
    for label, value in pairs:
        ws.append([text(label, bold), text(value)])
    ws.append([text(NOTE)])
    ws.append([])
    heads = []
    for h, _w in XLSX_COLUMNS:
        c = text(h, bold)
        c.fill = fill
        heads.append(c)
    ws.append(heads)
    count = 0
    for r in rows:
        # a plain datetime: openpyxl gives it the format yyyy-mm-dd h:mm:ss
        when = r.at.astimezone().replace(tzinfo=None)
        ws.append([when, text(r.actor), text(r.action_label), text(r.entity_label),
                   r.entity_id, text(r.case_number), r.participant_id, text(r.detail)])
        count += 1
    ws.auto_filter.ref = (f"A{header_row}:{get_column_letter(len(XLSX_COLUMNS))}"
                          f"{header_row + max(count, 1)}")
    save_workbook(wb, path)
    return count


# --- PDF -----------------------------------------------------------------------------------------


def write_log_pdf(rows: list[AuditRow], path: Path | str, header: LogHeader) -> int:
    """Write the events to an A4 PDF at ``path``; returns how many were written."""
    from .meetings.pdf_common import atomic_write

    atomic_write(path, log_pdf_bytes(rows, header))
    return len(rows)


def log_pdf_bytes(rows: list[AuditRow], header: LogHeader) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    from .meetings.pdf_common import build_pdf, grid_style, paragraph_styles

    st = paragraph_styles(title_size=16, team_space_after=4)
    cell = ParagraphStyle("cell", parent=st.small, fontSize=7.5, leading=9)

    def p(text: str, style: ParagraphStyle = st.body) -> Paragraph:
        return Paragraph(escape(pdf_text(text)), style)

    story: list = [p(TITLE, st.title), p(header.team_name, st.team)]
    facts = Table([[p(label, st.small), p(value, st.small)]
                   for label, value in header.pairs() if label != "Team"],  # the line above
                  colWidths=[32 * mm, 138 * mm], hAlign="LEFT")
    facts.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    story += [facts, Spacer(1, 2 * mm), p(NOTE, st.small), Spacer(1, 3 * mm)]
    widths = [w * mm for _h, w in PDF_COLUMNS]
    style = grid_style(font_size=7.5, leading=9)
    # A cell is a Paragraph (which wraps) only when its text may not fit on one line: tens of
    # thousands of Paragraphs would make a long log slow to lay out.
    fits = [int(w / 1.45) for _h, w in PDF_COLUMNS]

    def c(text: str, col: int) -> object:
        text = pdf_text(text)
        return Paragraph(escape(text), cell) if len(text) > fits[col] else text

    if not rows:
        story.append(p("Inga händelser i urvalet.", st.body))
    for start in range(0, len(rows), PDF_CHUNK):
        data: list[list[object]] = [[h for h, _w in PDF_COLUMNS]]
        for r in rows[start:start + PDF_CHUNK]:
            data.append([r.local_time, c(r.actor, 1), c(r.action_label, 2),
                         c(r.entity_label, 3), c(r.case_number, 4), c(r.detail, 5)])
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(style)
        story.append(table)
    return build_pdf(story, title=TITLE, subject=f"Logg, {header.team_name}",
                     footer_left=pdf_text(f"{TITLE} – {header.team_name}"),
                     footer_right=pdf_text(f"Exporterad {header.produced_at} av "
                                           f"{header.produced_by}"))
