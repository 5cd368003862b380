"""One way to export the 4R analysis, from the GUI and the command line: build, write, audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction
from ..reports.periods import Period
from .report import FourRContent, build_fourr

FORMATS = ("xlsx", "pdf")


def write_fourr(content: FourRContent, fmt: str, out: Path | str, *,
                recipient: str | None = None) -> Path:
    """Write an already built analysis (``recipient``: a RECIPIENTS key, named in the file);
    exporters are imported only when used."""
    if fmt == "xlsx":
        from .export_xlsx import fourr_xlsx

        return fourr_xlsx(content, Path(out), recipient=recipient)
    if fmt == "pdf":
        from .export_pdf import fourr_pdf

        return fourr_pdf(content, Path(out), recipient=recipient)
    raise ValueError(f"unknown 4R format {fmt!r}; one of {', '.join(FORMATS)}")


def export_fourr(session: Session, period: Period, fmt: str, out: Path | str, *, protect: bool,
                 recipient: str | None = None, today: dt.date | None = None) -> Path:
    """Build the period's 4R analysis, write it as ``fmt`` and record the export."""
    content = build_fourr(session, period, protect=protect, today=today)
    path = write_fourr(content, fmt, out, recipient=recipient)
    audit.record(session, AuditAction.EXPORTED, entity="four_r",
                 detail=f"4R {period.key} {fmt}, {recipient or 'mottagare ej angiven'}, "
                        + ("små tal skyddade" if protect else "utan skydd av små tal"))
    return path
