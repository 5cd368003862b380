"""Read the ``data`` sheet of teams' report exports, refusing anything that would add up wrong.

The federation office adds several teams' files together (docs/report-data-sheet.md), which is
only right for files of one schema version and one period, each from another team. So every file
is checked before anything is summed: it opens as xlsx, has the sheet ``data`` with exactly the
header of ``data_sheet.HEADER``, every row is of ``data_sheet.SCHEMA`` at ``SCHEMA_VERSION``, the
file holds one team and one period, every value is a number. A refusal is a FederationInputError
whose Swedish message names the file, so the office knows which team to ask for a new export.

An empty value cell is a masked small count (an export with small-count protection leaves it
empty on purpose): it is read as MASKED, never as zero. Measures this version does not know are
kept as they are, so a newer export's extra rows are summed too.

openpyxl is imported inside the functions and used in read-only mode (streaming, low memory).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..reports import data_sheet

#: (measure, dimension, category, gender): what rows are summed by.
Key = tuple[str, str, str, str]
#: The first rows of the report's front sheet, searched for the federation's name.
#: The front sheets of a report and of a 4R export, where the federation's name stands.
_FRONT_SHEETS, _FRONT_ROWS, _FEDERATION_LABEL = ("Rapport", "4R"), 12, "Samordningsförbund"


class Masked:
    """A small count a team hid (an empty value cell): it makes every sum it is part of hidden."""

    _instance: Masked | None = None

    def __new__(cls) -> Masked:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MASKED"


MASKED = Masked()
Value = int | float | Masked


class FederationInputError(Exception):
    """An input file that cannot be added to the county summary; the message names the file."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


@dataclass(frozen=True)
class TeamExport:
    """One team's data sheet: who, which period, and its rows by key (in the file's order)."""

    path: Path
    team: str
    municipality: str
    period: str
    period_start: str
    period_end: str
    rows: dict[Key, Value] = field(default_factory=dict)
    #: The federation named on the report's front sheet ("" when the file does not say).
    federation: str = ""

    @property
    def masked(self) -> int:
        """How many values the team hid."""
        return sum(1 for v in self.rows.values() if v is MASKED)


def add(a: Value, b: Value) -> Value:
    """a + b; a sum with a hidden part is hidden."""
    if a is MASKED or b is MASKED:
        return MASKED
    return a + b  # type: ignore[operator]


def period_label(key: str) -> str:
    """A period key in words ("Tertial 2 2026 (maj–augusti)"); the key itself if unreadable."""
    from ..reports.periods import PeriodError, parse_period

    try:
        return parse_period(key).label
    except PeriodError:
        return key


def _text(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _number(v: Any) -> Value | None:
    """The value cell as a number, MASKED when empty, None when it is not a number."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return MASKED
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    if isinstance(v, float):
        if not math.isfinite(v):
            return None
        if v.is_integer() and abs(v) < 2**53:
            return int(v)  # a count Excel saved as 12.0 is still the count 12
    return v


def _version(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    return v


def _trimmed(row: Sequence[Any]) -> tuple[Any, ...]:
    cells = list(row)
    while cells and (cells[-1] is None or cells[-1] == ""):
        cells.pop()
    return tuple(cells)


def read_export(path: Path | str) -> TeamExport:
    """One team's export, checked; FederationInputError (naming the file) if it cannot be used."""
    path = Path(path)
    if not path.is_file():
        raise FederationInputError(f"Filen finns inte: {path}", path)
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except OSError as e:  # not allowed to read it, a disk error
        raise FederationInputError(f"{path} kan inte läsas ({e.strerror or e}).", path) from e
    except Exception as e:  # openpyxl raises many kinds on a file that is not xlsx
        raise FederationInputError(
            f"{path} kan inte läsas som en Excel-fil (xlsx) – är det en rapportexport från "
            "STAR Desktop?", path) from e
    try:
        return _read(path, wb)
    except FederationInputError:
        raise
    except Exception as e:  # a damaged sheet inside a zip that opened
        raise FederationInputError(f"{path} kan inte läsas: filen verkar skadad "
                                   f"({type(e).__name__}: {e}).", path) from e
    finally:
        wb.close()


def _not_export(path: Path, why: str) -> FederationInputError:
    return FederationInputError(
        f"{path} är inte en rapportexport från STAR Desktop: {why}. Exportera rapporten som "
        f"xlsx i STAR Desktop (Rapporter → Exportera xlsx) och försök igen.", path)


def _other_version(path: Path, version: Any) -> FederationInputError:
    return FederationInputError(
        f"{path} är skapad med en annan version av STAR Desktop (schema {version}; den här "
        f"versionen läser schema {data_sheet.SCHEMA_VERSION}) – exportera igen.", path)


def _read(path: Path, wb: Any) -> TeamExport:
    if data_sheet.SHEET not in wb.sheetnames:
        raise _not_export(path, f"bladet \u201d{data_sheet.SHEET}\u201d saknas")
    ws = wb[data_sheet.SHEET]
    ws.reset_dimensions()  # a sheet saved by another program may state wrong dimensions
    rows: Iterable[tuple[Any, ...]] = ws.iter_rows(values_only=True)
    it = iter(rows)
    header = _trimmed(next(it, ()))
    width = len(data_sheet.HEADER)
    if header != data_sheet.HEADER:
        first = next(it, ())
        if (header[:2] == data_sheet.HEADER[:2] and len(first) >= 2
                and first[0] == data_sheet.SCHEMA
                and _version(first[1]) != data_sheet.SCHEMA_VERSION):
            raise _other_version(path, first[1])
        raise _not_export(path, f"rubrikraden i bladet \u201d{data_sheet.SHEET}\u201d är inte "
                                f"{', '.join(data_sheet.HEADER)}")
    out: dict[Key, Value] = {}
    who: tuple[str, str, str, str, str] | None = None
    for n, raw in enumerate(it, start=2):
        row = tuple(raw[:width]) + (None,) * (width - len(raw))
        if all(v is None or v == "" for v in row):
            continue  # a blank row someone left at the end
        schema, version, team, municipality, period, start, end, measure, dimension, \
            category, gender, value = row
        if schema != data_sheet.SCHEMA:
            raise _not_export(path, f"rad {n} i bladet \u201d{data_sheet.SHEET}\u201d har "
                                    f"schema {schema!r}, inte {data_sheet.SCHEMA}")
        if _version(version) != data_sheet.SCHEMA_VERSION:
            raise _other_version(path, version)
        this = (_text(team), _text(municipality), _text(period), _text(start), _text(end))
        if who is None:
            who = this
        elif this != who:
            raise FederationInputError(
                f"{path} har rader från mer än ett team eller en period (rad {n}: "
                f"{this[0]} {this[2]}, men först {who[0]} {who[2]}) – en fil ska vara ett "
                f"teams rapport för en period.", path)
        measure_s, gender_s = _text(measure), _text(gender)
        if not measure_s:
            raise _not_export(path, f"rad {n} saknar mått (measure)")
        if gender_s not in data_sheet.GENDER_CODES:
            raise _not_export(path, f"rad {n} har könet {gender!r}, inte något av "
                                    f"{', '.join(data_sheet.GENDER_CODES)}")
        v = _number(value)
        if v is None:
            raise FederationInputError(
                f"{path}: rad {n} i bladet \u201d{data_sheet.SHEET}\u201d ({measure_s}) har "
                f"värdet {value!r}, som inte är ett tal – exportera rapporten igen.", path)
        key = (measure_s, _text(dimension), _text(category), gender_s)
        # Two budget lines typed with the same label are one line to the office: added.
        out[key] = add(out[key], v) if key in out else v
    if who is None:
        raise _not_export(path, f"bladet \u201d{data_sheet.SHEET}\u201d har inga rader")
    if not who[0] or not who[2]:
        raise _not_export(path, "teamets namn eller perioden saknas i bladet "
                                f"\u201d{data_sheet.SHEET}\u201d")
    return TeamExport(path, who[0], who[1], who[2], who[3], who[4], out, _federation(wb))


def _federation(wb: Any) -> str:
    """The federation's name from the export's front sheet, if it is there (best effort)."""
    for sheet in _FRONT_SHEETS:
        if sheet not in wb.sheetnames:
            continue
        for row in wb[sheet].iter_rows(max_row=_FRONT_ROWS, max_col=2, values_only=True):
            if len(row) >= 2 and row[0] == _FEDERATION_LABEL:
                return _text(row[1])
    return ""


def read_exports(paths: Sequence[Path | str]) -> list[TeamExport]:
    """Several teams' exports, in the order given, checked to be addable: at least one file,
    no file twice, one period, every team once. Nothing is summed before all have passed."""
    if not paths:
        raise FederationInputError("Inga filer att sammanställa – ange minst en rapportexport "
                                   "(xlsx) från ett team.")
    seen: dict[Path, Path] = {}
    for p in map(Path, paths):
        resolved = p.resolve()
        if resolved in seen:
            raise FederationInputError(f"{p} finns med två gånger – ta med varje teams fil en "
                                       "gång.", p)
        seen[resolved] = p
    exports = [read_export(p) for p in seen.values()]
    first = exports[0]
    for e in exports[1:]:
        if (e.period, e.period_start, e.period_end) != (first.period, first.period_start,
                                                         first.period_end):
            raise FederationInputError(
                f"Filerna gäller olika perioder: {first.path} gäller "
                f"{period_label(first.period)} men {e.path} gäller {period_label(e.period)} – "
                f"alla team ska ha exporterat samma period.", e.path)
    teams: dict[str, TeamExport] = {}
    for e in exports:
        name = " ".join(e.team.split()).casefold()
        if name in teams:
            raise FederationInputError(
                f"{teams[name].path} och {e.path} är båda från teamet {e.team} – ta med varje "
                "team en gång.", e.path)
        teams[name] = e
    return exports
