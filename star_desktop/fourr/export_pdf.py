"""The 4R analysis as an A4 PDF, in the report's house style (reports/export_pdf.py).

A first page with the team, the period, who the export is for, whether small counts are
protected and an introduction of the four Rs; R1 Representation with a chart of the gender
shares and its tables; R2 Resurser with a chart of its means by gender and its tables; R3 Realia
and R4 Realisera (the coordinator's texts, this period's actions, last period's with their
status); and the definitions. Every page carries the team, "4R-analys", the period and
"Sida n av m".

The tables are ``FourRContent.presented`` as they are, so a protected content shows "<5" and
"×" with the symbol note under the table; the charts follow the same masks: a bar whose counts
are masked is drawn as "skyddat", a masked mean is left out. reportlab is imported inside the
functions that draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..meetings.pdf_common import BOLD, FONT, atomic_write, build_pdf
from ..reports import format as rf
from ..reports.export_pdf import (
    GREY,
    TEXT_WIDTH_MM,
    Block,
    TableBlocks,
    bar_panel,
    coordinator_text,
    definitions_appendix,
    details_table,
    nice_axis,
    para,
    pdf_styles,
    period_text,
    title_rule,
)
from ..reports.statistics import GENDERS, GenderCount
from .export_xlsx import (
    INTRO,
    INTRO_LEAD,
    NO_ACTIONS,
    NO_TEXT,
    TITLE,
    action_tables,
    definitions,
    facts,
    texts,
)
from .tables import CountTable, Masks, MeanTable

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

    from .report import FourRContent

#: The populations of the gender-share chart: the table whose Totalt row each bar shows.
POPULATIONS: tuple[tuple[str, str], ...] = (
    ("r1_new_age", "Nya under perioden"),
    ("r1_active_age", "Aktiva vid periodens slut"),
    ("r1_closed_age", "Avslutade under perioden"),
    ("r1_team", "Teamets ledamöter"),
    ("r1_steering", "Styrgruppens ledamöter"),
)
#: Kvinnor, män, annat/ej angivet: dark, light and white, told apart in black and white too.
GENDER_FILLS = ("#404040", "#c8c8c8", "#ffffff")
_TEXT_ON_FILL = ("#ffffff", "#000000", "#000000")
GENDER_NAMES = ("Kvinnor", "Män", "Annat/ej angivet")
PROTECTED_BAR = "skyddat (små tal)"
EMPTY_BAR = "inga under perioden"
GENDER_CHART_TITLE = "Könsfördelning: deltagare, teamets och styrgruppens ledamöter"
GENDER_CHART_NOTE = ("Andel kvinnor, män och annat/ej angivet av varje grupp, avrundat till hela "
                     "procent; n = antalet i gruppen.")
GENDER_CHART_PROTECTED = (" En grupp vars antal är dolda för att skydda små tal visas som "
                          f"\u201d{PROTECTED_BAR}\u201d.")
#: The means of the R2 chart: (table, panel title, axis title, decimals).
MEAN_PANELS: tuple[tuple[str, str, str, int], ...] = (
    ("r2_waiting", "Väntetid till planeringsmöte", "Dagar", 0),
    ("r2_time", "Tid i STAR", "Månader", 1),
    ("r2_meeting_time", "Mötestid per deltagare", "Minuter", 0),
    ("r2_interventions_per", "Insatser per deltagare", "Antal", 1),
    ("r2_follow_ups", "Uppföljningar per deltagare", "Antal", 1),
)
MEANS_CHART_TITLE = "Medelvärden per kön"
MEANS_CHART_NOTE = ("Mörk stapel: kvinnor, ljus: män, vit: annat/ej angivet. \u201d–\u201d: inget "
                    "värde (ingen att räkna medelvärdet på).")
MEANS_CHART_PROTECTED = (" Ett medelvärde vars antal är dolt för att skydda små tal visas som "
                         "\u201d–\u201d.")
_SHORT_GENDERS = ("Kvinnor", "Män", "Annat")


def _masks(content: FourRContent, key: str) -> Masks:
    """The masks the content applies to a table (none when it is not protected)."""
    return content.masks.get(key, {}) if content.protected else {}


def gender_bars(content: FourRContent) -> list[tuple[str, GenderCount | None]]:
    """Each population's Totalt row; None where the protection masks any cell of it."""
    by_key = {t.key: t for t in content.tables}
    bars: list[tuple[str, GenderCount | None]] = []
    for key, label in POPULATIONS:
        t = by_key[key]
        assert isinstance(t, CountTable)
        masks = _masks(content, key)
        hidden = any(masks.get(("total", c), "shown") != "shown" for c in (0, 1, 2, "total"))
        bars.append((label, None if hidden else t.total))
    return bars


def gender_chart(bars: Sequence[tuple[str, GenderCount | None]], width: float) -> Drawing:
    """Horizontal 100 % stacked bars, one a population, split kvinnor / män / annat with the
    percentage written in (or just above) each part and n at the right; a hidden population
    (None) is an empty frame saying "skyddat", an empty one says so."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    label_w, n_w, bar_h, gap, legend_h, axis_h = 112.0, 40.0, 15.0, 12.0, 20.0, 12.0
    x0, x1 = label_w, width - n_w
    bw = x1 - x0
    height = legend_h + len(bars) * (bar_h + gap) + axis_h
    top = height - axis_h
    d = Drawing(width, height)
    grid = colors.HexColor("#d8d8d8")
    for k in range(5):
        x = x0 + bw * k / 4
        d.add(Line(x, legend_h, x, top, strokeColor=grid, strokeWidth=0.4))
        d.add(String(x, top + 3, f"{k * 25} %", textAnchor="middle", fontName=FONT,
                     fontSize=6.5))
    for i, (label, g) in enumerate(bars):
        y = top - (i + 1) * (bar_h + gap) + gap / 2
        mid = y + bar_h / 2 - 2.6
        d.add(String(x0 - 6, mid, label, textAnchor="end", fontName=FONT, fontSize=8))
        if g is None:
            d.add(Rect(x0, y, bw, bar_h, fillColor=colors.white,
                       strokeColor=colors.HexColor(GREY), strokeWidth=0.5,
                       strokeDashArray=[2, 2]))
            d.add(String(x0 + bw / 2, mid, PROTECTED_BAR, textAnchor="middle", fontName=FONT,
                         fontSize=7.5, fillColor=colors.HexColor(GREY)))
            continue
        if g.total == 0:
            d.add(String(x0 + 4, mid, EMPTY_BAR, fontName=FONT, fontSize=7.5,
                         fillColor=colors.HexColor(GREY)))
            continue
        x = x0
        for j, n in enumerate((g.woman, g.man, g.other)):
            if n == 0:
                continue
            w = bw * n / g.total
            d.add(Rect(x, y, w, bar_h, fillColor=colors.HexColor(GENDER_FILLS[j]),
                       strokeColor=colors.black, strokeWidth=0.5))
            text = rf.percent(n / g.total)
            if stringWidth(text, BOLD, 7) + 4 <= w:
                d.add(String(x + w / 2, mid, text, textAnchor="middle", fontName=BOLD,
                             fontSize=7, fillColor=colors.HexColor(_TEXT_ON_FILL[j])))
            else:  # too narrow: the share just above its part
                d.add(String(x + w / 2, y + bar_h + 1.5, text, textAnchor="middle",
                             fontName=FONT, fontSize=6.5))
            x += w
        d.add(String(x1 + 5, mid, f"n = {g.total}", fontName=FONT, fontSize=7.5))
    x = x0
    for fill, name in zip(GENDER_FILLS, GENDER_NAMES, strict=True):
        d.add(Rect(x, 4, 9, 9, fillColor=colors.HexColor(fill), strokeColor=colors.black,
                   strokeWidth=0.5))
        d.add(String(x + 13, 6, name, fontName=FONT, fontSize=7.5))
        x += 13 + stringWidth(name, FONT, 7.5) + 16
    return d


def mean_values(content: FourRContent, key: str) -> list[float | None]:
    """A mean table's value for kvinnor, män and annat; None where masked or not computable."""
    t = next(t for t in content.tables if t.key == key)
    assert isinstance(t, MeanTable)
    masks = _masks(content, key)
    return [t.value(g) if masks.get(("n", j), "shown") == "shown" else None
            for j, g in enumerate(GENDERS)]


def means_chart(content: FourRContent, width: float) -> list[Drawing]:
    """R2's means by gender as small bar charts, three on a row (two rows)."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    gap, height, per_row = 6 * mm, 46 * mm, 3
    panel_w = (width - gap * (per_row - 1)) / per_row
    rows: list[Drawing] = []
    for start in range(0, len(MEAN_PANELS), per_row):
        d = Drawing(width, height)
        for i, (key, title, axis, decimals) in enumerate(MEAN_PANELS[start:start + per_row]):
            values = mean_values(content, key)
            top = max((v for v in values if v is not None), default=0.0)
            vmax, step = nice_axis(top * 1.15 if top else 1.0)

            def bar_fmt(v: float, decimals: int = decimals) -> str:
                return rf.number(v, decimals)

            def tick_fmt(v: float) -> str:
                return rf.number(v, 0 if float(v).is_integer() else 1)

            d.add(bar_panel(i * (panel_w + gap), panel_w, height, title, axis, _SHORT_GENDERS,
                            values, vmax, step, bar_fmt, tick_fmt, fills=GENDER_FILLS))
        rows.append(d)
    return rows


def fourr_pdf(content: FourRContent, out: Path, *, recipient: str | None = None) -> Path:
    """The 4R analysis as an A4 PDF at ``out`` (written atomically); returns the path.
    ``recipient`` (a key of RECIPIENTS) names who it is for, as in fourr_xlsx."""
    return atomic_write(out, fourr_pdf_bytes(content, recipient=recipient))


def fourr_pdf_bytes(content: FourRContent, *, recipient: str | None = None) -> bytes:
    """The PDF of ``fourr_pdf``, as bytes."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    sty = pdf_styles()
    width = TEXT_WIDTH_MM * mm
    table = TableBlocks(sty)
    presented = content.presented()

    # --- first page: who, when, for whom, and what the four Rs are
    story: list[Flowable] = [para(TITLE, sty.base.title), para(content.team_name, sty.base.team),
                             details_table(facts(content, recipient), sty), Spacer(1, 3 * mm),
                             title_rule(), para("Om 4R-analysen", sty.h1),
                             para(INTRO_LEAD, sty.text)]
    for label, question in INTRO:
        story += [para(label, sty.def_label), para(question, sty.def_text)]

    # --- R1 and R2: a chart, then every table
    figures = {
        "R1": [Block([para(f"Figur 1. {GENDER_CHART_TITLE}", sty.caption),
                      gender_chart(gender_bars(content), width),
                      para(GENDER_CHART_NOTE
                           + (GENDER_CHART_PROTECTED if content.protected else ""), sty.note)])],
        "R2": [Block([para(f"Figur 2. {MEANS_CHART_TITLE}", sty.caption),
                      *means_chart(content, width),
                      para(MEANS_CHART_NOTE
                           + (MEANS_CHART_PROTECTED if content.protected else ""), sty.note)])],
    }
    for (label, question), part in zip(INTRO[:2], ("R1", "R2"), strict=True):
        blocks = [*figures[part], *(table(shown) for t, shown in presented if t.part == part)]
        story += [PageBreak(), *Block.flow([para(label, sty.h1), para(question, sty.text)],
                                           blocks)]

    # --- R3 and R4: the coordinator's texts and the actions
    story.append(PageBreak())
    for label, question, text in texts(content):
        story += [para(label, sty.h1), para(question, sty.muted)]
        story += coordinator_text(text, sty) if text.strip() else [para(NO_TEXT, sty.muted)]
    for t in action_tables(content):
        story += Block.flow([], [table(t) if t.rows else
                                 Block([para(t.title, sty.caption), para(NO_ACTIONS, sty.muted)])])

    story += definitions_appendix(definitions(), sty)
    return build_pdf(
        story, title=f"{TITLE} {content.period.label} – {content.team_name}",
        subject=f"{TITLE} med könsuppdelad statistik – {content.team_name}, "
                f"{content.municipality}, {content.federation}",
        footer_left=f"{content.team_name} – {TITLE}",
        footer_right=period_text(content.period))
