"""One way to export a report, from the GUI and the command line alike: build, write, audit.

An export leaves the encrypted file, so each one is an audit event (what, which period, which
format), written in the caller's transaction together with nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction
from .periods import Period
from .report import ReportContent, build_report

FORMATS = ("xlsx", "pdf")


def write_report(content: ReportContent, fmt: str, out: Path | str) -> Path:
    """Write an already built report; exporters are imported only when used."""
    if fmt == "xlsx":
        from .export_xlsx import report_xlsx

        return report_xlsx(content, out)
    if fmt == "pdf":
        from .export_pdf import report_pdf

        return report_pdf(content, Path(out))
    raise ValueError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")


def export_report(session: Session, period: Period, fmt: str, out: Path | str, *,
                  today: dt.date | None = None) -> Path:
    """Build the period's report, write it as ``fmt`` and record the export."""
    content = build_report(session, period, today=today)
    path = write_report(content, fmt, out)
    audit.record(session, AuditAction.EXPORTED, entity="report",
                 detail=f"rapport {period.key} {fmt}")
    return path
