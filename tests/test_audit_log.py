"""The audit log on real encrypted team files: append-only in the file itself, the filter (local
calendar days, kind, case, participant), keyset paging, and the export for the data-protection
officer (xlsx and PDF read back), which is itself audited."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import exc, func, insert, select

from star_desktop import audit, audit_export
from star_desktop.audit import AuditFilter
from star_desktop.cases import process
from star_desktop.cases.process import ParticipantForm, RaiseForm
from star_desktop.models import AuditAction, AuditEvent, CaseKind, Gender, PartyKind
from star_desktop.storage.teamfile import TeamFile
from star_desktop.team import service as team_service
from star_desktop.validation import FieldErrors

from .conftest import ACTOR

UTC = dt.UTC


@pytest.fixture
def stockholm(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer in Swedish time (CET/CEST), whatever the machine running the tests uses."""
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def raise_case(tf: TeamFile, first: str, last: str) -> tuple[int, int, str]:
    """A new joint-planning case for a new participant: (case id, participant id, number)."""
    with tf.session() as s, s.begin():
        af = team_service.party_of_kind(s, PartyKind.AF).id
        case = process.raise_case(s, RaiseForm(
            kind=CaseKind.JOINT_PLANNING, referring_party_id=af, raised_on="2025-01-10",
            participant=ParticipantForm(first_name=first, last_name=last, gender=Gender.MAN,
                                        birth_year=1980)), today=dt.date(2025, 6, 1))
        return case.id, case.participant_id, case.case_number


def add_event(tf: TeamFile, at: dt.datetime, action: AuditAction = AuditAction.CHANGED, *,
              detail: str = "", **kw: object) -> int:
    with tf.session() as s, s.begin():
        ev = audit.record(s, action, detail=detail, **kw)  # type: ignore[arg-type]
        ev.at = at
        s.flush()
        return ev.id


def all_ids(tf: TeamFile, f: AuditFilter) -> list[int]:
    with tf.session() as s:
        return [r.id for r in audit.iter_events(s, f)]


# --- append-only ---------------------------------------------------------------------------------


def test_the_file_refuses_to_update_or_delete_an_event(team_copy):
    tf = team_copy
    eid = add_event(tf, dt.datetime(2025, 3, 1, 9, tzinfo=UTC), detail="plats")
    with tf.connect() as conn:
        before = conn.exec_driver_sql("SELECT * FROM audit_event WHERE id = ?", (eid,)).one()
        total = conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar()
    for sql, words in (
        ("UPDATE audit_event SET detail = 'ändrad i efterhand' WHERE id = ?", "kan inte ändras"),
        ("UPDATE audit_event SET actor = 'någon annan' WHERE id = ?", "kan inte ändras"),
        ("DELETE FROM audit_event WHERE id = ?", "kan inte raderas"),
    ):
        with tf.connect() as conn, pytest.raises(exc.DBAPIError) as ei:
            conn.exec_driver_sql(sql, (eid,))
            conn.commit()
        assert words in str(ei.value.orig)
    with tf.connect() as conn, pytest.raises(exc.DBAPIError):
        conn.exec_driver_sql("DELETE FROM audit_event")
        conn.commit()
    # nor through the ORM, the way a careless service would try
    with pytest.raises(exc.DBAPIError), tf.session() as s, s.begin():
        s.get(AuditEvent, eid).detail = "ny text"
    with pytest.raises(exc.DBAPIError), tf.session() as s, s.begin():
        s.delete(s.get(AuditEvent, eid))
    with tf.connect() as conn:
        assert conn.exec_driver_sql("SELECT * FROM audit_event WHERE id = ?",
                                    (eid,)).one() == before
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() == total
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    # and adding goes on as before
    add_event(tf, dt.datetime(2025, 3, 2, 9, tzinfo=UTC))
    with tf.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() == total + 1


# --- the filter ----------------------------------------------------------------------------------


def test_days_are_local_calendar_days_both_ends_included(team_copy, stockholm):
    tf = team_copy
    # Stockholm is UTC+1 in winter and UTC+2 from 2025-03-30 02:00 (summer time).
    times = {
        "feb28_late": dt.datetime(2025, 2, 28, 22, 59, 59, tzinfo=UTC),  # 23:59:59 on the 28th
        "mar1_first": dt.datetime(2025, 2, 28, 23, 0, 0, tzinfo=UTC),  # 00:00:00 on 1 March
        "mar1_last": dt.datetime(2025, 3, 1, 22, 59, 59, tzinfo=UTC),  # 23:59:59 on 1 March
        "mar2_first": dt.datetime(2025, 3, 1, 23, 0, 0, tzinfo=UTC),
        "mar30_summer": dt.datetime(2025, 3, 30, 21, 59, 59, tzinfo=UTC),  # 23:59:59 CEST
        "mar31_summer": dt.datetime(2025, 3, 30, 22, 0, 0, tzinfo=UTC),  # 00:00:00 CEST
    }
    ids = {k: add_event(tf, at, detail=k) for k, at in times.items()}

    def details(**kw: object) -> list[str]:
        with tf.session() as s:
            f = AuditFilter(**kw)  # type: ignore[arg-type]
            return sorted(r.detail for r in audit.iter_events(s, f) if r.id in ids.values())

    day = dt.date(2025, 3, 1)
    assert details(date_from=day, date_to=day) == ["mar1_first", "mar1_last"]
    assert details(date_to=dt.date(2025, 2, 28)) == ["feb28_late"]
    assert details(date_from=dt.date(2025, 3, 2), date_to=dt.date(2025, 3, 30)) == [
        "mar2_first", "mar30_summer"]
    assert details(date_from=dt.date(2025, 3, 31)) == ["mar31_summer"]
    with tf.session() as s:
        rows = {r.detail: r for r in audit.iter_events(s, AuditFilter())}
        assert rows["mar1_first"].local_time == "2025-03-01 00:00:00"
        assert rows["mar30_summer"].local_time == "2025-03-30 23:59:59"
        assert rows["mar31_summer"].local_time == "2025-03-31 00:00:00"
        assert audit.count_events(s, AuditFilter(date_from=day, date_to=day)) == 2


def test_filter_by_kind_case_and_participant(team_copy):
    tf = team_copy
    case_a, person_a, number_a = raise_case(tf, "Ante", "Andersson")
    case_b, _person_b, _number_b = raise_case(tf, "Bodil", "Berg")
    t = dt.datetime(2025, 4, 1, 8, tzinfo=UTC)
    printed = add_event(tf, t, AuditAction.PRINTED, entity="meeting", entity_id=3,
                        case_id=case_a, detail="kallelse")
    extract = add_event(tf, t, AuditAction.EXPORTED, entity="register_extract",
                        participant_id=person_a)
    other = add_event(tf, t, AuditAction.PRINTED, case_id=case_b)
    with tf.session() as s:
        raised_a = s.scalars(select(AuditEvent.id).where(AuditEvent.case_id == case_a,
                                                         AuditEvent.action == AuditAction.CREATED)
                             ).all()
    assert raised_a  # raising the case was audited
    printed_all = all_ids(tf, AuditFilter(action=AuditAction.PRINTED))
    assert sorted(printed_all) == sorted([printed, other])
    assert set(all_ids(tf, AuditFilter(case_id=case_a))) == {printed, *raised_a}
    assert set(all_ids(tf, AuditFilter(participant_id=person_a))) == {printed, extract,
                                                                     *raised_a}
    assert all_ids(tf, AuditFilter(action=AuditAction.PRINTED, case_id=case_a)) == [printed]
    with tf.session() as s:
        [row] = audit.fetch_events(s, AuditFilter(action=AuditAction.PRINTED, case_id=case_a))
        assert (row.case_number, row.action_label, row.entity_label, row.entity_id,
                row.actor, row.detail) == (number_a, "Utskriven", "Möte", 3, ACTOR, "kallelse")
        [ex] = audit.fetch_events(s, AuditFilter(action=AuditAction.EXPORTED,
                                                 participant_id=person_a))
        assert (ex.entity_label, ex.case_number, ex.participant_id) == (
            "Registerutdrag", "", person_a)


def test_every_entity_the_app_names_has_a_swedish_label():
    import re

    root = Path(audit.__file__).parent
    used = set()
    for path in root.rglob("*.py"):
        used |= set(re.findall(r'entity="([a-z_0-9]+)"', path.read_text(encoding="utf-8")))
        used |= set(re.findall(r'^ENTITY = "([a-z_0-9]+)"', path.read_text(encoding="utf-8"),
                               re.MULTILINE))
    assert {"case", "team_file", "meeting", "audit_log", "register_extract"} <= used
    missing = sorted(used - set(audit.ENTITY_LABELS))
    assert missing == []
    assert audit.entity_label("four_r") == "4R-analys"
    assert audit.entity_label("something_new") == "something_new"


def test_parse_filter_messages(team_copy):
    tf = team_copy
    _cid, _pid, number = raise_case(tf, "Cecilia", "Ceder")
    with tf.session() as s:
        with pytest.raises(FieldErrors) as ei:
            audit.parse_filter(s, date_from="2025-13-01", date_to="1 mars",
                               case_number="1999-999")
        assert ei.value.errors == {
            "date_from": "2025-13-01 är inget giltigt datum.",
            "date_to": "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-14.",
            "case_number": "Det finns inget ärende med numret 1999-999.",
        }
        with pytest.raises(FieldErrors) as ei:
            audit.parse_filter(s, date_from="2025-03-10", date_to="2025-03-01")
        assert ei.value.errors == {"date_to": "Till-datumet ligger före från-datumet."}
        with pytest.raises(FieldErrors) as ei:
            audit.parse_filter(s, action="nonsense")
        assert set(ei.value.errors) == {"action"}
        f = audit.parse_filter(s, date_from=" 2025-03-01 ", action="printed",
                               case_number=f" {number} ")
        assert f.date_from == dt.date(2025, 3, 1) and f.date_to is None
        assert f.action == AuditAction.PRINTED and f.case_number == number
        assert f.case_id == _cid
        assert f.describe() == f"från och med 2025-03-01; händelse: Utskriven; ärende {number}"
        assert audit.parse_filter(s) == AuditFilter()
        assert AuditFilter().describe() == "alla datum; alla händelser"


def test_keyset_pages_cover_the_log_once_newest_first(team_copy):
    tf = team_copy
    base = dt.datetime(2025, 1, 1, tzinfo=UTC)
    with tf.session() as s, s.begin():
        # 1,000 events, many sharing a second, so the id breaks the ties between pages
        s.execute(insert(AuditEvent), [
            dict(at=base + dt.timedelta(seconds=i // 3), actor=ACTOR, action=AuditAction.OPENED,
                 entity="team_file", detail="") for i in range(1_000)])
    f = AuditFilter(action=AuditAction.OPENED)
    with tf.session() as s:
        total = audit.count_events(s, f)
        assert total == 1_000
        seen: list[tuple[dt.datetime, int]] = []
        after = None
        pages = 0
        while True:
            rows = audit.fetch_events(s, f, limit=128, after=after)
            pages += 1
            seen += [r.key for r in rows]
            if len(rows) < 128:
                break
            after = rows[-1].key
        assert pages == 8
        assert len(seen) == len(set(seen)) == 1_000
        assert seen == sorted(seen, reverse=True)
        expected = s.execute(select(AuditEvent.at, AuditEvent.id)
                             .where(AuditEvent.action == AuditAction.OPENED)
                             .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())).all()
        assert seen == [tuple(r) for r in expected]


# --- the export ----------------------------------------------------------------------------------


@pytest.fixture
def logged(team_copy) -> tuple[TeamFile, dict]:
    """A team file with a case and a few events of March 2025 of different kinds."""
    tf = team_copy
    cid, pid, number = raise_case(tf, "Dagny", "Dahl")
    t = dt.datetime(2025, 3, 10, 12, tzinfo=UTC)
    events = {
        "printed": add_event(tf, t, AuditAction.PRINTED, entity="meeting", entity_id=7,
                             case_id=cid, detail="kallelse utskrift"),
        "changed": add_event(tf, t + dt.timedelta(hours=1), AuditAction.CHANGED, entity="case",
                             entity_id=cid, case_id=cid, participant_id=pid,
                             detail="schema 0001 → 0003"),
        "formula": add_event(tf, t + dt.timedelta(hours=2), AuditAction.CHANGED,
                             entity="setting", detail="=HYPERLINK(\"x\")"),
        "april": add_event(tf, dt.datetime(2025, 4, 2, 9, tzinfo=UTC), AuditAction.OPENED,
                           entity="team_file"),
    }
    return tf, {"case_id": cid, "participant_id": pid, "number": number, "events": events}


def last_event(tf: TeamFile) -> AuditEvent:
    with tf.session() as s:
        return s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()


def test_export_xlsx_reads_back_and_is_audited(logged, tmp_path):
    tf, d = logged
    march = AuditFilter(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31))
    out = tmp_path / "logg.xlsx"
    with tf.session() as s, s.begin():
        n = audit.export_log(s, march, out, now=dt.datetime(2025, 5, 1, 10, tzinfo=UTC))
    assert n == 3
    ws = load_workbook(out)["Logg"]
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    assert values[0][0] == audit_export.TITLE
    facts = {row[0]: row[1] for row in values[1:8] if row and row[0]}
    assert facts["Team"] == "Bräcke STAR"
    assert facts["Urval"] == "2025-03-01 – 2025-03-31; alla händelser"
    assert facts["Exporterad av"] == ACTOR
    assert facts["Exporterad"] == audit.local_text(dt.datetime(2025, 5, 1, 10, tzinfo=UTC))
    assert facts["Antal händelser"] == "3"
    assert any(row and row[0] == audit_export.NOTE for row in values)
    head = values.index(["Tid", "Vem", "Händelse", "Vad", "Post-nr", "Ärende", "Deltagare",
                         "Detaljer"])
    assert ws.freeze_panes == f"A{head + 2}"
    rows = values[head + 1:]
    assert [r[7] for r in rows] == ['=HYPERLINK("x")', "schema 0001 → 0003",
                                    "kallelse utskrift"]  # newest first
    formula_cell = ws.cell(head + 2, 8)
    assert formula_cell.data_type == "s"  # stays text, never a formula
    changed = rows[1]
    at = dt.datetime(2025, 3, 10, 13, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert changed == [at, ACTOR, "Ändrad", "Ärende", d["case_id"], d["number"],
                       d["participant_id"], "schema 0001 → 0003"]
    assert rows[2][2:6] == ["Utskriven", "Möte", 7, d["number"]]
    ev = last_event(tf)
    assert (ev.action, ev.entity, ev.actor) == (AuditAction.EXPORTED, "audit_log", ACTOR)
    assert ev.detail == "logg xlsx, 3 händelser, från 2025-03-01, till 2025-03-31"
    assert ev.case_id is None and ev.participant_id is None


def test_export_pdf_of_one_case_reads_back_and_is_audited(logged, tmp_path):
    tf, d = logged
    with tf.session() as s:
        f = audit.parse_filter(s, case_number=d["number"])
    out = tmp_path / "logg.pdf"
    with tf.session() as s, s.begin():
        n = audit.export_log(s, f, out)
    with tf.session() as s:
        assert n == audit.count_events(s, f) - 1  # the export's own event came after
    reader = PdfReader(str(out))
    text = " ".join((p.extract_text() or "").replace("\n", " ") for p in reader.pages)
    for phrase in (audit_export.TITLE, "Bräcke STAR", f"alla datum; alla händelser; ärende "
                   f"{d['number']}", ACTOR, "inga namn eller personnummer", "kallelse utskrift",
                   "schema 0001 -> 0003", "Utskriven", "Möte", "Sida 1 av 1"):
        assert phrase in text, phrase
    assert "HYPERLINK" not in text  # the setting's event is about no case
    assert reader.metadata.title == audit_export.TITLE
    ev = last_event(tf)
    assert (ev.action, ev.entity, ev.case_id) == (AuditAction.EXPORTED, "audit_log",
                                                  d["case_id"])
    assert ev.detail == f"logg pdf, {n} händelser, ett ärende"
    assert d["number"] not in ev.detail


def test_a_pdf_too_long_is_refused_before_anything_is_written(logged, tmp_path, monkeypatch):
    tf, _d = logged
    monkeypatch.setattr(audit, "PDF_MAX_EVENTS", 2)
    out = tmp_path / "logg.pdf"
    with tf.session() as s:
        events_before = s.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(FieldErrors) as ei, tf.session() as s, s.begin():
        audit.export_log(s, AuditFilter(), out)
    assert "spara som xlsx" in ei.value.errors["format"]
    assert list(tmp_path.glob("logg*")) == []
    with tf.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events_before
    with pytest.raises(ValueError), tf.session() as s, s.begin():
        audit.export_log(s, AuditFilter(), tmp_path / "logg.csv")


def test_pdf_text_keeps_what_helvetica_can_show():
    assert audit_export.pdf_text("Åsa Öberg – 5 €") == "Åsa Öberg – 5 €"
    assert audit_export.pdf_text("Łukasz Świątek → ok") == "Lukasz Swiatek -> ok"
