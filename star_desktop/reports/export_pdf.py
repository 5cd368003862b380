"""The tertial or annual report as an A4 PDF, in the federation's shared template.

Renders a ReportContent (report.py) as it is, for printing and for the local steering group and
the federation office: a first page with the team, the period and the summary with a few key
figures; the nine sections in the template's order, each with the coordinator's four parts and
the tables that belong beside it (format.SECTION_TABLES, the deviations list, the budget table),
a trend chart of throughput time and share reaching the goal in section 3; and an appendix with
the definition of every measure. Every page carries the team, the period and "Sida n av m".

A ReportContent holds no personal data about participants (only counts, the coordinator's texts,
the budget and the deviations register, whose texts are checked when typed), and nothing else is
read here. The tables are the ones format.py describes, so the PDF shows the same headings and
figures as the screen and the spreadsheet. The file is written under a temporary name beside
the target and moved into place when complete (pdf_common.atomic_write). reportlab is imported
inside the functions that draw, so importing this module costs nothing at start.

The house style is public for the 4R PDF (fourr/export_pdf.py): ``pdf_styles``, ``para``,
``TableBlocks`` (numbered tables), ``details_table``, ``title_rule``, ``coordinator_text``,
``definitions_appendix``, ``Block`` and the chart helpers ``nice_axis`` and ``bar_panel``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ..meetings.pdf_common import (
    BOLD,
    FONT,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    Styles,
    atomic_write,
    build_pdf,
    grid_style,
    paragraph_styles,
)
from . import format as fmt
from .definitions import DEFINITIONS, Definition
from .periods import Period
from .texts import PARTS, SECTIONS, SUMMARY

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from .report import ReportContent
    from .statistics import ReportStats

TITLES = {"tertial": "Tertialrapport", "year": "Årsrapport"}
DEFAULT_TITLE = "Rapport"
SUMMARY_TITLE = "Sammanfattning"
KEY_FIGURES_TITLE = "Perioden i siffror"
NO_TEXT = "Ingen text skriven för perioden."
NO_DEVIATIONS = "Inga avvikelser under perioden."
NO_BUDGET = "Ingen budget inskriven för perioden."
APPENDIX_TITLE = "Så räknas siffrorna"
APPENDIX_INTRO = ("Alla siffror räknas fram ur teamets ärenden för perioden; ingen siffra skrivs "
                  "in två gånger. Båda datumen i perioden ingår. \u201d–\u201d betyder att "
                  "värdet inte kan räknas (till exempel en andel utan någon att räkna den av).")
CHART_TITLE = "Genomströmningstid och andel i mål, denna och tidigare perioder"
CHART_NOTE = ("Mörk stapel: denna period. \u201d–\u201d: inga avslut utom tidiga avbrott "
              "under perioden, så inget värde att visa (inte noll).")

DEVIATION_HEADER, BUDGET_HEADER, BUDGET_SUM = (fmt.DEVIATION_HEADER, fmt.BUDGET_HEADER,
                                                 fmt.BUDGET_SUM)

#: Usable width of the A4 page between the margins, in millimetres.
TEXT_WIDTH_MM = 210 - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
#: Column widths (mm) of the tables whose columns are not one label and equal value columns.
_WIDTHS_MM: dict[str, tuple[float, ...]] = {
    "targets": (58, 34, 44, 34),
    "deviations": (19, 27, 47, 20, 17, 40),
    "budget": (58, 28, 28, 28, 28),
    "key_figures": (52, 118),
}
_NUMERIC = frozenset({"count", "share", "months", "days", "decimal", "amount"})
#: Where the long words of the table headings may break (soft hyphens), so a narrow column
#: breaks "arbets-livs-inriktad" at a joint rather than anywhere.
_SHY = "\u00ad"
_BREAKS = {w.replace("|", ""): w.replace("|", _SHY) for w in (
    "arbets|livs|inriktad", "rehabili|tering", "sjuk|ersättning", "Genom|ström|nings|tid",
    "perio|dens", "planerings|möte", "Aktualise|rande", "försörj|ning", "Försörj|ning",
    "Medel|ålder", "födelse|år",
)}
_BREAK_RE = re.compile("|".join(sorted(map(re.escape, _BREAKS), key=len, reverse=True)))

GREEN, RED, GREY, DARK = "#2e7d32", "#b03a2e", "#666666", "#1f4e79"


# --- words and labels --------------------------------------------------------------------------


def title_of(content: ReportContent) -> str:
    """"Tertialrapport", "Årsrapport" or "Rapport" after the kind of period."""
    return TITLES.get(content.period.kind, DEFAULT_TITLE)


def period_text(period: Period) -> str:
    """"Tertial 2 2026 (maj–augusti), 2026-05-01 – 2026-08-31"; a range is said once."""
    return period.label if period.kind == "range" else f"{period.label}, {period.span}"


def document_title(content: ReportContent) -> str:
    return f"{title_of(content)} {content.period.label} – {content.team_name}"


def short_label(period: Period) -> str:
    """A period as a chart's axis names it: "T2 2026", "2026", "2026 t.o.m. T2" or
    "260101–260630" (the last two on two lines)."""
    y = period.start.year
    if period.kind == "tertial":
        return f"T{period.tertial} {y}"
    if period.kind == "year":
        return str(y)
    if period.kind == "ytd":
        return f"{y}\nt.o.m. " + (f"T{period.tertial}" if period.tertial
                                  else period.end.isoformat()[5:])
    # A range as the template writes dates in short ("190701–200630"), so six fit side by side.
    return f"{period.start:%y%m%d}–\n{period.end:%y%m%d}"


def markup(text: str) -> str:
    """Text as reportlab Paragraph markup: escaped, each line break kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    return "<br/>".join(escape(ln) for ln in lines)


def _breakable(text: str) -> str:
    return _BREAK_RE.sub(lambda m: _BREAKS[m[0]], text)


def text_blocks(text: str) -> list[str]:
    """The coordinator's text as paragraphs (split at blank lines), each as markup that keeps
    the single line breaks; a paragraph stays a flowable of its own so pages break between."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"))
    return [markup(b.strip("\n")) for b in blocks if b.strip()]


def key_figures(stats: ReportStats) -> list[tuple[str, str]]:
    """The few figures of the first page, as (what, value)."""
    f, r, this = stats.flow, stats.results, stats.this_period
    active = f.active_end
    rows = [
        ("Aktiva vid periodens slut",
         f"{active.total}" + (f" – {fmt.gender_split_text(active)}" if active.total else "")),
        ("Nya under perioden", f"{f.new.total}"),
        ("Avslutade under perioden",
         f"{f.closed.total}" + (f", varav {r.columns['dropout'].total} tidiga avbrott"
                                if f.closed.total else "")),
        ("Andel i mål",
         f"{fmt.percent(r.goal_share)} ({r.goal_reached.total} av {r.goal_base.total} "
         "avslutade utom tidiga avbrott gick till arbete, studier eller annan "
         "arbetslivsinriktad rehabilitering)" if r.goal_base.total
         else f"{fmt.DASH} (inga avslut utom tidiga avbrott)"),
        ("Genomströmningstid",
         f"{fmt.months(this.mean_months)} i medel från aktualisering till avslut"
         if this.mean_months is not None else f"{fmt.DASH} (inga avslut utom tidiga avbrott)"),
    ]
    if stats.targets:
        met = sum(1 for t in stats.targets if t.met)
        unknown = sum(1 for t in stats.targets if t.met is None)
        rows.append(("Resultatmål uppnådda",
                     f"{met} av {len(stats.targets)}"
                     + (f" ({unknown} kan inte bedömas)" if unknown else "")))
    return rows


# --- the PDF -----------------------------------------------------------------------------------


@dataclass
class Block:
    """Flowables that belong together (a table with its caption and note, the chart); ``keep``
    keeps them on one page."""

    parts: list[Flowable]
    keep: bool = True

    @staticmethod
    def flow(lead: list[Flowable], blocks: list[Block]) -> list[Flowable]:
        """The blocks in order, ``lead`` (a heading, "no text") joined to the first so it is
        never left alone at a page's foot: reportlab's keepWithNext does not reach into a
        KeepTogether, so the heading goes inside it."""
        from reportlab.platypus import KeepTogether

        if not blocks:
            return list(lead)
        out: list[Flowable] = []
        for i, b in enumerate(blocks):
            parts = [*lead, *b.parts] if i == 0 else b.parts
            out += [KeepTogether(parts)] if b.keep else parts
        return out


def report_pdf(content: ReportContent, out: Path) -> Path:
    """The report as an A4 PDF at ``out`` (written atomically); returns the path."""
    return atomic_write(out, report_pdf_bytes(content))


@dataclass(frozen=True)
class PdfStyles:
    """The paragraph styles of the report's house style (and the 4R analysis's)."""

    base: Styles
    body: ParagraphStyle
    small: ParagraphStyle
    text: ParagraphStyle  # the coordinator's text
    muted: ParagraphStyle  # "no text", "no deviations"
    note: ParagraphStyle  # under a table or chart
    caption: ParagraphStyle  # "Tabell n. ..."
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_r: ParagraphStyle
    cell_b: ParagraphStyle
    cell_rb: ParagraphStyle
    head: ParagraphStyle
    head_r: ParagraphStyle
    indent: ParagraphStyle
    def_label: ParagraphStyle
    def_text: ParagraphStyle


def pdf_styles() -> PdfStyles:
    """The report's styles, on top of the meeting PDFs' shared ones."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    st = paragraph_styles(title_size=24, team_space_after=6, h2_space=(7, 2))
    body, small = st.body, st.small
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    cell_r = ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, fontSize=8, leading=9.5)
    return PdfStyles(
        base=st, body=body, small=small,
        text=ParagraphStyle("text", parent=body, spaceAfter=5),
        muted=ParagraphStyle("muted", parent=body, textColor=colors.HexColor(GREY),
                             spaceAfter=4),
        note=ParagraphStyle("note", parent=small, fontSize=8, leading=10,
                            textColor=colors.HexColor(GREY), spaceBefore=2),
        caption=ParagraphStyle("caption", parent=small, fontName=BOLD, spaceBefore=8,
                               spaceAfter=3, keepWithNext=1),
        h1=ParagraphStyle("h1r", parent=st.h1, fontSize=14, leading=18, spaceBefore=14,
                          spaceAfter=4, textColor=colors.HexColor(DARK)),
        h2=st.h2,
        cell=cell, cell_r=cell_r,
        cell_b=ParagraphStyle("cell_b", parent=cell, fontName=BOLD),
        cell_rb=ParagraphStyle("cell_rb", parent=cell_r, fontName=BOLD),
        head=head,
        head_r=ParagraphStyle("head_r", parent=head, alignment=TA_RIGHT),
        indent=ParagraphStyle("cell_i", parent=cell, leftIndent=8),
        def_label=ParagraphStyle("def_label", parent=body, fontName=BOLD, spaceBefore=5,
                                 keepWithNext=1),
        def_text=ParagraphStyle("def_text", parent=body, spaceAfter=2),
    )


def para(s: str, style: ParagraphStyle) -> Flowable:
    """Plain text (escaped, line breaks kept) as a Paragraph."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup(s), style)


def column_widths(t: fmt.Table, sty: PdfStyles) -> list[float]:
    """The widths of a table's columns: fixed for a few tables, otherwise a label column wide
    enough for the longest label and equal value columns."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if t.key in _WIDTHS_MM:
        return [w * mm for w in _WIDTHS_MM[t.key]]
    width = TEXT_WIDTH_MM * mm
    n = len(t.header)
    longest = max([stringWidth(str(r[0]), FONT, sty.cell.fontSize) for r in t.rows]
                  + [stringWidth(t.header[0], BOLD, sty.head.fontSize)], default=0)
    if n <= 3:  # a label and a value or two: the label on one line, narrow values
        first = min(max(longest + 8, 28 * mm), 110 * mm)
        return [first, *[min((width - first) / max(n - 1, 1), 28 * mm)] * (n - 1)]
    first = min(max(longest + 8, 28 * mm), 62 * mm)
    return [first, *[min((width - first) / (n - 1), 34 * mm)] * (n - 1)]


class TableBlocks:
    """Makes each format.Table a Block, numbered "Tabell 1.", "Tabell 2." in the order made."""

    def __init__(self, sty: PdfStyles) -> None:
        self.sty = sty
        self.number = 0

    def __call__(self, t: fmt.Table,
                 cell_of: Callable[[int, int, fmt.Cell], Flowable | None] | None = None
                 ) -> Block:
        """A format.Table: numbered caption, header repeated on every page, wrapping cells;
        ``cell_of`` may draw a cell itself (returning None leaves it to the default)."""
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table

        sty = self.sty
        self.number += 1
        kinds = list(t.kinds)
        rows: list[list] = [[Paragraph(_breakable(markup(h)),
                                       sty.head_r if kinds[j] in _NUMERIC else sty.head)
                             for j, h in enumerate(t.header)]]
        extra: list[tuple] = [("LEFTPADDING", (0, 0), (-1, -1), 3),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                              ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        for i, r in enumerate(t.rows):
            total = isinstance(r[0], str) and r[0] in ("Totalt", BUDGET_SUM)
            if total:
                extra.append(("LINEABOVE", (0, i + 1), (-1, i + 1), 0.8, colors.black))
            out: list = []
            for j, v in enumerate(r):
                if cell_of is not None and (custom := cell_of(i, j, v)) is not None:
                    out.append(custom)
                    continue
                s = fmt.cell_text(v, kinds[j])
                numeric = kinds[j] in _NUMERIC
                style = ((sty.cell_rb if numeric else sty.cell_b) if total
                         else sty.cell_r if numeric
                         else sty.indent if s.startswith(" ") else sty.cell)
                out.append(Paragraph(markup(s.strip()), style))
            rows.append(out)
        # splitInRow (the least height of a part, in points): a row taller than a page (a long
        # deviation) splits across pages instead of failing.
        grid = Table(rows, colWidths=column_widths(t, sty), repeatRows=1, hAlign="LEFT",
                     splitInRow=30)
        grid.setStyle(grid_style(font_size=8.5, leading=10.5, extra=extra))
        parts: list = [para(f"Tabell {self.number}. {t.title}", sty.caption), grid]
        if t.note:
            parts.append(para(t.note, sty.note))
        # A short table stays with its caption and note; a long one splits, header repeated.
        return Block(parts, keep=len(t.rows) <= 12)


def details_table(details: Sequence[tuple[str, str]], sty: PdfStyles) -> Flowable:
    """The first page's facts (Kommun, Period, ...) as label and value, those with a value."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    width = TEXT_WIDTH_MM * mm
    info = Table([[para(k, sty.cell_b), para(v, sty.cell)] for k, v in details if v],
                 colWidths=[36 * mm, width - 36 * mm], hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return info


def title_rule() -> Flowable:
    """The dark rule under the first page's facts."""
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable

    return HRFlowable(width="100%", thickness=0.6, color=colors.HexColor(DARK))


def coordinator_text(s: str, sty: PdfStyles) -> list[Flowable]:
    """The coordinator's text, a Paragraph per paragraph."""
    from reportlab.platypus import Paragraph

    return [Paragraph(b, sty.text) for b in text_blocks(s)]


def definitions_appendix(definitions: Iterable[Definition], sty: PdfStyles) -> list[Flowable]:
    """The appendix on a new page: its title, the introduction and each definition."""
    from reportlab.platypus import PageBreak

    story: list[Flowable] = [PageBreak(), para(APPENDIX_TITLE, sty.h1),
                             para(APPENDIX_INTRO, sty.text)]
    for d in definitions:
        story += [para(d.label, sty.def_label), para(d.text, sty.def_text)]
    return story


def report_pdf_bytes(content: ReportContent) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    sty = pdf_styles()
    st, body = sty.base, sty.body
    muted, caption, h1, h2 = sty.muted, sty.caption, sty.h1, sty.h2
    cell, cell_b = sty.cell, sty.cell_b
    note = sty.note
    width = TEXT_WIDTH_MM * mm
    table = TableBlocks(sty)

    def p(s: str, style: ParagraphStyle = body) -> Flowable:
        return para(s, style)

    def target_mark(stats: ReportStats) -> Callable[[int, int, fmt.Cell], Flowable | None]:
        def cell_of(i: int, j: int, v: fmt.Cell) -> Flowable | None:
            if j != 3 or i >= len(stats.targets):
                return None
            met = stats.targets[i].met
            colour = GREEN if met else RED if met is False else GREY
            return Paragraph(f'<font color="{colour}">{markup(str(v))}</font>',
                             cell_b if met is not None else cell)
        return cell_of

    stats = content.stats
    tables = {t.key: t for t in fmt.statistics_tables(
        stats, targets_are_defaults=not content.targets_set)}
    title = title_of(content)

    # --- first page: who, when, summary and key figures
    story: list = [p(title, st.title), p(content.team_name, st.team)]
    details = [("Kommun", content.municipality), ("Samordningsförbund", content.federation),
               ("Period", period_text(content.period)),
               ("Skapad", content.generated_on.isoformat())]
    story += [details_table(details, sty), Spacer(1, 3 * mm), title_rule()]
    figures = Table([[p(k, cell_b), p(v, cell)] for k, v in key_figures(stats)],
                    colWidths=[w * mm for w in _WIDTHS_MM["key_figures"]], hAlign="LEFT")
    figures.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f5f8")),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#b0b8c0")),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#d0d6dc")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story.append(KeepTogether([p(SUMMARY_TITLE, h1), p(KEY_FIGURES_TITLE, caption), figures]))
    summary = [(label, content.texts.get(key, "")) for key, label in SUMMARY]
    for label, s in summary:
        if s.strip():
            story += [p(label, h2), *coordinator_text(s, sty)]
    if not any(s.strip() for _l, s in summary):
        story.append(p(NO_TEXT, muted))

    # --- the nine sections
    story.append(PageBreak())
    for section in SECTIONS:
        lead: list[Flowable] = [p(f"{section.number}. {section.title}", h1)]
        blocks: list[Block] = []
        for key in fmt.SECTION_TABLES.get(section.key, ()):
            blocks.append(table(tables[key], target_mark(stats) if key == "targets" else None))
            if key == "trend":
                blocks.append(Block([p(f"Figur. {CHART_TITLE}", caption),
                                     trend_chart(stats, width), p(CHART_NOTE, note)]))
        if section.key == fmt.DEVIATIONS_SECTION:
            blocks.append(table(fmt.deviations_table(content.deviations)) if content.deviations
                          else Block([p("Avvikelser", caption), p(NO_DEVIATIONS, muted)]))
        if section.key == fmt.BUDGET_SECTION:
            blocks.append(table(fmt.budget_table(content.budget)) if content.budget.rows
                          else Block([p("Budget", caption), p(NO_BUDGET, muted)]))
        parts = [(label, content.texts.get(f"{section.key}.{part}", ""))
                 for part, label in PARTS]
        if not any(s.strip() for _l, s in parts):
            story += Block.flow([*lead, p(NO_TEXT, muted)], blocks)
            continue
        for n, (label, s) in enumerate(parts):
            if s.strip():
                story += [*lead, p(label, h2), *coordinator_text(s, sty)]
                lead = []
            if n == 0:  # the figures stand after the description (or first, without one)
                story += Block.flow(lead, blocks)
                lead = []

    # --- appendix: the definitions
    story += definitions_appendix(DEFINITIONS.values(), sty)

    return build_pdf(
        story, title=document_title(content),
        subject=f"{title} enligt samordningsförbundets mall – {content.team_name}, "
                f"{content.municipality}, {content.federation}",
        footer_left=f"{content.team_name} – {title}",
        footer_right=period_text(content.period))


# --- the trend chart ---------------------------------------------------------------------------


def nice_axis(top: float, ticks: int = 4) -> tuple[float, float]:
    """(maximum, step) of a value axis from 0 that shows ``top`` with round steps."""
    top = max(top, 1e-9)
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return max(step, math.ceil(top / step - 1e-9) * step), step


def trend_chart(stats: ReportStats, width: float, height: float | None = None) -> Drawing:
    """Two bar charts side by side: throughput time in months and the share reaching the goal,
    for this and the earlier periods. Grey bars, this period dark, values written on the bars;
    a period without a value shows "–" and no bar (it is not zero)."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    height = height or 58 * mm
    labels = [short_label(t.period) for t in stats.trend]
    months = [t.mean_months for t in stats.trend]
    shares = [None if t.goal_share is None else t.goal_share * 100 for t in stats.trend]
    top = max((m for m in months if m is not None), default=0.0)
    m_max, m_step = nice_axis(top * 1.12 if top else 4.0)
    panels = (
        ("Genomströmningstid, medel", "Månader", months, m_max, m_step,
         lambda v: fmt.number(v), lambda v: fmt.number(v, 0 if v == int(v) else 1)),
        ("Andel i mål", "Procent", shares, 100.0, 25.0,
         lambda v: f"{fmt.number(v, 0)} %", lambda v: f"{fmt.number(v, 0)} %"),
    )
    gap = 8 * mm
    panel_w = (width - gap) / 2
    d = Drawing(width, height)
    for i, (title, axis_title, values, vmax, step, bar_fmt, tick_fmt) in enumerate(panels):
        x0 = i * (panel_w + gap)
        d.add(bar_panel(x0, panel_w, height, title, axis_title, labels, values, vmax, step,
                        bar_fmt, tick_fmt))
    return d


def bar_panel(x0: float, w: float, h: float, title: str, axis_title: str,
              labels: Sequence[str], values: Sequence[float | None], vmax: float, step: float,
              bar_fmt: Callable[[float], str], tick_fmt: Callable[[float], str], *,
              fills: Sequence[str] | None = None, na_text: str = "–"):  # noqa: ANN201
    """One bar chart at ``x0`` of a drawing ``w`` by ``h``: grey bars with the last one dark
    (or a colour a bar from ``fills``), each value written above its bar and ``na_text`` where
    there is none, the title above and the axis title on the left."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.textlabels import NA_Label
    from reportlab.graphics.shapes import Group, String
    from reportlab.lib import colors

    g = Group()
    chart = VerticalBarChart()
    chart.x, chart.y = x0 + 40, 24
    chart.width, chart.height = w - 44, h - 24 - 30  # room above for the values and title
    chart.data = [list(values)]
    chart.barWidth, chart.groupSpacing = 10, 6
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.5
    chart.bars[0].fillColor = colors.HexColor("#c8c8c8")
    if fills is not None:
        for j, fill in enumerate(fills):
            chart.bars[(0, j)].fillColor = colors.HexColor(fill)
    elif values:
        chart.bars[(0, len(values) - 1)].fillColor = colors.HexColor("#404040")
    chart.barLabelFormat = lambda v: "" if v is None else bar_fmt(v)
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
    chart.barLabels.boxAnchor, chart.barLabels.nudge = "s", 2
    chart.barLabels.dy = 0
    na = NA_Label()
    na.text, na.fontName, na.fontSize, na.boxAnchor, na.nudge = na_text, BOLD, 9, "s", 2
    chart.naLabel = na
    va = chart.valueAxis
    va.valueMin, va.valueMax, va.valueStep = 0, vmax, step
    va.labelTextFormat = tick_fmt
    va.labels.fontName, va.labels.fontSize = FONT, 7
    va.visibleGrid, va.gridStrokeColor, va.gridStrokeWidth = 1, colors.HexColor("#dddddd"), 0.4
    va.strokeWidth = 0.5
    ca = chart.categoryAxis
    ca.categoryNames = list(labels)
    ca.labels.fontName, ca.labels.fontSize = FONT, 6.5
    ca.labels.boxAnchor, ca.labels.dy = "n", -2
    ca.labels.leading, ca.labels.textAnchor = 7.5, "middle"
    ca.strokeWidth = 0.5
    g.add(chart)
    g.add(String(chart.x + chart.width / 2, h - 9, title, textAnchor="middle", fontName=BOLD,
                 fontSize=8.5))
    axis = Group(String(0, 0, axis_title, textAnchor="middle", fontName=FONT, fontSize=7.5))
    axis.transform = (0, 1, -1, 0, x0 + 8, chart.y + chart.height / 2)
    g.add(axis)
    return g
