"""The minutes (minnesanteckningar) of a team meeting as an A4 PDF.

Renders a MinutesContent (see minutes.py) as it is: the internal version names the members and
holds every note, the steering group's version was already stripped of personal data by
minutes_content, so nothing here decides what may be shown. Minutes not yet approved say so in
the header and carry a faint "EJ JUSTERADE" across every page. The file is written under a
temporary name beside the target and moved into place when complete (call_export's writer).
reportlab is imported inside minutes_pdf_bytes, so importing this module costs nothing at start.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

# _atomic_write is private to call_export; it is the shared temp-file-then-os.replace writer.
from .call_export import _atomic_write
from .minutes import MinutesContent

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
    return _atomic_write(path, minutes_pdf_bytes(content, team_name))


def minutes_pdf_bytes(content: MinutesContent, team_name: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    # The same fonts, sizes, margins and footer as the call (call_export.call_pdf_bytes).
    # Helvetica (WinAnsi) covers å ä ö and the en dash; the check mark comes from ZapfDingbats,
    # the other built-in font, so no font file is needed.
    font, bold, dingbats = "Helvetica", "Helvetica-Bold", "ZapfDingbats"
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13, alignment=TA_LEFT)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    label = ParagraphStyle("label", parent=small, fontName=bold, spaceBefore=3, spaceAfter=1,
                           keepWithNext=1)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=16, leading=20,
                           spaceAfter=2)
    team = ParagraphStyle("team", parent=body, fontSize=12, leading=15, spaceAfter=2)
    version = ParagraphStyle("version", parent=body, fontName=bold, fontSize=10, leading=13,
                             textColor=colors.HexColor("#1f4e79"), spaceAfter=2)
    pending = ParagraphStyle("pending", parent=version, textColor=colors.HexColor("#b03a2e"))
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=13, leading=16,
                        spaceBefore=10, spaceAfter=4, keepWithNext=1)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=11, leading=14,
                        spaceBefore=8, spaceAfter=2, keepWithNext=1)
    muted = ParagraphStyle("muted", parent=small, textColor=colors.HexColor("#666666"))

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    def multiline(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph("<br/>".join(escape(ln) for ln in text.splitlines()), style)

    def bullets(paras: list[Paragraph], value: str, bullet_font: str = font,
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
    actions_grid = TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), bold), ("FONTNAME", (0, 1), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9), ("LEADING", (0, 0), (-1, -1), 11),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf2")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b8c0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])
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

    footer_left = f"{team_name} – minnesanteckningar {content.meeting_date.isoformat()}"
    footer_right = ver + ("" if content.approved else f" – {NOT_APPROVED.lower()}")
    watermark = "" if content.approved else NOT_APPROVED.upper()

    class NumberedCanvas(rl_canvas.Canvas):
        """Holds the pages back until the end so each footer can say 'Sida n av m'."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(font, 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.line(20 * mm, 15 * mm, A4[0] - 20 * mm, 15 * mm)
                self.drawString(20 * mm, 11 * mm, footer_left)
                self.drawString(20 * mm, 7 * mm, footer_right)
                self.drawRightString(A4[0] - 20 * mm, 11 * mm, f"Sida {n} av {total}")
                if watermark:
                    self.setFillColor(colors.HexColor("#b03a2e"), alpha=0.12)
                    self.setFont(bold, 72)
                    self.translate(A4[0] / 2, A4[1] / 2)
                    self.rotate(45)
                    self.drawCentredString(0, -24, watermark)
                self.restoreState()
                super().showPage()
            super().save()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title=title_of(content),
                            author="STAR Desktop", subject=f"{team_name}, {ver}",
                            creator="STAR Desktop")
    doc.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()
