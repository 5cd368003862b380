"""Reading the import sheet: the rows of "Ärenden" and what each cell says.

The first step of the import (``importer.py``): open the workbook, match the headers to
``import_template.COLUMNS``, and turn every cell into the value the process's steps take — a
date, yes/no, a coded value, a party of the file — or the reason it cannot be read. Kept apart
from the rules so that everything that knows about Excel and cell text is in one place; also
home of the errors every later step reports through (``ImportProblem``, ``ImportErrors``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..models import Assessment, Case, CaseKind, Participant, Party
from ..models.enums import QT_TRANSLATE_NOOP, LabelledEnum, Msg
from ..validation import message_of, parse_date
from .import_template import CASES_SHEET, COLUMNS, NO, YES, Column, allowed_values

CASE_NUMBER_MAX = 20

#: Columns about the individual: empty for a general consultation, which concerns no one.
PERSON_KEYS = ("first_name", "last_name", "personnummer", "birth_year", "gender", "municipality",
               "income_at_start", "years_on_support_at_start")
_COLUMN_ORDER = {c.header: i for i, c in enumerate(COLUMNS)}


# --- results and errors ------------------------------------------------------------------------


@dataclass(frozen=True)
class RawRow:
    """One non-empty row of the sheet as read: cell values by column key (None when empty)."""

    row: int  # the row number Excel shows
    values: dict[str, Any]


class ImportProblem(NamedTuple):
    """Why a row cannot be imported: the Excel row, the column header, the reason (Swedish)."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.row and self.column:
            return f"rad {self.row}, kolumn {self.column}: {self.reason}"
        if self.row:
            return f"rad {self.row}: {self.reason}"
        return self.reason


class ImportErrors(ValueError):
    """The sheet cannot be imported; ``errors`` lists every problem, in sheet order."""

    def __init__(self, errors: Iterable[ImportProblem]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.row, _COLUMN_ORDER.get(e.column, -1)))
        super().__init__(f"{len(self.errors)} fel i importfilen")

    def lines(self) -> list[str]:
        return [str(e) for e in self.errors]


# --- reading -----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unreadable(path: Path) -> ImportErrors:
    return ImportErrors([ImportProblem(
        0, "", f"Filen kan inte läsas som en Excel-arbetsbok (xlsx): {path.name}")])


def _sheet_rows(rows: Iterator[tuple[Any, ...]], path: Path) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows as openpyxl reads them, lazily; a file it cannot parse is refused.

    In read-only mode openpyxl parses the sheet's XML while the rows are iterated, so a damaged
    workbook fails here, not when it is opened — with whatever its zip or XML reader raises
    (a ParseError, a zlib error, a bad CRC, an EOFError, …). Only openpyxl's own step is inside
    the broad except: every such failure means the file is not a readable workbook.
    """
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception:  # noqa: BLE001 - see the docstring
            raise _unreadable(path) from None
        yield cells


def read_rows(path: Path | str) -> list[RawRow]:
    """The non-empty rows of the sheet "Ärenden", cells keyed by column (headers matched
    case-insensitively; columns may come in any order; a missing optional column is empty)."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file():
        raise ImportErrors([ImportProblem(0, "", f"Filen finns inte: {path}")])
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - as in _sheet_rows: anything openpyxl cannot parse
        raise _unreadable(path) from None
    try:
        try:
            names = list(wb.sheetnames)
            name = next((n for n in names if _fold(n) == _fold(CASES_SHEET)), None)
            ws = wb[name] if name is not None else None
            raw_rows = ws.iter_rows(values_only=True) if ws is not None else iter(())
        except Exception:  # noqa: BLE001 - as in _sheet_rows
            raise _unreadable(path) from None
        if ws is None:
            raise ImportErrors([ImportProblem(
                0, "", f"Arbetsboken saknar bladet \"{CASES_SHEET}\"; utgå från importmallen.")])
        rows = _sheet_rows(raw_rows, path)
        header = next(rows, None) or ()
        positions, problems = _header_positions(header)
        if problems:
            raise ImportErrors(problems)
        out: list[RawRow] = []
        for number, cells in enumerate(rows, start=2):
            values = {c.key: _clean(cells[i]) if (i := positions.get(c.key, -1)) >= 0
                      and i < len(cells) else None for c in COLUMNS}
            if any(v is not None for v in values.values()):
                out.append(RawRow(number, values))
        return out
    finally:
        with contextlib.suppress(Exception):  # closing a damaged archive must not hide why
            wb.close()


def _header_positions(header: Sequence[Any]) -> tuple[dict[str, int], list[ImportProblem]]:
    by_header = {_fold(c.header): c for c in COLUMNS}
    positions: dict[str, int] = {}
    problems: list[ImportProblem] = []
    for i, cell in enumerate(header):
        text = str(cell).strip() if cell is not None else ""
        if not text:
            continue
        col = by_header.get(_fold(text))
        if col is None:
            problems.append(ImportProblem(1, text, "Okänd kolumn; använd importmallens rubriker."))
        elif col.key in positions:
            problems.append(ImportProblem(1, col.header, "Kolumnen finns två gånger."))
        else:
            positions[col.key] = i
    for col in COLUMNS:
        if col.required == "Alltid" and col.key not in positions:
            problems.append(ImportProblem(1, col.header, "Kolumnen saknas."))
    return positions, problems


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


# --- reading a cell ----------------------------------------------------------------------------


class _Lookups:
    """Coded values by their folded Swedish label or English value, and the file's parties."""

    ALIASES: dict[type[LabelledEnum], dict[str, LabelledEnum]] = {
        Assessment: {"antaget": Assessment.ACCEPTED, "återvisat": Assessment.RETURNED},
    }
    YES_NO = {_fold(YES): True, _fold(NO): False, "yes": True, "no": False, "true": True,
              "false": False, "1": True, "0": False, "x": True}

    def __init__(self, parties: Sequence[Party]) -> None:
        self.enums: dict[type[LabelledEnum], dict[str, LabelledEnum]] = {}
        self.parties: dict[str, int] = {}
        for p in parties:
            self.parties.setdefault(_fold(p.name), p.id)
        for p in parties:
            if p.builtin:
                self.parties.setdefault(_fold(p.kind.value), p.id)
        self.party_names = [p.name for p in parties if p.active]

    def enum(self, enum_cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
        table = self.enums.get(enum_cls)
        if table is None:
            table = {}
            for m in enum_cls:
                table.setdefault(_fold(m.label), m)
                table.setdefault(_fold(m.value), m)
            for alias, m in self.ALIASES.get(enum_cls, {}).items():
                table.setdefault(alias, m)
            self.enums[enum_cls] = table
        return table

    def read(self, col: Column, value: Any) -> Any:
        if col.kind == "date":
            return _read_date(value)
        if col.kind == "yesno":
            if isinstance(value, bool):
                return value
            found = self.YES_NO.get(_fold(_text(value)))
            if found is None:
                raise ValueError(Msg(QT_TRANSLATE_NOOP(
                        "Messages", "Skriv {yes} eller {no}."), yes=YES, no=NO))
            return found
        if col.kind == "enum":
            assert col.enum is not None
            found = self.enum(col.enum).get(_fold(_text(value)))
            if found is None:
                raise ValueError("Okänt värde. Välj ett av: "
                                 + "; ".join(allowed_values(col, ())) + ".")
            return found
        if col.kind == "party":
            found = self.parties.get(_fold(_text(value)))
            if found is None:
                raise ValueError("Parten finns inte i teamfilen. Välj en av: "
                                 + "; ".join(self.party_names) + ".")
            return found
        if col.key == "personnummer" and isinstance(value, int | float) \
                and not isinstance(value, bool):
            digits = _text(value)
            return digits.zfill(10) if len(digits) == 9 else digits  # a lost leading zero
        text = _text(value)
        if col.key == "case_number" and len(text) > CASE_NUMBER_MAX:
            raise ValueError(Msg(QT_TRANSLATE_NOOP(
                "Messages",
                "Högst {n} tecken."), n=CASE_NUMBER_MAX))
        return text


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def _read_date(value: Any) -> dt.date | None:
    """A real Excel date, or ISO text (validation.parse_date's rules and messages)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(_text(value))


@dataclass
class _Row:
    raw: RawRow
    values: dict[str, Any] = field(default_factory=dict)
    given: set[str] = field(default_factory=set)
    problems: dict[str, str] = field(default_factory=dict)  # column key -> first reason
    case: Case | None = None
    participant: Participant | None = None

    @property
    def number(self) -> int:
        return self.raw.row

    def add(self, key: str, reason: str) -> None:
        self.problems.setdefault(key, reason)

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def text(self, key: str) -> str:
        return self.values.get(key) or ""

    def day(self, key: str) -> dt.date | str:
        return self.values.get(key) or ""


def _parse_row(raw: RawRow, lookups: _Lookups) -> _Row:
    row = _Row(raw)
    for col in COLUMNS:
        value = raw.values.get(col.key)
        if value is None:
            row.values[col.key] = None
            continue
        row.given.add(col.key)
        try:
            row.values[col.key] = lookups.read(col, value)
        except ValueError as e:
            row.values[col.key] = None
            row.add(col.key, message_of(e))
    general = row.get("kind") == CaseKind.GENERAL_CONSULTATION
    if general:
        for key in PERSON_KEYS:
            if key in row.given:
                row.add(key, "En generell konsultation gäller ingen enskild: lämna kolumnen tom.")
    elif "subject" in row.given and row.get("kind") is not None:
        row.add("subject", QT_TRANSLATE_NOOP(
            "Messages",
            "Fråga fylls bara i för en generell konsultation."))
    return row
