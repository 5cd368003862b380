"""The minutes (minnesanteckningar) of a team meeting as an A4 PDF.

Renders a MinutesContent (see minutes.py) as it is: the internal version names the members and
holds every note, the steering group's version was already stripped of personal data by
minutes_content, so nothing here decides what may be shown. Minutes not yet approved say so in
the header and carry a faint "EJ JUSTERADE" across every page. The file is written under a
temporary name beside the target and moved into place when complete (pdf_common.atomic_write).
reportlab is imported inside minutes_pdf_bytes and pdf_common's functions, so importing this
module costs nothing at start.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from .minutes import MinutesContent
from .pdf_common import BOLD, FONT, atomic_write, build_pdf, grid_style, paragraph_styles

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

TITLE = "Minnesanteckningar, STAR-teamets möte"
VERSION_LABELS = {
    False: "Intern version – innehåller personuppgifter",
    True: "Version för styrgruppen – utan personuppgifter",
}
NOT_APPROVED = "Ej justerade"
#: "who: what (senast YYYY-MM-DD)", as minutes_content writes an action item.
_ACTION = re.compile(r"^(?P<who>[^:]*): (?P<what>.*?)(?: \(senast (?P<due>\d{4}-\d{2}-\d{2})\))?$",
                     re.DOTALL)


def title_of(content: MinutesContent) -> str:
    return f"{TITLE} {content.meeting_date.isoformat()}"


def version_label(content: MinutesContent) -> str:
    return VERSION_LABELS[content.steering_group]


def split_action(line: str) -> tuple[str, str, str]:
    """(who, what, by when or "–") from an action line of minutes_content."""
    m = _ACTION.match(line)
    if m is None:
        return "", line, "–"
    return m["who"], m["what"], m["due"] or "–"


def minutes_pdf(content: MinutesContent, team_name: str, path: Path | str) -> Path:
    """An A4 PDF of the minutes; runs over as many pages as it needs."""
    return atomic_write(path, minutes_pdf_bytes(content, team_name))


def minutes_pdf_bytes(content: MinutesContent, team_name: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        ListItem,
        Paragraph,
        Spacer,
        Table,
    )

    # The fonts, margins and footer of the call (pdf_common), with a smaller title and tighter
    # headings. The check mark comes from ZapfDingbats, the other built-in font besides
    # Helvetica, so no font file is needed.
    dingbats = "ZapfDingbats"
    st = paragraph_styles(title_size=16, team_space_after=2, h2_space=(8, 2))
    body, small, title, team, h1, h2 = st.body, st.small, st.title, st.team, st.h1, st.h2
    label = ParagraphStyle("label", parent=small, fontName=BOLD, spaceBefore=3, spaceAfter=1,
                           keepWithNext=1)
    version = ParagraphStyle("version", parent=body, fontName=BOLD, fontSize=10, leading=13,
                             textColor=colors.HexColor("#1f4e79"), spaceAfter=2)
    pending = ParagraphStyle("pending", parent=version, textColor=colors.HexColor("#b03a2e"))
    muted = ParagraphStyle("muted", parent=small, textColor=colors.HexColor("#666666"))

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    def multiline(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph("<br/>".join(escape(ln) for ln in text.splitlines()), style)

    def bullets(paras: list[Paragraph], value: str, bullet_font: str = FONT,
                color: object = None) -> ListFlowable:
        return ListFlowable([ListItem(x, leftIndent=14, value=value) for x in paras],
                            bulletType="bullet", start=value, bulletFontName=bullet_font,
                            bulletFontSize=9, bulletColor=color or colors.black, leftIndent=14)

    ver = version_label(content)
    story: list = [p(title_of(content), title), p(team_name, team), p(ver, version)]
    story.append(p(content.approved, version) if content.approved
                 else p(f"{NOT_APPROVED} – utkast, kan ändras.", pending))

    story.append(p("Närvaro", h1))
    if content.attendance:
        story.append(bullets([p(a) for a in content.attendance], "•"))
    else:
        story.append(p("Närvaron är inte antecknad.", muted))

    story.append(p("Punkter", h1))
    actions_grid = grid_style(font_size=9, leading=11,
                              extra=[("LEFTPADDING", (0, 0), (-1, -1), 3)])
    green = colors.HexColor("#2e7d32")
    for n, item in enumerate(content.items, 1):
        block: list = [p(f"{n}. {item.title}", h2)]
        if item.notes:
            block.append(multiline(item.notes))
        if item.decisions:
            block.append(p("Beslut", label))
            block.append(bullets([p(d) for d in item.decisions], "\u2714", dingbats, green))
        if item.actions:
            block.append(p("Åtgärder", label))
            rows: list[list] = [["Vem", "Vad", "Senast"]]
            for line in item.actions:
                who, what, due = split_action(line)
                rows.append([p(who, small), p(what, small), due])
            table = Table(rows, colWidths=[40 * mm, 104 * mm, 24 * mm], repeatRows=1,
                          hAlign="LEFT")
            table.setStyle(actions_grid)
            block.append(table)
        if len(block) == 1:
            block.append(p("Inget antecknat.", muted))
        # An item stays on one page; one taller than a page is split by KeepTogether itself.
        story.append(KeepTogether(block))
    if not content.items:
        story.append(p("Inga punkter.", muted))

    if content.addenda:
        story.append(p("Tillägg efter justering", h1))
        story.append(bullets([multiline(a) for a in content.addenda], "•"))

    story += [Spacer(1, 6 * mm), p(content.approved or f"{NOT_APPROVED}.", h2)]
    story.append(p("Versionen för styrgruppen nämner ingen deltagare och visar närvaron per part; "
                   "anteckningar markerade som personliga och tilläggens text finns bara i den "
                   "interna versionen." if content.steering_group else
                   "Den interna versionen innehåller personuppgifter – hantera den därefter.",
                   small))

    watermark = "" if content.approved else NOT_APPROVED.upper()

    def draw_watermark(canvas: Canvas) -> None:
        canvas.setFillColor(colors.HexColor("#b03a2e"), alpha=0.12)
        canvas.setFont(BOLD, 72)
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -24, watermark)

    return build_pdf(
        story, title=title_of(content), subject=f"{team_name}, {ver}",
        footer_left=f"{team_name} – minnesanteckningar {content.meeting_date.isoformat()}",
        footer_right=ver + ("" if content.approved else f" – {NOT_APPROVED.lower()}"),
        overlay=draw_watermark if watermark else None)
