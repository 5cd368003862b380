"""The case list as an Excel workbook (xlsx): the list as filtered and sorted, one row per case.

An export leaves the laptop's encrypted file, so how much it says about the person is chosen
each time, and the default says nothing:

- ``"case"`` — case number only: no name, no personnummer, no birth year (the default);
- ``"initials"`` — initials and birth year;
- ``"full"`` — first and last name and the full personnummer.

openpyxl is imported inside the function: importing this module must not slow the app's start.
The workbook is written (write-only mode, so 20,000 rows stay light) to a temporary file in the
target folder and renamed into place, so a failure never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction
from ..models.enums import QT_TRANSLATE_NOOP
from ..validation import format_personnummer
from . import query

_C = "CaseExport"

#: Privacy levels, least revealing first; the labels are what the export dialog offers.
PRIVACY_LEVELS: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP(_C, "Endast ärendenummer (inga namn eller personnummer)"),
    "initials": QT_TRANSLATE_NOOP(_C, "Initialer och födelseår"),
    "full": QT_TRANSLATE_NOOP(_C, "Fullständiga namn och personnummer"),
}
DEFAULT_PRIVACY = "case"
DATE_FORMAT = "YYYY-MM-DD"
SHEET_TITLE = "Ärenden"

# openpyxl refuses control characters in cell text (they are not allowed in XML).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def columns(privacy: str) -> list[tuple[str, str, int]]:
    """(key, Swedish header, width) of the columns the privacy level allows, in sheet order."""
    if privacy not in PRIVACY_LEVELS:
        raise ValueError(f"unknown privacy level {privacy!r}; one of {', '.join(PRIVACY_LEVELS)}")
    cols = [("case_number", "Ärendenummer", 14)]
    if privacy == "full":
        cols += [("first_name", "Förnamn", 16), ("last_name", "Efternamn", 18),
                 ("personnummer", "Personnummer", 16)]
    elif privacy == "initials":
        cols += [("initials", "Initialer", 10)]
    cols += [("gender", "Kön", 16)]
    if privacy in ("full", "initials"):
        cols += [("birth_year", "Födelseår", 10)]
    cols += [
        ("kind", "Typ av ärende", 22),
        ("state", "Status", 14),
        ("referring_party", "Aktualiserat av", 30),
        ("raised_on", "Aktualiserat", 13),
        ("carrier_party", "Ärendebärare (part)", 30),
        ("carrier_name", "Ärendebärare (namn)", 22),
        ("next_follow_up", "Nästa uppföljning", 17),
        ("overdue", "Uppföljning försenad", 19),
    ]
    return cols


def _values(m: Any, privacy: str, today: dt.date) -> dict[str, object]:
    has_participant = m["participant_id"] is not None
    erased = has_participant and m["identity_id"] is None
    due = m["next_follow_up"]
    v: dict[str, object] = {
        "case_number": m["case_number"],
        "gender": m["gender"].label if m["gender"] is not None else "",
        "birth_year": m["birth_year"],
        "kind": m["kind"].label,
        "state": m["state"].label,
        "referring_party": m["referring_party"] or "",
        "raised_on": m["raised_on"],
        "carrier_party": m["carrier_party"] or "",
        "carrier_name": m["carrier_name"] or "",
        "next_follow_up": due,
        "overdue": "Ja" if due is not None and due < today else "",
    }
    if privacy == "full":
        v["first_name"] = query.ERASED_NAME if erased else (m["first_name"] or "")
        v["last_name"] = "" if erased else (m["last_name"] or "")
        v["personnummer"] = format_personnummer(m["personnummer"])
    elif privacy == "initials":
        v["initials"] = query.ERASED_NAME if erased else query.initials_of(
            m["first_name"], m["last_name"])
    return v


def export_case_list(conn: Any, ids: Sequence[int], path: Path | str, *,
                     privacy: str = DEFAULT_PRIVACY, today: dt.date | None = None) -> int:
    """Write the cases ``ids`` (in this order) to the xlsx file ``path``; return the row count.

    ``conn`` is a Connection or a Session. Ids of cases that no longer exist are skipped.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    cols = columns(privacy)
    path = Path(path)
    day = today or dt.date.today()
    wb = Workbook(write_only=True)
    wb.properties.creator = "STAR Desktop"
    ws = wb.create_sheet(SHEET_TITLE)
    for i, (_key, _header, width) in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}1"
    bold = Font(bold=True)

    def header(text: str) -> Any:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        return cell

    def cell(value: object) -> Any:
        if isinstance(value, str):
            value = _ILLEGAL.sub("", value)
            if not value.startswith("="):
                return value
            c = WriteOnlyCell(ws, value=value)
            c.data_type = "s"  # text typed as "=..." stays text, never a formula
            return c
        if isinstance(value, dt.date):
            c = WriteOnlyCell(ws, value=value)
            c.number_format = DATE_FORMAT
            return c
        return value

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".xlsx.tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    sheet_tmp: Path | None = None
    count = 0
    try:
        sheet_tmp = _stream_beside(ws, path.parent)
        ws.append([header(h) for _key, h, _w in cols])
        ids = list(ids)
        for start in range(0, len(ids), query.ID_CHUNK):
            chunk = ids[start:start + query.ID_CHUNK]
            found = query.fetch_mappings(conn, chunk)
            for cid in chunk:
                m = found.get(cid)
                if m is None:
                    continue
                v = _values(m, privacy, day)
                ws.append([cell(v[key]) for key, _h, _w in cols])
                count += 1
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        if not ws.closed:
            with contextlib.suppress(Exception):
                ws.close()  # let go of the sheet's stream so its file can be removed
        tmp.unlink(missing_ok=True)
        if sheet_tmp is not None:
            sheet_tmp.unlink(missing_ok=True)
        raise
    return count


def _stream_beside(ws: Any, folder: Path) -> Path | None:
    """Stream the write-only sheet's XML to a file in the target folder, not the system's.

    openpyxl streams a write-only sheet to a file in the system temp folder and deletes it after
    saving; the names and personnummer would pass through (and after a crash stay in) a folder
    the coordinator never chose. The file is put beside the export instead. This reaches into
    openpyxl's writer; if that ever changes shape, openpyxl's own default is used.
    """
    try:
        from openpyxl.worksheet import _writer

        fd, name = tempfile.mkstemp(prefix=".", suffix=".sheet.tmp", dir=folder)
        os.close(fd)
        _writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it after saving, or at exit
        writer = _writer.WorksheetWriter(ws, out=name)
        writer.write_top()
        ws._writer = writer
    except Exception:  # pragma: no cover - a different openpyxl
        return None
    return Path(name)


def record_export(session: Session, *, count: int, privacy: str) -> None:
    """The audit event of an export: how many cases and at which privacy level (no values)."""
    audit.record(session, AuditAction.EXPORTED, entity="case_list",
                 detail=f"ärendelista xlsx, {count} ärenden, nivå {privacy}")
