"""The 4R analysis as an Excel workbook, laid out like the report's (reports/export_xlsx.py).

Sheets: "4R" (who, when, for whom, whether small counts are protected, the four Rs and the
contents), "R1 Representation" and "R2 Resurser" (every table as ``FourRContent.presented``
shows it: numbers as numbers, masked counts as the text "<5" or "×"), "R3 och R4" (the
coordinator's texts and the R4 actions), "Definitioner" and "data" (the report's data-sheet
schema: its header and first columns, then ``FourRContent.data_rows``; a masked value is an
empty cell).

The words both 4R exports use (the four Rs, the recipient, the small-count note, the action
tables, the definitions that belong to 4R) are here too; fourr/export_pdf.py imports them.
openpyxl is imported inside the function; the workbook is saved atomically.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..reports import data_sheet
from ..reports import format as rf
from ..reports.definitions import DEFINITIONS, Definition
from ..reports.export_pdf import period_text
from ..reports.export_xlsx import (
    DATA_SHEET_PURPOSE,
    SheetWriter,
    definitions_sheet,
    page_setup,
    save_workbook,
    tables_sheet,
    write_data_sheet,
)
from . import analysis
from .report import RECIPIENTS, ActionRow, FourRContent

TITLE = "4R-analys"
NO_TEXT = "Ingen text skriven för perioden."
NO_ACTIONS = "Inga åtgärder inskrivna."
PARTS = (("R1", "R1 Representation"), ("R2", "R2 Resurser"))
#: The four Rs, as the first page introduces them.
INTRO: tuple[tuple[str, str], ...] = (
    ("R1 Representation",
     "Hur många kvinnor och män finns bland deltagarna – nya, aktiva och avslutade, efter "
     "ålder, aktualiserande part och försörjning – och bland teamets och styrgruppens "
     "ledamöter?"),
    ("R2 Resurser",
     "Hur når teamets resurser kvinnor och män: väntetid, tid i STAR, insatser, "
     "planeringsmöten, uppföljningar, mötestid per deltagare och resultat vid avslut?"),
    ("R3 Realia",
     "Varför ser det ut som det gör? Samordnarens analys av skillnaderna i R1 och R2."),
    ("R4 Realisera",
     "Vad ska förändras? Mål och åtgärder för nästa period, och hur förra periodens "
     "åtgärder gick."),
)
INTRO_LEAD = ("4R-analysen följer upp om teamets arbete når kvinnor och män på lika villkor. "
              "R1 och R2 räknas fram ur teamets ärenden för perioden, med samma deltagare och "
              "regler som rapporten; R3 och R4 skriver samordnaren.")
PROTECTED = ("Skyddade: antal från 1 till 4 visas som \u201d<5\u201d, och \u201d×\u201d döljer "
             "ett antal så att ett litet antal inte kan räknas fram ur summorna. Andelar och "
             "medelvärden visas bara när deras antal visas.")
UNPROTECTED = "Inte skyddade: alla antal visas. Exporten är för teamets eget bruk."
DATA_MASKED = " I bladet data är ett dolt värde en tom cell."
#: The definitions of the figures 4R shows, in the order the analysis reads.
DEFINITION_KEYS = ("4r", "deltagare", "kon", "nya", "aktiva_slut", "avslutade", "arbetat_med",
                   "aldersgrupp", "forsorjning", "remittent", "ledamoter", "vantetid",
                   "tid_i_star", "insatser", "samplaneringar", "uppfoljningar", "motestid",
                   "resultat", "smaatal")
_MASKED_TEXT = frozenset({"<5", "×"})


def definitions() -> list[Definition]:
    """The definitions the 4R exports carry."""
    return [DEFINITIONS[k] for k in DEFINITION_KEYS]


def recipient_text(content: FourRContent, recipient: str | None = None) -> str:
    """Who the export is for: the named RECIPIENTS key, else every recipient for whom the
    content's protection is the default."""
    if recipient is not None:
        return RECIPIENTS[recipient][0]
    return " / ".join(label for label, protect in RECIPIENTS.values()
                      if protect == content.protected)


def protection_text(content: FourRContent) -> str:
    """Whether small counts are protected, and what the symbols mean."""
    return PROTECTED if content.protected else UNPROTECTED


def facts(content: FourRContent, recipient: str | None = None) -> list[tuple[str, str]]:
    """The first page's facts, as (label, value); the team's name stands in the title."""
    return [("Kommun", content.municipality), ("Samordningsförbund", content.federation),
            ("Period", period_text(content.period)),
            ("Skapad", content.generated_on.isoformat()),
            ("Mottagare", recipient_text(content, recipient)),
            ("Små tal", protection_text(content))]


def actions_table(key: str, title: str, actions: list[ActionRow]) -> rf.Table:
    """R4 actions as a table of the action and its status."""
    return rf.Table(key, title, ("Åtgärd", "Status"),
                    [[a.text, a.status.label] for a in actions], ("text", "text"))


def action_tables(content: FourRContent) -> list[rf.Table]:
    """This period's actions, and last period's to be followed up."""
    return [
        actions_table("fourr_actions", f"Åtgärder för perioden – {content.period.label}",
                      content.actions),
        actions_table("fourr_previous_actions", "Förra periodens åtgärder och hur de gick – "
                      f"{content.previous_period.label}", content.previous_actions),
    ]


def texts(content: FourRContent) -> Iterator[tuple[str, str, str]]:
    """(label, question, text) of R3 Realia and R4 Realisera."""
    for key, label, question in analysis.TEXTS:
        yield label, question, content.texts.get(key, "")


def data_rows(content: FourRContent) -> list[tuple[Any, ...]]:
    """The data sheet as rows of cells, header first, as data_sheet.sheet_rows writes a
    report's; a masked value is None."""
    p = content.period
    head = (data_sheet.SCHEMA, data_sheet.SCHEMA_VERSION, content.team_name,
            content.municipality, p.key, p.start.isoformat(), p.end.isoformat())
    return [data_sheet.HEADER, *((*head, r.measure, r.dimension, r.category, r.gender, r.value)
                                 for r in content.data_rows())]


def _subtitle(c: FourRContent) -> str:
    """The line under a sheet's title: the team and the period."""
    return f"{c.team_name} · {c.period.label} ({c.period.span})"


def _front(ws: Any, c: FourRContent, recipient: str | None) -> None:
    w = SheetWriter(ws)
    w.title(f"{TITLE} – {c.team_name}", f"{c.period.label} ({c.period.span})")
    rows = [("Team", c.team_name), *facts(c, recipient)]
    if c.protected:
        rows[-1] = (rows[-1][0], rows[-1][1] + DATA_MASKED)
    w.pairs(rows)
    ws.cell(w.row - 1, 2).alignment = w.wrap
    ws.row_dimensions[w.row - 1].height = 45
    w.row += 1
    w.heading("Om 4R-analysen")
    w.paragraph(INTRO_LEAD, width_cols=2)
    w.pairs(INTRO)
    for row in range(w.row - len(INTRO), w.row):
        ws.cell(row, 2).alignment = w.wrap
        ws.row_dimensions[row].height = 30
    w.row += 1
    w.heading("Innehåll")
    w.pairs((("R1 Representation", "deltagare, teamets och styrgruppens ledamöter per kön"),
             ("R2 Resurser", "väntetid, tid i STAR, insatser, planeringsmöten, uppföljningar, "
                             "mötestid och resultat per kön"),
             ("R3 och R4", "samordnarens analys, mål och åtgärder"),
             ("Definitioner", "så räknas siffrorna"),
             (data_sheet.SHEET, DATA_SHEET_PURPOSE)))
    w.widths(24, 90, 2)
    page_setup(ws)


def _right_align_masked(ws: Any) -> None:
    """"<5" and "×" stand where a number would: right-aligned like one."""
    from openpyxl.styles import Alignment

    right = Alignment(horizontal="right")
    for row in ws.iter_rows():
        for cell in row:
            if cell.value in _MASKED_TEXT:
                cell.alignment = right


def _texts_sheet(ws: Any, c: FourRContent) -> None:
    from openpyxl.styles import Font

    w = SheetWriter(ws)
    w.title("R3 och R4", _subtitle(c))
    question_font = Font(italic=True, color="666666")
    for label, question, text in texts(c):
        w.heading(label)
        w.paragraph(question, width_cols=2)
        ws.cell(w.row - 1, 1).font = question_font
        w.paragraph(text if text.strip() else NO_TEXT, width_cols=2)
        w.row += 1
    for t in action_tables(c):
        if t.rows:
            w.table(t)
        else:
            w.heading(t.title)
            w.paragraph(NO_ACTIONS, width_cols=2)
            w.row += 1
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            if cell.column == 1 and not cell.font.bold:
                cell.alignment = w.wrap
    w.widths(90, 16, 2)
    page_setup(ws)


def fourr_xlsx(content: FourRContent, out: Path | str, *, recipient: str | None = None
               ) -> Path:
    """Write the 4R workbook to ``out`` (atomically); returns the path. ``recipient`` (a key of
    RECIPIENTS) names who it is for; by default whoever the protection is the default for."""
    from openpyxl import Workbook

    wb = Workbook()
    front = wb.active
    front.title = "4R"
    _front(front, content, recipient)
    presented = content.presented()
    for part, name in PARTS:
        ws = wb.create_sheet(name)
        tables_sheet(ws, name, _subtitle(content),
                     [shown for t, shown in presented if t.part == part])
        _right_align_masked(ws)
    _texts_sheet(wb.create_sheet("R3 och R4"), content)
    definitions_sheet(wb.create_sheet("Definitioner"), definitions())
    write_data_sheet(wb.create_sheet(data_sheet.SHEET), data_rows(content))
    wb.properties.title = f"{TITLE} {content.team_name} {content.period.key}"
    wb.properties.creator = "STAR Desktop"
    return save_workbook(wb, out)
