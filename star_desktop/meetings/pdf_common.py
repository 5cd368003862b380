"""What the meeting PDFs (call_export, minutes_export) share: the safe file writer, the paragraph
styles, the header-row table grid, the A4 page with its margins and the footer that says
"Sida n av m".

No Qt here, and reportlab is imported inside the functions that need it, so importing this module
costs nothing at start.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import TableStyle

# Helvetica (reportlab's built-in, WinAnsi encoded) covers å ä ö and the en dash, needs no font
# file on the machine and keeps the PDF small.
FONT, BOLD = "Helvetica", "Helvetica-Bold"
AUTHOR = "STAR Desktop"
#: A4 page margins, in millimetres.
MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 20, 20, 18, 22


def atomic_write(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file beside it: never a half-written file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


@dataclass(frozen=True)
class Styles:
    """The paragraph styles both PDFs are set in; each adds its own on top (``parent=``)."""

    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    team: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle


def paragraph_styles(*, title_size: float = 18, team_space_after: float = 8,
                     h2_space: tuple[float, float] = (6, 3)) -> Styles:
    """The shared styles; the title's size, the space under the team's name and the space around
    a subheading (before, after) are what the call and the minutes set differently."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, alignment=TA_LEFT)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=9, leading=11),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=title_size,
                             leading=title_size + 4, spaceAfter=2),
        team=ParagraphStyle("team", parent=body, fontSize=12, leading=15,
                            spaceAfter=team_space_after),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=13, leading=16,
                          spaceBefore=10, spaceAfter=4, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14,
                          spaceBefore=h2_space[0], spaceAfter=h2_space[1], keepWithNext=1),
    )


def grid_style(*, font_size: float, leading: float, extra: list[tuple] | None = None
               ) -> TableStyle:
    """The style of a table with a header row: the header bold on a pale band, a hairline under
    every row, text at the top of its cell; ``extra`` commands are added after these."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size), ("LEADING", (0, 0), (-1, -1), leading),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf2")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b8c0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *(extra or []),
    ])


def page_counting_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that holds its pages back until the end, then calls ``decorate(canvas,
    n, total)`` on each (in a saved graphics state), so every page can say "Sida n av m"."""
    from reportlab.pdfgen import canvas as rl_canvas

    class PageCountingCanvas(rl_canvas.Canvas):
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
                decorate(self, n, total)
                self.restoreState()
                super().showPage()
            super().save()

    return PageCountingCanvas


def numbered_canvas(footer_left: str, footer_right: str,
                    overlay: Callable[[Canvas], None] | None = None) -> type[Canvas]:
    """A canvas class whose every page gets the footer: a rule, ``footer_left`` over
    ``footer_right`` and "Sida n av m". ``overlay``, if given, then draws on each page too (in a
    saved graphics state, so it may translate, rotate and recolour freely)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    left, right = MARGIN_LEFT_MM * mm, A4[0] - MARGIN_RIGHT_MM * mm

    def footer(c: Canvas, n: int, total: int) -> None:
        c.setFont(FONT, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.line(left, 15 * mm, right, 15 * mm)
        c.drawString(left, 11 * mm, footer_left)
        c.drawString(left, 7 * mm, footer_right)
        c.drawRightString(right, 11 * mm, f"Sida {n} av {total}")
        if overlay is not None:
            overlay(c)

    return page_counting_canvas(footer)


def build_pdf(story: list, *, title: str, subject: str, footer_left: str, footer_right: str,
              overlay: Callable[[Canvas], None] | None = None) -> bytes:
    """``story`` laid out on A4 with the shared margins and numbered footer, as PDF bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_LEFT_MM * mm,
                            rightMargin=MARGIN_RIGHT_MM * mm, topMargin=MARGIN_TOP_MM * mm,
                            bottomMargin=MARGIN_BOTTOM_MM * mm, title=title, author=AUTHOR,
                            subject=subject, creator=AUTHOR)
    doc.build(story, canvasmaker=numbered_canvas(footer_left, footer_right, overlay))
    return buf.getvalue()
