"""The county summary as an Excel workbook and as an A4 landscape PDF, for Länsam.

The workbook has a front sheet, a sheet per part of the county view (county.PARTS), the sheet
"Team" listing the teams and files included, and a ``data`` sheet in the teams' own schema
(data_sheet.HEADER) with team = "Länet" holding the summed rows — so a county file can itself be
read back and added (hidden values stay empty cells). Numbers stay numbers, with the report's
number formats.

The PDF is landscape because a table shows up to eight teams and the county side by side: a
first page with the period, the teams and how the figures are computed, then each part on a new
page, every page headed "Länssammanställning" with the period and footed with the teams' names
and "Sida n av m". It reuses the meeting PDFs' styles and writer (meetings/pdf_common.py).

Both files are written under a temporary name beside the target and moved into place when
complete. openpyxl and reportlab are imported inside the functions.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from ..meetings.pdf_common import (
    AUTHOR,
    BOLD,
    FONT,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    atomic_write,
    grid_style,
    page_counting_canvas,
    paragraph_styles,
)
from ..reports import data_sheet
from ..reports.export_xlsx import NUMBER_FORMATS, SheetWriter, clean, page_setup, save_workbook
from ..reports.format import cell_text
from .county import COUNTY, MASK, CountySummary, CountyTable
from .reader import MASKED

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

TITLE = "Länssammanställning"
METHOD = (
    "Siffrorna kommer från bladet data i varje teams rapportexport (xlsx), som har alla "
    "rapportens siffror som antal och summor. Länets antal är teamens antal summerade. Länets "
    "medelvärden och andelar räknas av de summerade antalen och summorna – till exempel andel i "
    "mål = alla teams avslutade i mål / alla teams avslutade utom tidiga avbrott – och aldrig "
    "som ett medelvärde av teamens medelvärden eller andelar; ett stort team väger alltså så "
    "mycket som dess deltagare. Medianer kan inte läggas ihop och finns bara i teamens egna "
    "rapporter.")
MASK_METHOD = ("\u201d×\u201d betyder dolt: ett team har dolt ett litet antal (skydd av små "
               "tal), och en summa eller kvot som bygger på det visas inte.")
DASH_METHOD = "\u201d–\u201d betyder att värdet inte kan räknas (en andel utan något att räkna av)."
_NUMERIC = frozenset({"count", "share", "months", "days", "decimal", "amount", "number"})


def data_rows(summary: CountySummary) -> list[tuple]:
    """The county's data sheet, header first: the summed rows as team "Länet" (hidden = empty)."""
    head = (data_sheet.SCHEMA, data_sheet.SCHEMA_VERSION, COUNTY, summary.federation,
            summary.period, summary.period_start, summary.period_end)
    return [data_sheet.HEADER, *((*head, m, d, c, g, None if v is MASKED else v)
                                 for (m, d, c, g), v in summary.rows.items())]


def team_rows(summary: CountySummary) -> list[tuple[str, str, str, str, int, int]]:
    """(team, municipality, federation, file, rows, hidden values) per team included."""
    return [(t.team, t.municipality, t.federation, t.path.name, len(t.rows), t.masked)
            for t in summary.teams]


# --- xlsx --------------------------------------------------------------------------------------


class _Sheet(SheetWriter):
    """Writes county tables one under the other on a sheet, with the report's formatting."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.styles import Alignment, PatternFill

        super().__init__(ws)
        self.group_fill = PatternFill("solid", fgColor="F2F5F8")
        self.right = Alignment(horizontal="right")

    def pair(self, label: str, value: Any) -> None:
        self.ws.cell(self.row, 1, clean(label)).font = self.bold
        self.ws.cell(self.row, 2, clean(value))
        self.row += 1

    def text(self, text: str, width_cols: int = 8) -> None:
        c = self.ws.cell(self.row, 1, clean(text))
        c.alignment = self.wrap
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                            end_column=width_cols)
        self.ws.row_dimensions[self.row].height = 15 * (1 + len(text) // 150)
        self.row += 1

    def table(self, t: CountyTable) -> None:
        self.heading(t.title)
        for col, text in enumerate(t.header, start=1):
            c = self.ws.cell(self.row, col, clean(text))
            c.font, c.fill, c.alignment, c.border = self.bold, self.fill, self.wrap, self.line
        self.row += 1
        for i, cells in enumerate(t.rows):
            for j, value in enumerate(cells):
                c = self.ws.cell(self.row, j + 1, clean(value))
                c.border = self.line
                if isinstance(value, int | float) and not isinstance(value, bool):
                    c.number_format = NUMBER_FORMATS.get(
                        t.kind(i, j), "0" if isinstance(value, int) else "0.0")
                elif value is None:
                    c.value = "–"
                if i in t.totals or i in t.groups:
                    c.font = self.bold
                if i in t.groups:
                    c.fill = self.group_fill
                if value == MASK:
                    c.alignment = self.right
            self.row += 1
        if t.note:
            self.text(t.note, max(len(t.header), 4))
        self.row += 1

def _sheet_name(title: str, taken: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "-", title)[:31]
    base, n = name, 2
    while name in taken:
        name = f"{base[:28]} {n}"
        n += 1
    taken.add(name)
    return name


def county_xlsx(summary: CountySummary, out: Path | str, *, today: dt.date | None = None
                ) -> Path:
    """Write the county workbook to ``out`` (atomically); returns the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    out = Path(out)
    today = today or dt.date.today()
    wb = Workbook()
    taken = {"Länet", "Team", data_sheet.SHEET}
    front = wb.active
    front.title = "Länet"
    w = _Sheet(front)
    w.title(TITLE, summary.period_text)
    if summary.federation:
        w.pair("Samordningsförbund", summary.federation)
    w.pair("Period", summary.period_text)
    w.pair("Team", f"{len(summary.teams)}: " + ", ".join(summary.team_names))
    w.pair("Framtagen", today.isoformat())
    if summary.masked:
        w.pair("Dolda värden", summary.masked)
    w.row += 1
    w.heading("Så räknas länets siffror")
    for text in (METHOD, DASH_METHOD, *([MASK_METHOD] if summary.masked else [])):
        w.text(text)
    w.row += 1
    w.heading("Innehåll")
    sheets = [(_sheet_name(p.title, taken), p) for p in summary.parts]
    for name, p in sheets:
        w.pair(name, "; ".join(t.title for t in p.tables))
    w.pair("Team", "teamen och filerna i sammanställningen")
    w.pair(data_sheet.SHEET, "länets summerade antal och summor, i samma form som teamens blad "
                             "data")
    w.widths(26, 22, 8)
    page_setup(front, landscape=False)

    n_cols = max((len(t.header) for t in summary.tables), default=2)
    for name, p in sheets:
        ws = wb.create_sheet(name)
        s = _Sheet(ws)
        s.title(p.title, f"{TITLE} · {summary.period_text}")
        for t in p.tables:
            s.table(t)
        s.widths(46, 16, n_cols)
        if any(t.label_columns == 2 for t in p.tables):
            ws.column_dimensions["B"].width = 30
        page_setup(ws, landscape=True)

    ws = wb.create_sheet("Team")
    s = _Sheet(ws)
    s.title("Team i sammanställningen", summary.period_text)
    header = ("Team", "Kommun", "Samordningsförbund", "Fil", "Rader i bladet data",
              "Dolda värden")
    for col, text in enumerate(header, start=1):
        c = ws.cell(s.row, col, text)
        c.font, c.fill, c.border = s.bold, s.fill, s.line
    s.row += 1
    for r in team_rows(summary):
        for col, v in enumerate(r, start=1):
            ws.cell(s.row, col, clean(v)).border = s.line
        s.row += 1
    for col, width in zip("ABCDEF", (30, 18, 36, 40, 18, 14), strict=True):
        ws.column_dimensions[col].width = width
    page_setup(ws, landscape=True)

    ws = wb.create_sheet(data_sheet.SHEET)
    for row in data_rows(summary):
        ws.append([clean(v) for v in row])
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHIJKL", (20, 8, 20, 30, 12, 12, 12, 40, 18, 30, 8, 12),
                          strict=True):
        ws.column_dimensions[col].width = width

    wb.properties.title = f"{TITLE} {summary.period}"
    wb.properties.creator = AUTHOR
    return save_workbook(wb, out)


# --- PDF ---------------------------------------------------------------------------------------

#: A4 landscape, in millimetres, and the width between the margins.
PAGE_W_MM, PAGE_H_MM = 297, 210
TEXT_W_MM = PAGE_W_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM


def _fit_lines(words: list[str], font: str, size: float, width: float) -> list[str]:
    """``words`` joined by ", " into as few lines as fit ``width`` (never breaking a word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for w in words:
        if lines and stringWidth(f"{lines[-1]}, {w}", font, size) <= width:
            lines[-1] = f"{lines[-1]}, {w}"
        else:
            lines.append(w)
    return lines


def _canvas(header_left: str, header_right: str, teams: list[str]) -> type[Canvas]:
    """A landscape canvas: on every page a header (title and period), and a footer with the
    teams' names and "Sida n av m" (pdf_common's footer is laid out for portrait pages)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    left, right = MARGIN_LEFT_MM * mm, (PAGE_W_MM - MARGIN_RIGHT_MM) * mm
    room = right - left - 25 * mm  # leave "Sida n av m" its place
    label = "Team: "

    def fit(size: float) -> list[str]:
        lines = _fit_lines(teams, FONT, size, room - stringWidth(label, FONT, size))
        return [label + lines[0], *lines[1:]] if lines else []

    # Every team's name on every page: one line if it fits at 6 pt or more, else two or three.
    size = 8.0
    while size > 6 and len(fit(size)) > 1:
        size -= 0.5
    lines = fit(size)
    while size > 5 and len(lines) > 3:
        size -= 0.5
        lines = fit(size)
    top = PAGE_H_MM * mm

    def decorate(c: Canvas, n: int, n_pages: int) -> None:
        c.setFillColor(colors.HexColor("#555555"))
        c.setStrokeColor(colors.HexColor("#b0b8c0"))
        c.setFont(BOLD, 8)
        c.drawString(left, top - 10 * mm, header_left)
        c.setFont(FONT, 8)
        c.drawRightString(right, top - 10 * mm, header_right)
        c.line(left, top - 12 * mm, right, top - 12 * mm)
        c.line(left, 15 * mm, right, 15 * mm)
        c.setFont(FONT, size)
        step = 4 if len(lines) <= 2 else 3
        for i, text in enumerate(lines):
            c.drawString(left, (11 - step * i) * mm, text)
        c.setFont(FONT, 8)
        c.drawRightString(right, 11 * mm, f"Sida {n} av {n_pages}")

    return page_counting_canvas(decorate)


def county_pdf(summary: CountySummary, out: Path | str, *, today: dt.date | None = None
               ) -> Path:
    """The county summary as an A4 landscape PDF at ``out`` (written atomically)."""
    return atomic_write(Path(out), county_pdf_bytes(summary, today=today))


def _markup(text: str) -> str:
    return "<br/>".join(escape(line) for line in str(text).split("\n"))


_VOWELS = frozenset("aeiouyåäöéüAEIOUYÅÄÖÉÜ")
_SHY = "\u00ad"
_LONG_WORD = re.compile(r"\w{10,}")
#: Consonant clusters kept together at the start of a syllable (a hyphen goes before them);
#: any other cluster is split before its last consonant ("kans-team", "Genom-ström").
_ONSETS = frozenset({"str", "spr", "skr", "spl", "tr", "kr", "pr", "br", "dr", "gr", "fr",
                     "bl", "fl", "gl", "kl", "pl"})


def hyphenate(text: str) -> str:
    """Soft hyphens in long words (a team's name in a narrow column) between syllables, roughly
    as Swedish splits them: before the last consonant between two vowels, or before a cluster
    such as "str" ("sam-ver-kans-team", "Genom-ström-nings-tid"); a guess is enough, since
    a word is only broken where it would otherwise not fit."""

    def word(m: re.Match[str]) -> str:
        w = m[0]
        out, last = [], 0
        i = 1
        while i < len(w) - 1:
            if w[i - 1] in _VOWELS and w[i] not in _VOWELS:
                j = i
                while j < len(w) and w[j] not in _VOWELS:
                    j += 1
                if j < len(w):  # consonants w[i:j] stand between two vowels
                    cut = next((k for k in range(i, j) if w[k:j].lower() in _ONSETS), j - 1)
                    if cut - last >= 3 and len(w) - cut >= 3:
                        out.append(w[last:cut])
                        last = cut
                i = j
            else:
                i += 1
        return _SHY.join([*out, w[last:]])

    return _LONG_WORD.sub(word, text)


def county_pdf_bytes(summary: CountySummary, *, today: dt.date | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )


    today = today or dt.date.today()
    st = paragraph_styles(title_size=24, team_space_after=6)
    body = st.body
    text = ParagraphStyle("text", parent=body, spaceAfter=5)
    note = ParagraphStyle("note", parent=st.small, fontSize=7.5, leading=9.5,
                          textColor=colors.HexColor("#666666"), spaceBefore=2)
    caption = ParagraphStyle("caption", parent=st.small, fontName=BOLD, spaceBefore=8,
                             spaceAfter=3, keepWithNext=1)
    caption_split = ParagraphStyle("caption_split", parent=caption, keepWithNext=0)
    h1 = ParagraphStyle("h1c", parent=st.h1, fontSize=14, leading=18, spaceBefore=0,
                        textColor=colors.HexColor("#1f4e79"))
    width = TEXT_W_MM * mm

    def p(s: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(_markup(s), style)

    def styles_for(n_values: int) -> tuple[ParagraphStyle, ...]:
        size = 8.5 if n_values <= 6 else 8 if n_values <= 8 else 7.5
        cell = ParagraphStyle(f"cell{size}", parent=body, fontSize=size, leading=size + 2)
        head = ParagraphStyle(f"head{size}", parent=cell, fontName=BOLD, fontSize=size - 0.5,
                              leading=size + 1)
        return (cell, ParagraphStyle(f"cr{size}", parent=cell, alignment=TA_RIGHT),
                ParagraphStyle(f"cb{size}", parent=cell, fontName=BOLD),
                ParagraphStyle(f"crb{size}", parent=cell, fontName=BOLD, alignment=TA_RIGHT),
                head, ParagraphStyle(f"hr{size}", parent=head, alignment=TA_RIGHT))

    def column_widths(t: CountyTable, cell: ParagraphStyle) -> list[float]:
        n = len(t.header)
        labels = t.label_columns
        values = n - labels
        longest = max([stringWidth(str(r[0]).strip(), FONT, cell.fontSize) for r in t.rows
                       if r and isinstance(r[0], str)] + [0])
        if labels == 2:
            first = [46 * mm, 42 * mm]
        else:
            first = [min(max(longest + 10, 36 * mm), 78 * mm if values >= 8 else 92 * mm)]
        rest = (width - sum(first)) / max(values, 1)
        return [*first, *[min(rest, 30 * mm)] * values]

    table_no = [0]

    def grid(t: CountyTable) -> list:
        table_no[0] += 1
        n_values = len(t.header) - t.label_columns
        cell, cell_r, cell_b, cell_rb, head, head_r = styles_for(n_values)
        numeric = [any(t.kind(i, j) in _NUMERIC for i in range(len(t.rows)))
                   or t.kinds[j] in _NUMERIC for j in range(len(t.header))]
        rows: list[list] = [[Paragraph(hyphenate(_markup(h)),
                                       head_r if numeric[j] else head)
                             for j, h in enumerate(t.header)]]
        extra: list[tuple] = [("LEFTPADDING", (0, 0), (-1, -1), 3),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                              ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        county_col = next((j for j, h in enumerate(t.header)
                           if j >= t.label_columns and h == COUNTY), None)
        for i, r in enumerate(t.rows):
            row_no = i + 1
            if i in t.groups:
                rows.append([Paragraph(_markup(str(r[0])), cell_b), *[""] * (len(r) - 1)])
                extra += [("SPAN", (0, row_no), (-1, row_no)),
                          ("BACKGROUND", (0, row_no), (-1, row_no), colors.HexColor("#f2f5f8"))]
                end = next((g for g in sorted(t.groups) if g > i), len(t.rows))
                extra.append(("NOSPLIT", (0, row_no), (-1, end)))
                continue
            bold = i in t.totals
            if bold:
                extra.append(("LINEABOVE", (0, row_no), (-1, row_no), 0.8, colors.black))
            out = []
            for j, v in enumerate(r):
                s = cell_text(v, t.kind(i, j))
                right = j >= t.label_columns
                style = ((cell_rb if right else cell_b) if bold or j == county_col
                         else cell_r if right else cell)
                if not right and s.startswith(" "):
                    style = ParagraphStyle(f"{style.name}i", parent=style, leftIndent=8)
                out.append(Paragraph(_markup(s.strip()), style))
            rows.append(out)
        if county_col is not None:  # the county's column stands out from the teams'
            extra.append(("BACKGROUND", (county_col, 1), (county_col, -1),
                          colors.HexColor("#f2f5f8")))
        table = Table(rows, colWidths=column_widths(t, cell), repeatRows=1, hAlign="LEFT",
                      splitInRow=30)
        table.setStyle(grid_style(font_size=cell.fontSize, leading=cell.leading, extra=extra))
        if len(t.rows) <= 16:
            parts: list = [p(f"Tabell {table_no[0]}. {t.title}", caption), table]
            if t.note:
                parts.append(p(t.note, note))
            return [KeepTogether(parts)]
        # A long table starts where it stands (a KeepTogether would push it to a new page and
        # leave this one half empty), but not with only its caption at the foot of a page.
        return [CondPageBreak(45 * mm), p(f"Tabell {table_no[0]}. {t.title}", caption_split),
                table, *([p(t.note, note)] if t.note else [])]

    # --- first page
    story: list = [p(TITLE, st.title), p(summary.period_text, st.team)]
    details = [("Samordningsförbund", summary.federation), ("Period", summary.period_text),
               ("Antal team", str(len(summary.teams))), ("Framtagen", today.isoformat())]
    info = Table([[p(k, ParagraphStyle("k", parent=body, fontName=BOLD)), p(v)]
                  for k, v in details if v], colWidths=[42 * mm, width - 42 * mm],
                 hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [info, Spacer(1, 4 * mm)]
    cell, cell_r, _cb, _crb, head, head_r = styles_for(4)
    teams = Table(
        [[Paragraph(h, head_r if j >= 3 else head) for j, h in enumerate(
            ("Team", "Kommun", "Fil", "Rader", "Dolda värden"))],
         *[[Paragraph(_markup(a), cell), Paragraph(_markup(b), cell), Paragraph(_markup(d), cell),
            Paragraph(str(e), cell_r), Paragraph(str(f), cell_r)]
           for a, b, _c, d, e, f in team_rows(summary)]],
        colWidths=[105 * mm, 40 * mm, 62 * mm, 20 * mm, 25 * mm], repeatRows=1, hAlign="LEFT")
    teams.setStyle(grid_style(font_size=cell.fontSize, leading=cell.leading))
    story += [p("Team i sammanställningen", caption), teams, Spacer(1, 4 * mm),
              p("Så räknas länets siffror", caption)]
    story += [p(s, text) for s in (METHOD, DASH_METHOD,
                                   *([MASK_METHOD] if summary.masked else []))]
    story.append(p("Innehåll: " + "; ".join(part.title for part in summary.parts) + ".", text))

    for part in summary.parts:
        story += [PageBreak(), p(part.title, h1)]
        for t in part.tables:
            story += grid(t)

    header_left = f"{TITLE} – {summary.period_text}"
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=MARGIN_LEFT_MM * mm,
                            rightMargin=MARGIN_RIGHT_MM * mm, topMargin=MARGIN_TOP_MM * mm,
                            bottomMargin=MARGIN_BOTTOM_MM * mm,
                            title=f"{TITLE} {summary.period_label}", author=AUTHOR,
                            subject=f"{TITLE} av {len(summary.teams)} team: "
                                    + ", ".join(summary.team_names),
                            creator=AUTHOR)
    doc.build(story, canvasmaker=_canvas(header_left, summary.federation, summary.team_names))
    return buf.getvalue()


def write_county(summary: CountySummary, out: Path | str, *, today: dt.date | None = None
                 ) -> Path:
    """Write the summary as xlsx or PDF after the ending of ``out``; ValueError for another."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        return county_xlsx(summary, out, today=today)
    if suffix == ".pdf":
        return county_pdf(summary, out, today=today)
    raise ValueError(f"unknown county summary format {suffix!r}; .xlsx or .pdf")
