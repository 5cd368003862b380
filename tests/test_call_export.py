"""The meeting call's outputs (PDF, e-mail text, .ics) and `star-desktop call`.

Built on a demo team: the PDF must show what the privacy level allows and nothing more, and the
.ics (which ends up in synced calendars) never holds names or case numbers at all.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from star_desktop.cases.query import initials_of
from star_desktop.cli import main
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.meetings import agenda as ag
from star_desktop.meetings import pdf_common
from star_desktop.meetings.call import PRIVACY, CallContent, CallLine, call_content
from star_desktop.meetings.call_export import (
    call_ics,
    call_pdf,
    call_text,
    write_call_ics,
    write_call_text,
)
from star_desktop.models import AgendaKind, AuditAction, AuditEvent, Case, Meeting, MeetingState
from star_desktop.storage.teamfile import open_team_file

TODAY = dt.date(2026, 11, 23)
CASE_NUMBER = re.compile(r"\b\d{4}-\d{4}\b")


def _next_meeting(s) -> Meeting:
    return s.scalars(select(Meeting).where(Meeting.held_on >= TODAY,
                                           Meeting.state != MeetingState.CANCELLED)
                     .order_by(Meeting.held_on)).first()


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("call") / "demo.star"
    generate_demo(path, cases=120, seed=5, today=TODAY)
    return path


@pytest.fixture(scope="module")
def call(pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The next meeting's agenda built; the call at each level, its PDF text, and the people."""
    folder = tmp_path_factory.mktemp("built")
    path = folder / "demo.star"
    shutil.copy2(pristine, path)
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s, s.begin():
            m = _next_meeting(s)
            ag.build_agenda(s, m)
        out: dict = {"contents": {}, "pdf": {}, "people": []}
        with tf.session() as s:
            m = _next_meeting(s)
            for level in PRIVACY:
                c = call_content(s, m, level)
                pdf = folder / f"kallelse-{level}.pdf"
                call_pdf(c, pdf)
                out["contents"][level] = c
                out["pdf"][level] = _pdf_text(pdf)
            for item in m.agenda_items:
                if item.case_id is None:
                    continue
                p = s.get(Case, item.case_id).participant
                if p is not None and p.identity is not None:
                    i = p.identity
                    out["people"].append((i.first_name, i.last_name, i.personnummer,
                                          p.birth_year))
        out["folder"] = folder
        return out
    finally:
        tf.close()


def _personnummer_forms(pnr: str | None) -> list[str]:
    if not pnr:
        return []
    return [pnr, f"{pnr[:8]}-{pnr[8:]}", f"{pnr[2:8]}-{pnr[8:]}"]


# --- PDF ---------------------------------------------------------------------------------------


def test_the_pdf_at_case_level_names_the_cases_and_nobody(call):
    c: CallContent = call["contents"]["case"]
    text = call["pdf"]["case"]
    assert c.lines and call["people"]
    assert "Kallelse till STAR-teamets möte" in text
    assert c.team in text
    assert c.meeting_date.isoformat() in text
    assert f"{c.starts_at:%H.%M}–{c.ends_at:%H.%M}" in text
    assert c.place in text.replace("\n", " ")
    for heading in ("Dagordning", "Nya ärenden", "Uppföljningar", "Konsultationer",
                    "Förbered inför mötet", "Endast ärendenummer"):
        assert heading in text
    for title in c.agenda:
        assert title in text
    for line in c.lines:
        assert line.case_number in text
    for first, last, pnr, _ in call["people"]:
        assert f"{first} {last}" not in text
        assert last not in text
        for form in _personnummer_forms(pnr):
            assert form not in text
    assert "Sida 1 av" in text


def test_the_weekday_is_in_swedish(call):
    c = call["contents"]["case"]
    day = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
           "söndag")[c.meeting_date.weekday()]
    assert f"{c.meeting_date.isoformat()} ({day})" in call["pdf"]["case"]


def test_the_pdf_at_full_level_names_the_people(call):
    text = call["pdf"]["full"].replace("\n", " ")
    for first, last, pnr, _ in call["people"]:
        assert f"{first} {last}" in text
        for form in _personnummer_forms(pnr):
            assert form not in text
    assert "Fullständiga namn" in text
    for line in call["contents"]["full"].lines:
        assert line.case_number in text


def test_the_pdf_at_initials_level_shows_initials_and_birth_years_only(call):
    text = call["pdf"]["initials"].replace("\n", " ")
    for first, last, pnr, year in call["people"]:
        assert f"{initials_of(first, last)}, född {year}" in text
        assert last not in text
        for form in _personnummer_forms(pnr):
            assert form not in text
    for line in call["contents"]["initials"].lines:
        assert line.case_number in text and line.who in text
    assert "Initialer och födelseår" in text


def test_a_long_case_list_runs_over_pages_with_numbered_footers(tmp_path):
    lines = [CallLine(f"2026-{n:04d}", f"Förnamn{n} Efternamnsson", AgendaKind.FOLLOW_UPS)
             for n in range(1, 181)]
    c = CallContent(team="Bräcke STAR", meeting_date=dt.date(2026, 12, 8),
                    starts_at=dt.time(9), ends_at=dt.time(12), place="Rum Åre",
                    link="", privacy="full", agenda=["Mötets öppnande"], lines=lines,
                    prepare=["Uppföljning: ta med läget."])
    out = tmp_path / "lång.pdf"
    call_pdf(c, out)
    reader = PdfReader(str(out))
    pages = len(reader.pages)
    assert pages >= 4
    texts = [p.extract_text() for p in reader.pages]
    for n, t in enumerate(texts, 1):
        assert f"Sida {n} av {pages}" in t
    assert all("Ärende" in t for t in texts[1:-1])  # the header row repeats on each page
    whole = "\n".join(texts)
    assert all(ln.case_number in whole for ln in lines)
    assert [f.name for f in tmp_path.iterdir()] == ["lång.pdf"]  # no temporary file left


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch, call):

    target = tmp_path / "kallelse.pdf"
    target.write_bytes(b"old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(pdf_common.os, "replace", boom)
    with pytest.raises(OSError):
        call_pdf(call["contents"]["case"], target)
    assert target.read_bytes() == b"old"
    assert [f.name for f in tmp_path.iterdir()] == ["kallelse.pdf"]


# --- text --------------------------------------------------------------------------------------


def test_the_text_has_the_same_information(call, tmp_path):
    for level in PRIVACY:
        c = call["contents"][level]
        text = call_text(c)
        assert c.team in text and c.meeting_date.isoformat() in text
        for line in c.lines:
            assert line.case_number in text
            if line.who:
                assert line.who in text
        for heading in ("Nya ärenden", "Uppföljningar", "Konsultationer", "Förbered inför mötet"):
            assert heading in text
    text = call_text(call["contents"]["case"])
    for _, last, _, _ in call["people"]:
        assert last not in text
    out = write_call_text(call["contents"]["case"], tmp_path / "kallelse.txt")
    assert out.read_text(encoding="utf-8") == text


# --- iCalendar ---------------------------------------------------------------------------------


def _unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")[:-1]


def _check_ics_structure(ics: str) -> dict[str, str]:
    assert ics.endswith("\r\n")
    assert "\n" not in ics.replace("\r\n", "")  # CRLF only
    for physical in ics.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    stack: list[str] = []
    props: dict[str, str] = {}
    for line in _unfold(ics):
        name, _, value = line.partition(":")
        assert name and _ == ":", line
        if name == "BEGIN":
            stack.append(value)
        elif name == "END":
            assert stack and stack.pop() == value
        elif stack[-1:] == ["VEVENT"]:
            props[name.split(";")[0]] = f"{name}:{value}"
    assert not stack
    assert _unfold(ics)[0] == "BEGIN:VCALENDAR" and _unfold(ics)[-1] == "END:VCALENDAR"
    return props


def test_the_ics_is_a_valid_event_without_personal_data(call, tmp_path):
    for level in PRIVACY:
        c = call["contents"][level]
        ics = call_ics(c)
        assert ics.count("BEGIN:VEVENT") == 1
        props = _check_ics_structure(ics)
        for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION"):
            assert key in props
        day = c.meeting_date.strftime("%Y%m%d")
        assert props["DTSTART"] == (f"DTSTART;TZID=Europe/Stockholm:{day}T"
                                    f"{c.starts_at:%H%M}00")
        assert props["DTEND"] == f"DTEND;TZID=Europe/Stockholm:{day}T{c.ends_at:%H%M}00"
        assert props["SUMMARY"] == "SUMMARY:STAR-teamets möte"
        assert "BEGIN:VTIMEZONE" in ics
        assert not CASE_NUMBER.search(ics)
        for first, last, pnr, _year in call["people"]:
            assert last not in ics and f"{first} {last}" not in ics
            for form in _personnummer_forms(pnr):
                assert form not in ics
        for line in c.lines:
            assert line.case_number not in ics
        n = len(c.by_heading(AgendaKind.FOLLOW_UPS))
        assert f"uppföljningar {n}" in "".join(_unfold(ics))
    a = _check_ics_structure(call_ics(call["contents"]["case"]))["UID"]
    b = _check_ics_structure(call_ics(call["contents"]["full"]))["UID"]
    assert a == b  # the UID is stable: team and date
    out = write_call_ics(call["contents"]["case"], tmp_path / "möte.ics")
    assert out.read_bytes().count(b"\r\n") > 10


def test_ics_escapes_text_and_folds_long_lines_on_character_boundaries():
    c = CallContent(team="Team; A, B", meeting_date=dt.date(2026, 7, 1), starts_at=dt.time(13),
                    ends_at=dt.time(15, 30), place="Sal Åäö, " + "ö" * 80 + "; våning 2\\3",
                    link="https://möte.example.se/rum?x=1", privacy="case")
    ics = call_ics(c, now=dt.datetime(2026, 6, 1, 8, tzinfo=dt.UTC))
    props = _check_ics_structure(ics)
    assert props["LOCATION"] == "LOCATION:Sal Åäö\\, " + "ö" * 80 + "\\; våning 2\\\\3"
    assert props["URL"] == "URL:https://xn--mte-sna.example.se/rum?x=1"
    assert props["DTSTAMP"] == "DTSTAMP:20260601T080000Z"
    assert "\\n" in props["DESCRIPTION"] and "Team\\; A\\, B" in props["DESCRIPTION"]
    ics.encode("utf-8").decode("utf-8")  # no split multi-byte sequence


# --- the command -------------------------------------------------------------------------------


def _meeting_day(path: Path) -> dt.date:
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s:
            return _next_meeting(s).held_on
    finally:
        tf.close()


def test_cli_call_writes_the_pdf_builds_the_agenda_and_audits(pristine, tmp_path, monkeypatch,
                                                              capsys):
    path = tmp_path / "team.star"
    shutil.copy2(pristine, path)
    day = _meeting_day(path)
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s, s.begin():  # no agenda yet: the command builds it
            m = s.scalars(select(Meeting).where(Meeting.held_on == day)).first()
            m.agenda_items.clear()
    finally:
        tf.close()
    monkeypatch.setenv("STAR_PASSPHRASE", DEMO_PASSPHRASE)
    out = tmp_path / "kallelse.pdf"
    assert main(["call", str(path), "--meeting", day.isoformat(), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().out
    text = _pdf_text(out)
    assert day.isoformat() in text and "Endast ärendenummer" in text
    assert CASE_NUMBER.search(text)
    ics = tmp_path / "möte.ics"
    assert main(["call", str(path), "--meeting", day.isoformat(), "--out", str(ics),
                 "--privacy", "full"]) == 0
    assert not CASE_NUMBER.search(ics.read_text(encoding="utf-8"))
    txt = tmp_path / "kallelse.txt"
    assert main(["call", str(path), "--meeting", day.isoformat(), "--out", str(txt),
                 "--privacy", "initials"]) == 0
    assert "Initialer och födelseår" in txt.read_text(encoding="utf-8")
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s:
            m = s.scalars(select(Meeting).where(Meeting.held_on == day)).first()
            assert any(i.case_id for i in m.agenda_items)
            assert [i.kind for i in m.agenda_items if i.case_id is None] == [
                k for k, _ in ag.STANDARD]
            details = list(s.scalars(select(AuditEvent.detail).where(
                AuditEvent.action == AuditAction.EXPORTED, AuditEvent.entity == "meeting",
                AuditEvent.entity_id == m.id).order_by(AuditEvent.id)))
            assert details == ["kallelse pdf, nivå case", "kallelse ics, nivå case",
                               "kallelse text, nivå initials"]
    finally:
        tf.close()


def test_cli_call_without_a_meeting_on_the_day_exits_3(pristine, tmp_path, monkeypatch, capsys):
    path = tmp_path / "team.star"
    shutil.copy2(pristine, path)
    day = _meeting_day(path) + dt.timedelta(days=1)
    monkeypatch.setenv("STAR_PASSPHRASE", DEMO_PASSPHRASE)
    out = tmp_path / "kallelse.pdf"
    assert main(["call", str(path), "--meeting", day.isoformat(), "--out", str(out)]) == 3
    assert f"inget möte den {day.isoformat()}" in capsys.readouterr().err
    assert not out.exists()


def test_cli_call_rejects_a_bad_date(tmp_path, capsys):
    assert main(["call", str(tmp_path / "x.star"), "--meeting", "8/12", "--out",
                 str(tmp_path / "k.pdf")]) == 2
    assert "Ogiltigt datum" in capsys.readouterr().err


def test_case_items_under_other_headings_are_not_dropped(tmp_path):
    lines = [CallLine("2026-0001", "", AgendaKind.NEW_CASES),
             CallLine("2026-0002", "", AgendaKind.OTHER_BUSINESS)]
    c = CallContent(team="T", meeting_date=dt.date(2026, 12, 8), starts_at=dt.time(9),
                    ends_at=dt.time(12), place="", link="", privacy="case", lines=lines)
    call_pdf(c, tmp_path / "k.pdf")
    pdf = _pdf_text(tmp_path / "k.pdf")
    text = call_text(c)
    for out in (pdf, text):
        assert "2026-0001" in out and "2026-0002" in out and "Övriga frågor (1)" in out
    assert "övriga frågor 1" in "".join(_unfold(call_ics(c)))
