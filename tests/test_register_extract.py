"""The register extract (art. 15) on a real encrypted team file: a participant taken through two
cases, a team meeting that decided on one and minutes addenda; every value stored about them is
in the PDF, nothing about the other participant is; an erased participant's extract says
"gallrad"; the export is audited; the person is found by personnummer or case number."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from star_desktop.cases import process
from star_desktop.cases.process import InterventionForm, ParticipantForm, RaiseForm
from star_desktop.dataprotection import extract as ex
from star_desktop.meetings import agenda as ag
from star_desktop.meetings import minutes as mn
from star_desktop.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    AuditAction,
    AuditEvent,
    Case,
    CaseKind,
    ClosureReason,
    Decision,
    DecisionKind,
    FollowUp,
    Gender,
    IncomeSource,
    Intervention,
    InterventionGroup,
    Meeting,
    Participant,
    Party,
    PartyKind,
    PlanningForm,
)
from star_desktop.storage.teamfile import TeamFile
from star_desktop.team import service as team_service
from star_desktop.validation import FieldErrors

from .conftest import ACTOR

D = dt.date.fromisoformat
TODAY = D("2025-09-01")
FIRST, LAST, PNR = "Zlatana", "Qvarnström", "198502141230"
OWN_WORDS = "Jag vill tillbaka till sågverket men ryggen värker"
FOLLOW_UP_NOTE = "Mår bättre efter kuratorskontakt i Hammarstrand"
CLOSURE_NOTE = "Flyttar till mostern i Trondheim"
RETURN_REASON = "Behöver först utredas av psykiatrin i Östersund"
MEETING_NOTE = "Zlatana berättade om smärtan och om sömnen"
ACTION = "Ringa vårdcentralen om intyget"
INTERVENTION = "Arbetsträning på sågverket i Bräcke"
OTHER_NOTE = "Den andra deltagarens anteckning om skulder"


def valid_pnr(born: dt.date, serial: int) -> str:
    """A valid personnummer (Luhn check digit), 12 digits."""
    base = f"{born:%y%m%d}{serial:03d}"
    total = 0
    for i, ch in enumerate(base):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return f"{born:%Y%m%d}{serial:03d}{(10 - total % 10) % 10}"


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space as one space (wrapped lines join)."""
    raw = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", raw)


def run(tf: TeamFile, step: Any, case_id: int, **kw: Any) -> Any:
    with tf.session() as s, s.begin():
        return step(s, s.get(Case, case_id), today=TODAY, **kw)


@pytest.fixture
def person(team_copy: TeamFile) -> dict:
    """Zlatana: one case through the whole process (decided at a team meeting), one returned;
    and another participant whose data must stay out of Zlatana's extract."""
    tf = team_copy
    assert valid_pnr(D("1985-02-14"), 123) == PNR
    with tf.session() as s, s.begin():
        af = team_service.party_of_kind(s, PartyKind.AF).id
        social = team_service.party_of_kind(s, PartyKind.MUNICIPALITY_SOCIAL).id
        health = team_service.party_of_kind(s, PartyKind.REGION_PRIMARY_CARE).id
        meeting = Meeting(held_on=D("2025-01-20"), starts_at=dt.time(9), ends_at=dt.time(12),
                          place="Kommunhuset, sal Storsjön")
        later = Meeting(held_on=D("2025-03-11"), starts_at=dt.time(9), ends_at=dt.time(12),
                        place="Kommunhuset")
        s.add_all([meeting, later])
        case = process.raise_case(s, RaiseForm(
            kind=CaseKind.JOINT_PLANNING, referring_party_id=af, referring_officer="Pia Persson",
            raised_on="2025-01-10", consent_form_received=True, consent_signed_on="2025-01-08",
            consent_own_words=OWN_WORDS, income_at_start=IncomeSource.SOCIAL_ASSISTANCE,
            years_on_support_at_start=4,
            participant=ParticipantForm(first_name=FIRST, last_name=LAST, personnummer=PNR,
                                        gender=Gender.WOMAN, municipality="Bräcke")),
            today=TODAY)
        other = process.raise_case(s, RaiseForm(
            kind=CaseKind.JOINT_PLANNING, referring_party_id=af, raised_on="2025-01-12",
            participant=ParticipantForm(first_name="Olof", last_name="Annansson",
                                        personnummer=valid_pnr(D("1970-06-01"), 555),
                                        gender=Gender.MAN)), today=TODAY)
        s.flush()
        item = ag.add_item(s, meeting, title=f"Nytt ärende {case.case_number}",
                           kind=AgendaKind.CASE, case_id=case.id)
        other_item = ag.add_item(s, meeting, title=f"Nytt ärende {other.case_number}",
                                 kind=AgendaKind.CASE, case_id=other.id)
        mn.set_notes(s, item, MEETING_NOTE, personal=True)
        mn.set_notes(s, other_item, OTHER_NOTE, personal=True)
        mn.add_action_item(s, item, who="Samordnaren", what=ACTION, due_on="2025-02-01")
        mn.decide(s, item, DecisionKind.ACCEPT, {})
        mn.decide(s, item, DecisionKind.CASE_CARRIER, {"party_id": social, "name": "Kim Ek"})
        mn.mark_held(s, meeting)
        mn.approve(s, meeting, approved_by="Karin Lund")
        ids = {"case": case.id, "other": other.id, "meeting": meeting.id, "later": later.id}
        numbers = {"case": case.case_number, "other": other.case_number}
    with tf.session() as s, s.begin():
        m = s.get(Meeting, ids["meeting"])
        mn.add_addendum(s, m, text=f"Rättelse: ärende {numbers['case']} antogs med Kim Ek "
                                   "som ärendebärare.", author="Anna")
        mn.add_addendum(s, m, text=f"Rättelse för {numbers['other']}: fel handläggare.",
                        author="Anna")
        mn.add_addendum(s, m, text="zlatana qvarnström var sjuk på mötet.", author="Bo")
    cid = ids["case"]
    run(tf, process.record_planning_meeting, cid, form=PlanningForm.SIP, on="2025-02-10")
    run(tf, process.record_plan, cid, on="2025-02-12", self_support_activity=True)
    with tf.session() as s, s.begin():
        process.add_intervention(s, s.get(Case, cid), InterventionForm(
            group=InterventionGroup.WORK, description=INTERVENTION, provider_party_id=health,
            started_on="2025-02-17", ended_on="2025-04-30"), today=TODAY)
        fu = s.scalars(select(FollowUp).where(FollowUp.case_id == cid)).one()
        process.record_follow_up(s, fu, on="2025-03-11", note=FOLLOW_UP_NOTE, today=TODAY)
        fu.meeting_id = ids["later"]  # made at the March meeting
    run(tf, process.close_case, cid, on="2025-05-05", reason=ClosureReason.OTHER,
        income_at_end=IncomeSource.SALARY, note=CLOSURE_NOTE)
    with tf.session() as s, s.begin():
        pid = s.get(Case, cid).participant_id
        again = process.raise_case(s, RaiseForm(
            kind=CaseKind.JOINT_PLANNING, participant_id=pid, referring_party_id=social,
            raised_on="2025-06-02"), today=TODAY)
        process.assess(s, again, on="2025-06-10", accepted=False, reason=RETURN_REASON,
                       today=TODAY)
        ids["again"], numbers["again"] = again.id, again.case_number
        ids["participant"] = pid
    return {"tf": tf, "ids": ids, "numbers": numbers}


def export(tf: TeamFile, pid: int, path: Path) -> ex.Extract:
    with tf.session() as s, s.begin():
        return ex.export_extract(s, pid, path, now=dt.datetime(2025, 9, 1, 8, tzinfo=dt.UTC))


def stored_values(tf: TeamFile, pid: int, case_ids: list[int]) -> list[str]:
    """Every value the file holds about the participant, as the extract prints it."""
    out: list[str] = []
    with tf.session() as s:
        p = s.get(Participant, pid)
        if p.identity is not None:
            i = p.identity
            out += [i.first_name, i.last_name, f"{i.personnummer[:8]}-{i.personnummer[8:]}"]
        out += [p.gender.label, str(p.birth_year), p.municipality, ex.show(p.created_at)]
        parties = dict(s.execute(select(Party.id, Party.name)).all())
        for cid in case_ids:
            case = s.get(Case, cid)
            for col in Case.__table__.columns:
                if col.key in ex.CASE_LINK_COLUMNS:
                    continue
                value = getattr(case, col.key)
                if col.key.endswith("_party_id"):
                    value = parties.get(value)
                if value not in (None, ""):
                    out.append(ex.show(value))
            for iv in s.scalars(select(Intervention).where(Intervention.case_id == cid)):
                out += [iv.group.label, iv.description, parties[iv.provider_party_id],
                        iv.started_on.isoformat(), iv.ended_on.isoformat()]
            for fu in s.scalars(select(FollowUp).where(FollowUp.case_id == cid)):
                out += [fu.due_on.isoformat()] + ([fu.progress_note] if fu.progress_note else [])
            for item in s.scalars(select(AgendaItem).where(AgendaItem.case_id == cid)):
                out += [item.title] + ([item.notes] if item.notes else [])
                out += [a.what for a in s.scalars(select(ActionItem).where(
                    ActionItem.agenda_item_id == item.id))]
            out += [d.summary for d in s.scalars(select(Decision).where(Decision.case_id == cid))]
        for ev in s.scalars(select(AuditEvent).where(
                (AuditEvent.participant_id == pid) | AuditEvent.case_id.in_(case_ids))):
            out += [ex.show(ev.at), ev.detail]
    return out


def test_every_case_column_has_a_swedish_label():
    columns = {c.key for c in Case.__table__.columns} - ex.CASE_LINK_COLUMNS
    assert columns == set(ex.CASE_LABELS)


def test_the_extract_holds_everything_stored_about_the_person(person, tmp_path):
    tf, ids, numbers = person["tf"], person["ids"], person["numbers"]
    out = tmp_path / "registerutdrag.pdf"
    # read before the export: its own audit event is written after the PDF
    values = stored_values(tf, ids["participant"], [ids["case"], ids["again"]])
    extract = export(tf, ids["participant"], out)
    assert extract.name == f"{FIRST} {LAST}" and not extract.erased
    assert extract.case_numbers == [numbers["case"], numbers["again"]]
    text = pdf_text(out)
    assert len(values) > 80
    missing = [v for v in values if re.sub(r"\s+", " ", v) not in text]
    assert missing == []
    for phrase in (ex.SUBTITLE, "Bräcke STAR", ACTOR, "Personuppgifter", "Ärenden (2)",
                   "Individens egna ord", "Skäl vid återvisning", "Teamets möten om ärendena (1)",
                   "Tillägg till minnesanteckningar (2)", "Kim Ek som ärendebärare",
                   "var sjuk på mötet", "Antaget som STAR-ärende", "2025-03-11",
                   "Sida 1 av", "19850214-1230", "60 månader"):
        assert phrase in text, phrase
    # nothing about the other participant or their case
    for phrase in ("Olof", "Annansson", OTHER_NOTE, "fel handläggare"):
        assert phrase not in text, phrase
    # the meeting mention names only this person's decisions
    [mention] = extract.meetings
    assert [d.split(":")[0] for d in mention.decisions] == ["Antaget", "Ärendebärare"]
    assert mention.action_items == [f"Samordnaren: {ACTION}, senast 2025-02-01"]


def test_the_export_is_audited_without_values(person, tmp_path):
    tf, ids = person["tf"], person["ids"]
    extract = export(tf, ids["participant"], tmp_path / "utdrag.pdf")
    with tf.session() as s:
        ev = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (ev.action, ev.entity, ev.entity_id, ev.participant_id, ev.actor) == (
            AuditAction.EXPORTED, "register_extract", ids["participant"], ids["participant"],
            ACTOR)
        assert ev.detail == (f"registerutdrag pdf, 2 ärenden, {len(extract.events)} "
                             "logghändelser")
        assert FIRST not in ev.detail and PNR[:8] not in ev.detail
    # the next extract lists the first one among the events
    second = export(tf, ids["participant"], tmp_path / "utdrag2.pdf")
    assert [e.entity for e in second.events].count("register_extract") == 1
    assert "Registerutdrag" in pdf_text(tmp_path / "utdrag2.pdf")
    assert list(tmp_path.glob(".*")) == []  # no temporary file left beside


def erase(tf: TeamFile, pid: int) -> None:
    """Retention's erasure of the participant's identifiers and personal texts."""
    from star_desktop.dataprotection import retention

    with tf.session() as s, s.begin():
        retention.erase_identifiers(s, pid, reason="gallring")


def test_an_erased_participant_s_extract_says_gallrad(person, tmp_path):
    tf, ids, numbers = person["tf"], person["ids"], person["numbers"]
    erase(tf, ids["participant"])
    with tf.session() as s:
        assert ex.display_name(s, ids["participant"]) == "(gallrad)"
    out = tmp_path / "gallrad.pdf"
    extract = export(tf, ids["participant"], out)
    assert extract.erased and extract.name == "(gallrad)"
    text = pdf_text(out)
    day = dt.date.today().isoformat()
    for phrase in ("(gallrad)", f"Namn och personnummer gallrade {day}", numbers["case"],
                   numbers["again"], "Kvinna", "1985", "Bräcke", INTERVENTION,
                   "Antaget som STAR-ärende", "Tillägg till minnesanteckningar (0)",
                   "Gallrad", "Deltagare"):  # the erasure itself is in the extract's log
        assert phrase in text, phrase
    for gone in (FIRST, LAST, PNR[:8], OWN_WORDS, FOLLOW_UP_NOTE, CLOSURE_NOTE, RETURN_REASON,
                 MEETING_NOTE, "Kim Ek som ärendebärare", "sjuk på mötet"):
        assert gone not in text, gone
    own_words = dict(extract.cases[0].fields)["Individens egna ord"]
    assert own_words == "(gallrad)"


def test_find_the_participant_by_personnummer_or_case_number(person):
    tf, ids, numbers = person["tf"], person["ids"], person["numbers"]
    pid = ids["participant"]
    with tf.session() as s:
        for typed in (PNR, "19850214-1230", "850214-1230", " 8502141230 "):
            assert ex.find_participant(s, typed) == pid, typed
        assert ex.find_participant(s, numbers["again"]) == pid
        assert ex.find_participant(s, f" {numbers['case']} ") == pid
        assert ex.find_participant(s, numbers["other"]) != pid
        assert ex.display_name(s, pid) == f"{FIRST} {LAST}"
        for typed, message in (
            ("", "Skriv ett personnummer eller ett ärendenummer."),
            ("2025-999", "Det finns inget ärende med numret 2025-999."),
            ("19850214-1231", "Personnumret är inte giltigt (kontrollsiffran eller datumet "
                              "stämmer inte)."),
            (valid_pnr(D("1990-01-01"), 42), "Ingen deltagare med det personnumret finns i "
                                             "teamfilen. (Efter gallring hittas en deltagare "
                                             "bara med ärendenumret.)"),
        ):
            with pytest.raises(FieldErrors) as ei:
                ex.find_participant(s, typed)
            assert ei.value.errors == {"who": message}, typed
    with tf.session() as s, s.begin():
        af = team_service.party_of_kind(s, PartyKind.AF).id
        general = process.raise_case(s, RaiseForm(
            kind=CaseKind.GENERAL_CONSULTATION, referring_party_id=af, raised_on="2025-02-01",
            subject="Hur samordnar vi stöd vid långvarig arbetslöshet?"), today=TODAY)
        number = general.case_number
    with tf.session() as s, pytest.raises(FieldErrors) as ei:
        ex.find_participant(s, number)
    assert "generell konsultation" in ei.value.errors["who"]
    erase(tf, pid)
    with tf.session() as s:
        assert ex.find_participant(s, numbers["case"]) == pid
        with pytest.raises(FieldErrors):
            ex.find_participant(s, PNR)


# --- the dialog ----------------------------------------------------------------------------------


def test_the_dialog_finds_the_person_and_saves_the_pdf(qtbot, person, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from star_desktop.ui.extract_dialog import ExtractDialog

    from .conftest import type_text

    tf, ids, numbers = person["tf"], person["ids"], person["numbers"]
    dlg = ExtractDialog(tf)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.save_button.isEnabled()
    type_text(qtbot, dlg.who, "2099-1")
    qtbot.keyClick(dlg.who, Qt.Key.Key_Return)
    message = dlg.findChild(QLabel, "error_who")
    assert message.isVisible() and message.text() == "Det finns inget ärende med numret 2099-1."
    assert not dlg.save_button.isEnabled() and dlg.participant_id is None
    dlg.who.clear()
    type_text(qtbot, dlg.who, "19850214-1230")
    qtbot.mouseClick(dlg.find_button, Qt.MouseButton.LeftButton)
    assert not message.isVisible()
    assert dlg.person.text() == f"{FIRST} {LAST} – ärenden: {numbers['case']}, {numbers['again']}"
    asked: list[str] = []

    def ask(suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "utdrag"  # as typed, without .pdf: the caller's dialog adds it

    monkeypatch.setattr(dlg, "ask_path", ask)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert asked == [f"registerutdrag {numbers['case']} {dt.date.today().isoformat()}.pdf"]
    assert FIRST not in asked[0]  # file names are listed and synced: no name in them
    saved = tmp_path / "utdrag"
    assert dlg.saved_path == saved and saved.exists()
    assert dlg.status.text() == f"Registerutdraget sparades i {saved}."
    assert f"{FIRST} {LAST}" in pdf_text(saved)
    with tf.session() as s:
        ev = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (ev.entity, ev.participant_id) == ("register_extract", ids["participant"])


def test_export_extract_for_a_chosen_participant(qtbot, person, tmp_path):
    from star_desktop.ui.extract_dialog import ExtractDialog, export_extract_for

    from .conftest import in_modal_dialog

    tf, ids = person["tf"], person["ids"]
    erase(tf, ids["participant"])
    seen: list[str] = []

    def act(dlg: ExtractDialog) -> None:
        seen.append(dlg.person.text())
        dlg.ask_path = lambda suggested: tmp_path / suggested
        dlg.save_button.click()
        seen.append(dlg.status.text())
        dlg.reject()

    problems = in_modal_dialog(ExtractDialog, act)
    path = export_extract_for(None, tf, ids["participant"])
    assert problems == []
    assert seen[0].startswith("(gallrad) – ärenden: ")
    assert path is not None and path.exists() and path.parent == tmp_path
    assert seen[1] == f"Registerutdraget sparades i {path}."
    assert "(gallrad)" in pdf_text(path)
    # closed without saving: nothing
    problems = in_modal_dialog(ExtractDialog, lambda dlg: dlg.reject())
    assert export_extract_for(None, tf, ids["participant"]) is None
    assert problems == []
