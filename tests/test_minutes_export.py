"""The minutes as a PDF (internal and steering-group versions) and `star-desktop minutes`.

Built on a demo team with a meeting held, decided, approved and amended: the internal PDF holds
everything, the steering group's holds the decisions and non-personal notes but no participant,
no member, no personal note and no addendum text.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from star_desktop.cli import main
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.meetings import agenda as ag
from star_desktop.meetings import minutes as mn
from star_desktop.meetings import pdf_common
from star_desktop.meetings.minutes import MinutesContent, MinutesItem
from star_desktop.meetings.minutes_export import minutes_pdf, split_action
from star_desktop.models import (
    AgendaKind,
    AttendanceStatus,
    AuditAction,
    AuditEvent,
    Body,
    Case,
    DecisionKind,
    Meeting,
    MeetingState,
    Member,
    PartyKind,
)
from star_desktop.storage.teamfile import open_team_file
from star_desktop.team import service as team_service

TODAY = dt.date(2026, 11, 23)
PERSONAL = "Personen har svår diabetes enligt läkarintyget."
OPEN_NOTE = "Budgeten för nästa år diskuterades."
ADDENDUM = "Rättelse: handläggaren Olle Ek är ärendebärare."


def _pdf_text(path: Path) -> str:
    """The PDF's text with line breaks as spaces, so a wrapped sentence is still found."""
    return " ".join((page.extract_text() or "").replace("\n", " ")
                    for page in PdfReader(str(path)).pages)


def _personnummer_forms(pnr: str | None) -> list[str]:
    if not pnr:
        return []
    return [pnr, f"{pnr[:8]}-{pnr[8:]}", f"{pnr[2:8]}-{pnr[8:]}"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A demo team whose meeting today is held, decided, approved and amended; both PDFs."""
    folder = tmp_path_factory.mktemp("minutes")
    path = folder / "demo.star"
    generate_demo(path, cases=120, seed=5, today=TODAY)
    out: dict = {"path": path, "folder": folder, "people": [], "members": []}
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s, s.begin():
            m = s.scalars(select(Meeting).where(Meeting.held_on >= TODAY,
                                                Meeting.state != MeetingState.CANCELLED)
                          .order_by(Meeting.held_on)).first()
            m.held_on = TODAY  # held "today", so no step lies in the future
            m.state = MeetingState.PLANNED
            ag.build_agenda(s, m)
            items = [i for i in m.agenda_items if i.kind == AgendaKind.CASE]
            accept_item = next(i for i in items if i.title.startswith("Nytt ärende")
                               and s.get(Case, i.case_id).consent_form_received)
            mn.decide(s, accept_item, DecisionKind.ACCEPT, {})
            af = team_service.party_of_kind(s, PartyKind.AF).id
            mn.decide(s, accept_item, DecisionKind.CASE_CARRIER,
                      {"party_id": af, "name": "Olle"})
            mn.set_notes(s, accept_item, PERSONAL, personal=True)
            other = next(i for i in m.agenda_items if i.kind == AgendaKind.OTHER_BUSINESS)
            mn.set_notes(s, other, OPEN_NOTE, personal=False)
            mn.add_action_item(s, other, who="Samordnaren", what="Boka studiebesök",
                               due_on="2026-12-15")
            members = s.scalars(select(Member).where(Member.body == Body.TEAM,
                                                     Member.substitute_for_id.is_(None),
                                                     Member.active_to.is_(None))).all()
            principal = members[0]
            sub = s.scalars(select(Member).where(Member.substitute_for_id == principal.id)
                            ).first()
            mn.record_attendance(s, m, principal.id, AttendanceStatus.SUBSTITUTE_PRESENT,
                                 sub.id)
            for member in members[1:]:
                mn.record_attendance(s, m, member.id, AttendanceStatus.PRESENT)
            out["members"] = [x.name for x in members] + [sub.name]
            mn.mark_held(s, m)
            mn.approve(s, m, approved_by="Karin Lund")
            for item in m.agenda_items:
                if item.case_id is None:
                    continue
                p = s.get(Case, item.case_id).participant
                if p is not None and p.identity is not None:
                    i = p.identity
                    out["people"].append((i.first_name, i.last_name, i.personnummer))
        with tf.session() as s, s.begin():
            m = s.scalars(select(Meeting).where(Meeting.held_on == TODAY)).first()
            mn.add_addendum(s, m, text=ADDENDUM, author="Anna")
        with tf.session() as s:
            m = s.scalars(select(Meeting).where(Meeting.held_on == TODAY)).first()
            team = team_service.get_team(s).name
            out["team"] = team
            for key, steering in (("internal", False), ("steering", True)):
                content = mn.minutes_content(s, m, steering_group=steering)
                pdf = minutes_pdf(content, team, folder / f"minnesanteckningar-{key}.pdf")
                out[key] = {"content": content, "pdf": pdf, "text": _pdf_text(pdf)}
    finally:
        tf.close()
    return out


def test_the_internal_pdf_holds_everything(built):
    text = built["internal"]["text"]
    assert f"Minnesanteckningar, STAR-teamets möte {TODAY.isoformat()}" in text
    assert built["team"] in text
    assert "Intern version" in text
    for phrase in ("Antaget som STAR-ärende", "Ärendebärare utsedd:", PERSONAL, OPEN_NOTE,
                   "Samordnaren", "Boka studiebesök", "2026-12-15", ADDENDUM,
                   "Tillägg efter justering", "Närvaro", "ersättare"):
        assert phrase in text, phrase
    for name in built["members"]:
        assert name in text, name
    assert f"Justerade {dt.date.today().isoformat()} av Karin Lund" in text
    assert "Ej justerade" not in text
    assert "✔" in text  # the decisions are ticked
    assert "Sida 1 av" in text


def test_the_steering_group_pdf_has_no_personal_data(built):
    text = built["steering"]["text"]
    content: MinutesContent = built["steering"]["content"]
    assert "Version för styrgruppen – utan personuppgifter" in text
    assert "Antaget som STAR-ärende" in text and OPEN_NOTE in text
    assert "Boka studiebesök" in text
    assert "svår diabetes" not in text
    assert "Rättelse" not in text and "Olle" not in text
    assert "tillägg gjort efter justering" in text  # told that there is one, not what it says
    assert built["people"]
    # Team members may be named (who does an action, who approved); participants never. A
    # surname a participant shares with a member is checked as a full name only.
    member_surnames = {name.split()[-1] for name in built["members"]}
    for first, last, pnr in built["people"]:
        assert f"{first} {last}" not in text
        assert last in member_surnames or last not in text
        for form in _personnummer_forms(pnr):
            assert form not in text
    for name in built["members"]:
        assert f"{name} (" not in text, name  # no attendance line per member
    assert content.attendance and all("närvarande" in line for line in content.attendance)
    for line in content.attendance:
        assert line in text
    assert "Justerade" in text and "Karin Lund" in text


def test_unapproved_minutes_say_so_and_long_minutes_paginate(tmp_path):
    items = [MinutesItem(f"Uppföljning 2026-{n:04d}", f"Anteckning nummer {n}.",
                         ["Nästa uppföljning 2027-01-12"], [f"Samordnaren: Ring {n}"])
             for n in range(1, 61)]
    c = MinutesContent(TODAY, steering_group=True, attendance=["AF: 2 närvarande, 0 frånvarande"],
                       items=items)
    out = minutes_pdf(c, "Bräcke STAR", tmp_path / "lång.pdf")
    reader = PdfReader(str(out))
    pages = len(reader.pages)
    assert pages >= 4
    texts = [p.extract_text() for p in reader.pages]
    for n, t in enumerate(texts, 1):
        assert f"Sida {n} av {pages}" in t
        assert "EJ JUSTERADE" in t  # the watermark on every page
    whole = " ".join(texts)
    assert "Ej justerade" in whole
    assert all(f"Ring {n}" in whole for n in range(1, 61))
    assert [f.name for f in tmp_path.iterdir()] == ["lång.pdf"]  # no temporary file left


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch, built):

    target = tmp_path / "minnesanteckningar.pdf"
    target.write_bytes(b"old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(pdf_common.os, "replace", boom)
    with pytest.raises(OSError):
        minutes_pdf(built["internal"]["content"], "Team", target)
    assert target.read_bytes() == b"old"
    assert [f.name for f in tmp_path.iterdir()] == ["minnesanteckningar.pdf"]


def test_an_action_line_splits_into_who_what_and_when():
    assert split_action("Samordnaren: Boka: rum (senast 2026-12-15)") == (
        "Samordnaren", "Boka: rum", "2026-12-15")
    assert split_action("Anna: Ring AF") == ("Anna", "Ring AF", "–")


# --- the command -------------------------------------------------------------------------------


def test_cli_minutes_writes_both_versions_and_audits(built, tmp_path, monkeypatch, capsys):
    path = tmp_path / "team.star"
    shutil.copy2(built["path"], path)
    monkeypatch.setenv("STAR_PASSPHRASE", DEMO_PASSPHRASE)
    internal = tmp_path / "intern.pdf"
    assert main(["minutes", str(path), "--meeting", TODAY.isoformat(),
                 "--out", str(internal)]) == 0
    assert str(internal) in capsys.readouterr().out
    assert PERSONAL in _pdf_text(internal)
    steering = tmp_path / "styrgrupp.pdf"
    assert main(["minutes", str(path), "--meeting", TODAY.isoformat(), "--out", str(steering),
                 "--steering-group"]) == 0
    text = _pdf_text(steering)
    assert "Version för styrgruppen" in text and "svår diabetes" not in text
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s:
            m = s.scalars(select(Meeting).where(Meeting.held_on == TODAY)).first()
            details = list(s.scalars(select(AuditEvent.detail).where(
                AuditEvent.action == AuditAction.EXPORTED, AuditEvent.entity == "meeting",
                AuditEvent.entity_id == m.id).order_by(AuditEvent.id)))
            assert details == ["minnesanteckningar pdf, intern",
                               "minnesanteckningar pdf, styrgrupp"]
    finally:
        tf.close()


def test_cli_minutes_without_a_meeting_on_the_day_exits_3(built, tmp_path, monkeypatch, capsys):
    path = tmp_path / "team.star"
    shutil.copy2(built["path"], path)
    monkeypatch.setenv("STAR_PASSPHRASE", DEMO_PASSPHRASE)
    out = tmp_path / "m.pdf"
    assert main(["minutes", str(path), "--meeting", "2026-11-22", "--out", str(out)]) == 3
    assert "Det finns inget möte den 2026-11-22" in capsys.readouterr().err
    assert not out.exists()
