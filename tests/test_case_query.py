"""The case list's SQL search and the xlsx export, checked against a plain-Python oracle.

One 300-case demo team is generated per module (a real encrypted file). A few participants are
then given what the generator never makes: Swedish capitals to fold, an erased identity, no
personnummer, and a name that looks like a spreadsheet formula. Every filter and sort order of
``cases.query`` must give exactly what the oracle, written over ORM-loaded cases, gives.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from star_desktop.cases import query
from star_desktop.cases.export import columns, export_case_list
from star_desktop.cases.query import CaseFilter, fetch_rows, search_ids
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.models import (
    Case,
    CaseKind,
    CaseState,
    FollowUp,
    Gender,
    Participant,
    ParticipantIdentity,
    Party,
)
from star_desktop.storage.teamfile import TeamFile, open_team_file

TODAY = dt.date(2026, 11, 23)
FORMULA_NAME = "=1+1"


# --- the team and the oracle --------------------------------------------------------------------


@dataclass
class Known:
    """What the oracle knows of one case, loaded through the ORM."""

    id: int
    case_number: str
    kind: CaseKind
    state: CaseState
    participant_id: int | None
    first: str | None
    last: str | None
    pnr: str | None
    gender: Gender | None
    birth_year: int | None
    referring_party_id: int
    referring_party: str
    carrier_party_id: int | None
    carrier_party: str | None
    carrier_name: str
    raised_on: dt.date
    open_due: list[dt.date]

    @property
    def has_identity(self) -> bool:
        return self.first is not None

    @property
    def next_due(self) -> dt.date | None:
        return min(self.open_due) if self.open_due else None


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamFile]:
    path = tmp_path_factory.mktemp("cases") / "demo-300.star"
    generate_demo(path, cases=300, seed=2, today=TODAY)
    tf = open_team_file(path, actor="t", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    with tf.session() as s, s.begin():
        pids = list(s.scalars(
            select(Case.participant_id).where(Case.participant_id.is_not(None))
            .order_by(Case.id).distinct()))
        ident = {i.participant_id: i for i in s.scalars(select(ParticipantIdentity))}
        # Swedish capitals and a compound name
        ident[pids[0]].first_name, ident[pids[0]].last_name = "Åsa", "Öberg-Ängström"
        ident[pids[1]].first_name, ident[pids[1]].last_name = "ÄRLA", "ÖSTLUND"
        ident[pids[2]].first_name, ident[pids[2]].last_name = "Örjan", "Zetterberg"
        # erased by retention: no identity row any more
        s.delete(ident[pids[3]])
        s.get(Participant, pids[3]).identifiers_erased_at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        # no personnummer given
        ident[pids[4]].personnummer = None
        # typed as a formula: must stay text in a spreadsheet
        ident[pids[5]].first_name = FORMULA_NAME
        # the demo's open follow-ups are all past by its today: make a few fall due soon
        open_ = s.scalars(select(FollowUp).where(FollowUp.done_on.is_(None))
                          .order_by(FollowUp.id)).all()
        for f, days in zip(open_[::3], (0, 3, 7, 14, 15, 30), strict=False):
            f.due_on = TODAY + dt.timedelta(days=days)
    yield tf
    tf.close()


@pytest.fixture(scope="module")
def cases(team: TeamFile) -> list[Known]:
    with team.session() as s:
        loaded = s.scalars(select(Case).options(
            selectinload(Case.participant).selectinload(Participant.identity),
            selectinload(Case.referring_party), selectinload(Case.carrier_party),
            selectinload(Case.follow_ups))).all()
        out = []
        for c in loaded:
            p = c.participant
            i = p.identity if p is not None else None
            out.append(Known(
                c.id, c.case_number, c.kind, c.state, c.participant_id,
                i.first_name if i else None, i.last_name if i else None,
                i.personnummer if i else None,
                p.gender if p else None, p.birth_year if p else None,
                c.referring_party_id, c.referring_party.name, c.carrier_party_id,
                c.carrier_party.name if c.carrier_party else None, c.carrier_name, c.raised_on,
                [f.due_on for f in c.follow_ups if f.done_on is None]))
        return out


@pytest.fixture(scope="module")
def party_ids(team: TeamFile) -> list[int]:
    with team.session() as s:
        return list(s.scalars(select(Party.id).order_by(Party.id)))


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", text) if w]


def oracle_text(o: Known, raw: str) -> bool:
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    if not text:
        return True
    words = _words(text)
    if o.has_identity and words and all(
            w.lower() in o.first.lower() or w.lower() in o.last.lower() for w in words):
        return True
    if text.lower() in o.case_number.lower():
        return True
    digits = re.sub(r"[\s\-+]", "", text)
    if digits.isdigit() and o.pnr:
        if len(digits) == 12 and o.pnr == digits:
            return True
        if 4 <= len(digits) < 12 and o.pnr.startswith(digits):
            return True
        if 6 <= len(digits) <= 10 and o.pnr[2:].startswith(digits):
            return True
    return False


def oracle_match(o: Known, f: CaseFilter) -> bool:
    today = f.today or dt.date.today()
    if not oracle_text(o, f.text):
        return False
    if f.states and o.state not in f.states:
        return False
    if f.kinds and o.kind not in f.kinds:
        return False
    if f.referring_party_id is not None and o.referring_party_id != f.referring_party_id:
        return False
    if f.carrier_party_id is not None and o.carrier_party_id != f.carrier_party_id:
        return False
    name = " ".join(f.carrier_name.split())
    if name and name.lower() not in o.carrier_name.lower():
        return False
    if f.gender is not None and o.gender != f.gender:
        return False
    if f.follow_up == "overdue" and not any(d < today for d in o.open_due):
        return False
    return f.follow_up != "due" or any(
        today <= d <= today + dt.timedelta(days=14) for d in o.open_due)


_SV = {"å": chr(ord("z") + 1), "ä": chr(ord("z") + 2), "ö": chr(ord("z") + 3)}


def sv(s: str | None) -> str:
    """Swedish order for the letters in the data: a–z, then å, ä, ö; case-insensitive."""
    return "".join(_SV.get(ch.lower(), ch.lower()) for ch in s or "")


STATE_ORDER = [CaseState.RAISED, CaseState.ACCEPTED, CaseState.WAITING, CaseState.PLANNED,
               CaseState.ONGOING, CaseState.CLOSED, CaseState.RETURNED, CaseState.CONSULTED]


def oracle_terms(o: Known, sort: str, party_rank: dict[int, int]) -> list[tuple[object, bool]]:
    """(value, follows the direction): the oracle's view of the documented sort orders."""
    if sort == "case_number":
        return [(o.case_number[:5], True), (len(o.case_number), True), (o.case_number, True)]
    if sort == "name":
        return [(not o.has_identity, False), (sv(o.last), True), (sv(o.first), True)]
    if sort == "personnummer":
        return [(o.pnr is None, False), (o.pnr or "", True)]
    if sort == "gender":
        return [(o.gender is None, False), (list(Gender).index(o.gender) if o.gender else 0, True)]
    if sort == "birth_year":
        return [(o.birth_year is None, False), (o.birth_year or 0, True)]
    if sort == "kind":
        return [(list(CaseKind).index(o.kind), True)]
    if sort == "state":
        return [(STATE_ORDER.index(o.state), True)]
    if sort == "referring_party":
        return [(party_rank[o.referring_party_id], True)]
    if sort == "carrier":
        return [(o.carrier_party_id is None, False),
                (party_rank.get(o.carrier_party_id, 0), True),
                (o.carrier_name == "", False), (sv(o.carrier_name), True)]
    if sort == "raised_on":
        return [(o.raised_on, True)]
    if sort == "next_follow_up":
        return [(o.next_due is None, False), (o.next_due or dt.date.min, True)]
    raise AssertionError(sort)


def oracle_ids(cases: list[Known], f: CaseFilter, sort: str, descending: bool) -> list[int]:
    names = {o.referring_party_id: o.referring_party for o in cases}
    names.update({o.carrier_party_id: o.carrier_party for o in cases if o.carrier_party_id})
    party_rank = {pid: i for i, pid in enumerate(sorted(names, key=lambda p: (sv(names[p]), p)))}

    def cmp(a: Known, b: Known) -> int:
        for (va, follows), (vb, _f) in zip(oracle_terms(a, sort, party_rank),
                                           oracle_terms(b, sort, party_rank), strict=True):
            if va != vb:
                r = -1 if va < vb else 1
                return -r if descending and follows else r
        r = -1 if a.id < b.id else (1 if a.id > b.id else 0)
        return -r if descending else r

    return [o.id for o in sorted((o for o in cases if oracle_match(o, f)),
                                 key=functools.cmp_to_key(cmp))]


def ids_of(team: TeamFile, f: CaseFilter, sort: str = "raised_on",
           descending: bool = False) -> list[int]:
    with team.connect() as conn:
        return search_ids(conn, f, sort, descending)


def matching(cases: list[Known], f: CaseFilter) -> set[int]:
    return {o.id for o in cases if oracle_match(o, f)}


# --- the fixture is what the tests need ---------------------------------------------------------


def test_the_team_has_every_kind_of_case_the_filters_need(cases: list[Known]) -> None:
    assert len(cases) == 300
    assert {o.state for o in cases} == set(CaseState)
    assert {o.kind for o in cases} == set(CaseKind)
    assert any(o.participant_id is None for o in cases)  # general consultations
    assert any(o.participant_id is not None and not o.has_identity for o in cases)  # erased
    assert any(o.has_identity and o.pnr is None for o in cases)
    assert matching(cases, CaseFilter(follow_up="due", today=TODAY))
    assert matching(cases, CaseFilter(follow_up="overdue", today=TODAY))


# --- each filter alone --------------------------------------------------------------------------


def test_no_filter_lists_every_case(team: TeamFile, cases: list[Known]) -> None:
    assert sorted(ids_of(team, CaseFilter())) == sorted(o.id for o in cases)


@pytest.mark.parametrize("state", list(CaseState))
def test_state_filter(team: TeamFile, cases: list[Known], state: CaseState) -> None:
    f = CaseFilter(states={state})
    assert set(ids_of(team, f)) == matching(cases, f) != set()


def test_several_states(team: TeamFile, cases: list[Known]) -> None:
    f = CaseFilter(states={CaseState.WAITING, CaseState.PLANNED, CaseState.ONGOING})
    assert set(ids_of(team, f)) == matching(cases, f)


@pytest.mark.parametrize("kind", list(CaseKind))
def test_kind_filter(team: TeamFile, cases: list[Known], kind: CaseKind) -> None:
    f = CaseFilter(kinds={kind})
    assert set(ids_of(team, f)) == matching(cases, f) != set()


def test_party_filters(team: TeamFile, cases: list[Known], party_ids: list[int]) -> None:
    seen_referring = seen_carrier = 0
    for pid in party_ids:
        f = CaseFilter(referring_party_id=pid)
        got = set(ids_of(team, f))
        assert got == matching(cases, f)
        seen_referring += bool(got)
        f = CaseFilter(carrier_party_id=pid)
        got = set(ids_of(team, f))
        assert got == matching(cases, f)
        seen_carrier += bool(got)
    assert seen_referring >= 3 and seen_carrier >= 3


def test_carrier_name_filter_is_a_case_insensitive_substring(team: TeamFile,
                                                             cases: list[Known]) -> None:
    name = next(o.carrier_name for o in cases if o.carrier_name)
    for needle in (name, name.upper(), name.split()[-1][1:4].lower()):
        f = CaseFilter(carrier_name=needle)
        assert set(ids_of(team, f)) == matching(cases, f) != set()


@pytest.mark.parametrize("gender", list(Gender))
def test_gender_filter(team: TeamFile, cases: list[Known], gender: Gender) -> None:
    f = CaseFilter(gender=gender)
    got = set(ids_of(team, f))
    assert got == matching(cases, f) != set()
    assert all(o.participant_id is not None for o in cases if o.id in got)


@pytest.mark.parametrize("which", ["due", "overdue"])
def test_follow_up_filters(team: TeamFile, cases: list[Known], which: str) -> None:
    for today in (TODAY, TODAY - dt.timedelta(days=40), TODAY + dt.timedelta(days=20)):
        f = CaseFilter(follow_up=which, today=today)  # type: ignore[arg-type]
        assert set(ids_of(team, f)) == matching(cases, f)


def test_due_means_within_14_days_from_today_and_overdue_before_today(
        team: TeamFile, cases: list[Known]) -> None:
    o = next(o for o in cases if len(o.open_due) == 1)
    due = o.open_due[0]
    for today, expect_due, expect_overdue in (
            (due - dt.timedelta(days=15), False, False),
            (due - dt.timedelta(days=14), True, False),
            (due, True, False),
            (due + dt.timedelta(days=1), False, True)):
        due_ids = ids_of(team, CaseFilter(follow_up="due", today=today))
        overdue_ids = ids_of(team, CaseFilter(follow_up="overdue", today=today))
        assert (o.id in due_ids) == expect_due, today
        assert (o.id in overdue_ids) == expect_overdue, today


# --- the search box -----------------------------------------------------------------------------


def _one_with_identity(cases: list[Known], index: int = 10) -> Known:
    return [o for o in cases if o.has_identity and o.pnr and o.first != FORMULA_NAME][index]


def test_search_by_first_last_and_full_name(team: TeamFile, cases: list[Known]) -> None:
    o = _one_with_identity(cases)
    for text in (o.first, o.last, f"{o.first} {o.last}", f"{o.last}, {o.first}",
                 f"  {o.first.lower()}   {o.last.upper()} ", o.last[1:5]):
        got = ids_of(team, CaseFilter(text=text))
        assert o.id in got, text
        assert set(got) == matching(cases, CaseFilter(text=text)), text


def test_search_folds_swedish_letters_but_keeps_them_apart_from_a_and_o(
        team: TeamFile, cases: list[Known]) -> None:
    asa = next(o for o in cases if o.first == "Åsa")
    arla = next(o for o in cases if o.first == "ÄRLA")
    for text in ("åsa", "ÅSA", "Åsa öberg", "öberg-ängström", "ÄNGSTRÖM"):
        assert asa.id in ids_of(team, CaseFilter(text=text)), text
    for text in ("ärla", "Ärla Östlund", "östlund"):
        assert arla.id in ids_of(team, CaseFilter(text=text)), text
    assert asa.id not in ids_of(team, CaseFilter(text="asa oberg"))
    # typed in decomposed form (a + combining ring, as some keyboards send it)
    assert asa.id in ids_of(team, CaseFilter(text=unicodedata.normalize("NFD", "åsa")))


@pytest.mark.parametrize("form", ["12", "12-", "10", "10-", "date8", "date6", "year"])
def test_search_by_personnummer_forms(team: TeamFile, cases: list[Known], form: str) -> None:
    o = _one_with_identity(cases, 20)
    p = o.pnr
    text = {"12": p, "12-": f"{p[:8]}-{p[8:]}", "10": p[2:], "10-": f"{p[2:8]}-{p[8:]}",
            "date8": p[:8], "date6": p[2:8], "year": p[:4]}[form]
    got = ids_of(team, CaseFilter(text=text))
    assert o.id in got
    assert set(got) == matching(cases, CaseFilter(text=text))
    if form in ("12", "12-", "10", "10-"):
        assert {x.pnr for x in cases if x.id in got} == {p}


def test_search_by_case_number(team: TeamFile, cases: list[Known]) -> None:
    o = cases[123]
    assert ids_of(team, CaseFilter(text=o.case_number)) == [o.id]
    tail = o.case_number.split("-")[1]
    got = ids_of(team, CaseFilter(text=tail))
    assert o.id in got and set(got) == matching(cases, CaseFilter(text=tail))


def test_search_treats_like_wildcards_as_text(team: TeamFile, cases: list[Known]) -> None:
    assert ids_of(team, CaseFilter(text="%")) == []
    assert ids_of(team, CaseFilter(text="_")) == []


def test_erased_and_general_consultations_are_not_found_by_name(team: TeamFile,
                                                                cases: list[Known]) -> None:
    erased = next(o for o in cases if o.participant_id is not None and not o.has_identity)
    assert erased.id not in ids_of(team, CaseFilter(text="gallrad"))
    assert ids_of(team, CaseFilter(text=erased.case_number)) == [erased.id]


# --- combined filters ---------------------------------------------------------------------------


def test_combined_filters(team: TeamFile, cases: list[Known], party_ids: list[int]) -> None:
    o = next(o for o in cases if o.state == CaseState.ONGOING and o.carrier_party_id
             and o.gender is not None)
    f = CaseFilter(text=o.last, states={CaseState.ONGOING, CaseState.PLANNED},
                   kinds={o.kind}, referring_party_id=o.referring_party_id,
                   carrier_party_id=o.carrier_party_id, carrier_name=o.carrier_name[:3],
                   gender=o.gender, today=TODAY)
    got = ids_of(team, f)
    assert o.id in got and set(got) == matching(cases, f)
    f.follow_up = "overdue"
    assert set(ids_of(team, f)) == matching(cases, f)


# --- sorting ------------------------------------------------------------------------------------


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", query.SORT_KEYS)
def test_every_sort_key_orders_as_documented(team: TeamFile, cases: list[Known], sort: str,
                                             descending: bool) -> None:
    f = CaseFilter(today=TODAY)
    assert ids_of(team, f, sort, descending) == oracle_ids(cases, f, sort, descending)


def test_name_order_is_swedish(team: TeamFile, cases: list[Known]) -> None:
    by_id = {o.id: o for o in cases}
    names = [by_id[i].last for i in ids_of(team, CaseFilter(), "name") if by_id[i].has_identity]
    zetterberg, oberg, ostlund = (names.index(n) for n in ("Zetterberg", "Öberg-Ängström",
                                                          "ÖSTLUND"))
    assert zetterberg < oberg < ostlund  # Z before Ö, regardless of case
    assert names[-1].upper().startswith("Ö")
    # without a name (general consultations, erased) last, in both directions
    for desc in (False, True):
        ordered = ids_of(team, CaseFilter(), "name", desc)
        tail = [by_id[i].has_identity for i in ordered]
        assert tail == sorted(tail, reverse=True)


def test_unknown_sort_key_is_refused(team: TeamFile) -> None:
    with pytest.raises(ValueError):
        ids_of(team, CaseFilter(), "colour")


def test_search_takes_a_session_too(team: TeamFile) -> None:
    with team.session() as s:
        assert search_ids(s, CaseFilter(), "case_number") == ids_of(team, CaseFilter(),
                                                                    "case_number")


# --- random combinations against the oracle ----------------------------------------------------


@st.composite
def filters(draw: st.DrawFn, cases: list[Known], party_ids: list[int]) -> CaseFilter:
    people = [o for o in cases if o.has_identity]
    someone = draw(st.sampled_from(people))
    numbered = draw(st.sampled_from(cases))
    text = draw(st.sampled_from([
        "", "", "", someone.first, someone.last.lower(), f"{someone.first} {someone.last}",
        someone.last[:3], someone.pnr or "", (someone.pnr or "")[:8], (someone.pnr or "")[2:],
        numbered.case_number, numbered.case_number[-3:], "åsa", "ÖST", "sson", "an", "19",
    ]))
    carrier_names = sorted({o.carrier_name for o in cases if o.carrier_name})
    return CaseFilter(
        text=text,
        states=draw(st.sets(st.sampled_from(list(CaseState)), max_size=3)),
        kinds=draw(st.sets(st.sampled_from(list(CaseKind)), max_size=2)),
        referring_party_id=draw(st.none() | st.sampled_from(party_ids)),
        carrier_party_id=draw(st.none() | st.sampled_from(party_ids)),
        carrier_name=draw(st.sampled_from(["", ""] + [n[:4] for n in carrier_names[:5]])),
        gender=draw(st.none() | st.sampled_from(list(Gender))),
        follow_up=draw(st.sampled_from([None, None, "due", "overdue"])),
        today=draw(st.sampled_from([TODAY, TODAY - dt.timedelta(days=60)])),
    )


def test_random_filter_combinations_match_the_oracle(team: TeamFile, cases: list[Known],
                                                     party_ids: list[int]) -> None:
    @settings(max_examples=30, deadline=None)
    @given(f=filters(cases, party_ids), sort=st.sampled_from(query.SORT_KEYS),
           descending=st.booleans())
    def check(f: CaseFilter, sort: str, descending: bool) -> None:
        assert ids_of(team, f, sort, descending) == oracle_ids(cases, f, sort, descending)

    check()


# --- rows ---------------------------------------------------------------------------------------


def test_fetch_rows_returns_exactly_the_asked_ids(team: TeamFile, cases: list[Known]) -> None:
    ids = ids_of(team, CaseFilter(), "name")[37:137]
    with team.connect() as conn:
        rows = fetch_rows(conn, ids, today=TODAY)
        assert set(rows) == set(ids)
        assert fetch_rows(conn, [], today=TODAY) == {}
        assert set(fetch_rows(conn, [ids[0], 999_999], today=TODAY)) == {ids[0]}


def test_rows_show_what_the_list_needs(team: TeamFile, cases: list[Known]) -> None:
    with team.connect() as conn:
        rows = fetch_rows(conn, [o.id for o in cases], today=TODAY)
    for o in cases:
        r = rows[o.id]
        assert (r.case_number, r.kind, r.state, r.raised_on) == (
            o.case_number, o.kind, o.state, o.raised_on)
        assert r.gender == o.gender and r.birth_year == o.birth_year
        assert r.referring_party == o.referring_party
        assert r.carrier_party == (o.carrier_party or "") and r.carrier_name == o.carrier_name
        assert r.next_follow_up == o.next_due
        assert r.overdue == (o.next_due is not None and o.next_due < TODAY)
        if o.participant_id is None:
            assert (r.name, r.personnummer, r.initials) == ("", "", "")
        elif not o.has_identity:
            assert r.name == "(gallrad)" and r.personnummer == "" and r.identity_erased
        else:
            assert r.name == f"{o.first} {o.last}"
            assert r.personnummer == (f"{o.pnr[:8]}-XXXX" if o.pnr else "")
            assert o.pnr is None or not r.personnummer.endswith(o.pnr[8:])
    asa = next(o for o in cases if o.first == "Åsa")
    assert rows[asa.id].initials == "Å. Ö. Ä."


# --- export -------------------------------------------------------------------------------------


def _cells(path: Path) -> list[tuple]:
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Ärenden"]
    return [tuple(r) for r in wb.active.iter_rows(values_only=True)]


def _all_text(path: Path) -> str:
    """Every string in the workbook's XML parts (cells, shared strings, properties)."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_export_case_privacy_has_no_names_or_personnummer(team: TeamFile, cases: list[Known],
                                                          tmp_path: Path) -> None:
    ids = ids_of(team, CaseFilter(), "name")
    path = tmp_path / "lista.xlsx"
    with team.connect() as conn:
        assert export_case_list(conn, ids, path, today=TODAY) == len(ids)
    rows = _cells(path)
    assert rows[0] == tuple(h for _k, h, _w in columns("case"))
    assert "Födelseår" not in rows[0] and "Personnummer" not in rows[0]
    by_number = {o.case_number: o for o in cases}
    assert [by_number[r[0]].id for r in rows[1:]] == ids
    staff = {o.carrier_name for o in cases}
    everything = _all_text(path)
    for o in cases:
        if o.pnr:
            for form in (o.pnr, o.pnr[2:], f"{o.pnr[:8]}-{o.pnr[8:]}", f"{o.pnr[2:8]}-"):
                assert form not in everything
        if o.has_identity and f"{o.first} {o.last}" not in staff:
            assert f"{o.first} {o.last}" not in everything
            assert f">{o.last}<" not in everything
    assert not list(tmp_path.glob(".*tmp"))  # no temporary file left


def test_export_full_privacy_has_names_and_personnummer(team: TeamFile, cases: list[Known],
                                                        tmp_path: Path) -> None:
    ids = ids_of(team, CaseFilter(states={CaseState.ONGOING}), "case_number", True)
    path = tmp_path / "full.xlsx"
    with team.connect() as conn:
        export_case_list(conn, ids, path, privacy="full", today=TODAY)
    rows = _cells(path)
    header = rows[0]
    assert header[:6] == ("Ärendenummer", "Förnamn", "Efternamn", "Personnummer", "Kön",
                          "Födelseår")
    assert len(rows) == len(ids) + 1
    by_id = {o.id: o for o in cases}
    col = {h: i for i, h in enumerate(header)}
    for cid, r in zip(ids, rows[1:], strict=True):
        o = by_id[cid]
        assert r[0] == o.case_number
        if o.has_identity:
            assert (r[1], r[2]) == (o.first, o.last)
            assert r[3] == (f"{o.pnr[:8]}-{o.pnr[8:]}" if o.pnr else None)
        assert r[col["Födelseår"]] == o.birth_year
        raised = r[col["Aktualiserat"]]
        assert isinstance(raised, dt.datetime) and raised.date() == o.raised_on


def test_export_initials_and_dates_as_real_dates(team: TeamFile, cases: list[Known],
                                                 tmp_path: Path) -> None:
    asa = next(o for o in cases if o.first == "Åsa")
    erased = next(o for o in cases if o.participant_id is not None and not o.has_identity)
    with_due = next(o for o in cases if o.next_due)
    ids = [asa.id, erased.id, with_due.id]
    path = tmp_path / "initialer.xlsx"
    with team.connect() as conn:
        export_case_list(conn, ids, path, privacy="initials", today=TODAY)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header[1:3] == ["Initialer", "Kön"] and "Födelseår" in header
    assert "Personnummer" not in header and "Förnamn" not in header
    assert ws.cell(2, 2).value == "Å. Ö. Ä."
    assert ws.cell(3, 2).value == "(gallrad)"
    raised = ws.cell(2, header.index("Aktualiserat") + 1)
    assert raised.is_date and raised.number_format == "YYYY-MM-DD"
    due = ws.cell(4, header.index("Nästa uppföljning") + 1)
    assert due.is_date and due.value.date() == with_due.next_due
    assert ws.freeze_panes == "A2"


def test_export_keeps_formula_like_names_as_text(team: TeamFile, cases: list[Known],
                                                 tmp_path: Path) -> None:
    o = next(o for o in cases if o.first == FORMULA_NAME)
    path = tmp_path / "formel.xlsx"
    with team.connect() as conn:
        export_case_list(conn, [o.id], path, privacy="full", today=TODAY)
    cell = openpyxl.load_workbook(path).active.cell(2, 2)
    assert cell.value == FORMULA_NAME and cell.data_type == "s"
    assert "<f>" not in _all_text(path)


def test_export_replaces_a_file_whole_or_not_at_all(team: TeamFile, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "lista.xlsx"
    path.write_bytes(b"old")
    import openpyxl.workbook.workbook as wbmod

    def broken_save(self: object, filename: str) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(wbmod.Workbook, "save", broken_save)
    with team.connect() as conn, pytest.raises(OSError):
        export_case_list(conn, ids_of(team, CaseFilter())[:5], path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["lista.xlsx"]


def test_export_refuses_an_unknown_privacy_level(team: TeamFile, tmp_path: Path) -> None:
    with team.connect() as conn, pytest.raises(ValueError):
        export_case_list(conn, [1], tmp_path / "x.xlsx", privacy="some")
    assert not list(tmp_path.glob("*x.xlsx*"))


def test_importing_the_exporter_does_not_import_openpyxl() -> None:
    import subprocess
    import sys

    code = ("import sys, star_desktop.cases.export, star_desktop.cases.query; "
            "print('openpyxl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_follow_up_row_is_the_earliest_open_one(team: TeamFile) -> None:
    with team.session() as s:
        fu = s.scalars(select(FollowUp).where(FollowUp.done_on.is_(None))).first()
        assert fu is not None
        due = min(f.due_on for f in s.scalars(select(FollowUp).where(
            FollowUp.case_id == fu.case_id, FollowUp.done_on.is_(None))))
    with team.connect() as conn:
        assert fetch_rows(conn, [fu.case_id], today=TODAY)[fu.case_id].next_follow_up == due


def test_export_streams_the_sheet_beside_the_file_not_in_the_system_temp_folder(
        team: TeamFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl.worksheet import _writer

    def refuse(suffix: str = "") -> str:
        raise AssertionError("the sheet went to the system temp folder")

    monkeypatch.setattr(_writer, "create_temporary_file", refuse)
    folder = tmp_path / "ut"
    folder.mkdir()
    with team.connect() as conn:
        export_case_list(conn, ids_of(team, CaseFilter())[:20], folder / "a.xlsx", today=TODAY)
    assert [p.name for p in folder.iterdir()] == ["a.xlsx"]
