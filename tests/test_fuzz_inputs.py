"""Bad input, fuzzed: random and damaged team files, random and malformed import sheets.

Whatever the bytes, opening or checking a team file raises a TeamFileError with a Swedish
message — never another exception — and leaves the file as it was; reading an import sheet
raises ImportErrors with reasons, and an import that is refused changes nothing in the team
file. Hypothesis draws the inputs (a modest number per run, so the suite stays quick; set
STAR_FUZZ_EXAMPLES for a longer run), starting from a real team file and the real template,
so the damage lands in the parts a reader looks at.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from star_desktop import preferences
from star_desktop.cases.import_template import CASES_SHEET, COLUMNS, allowed_values
from star_desktop.cases.importer import ImportErrors, ImportResult, import_rows, read_rows
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.models import AuditEvent, Case, Participant
from star_desktop.storage.errors import TeamFileError
from star_desktop.storage.keys import KeyStore
from star_desktop.storage.teamfile import (
    PAGE_SIZE,
    open_team_file,
    verify_team_file,
)
from star_desktop.ui import case_import
from star_desktop.ui.app import make_app
from star_desktop.ui.case_import import ImportErrorsDialog
from star_desktop.ui.main_window import MainWindow

from .conftest import ACTOR, PASSPHRASE, in_modal_dialog
from .test_case_import import person, planned, pnr, sheet

FUZZ = settings(max_examples=int(os.environ.get("STAR_FUZZ_EXAMPLES", "25")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
TODAY = dt.date(2025, 6, 30)
#: Words one of which every refusal to open a file uses: the message is the Swedish one.
SWEDISH = ("filen", "teamfil", "lösenfras", "nyckel", "öppnandet", "mapp")


# --- a real team file and what can be done to it -----------------------------------------------


@pytest.fixture(scope="module")
def real_team(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A small generated team (many kinds of pages): its bytes and its raw key."""
    path = tmp_path_factory.mktemp("real") / "Demo STAR.star"
    generate_demo(path, cases=25, seed=4, today=TODAY)
    tf = open_team_file(path, actor=ACTOR, ask_passphrase=lambda _r: DEMO_PASSPHRASE,
                        record_open=False)
    key = tf._key
    tf.close()
    return path.read_bytes(), key


def _seeded(seed: int, n: int) -> bytes:
    return random.Random(seed).randbytes(n)


def damaged(real: bytes) -> st.SearchStrategy[bytes]:
    """Bytes a coordinator might pick as a team file: noise, or a real file gone wrong."""
    pages = len(real) // PAGE_SIZE
    noise = st.binary(min_size=1, max_size=3 * PAGE_SIZE)
    page_sized = st.builds(lambda seed, n: _seeded(seed, n * PAGE_SIZE),
                           st.integers(0, 2**32), st.integers(1, 8))
    truncated = st.integers(1, len(real) - 1).map(lambda n: real[:n])
    at_page = st.integers(1, pages - 1).map(lambda n: real[:n * PAGE_SIZE])

    def overwrite(changes: list[tuple[int, int]]) -> bytes:
        b = bytearray(real)
        for page, seed in changes:
            b[page * PAGE_SIZE:(page + 1) * PAGE_SIZE] = _seeded(seed, PAGE_SIZE)
        return bytes(b)

    def flip(bits: list[tuple[int, int]]) -> bytes:
        b = bytearray(real)
        for offset, bit in bits:
            b[offset] ^= 1 << bit
        return bytes(b)

    pages_overwritten = st.lists(st.tuples(st.integers(0, pages - 1), st.integers(0, 2**32)),
                                 min_size=1, max_size=3).map(overwrite)
    flipped = st.lists(st.tuples(st.integers(0, len(real) - 1), st.integers(0, 7)),
                       min_size=1, max_size=4).map(flip)
    grown = st.binary(min_size=1, max_size=2 * PAGE_SIZE).map(lambda tail: real + tail)
    text = st.text(min_size=1, max_size=2000).map(lambda t: t.encode("utf-8"))
    magic = st.tuples(st.sampled_from([b"SQLite format 3\x00", b"%PDF-1.7", b"PK\x03\x04",
                                       b"\xd0\xcf\x11\xe0"]),
                      st.binary(max_size=2 * PAGE_SIZE)).map(b"".join)
    return st.one_of(noise, page_sized, truncated, at_page, pages_overwritten, flipped, grown,
                     text, magic)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refuses_cleanly(path: Path, attempt) -> TeamFileError:  # noqa: ANN001 - a callable
    """``attempt()`` raises a TeamFileError with a Swedish message and changes no file."""
    folder = sorted(p.name for p in path.parent.iterdir())
    before = _digest(path) if path.is_file() else None
    with pytest.raises(TeamFileError) as e:  # any other exception fails the test as it is
        attempt()
    assert isinstance(e.value.message, str) and e.value.message.strip()
    assert any(w in e.value.message.casefold() for w in SWEDISH), e.value.message
    assert str(e.value) == e.value.message
    if before is not None:
        assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == folder  # no journal, no copy
    return e.value


@FUZZ
@given(data=st.data())
def test_open_and_verify_refuse_damaged_files_and_leave_them(real_team, tmp_path, data):
    real, key = real_team
    blob = data.draw(damaged(real))
    assume(blob != real)
    path = tmp_path / "Bräcke STAR.star"
    path.write_bytes(blob)
    _refuses_cleanly(path, lambda: open_team_file(path, actor=ACTOR, key=key))
    _refuses_cleanly(path, lambda: verify_team_file(path, key=key))
    _refuses_cleanly(path, lambda: open_team_file(path, actor=ACTOR))  # no key, no prompt


@settings(FUZZ, max_examples=max(3, FUZZ.max_examples // 5))
@given(data=st.data())
def test_open_with_a_passphrase_prompt_refuses_damaged_files(real_team, tmp_path, data):
    """Through the prompt (as the GUI opens): the right passphrase, then the user gives up."""
    real, _key = real_team
    blob = data.draw(damaged(real))
    assume(blob != real)
    path = tmp_path / "Bräcke STAR.star"
    path.write_bytes(blob)
    answers = iter([DEMO_PASSPHRASE])
    _refuses_cleanly(path, lambda: open_team_file(
        path, actor=ACTOR, keystore=KeyStore(), ask_passphrase=lambda _r: next(answers, None)))


@pytest.mark.parametrize("make", ["empty", "folder", "missing", "text", "utf16", "sqlite"])
def test_files_that_are_no_team_files_at_all(tmp_path, real_team, make):
    path = tmp_path / "Bräcke STAR.star"
    if make == "empty":
        path.write_bytes(b"")
    elif make == "folder":
        path.mkdir()
    elif make == "text":
        path.write_text("Namn;Personnummer\nAnna Berg;19850312-2384\n", encoding="utf-8")
    elif make == "utf16":
        path.write_text("\ufeffAnteckningar om teamet\r\n" * 40, encoding="utf-16-le")
    elif make == "sqlite":
        import sqlite3

        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE t (x)")
        conn.close()
    error = _refuses_cleanly(path, lambda: open_team_file(path, actor=ACTOR, key=real_team[1]))
    _refuses_cleanly(path, lambda: verify_team_file(path, key=real_team[1]))
    assert error.exit_code in (3, 4, 5, 6)


# --- import sheets -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The real import template with two good rows, as bytes."""
    folder = tmp_path_factory.mktemp("template")
    rows = [planned(**person("Cecilia", "Åström", pnr("19900101", 45))),
            planned(**person("David", "Ekholm", pnr("19880808", 12), gender="Man"),
                    **{"Aktualiserad": dt.date(2024, 3, 1)})]
    return sheet(folder, rows).read_bytes()


def _read_refused_or_rows(path: Path) -> list | None:
    """read_rows gives rows or ImportErrors with reasons; anything else fails the test."""
    try:
        return read_rows(path)
    except ImportErrors as e:
        assert e.errors
        assert all(isinstance(p.reason, str) and p.reason.strip() for p in e.errors)
        assert all(line.strip() for line in e.lines())
        return None


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in members:
            z.writestr(name, content)
    return buf.getvalue()


def _members(blob: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return [(n, z.read(n)) for n in z.namelist()]


def malformed_sheets(template: bytes) -> st.SearchStrategy[bytes]:
    """Bytes given as an .xlsx: noise, zips that are no workbook, the template damaged."""
    members = _members(template)
    names = [n for n, _ in members]
    noise = st.binary(max_size=4096)
    member_name = st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=40))
    other_zip = st.lists(st.tuples(member_name, st.binary(max_size=500)), max_size=6,
                         unique_by=lambda m: m[0]).map(_zip)
    truncated = st.integers(0, len(template) - 1).map(lambda n: template[:n])

    def replace(choice: tuple[int, bytes, bool]) -> bytes:
        i, junk, cut = choice
        name, content = members[i % len(members)]
        new = content[:len(junk) % (len(content) + 1)] if cut else junk
        return _zip([(n, new if n == name else c) for n, c in members])

    member_damaged = st.tuples(st.integers(0, len(members) - 1), st.binary(max_size=300),
                               st.booleans()).map(replace)
    dropped = st.integers(0, len(members) - 1).map(
        lambda i: _zip([m for j, m in enumerate(members) if j != i]))
    return st.one_of(noise, other_zip, truncated, member_damaged, dropped)


@FUZZ
@given(data=st.data())
def test_malformed_workbooks_are_refused_with_a_reason(template, tmp_path, data):
    path = tmp_path / "ärenden.xlsx"
    path.write_bytes(data.draw(malformed_sheets(template)))
    _read_refused_or_rows(path)


def _sheet_xml_replaced(template: bytes, make) -> bytes:  # noqa: ANN001 - bytes -> bytes
    return _zip([(n, make(c) if n == "xl/worksheets/sheet1.xml" else c)
                 for n, c in _members(template)])


def _bad_crc(template: bytes) -> bytes:
    """A long sheet stored uncompressed with one byte changed after its CRC was taken: the
    CRC is checked at the end of the stream, long after openpyxl has opened the workbook."""
    wb = openpyxl.load_workbook(io.BytesIO(template))
    ws = wb[CASES_SHEET]
    for r in range(4, 3000):
        ws.cell(row=r, column=24, value="Per Ek")  # Ärendebärare: rows the reader must read
    out = io.BytesIO()
    wb.save(out)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in _members(out.getvalue()):
            kind = zipfile.ZIP_STORED if name == "xl/worksheets/sheet1.xml" else \
                zipfile.ZIP_DEFLATED
            z.writestr(name, content, compress_type=kind)
    blob = bytearray(buf.getvalue())
    at = blob.index(b"</sheetData>") - 100  # in the last rows
    blob[at] ^= 0x01
    return bytes(blob)


@pytest.mark.parametrize("damage", ["not xml", "cut in the rows", "bad crc", "empty sheet"])
def test_a_sheet_that_breaks_while_its_rows_are_read_is_refused(template, tmp_path, damage):
    """Regression (found by the fuzzing): read-only openpyxl parses the sheet while its rows
    are iterated, and a ParseError, a bad CRC or a cut stream escaped read_rows then."""
    blob = {"not xml": lambda: _sheet_xml_replaced(template, lambda _c: b"\x00 inte xml"),
            "cut in the rows": lambda: _sheet_xml_replaced(
                template, lambda c: c[:c.index(b"</row>") + 300]),
            "bad crc": lambda: _bad_crc(template),
            "empty sheet": lambda: _sheet_xml_replaced(template, lambda _c: b"")}[damage]()
    path = tmp_path / "ärenden.xlsx"
    path.write_bytes(blob)
    with pytest.raises(ImportErrors) as e:
        read_rows(path)
    assert e.value.lines() == ["Filen kan inte läsas som en Excel-arbetsbok (xlsx): "
                               "ärenden.xlsx"]


_PLAIN_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)
CELL = st.one_of(
    st.none(), st.booleans(), st.integers(-2**63, 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False), st.floats(-1e6, 1e6),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)),
    st.times(), _PLAIN_TEXT,
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=200, max_size=5000),
    st.sampled_from(["=1/0", "=A1", "=NOW()", '="Anna"', "=#REF!", "=SUM(A:A)", "'=1",
                     "2024-02-30", "2024-2-5", "19850312-2384", "850312+2384", "0", "-1",
                     "1e400", "nan", "Ja", "Nej", "x", " ", "\t", "Annat"]),
    st.sampled_from([v for c in COLUMNS for v in allowed_values(c, ())]),
)


def _with_cells(template: bytes, changes: list[tuple[int, int, object]]) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(template))
    ws = wb[CASES_SHEET]
    for row, col, value in changes:
        ws.cell(row=row, column=col, value=value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _counts(tf) -> tuple[int, int, int]:  # noqa: ANN001 - a TeamFile
    with tf.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (Case, Participant, AuditEvent))


@FUZZ
@given(changes=st.lists(st.tuples(st.integers(2, 5), st.integers(1, len(COLUMNS) + 2), CELL),
                        min_size=1, max_size=12))
def test_random_cells_are_refused_or_imported_never_a_crash(template, tmp_path, team_copy,
                                                            changes):
    path = tmp_path / "ärenden.xlsx"
    path.write_bytes(_with_cells(template, changes))
    rows = _read_refused_or_rows(path)
    if rows is None:
        return
    before = _counts(team_copy)
    try:
        with team_copy.session() as s, s.begin():
            result = import_rows(s, rows, today=TODAY)
    except ImportErrors as e:
        assert e.errors and all(p.reason.strip() for p in e.errors)
        assert _counts(team_copy) == before  # refused: nothing written, no audit event
        return
    assert isinstance(result, ImportResult)
    assert _counts(team_copy)[0] == before[0] + result.imported


HEADER = st.one_of(st.none(), _PLAIN_TEXT, st.integers(), st.floats(allow_nan=False),
                   st.sampled_from([c.header for c in COLUMNS]),
                   st.sampled_from([c.header.upper() for c in COLUMNS]))


@FUZZ
@given(headers=st.lists(st.tuples(st.integers(1, len(COLUMNS) + 3), HEADER), max_size=8),
       sheet_name=st.one_of(st.none(), _PLAIN_TEXT.filter(
           lambda t: 0 < len(t.strip()) <= 31 and not set(t) & set("[]:*?/\\'"))),
       drop=st.booleans())
def test_renamed_sheets_and_headers_are_refused_with_a_reason(template, tmp_path, headers,
                                                             sheet_name, drop):
    wb = openpyxl.load_workbook(io.BytesIO(template))
    ws = wb[CASES_SHEET]
    for col, value in headers:
        ws.cell(row=1, column=col, value=value)
    if drop:
        del wb[CASES_SHEET]
    elif sheet_name is not None:
        assume(sheet_name not in wb.sheetnames)
        ws.title = sheet_name
    path = tmp_path / "ärenden.xlsx"
    wb.save(path)
    rows = _read_refused_or_rows(path)
    if drop or (sheet_name is not None and sheet_name.strip().casefold() != "ärenden"):
        assert rows is None


# --- the same through the window ---------------------------------------------------------------


def _window(qtbot, passphrase: str) -> MainWindow:  # noqa: ANN001 - qtbot
    make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.prompt_passphrase = lambda _p, _r: (passphrase, False)
    return w


@pytest.mark.parametrize(("blob", "message"), [
    (_seeded(7, 5000), "Filen är ofullständig (avkortad): storleken stämmer inte med en "
                       "teamfil. Återställ den från en säkerhetskopia."),
    (b"PK\x03\x04" + _seeded(8, 3000), "Filen är en zip- eller Office-fil (till exempel xlsx "
                                        "eller docx), inte en STAR-teamfil."),
])
def test_the_window_says_why_a_random_file_cannot_be_opened(qapp, qtbot, tmp_path, blob,
                                                            message):
    w = _window(qtbot, DEMO_PASSPHRASE)
    path = tmp_path / "Bräcke STAR.star"
    path.write_bytes(blob)
    seen: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    problems = in_modal_dialog(QMessageBox, read)
    assert not w.open_file(path)
    assert problems == []
    assert seen == [("Teamfilen kunde inte öppnas", message)]
    assert w.team_file is None and w.stack.currentWidget() is w.start_page
    assert path.read_bytes() == blob
    assert w.prefs.recent_files == []


def test_random_pages_look_like_another_passphrase_and_can_be_given_up(qapp, qtbot, tmp_path):
    """Random bytes of a team file's size cannot be told from a file with another passphrase:
    the window asks again, saying so, and leaves the file when the coordinator gives up."""
    w = _window(qtbot, DEMO_PASSPHRASE)
    path = tmp_path / "Bräcke STAR.star"
    blob = _seeded(7, 5 * PAGE_SIZE)
    path.write_bytes(blob)
    asked: list[str | None] = []
    w.prompt_passphrase = lambda _p, r: asked.append(r) or (
        (DEMO_PASSPHRASE, False) if len(asked) == 1 else None)
    assert not w.open_file(path)
    assert asked == [None, "Fel lösenfras. Försök igen."]
    assert w.team_file is None and w.stack.currentWidget() is w.start_page
    assert path.read_bytes() == blob


@pytest.mark.parametrize("kind", ["noise", "zip", "truncated"])
def test_the_gui_import_of_a_malformed_sheet_says_so_and_imports_nothing(
        qapp, qtbot, tmp_path, team_path, template, monkeypatch, kind):
    from star_desktop.ui.cases_area import CasesArea

    w = _window(qtbot, PASSPHRASE)
    assert w.open_file(team_path)
    area = w.workspace.areas["cases"]
    assert isinstance(area, CasesArea)
    bad = tmp_path / "ärenden.xlsx"
    bad.write_bytes({"noise": _seeded(9, 2000),
                     "zip": _zip([("[Content_Types].xml", b"<Types"), ("xl/workbook.xml", b"")]),
                     "truncated": template[: len(template) // 2]}[kind])
    monkeypatch.setattr(case_import, "ask_sheet", lambda _parent: bad)
    before = _counts(w.team_file)
    shown: list[str] = []

    def read(dlg: ImportErrorsDialog) -> None:
        shown.append(dlg.text.toPlainText())
        dlg.reject()

    problems = in_modal_dialog(ImportErrorsDialog, read)
    assert not area.import_cases()
    assert problems == []
    assert shown == ["Filen kan inte läsas som en Excel-arbetsbok (xlsx): ärenden.xlsx"]
    assert _counts(w.team_file) == before
    assert area.list.model.rowCount() == 0
