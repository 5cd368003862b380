"""The case list's search: filters and sort orders done in SQL, so 20,000 cases stay quick.

``search_ids`` answers a filter and a sort order with the matching case ids only (the list
keeps just the ids, as Anki's browser does); ``fetch_rows`` then reads the few rows on screen
in one query. Everything is SQLAlchemy Core: no ORM objects are built for a list.

What the search box understands (``CaseFilter.text``), any of:

- a name: every word must occur in the first or the last name ("anna", "karls", "anna
  karlsson", "Karlsson, Anna"); letters are matched without regard to case, Swedish å ä ö too
  ("åsa" finds "Åsa"), but å, ä and ö stay letters of their own ("asa" does not find "Åsa");
- a personnummer, with or without '-'/'+': 12 digits, 10 digits, or the start of either form
  (4 digits or more of the 12-digit form, such as the birth date 19811218 or the year 1981;
  6 digits or more of the 10-digit form, such as 811218);
- a case number or part of it ("2025-0014", "0014").

Sorting puts empty values (no participant, no carrier, no follow-up) last in both directions
and breaks ties on the case id, so the order is stable. Names sort by last name, then first
name, in Swedish alphabetical order (… x y z å ä ö).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
)

from ..models import (
    Case,
    CaseKind,
    CaseState,
    FollowUp,
    Gender,
    Participant,
    ParticipantIdentity,
    Party,
)
from ..validation import mask_personnummer

#: "due": an open follow-up falls due within this many days from today (today included).
DUE_WITHIN_DAYS = 14
#: Shown instead of a name when retention or a withdrawn consent has erased the identifiers.
ERASED_NAME = "(gallrad)"
#: At most this many ids in one IN (...) (SQLite allows 32,766 variables).
ID_CHUNK = 5_000

FollowUpFilter = Literal["due", "overdue"]

#: Sort keys: one per column of the case list.
SORT_KEYS = (
    "case_number",
    "name",
    "personnummer",
    "gender",
    "birth_year",
    "kind",
    "state",
    "referring_party",
    "carrier",
    "raised_on",
    "next_follow_up",
)

#: States in the order of the process (how the state column sorts), end states last.
STATE_ORDER = (
    CaseState.RAISED,
    CaseState.ACCEPTED,
    CaseState.WAITING,
    CaseState.PLANNED,
    CaseState.ONGOING,
    CaseState.CLOSED,
    CaseState.RETURNED,
    CaseState.CONSULTED,
)
KIND_ORDER = tuple(CaseKind)
GENDER_ORDER = tuple(Gender)

#: Letters that sort after z in Swedish, and letters that sort as another one; everything else
#: sorts by its code point after lower-casing (SQLite's lower() folds ASCII only, so the
#: capitals are listed too). The same table is used by the tests' oracle.
SWEDISH_SORT = {
    "Å": "{", "å": "{",
    "Ä": "|", "ä": "|", "Æ": "|", "æ": "|",
    "Ö": "}", "ö": "}", "Ø": "}", "ø": "}",
    "É": "e", "é": "e", "È": "e", "è": "e",
    "Ü": "y", "ü": "y",
    "Á": "a", "á": "a", "À": "a", "à": "a",
}


@dataclass
class CaseFilter:
    """What the list shows; an empty field or set means no limit on it."""

    text: str = ""
    states: set[CaseState] = field(default_factory=set)
    kinds: set[CaseKind] = field(default_factory=set)
    referring_party_id: int | None = None
    carrier_party_id: int | None = None
    #: Part of the case carrier's name (the officer, not the party).
    carrier_name: str = ""
    gender: Gender | None = None
    follow_up: FollowUpFilter | None = None
    #: The day "due" and "overdue" count from; None is the computer's today.
    today: dt.date | None = None

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.states or self.kinds or self.carrier_name.strip()
                    or self.referring_party_id is not None or self.carrier_party_id is not None
                    or self.gender is not None or self.follow_up is not None)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list, as shown (the personnummer masked)."""

    id: int
    case_number: str
    #: "First Last"; "" for a general consultation; ERASED_NAME when the identity is erased.
    name: str
    #: "A. K." (for presentation mode); "" when there is no name.
    initials: str
    #: Masked, 19811218-XXXX; "" when none is kept.
    personnummer: str
    gender: Gender | None
    birth_year: int | None
    kind: CaseKind
    state: CaseState
    referring_party: str
    carrier_party: str
    carrier_name: str
    raised_on: dt.date
    #: The earliest follow-up not yet made, or None.
    next_follow_up: dt.date | None
    overdue: bool
    participant_id: int | None = None
    identity_erased: bool = False


# --- tables -------------------------------------------------------------------------------------

_c = Case.__table__
_p = Participant.__table__
_pi = ParticipantIdentity.__table__
_fu = FollowUp.__table__
_party = Party.__table__
_rp = _party.alias("referring_party")
_cp = _party.alias("carrier_party")


def _next_due_subquery() -> Any:
    """case_id → the earliest due date of a follow-up not yet made."""
    return (
        select(_fu.c.case_id, func.min(_fu.c.due_on).label("due_on"))
        .where(_fu.c.done_on.is_(None))
        .group_by(_fu.c.case_id)
        .subquery("next_follow_up")
    )


# --- text matching ------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """NFC (macOS may type å as a + ring) and single spaces."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_folded(column: Any, needle: str) -> ColumnElement[bool]:
    """``needle`` occurs in ``column``, regardless of case (Swedish letters included).

    SQLite's LIKE folds ASCII only. So the needle is lower-cased here, and for each non-ASCII
    letter in it the column's capital of that letter is replaced by the small one first: "åsa"
    searches replace(name, 'Å', 'å') LIKE '%åsa%'. A handful of REPLACE calls at most, in C.
    """
    low = needle.lower()
    expr = column
    for ch in sorted(set(low)):
        if ord(ch) < 128:
            continue
        up = ch.upper()
        if up != ch and len(up) == 1:
            expr = func.replace(expr, up, ch)
    return expr.like(f"%{_escape_like(low)}%", escape="\\")


def _pnr_digits(text: str) -> str | None:
    """The digits of a personnummer-like text ("19811218-1234", "811218"), else None."""
    s = re.sub(r"[\s\-+]", "", text)
    return s if s.isdigit() else None


def _text_condition(text: str) -> ColumnElement[bool]:
    words = [w for w in re.split(r"[\s,]+", text) if w]
    conditions: list[ColumnElement[bool]] = []
    if words:
        conditions.append(and_(*(
            or_(contains_folded(_pi.c.first_name, w), contains_folded(_pi.c.last_name, w))
            for w in words
        )))
    conditions.append(contains_folded(_c.c.case_number, text))
    digits = _pnr_digits(text)
    if digits is not None:
        if len(digits) == 12:
            conditions.append(_pi.c.personnummer == digits)
        elif len(digits) >= 4:
            # GLOB is case-sensitive, so SQLite can use the personnummer index for the prefix
            conditions.append(_pi.c.personnummer.op("GLOB")(digits + "*"))
        if 6 <= len(digits) <= 10:
            conditions.append(func.substr(_pi.c.personnummer, 3).op("GLOB")(digits + "*"))
    return or_(*conditions)


# --- sorting ------------------------------------------------------------------------------------


def swedish_sort_key(text: str | None) -> str:
    """The Python twin of swedish_key(): the same key SQLite computes, for ranks and tests."""
    s = text or ""
    return "".join(ch.lower() if ch.isascii() else ch for ch in s).translate(_SWEDISH_TABLE)


_SWEDISH_TABLE = str.maketrans(SWEDISH_SORT)


def swedish_key(column: Any) -> Any:
    """A sort key for ``column`` in Swedish alphabetical order, case-insensitive.

    SQLite's lower() folds ASCII only, so the letters of SWEDISH_SORT are replaced one by one;
    REPLACE is not free, so only values with a character outside printable ASCII pay for it.
    """
    expr = func.lower(column)
    for src, dst in SWEDISH_SORT.items():
        expr = func.replace(expr, src, dst)
    return case((column.op("GLOB")("*[^ -~]*"), expr), else_=func.lower(column))


def _order_case(column: Any, order: Sequence[Any] | dict[Any, int]) -> Any:
    ranks = order if isinstance(order, dict) else {m: i for i, m in enumerate(order)}
    if not ranks:
        return literal(0)
    return case(ranks, value=column, else_=len(ranks))


def party_ranks(conn: Any) -> dict[int, int]:
    """party id → its place when the parties' names are sorted in Swedish order.

    Sorting 20,000 cases by a party's name then costs a CASE on the id, not a string key.
    """
    rows = conn.execute(select(_party.c.id, _party.c.name)).all()
    ordered = sorted(rows, key=lambda r: (swedish_sort_key(r.name), r.id))
    return {r.id: i for i, r in enumerate(ordered)}


def _sort_terms(sort: str, nf: Any, ranks: dict[int, int]) -> list[tuple[Any, bool]]:
    """(expression, follows the direction) pairs; "missing" flags always sort ascending."""
    c = _c.c
    if sort == "case_number":
        # "2025-0014" by year, then by the running number's length (2025-10000 after 2025-9999)
        return [(func.substr(c.case_number, 1, 5), True), (func.length(c.case_number), True),
                (c.case_number, True)]
    if sort == "name":
        return [(_pi.c.participant_id.is_(None), False), (swedish_key(_pi.c.last_name), True),
                (swedish_key(_pi.c.first_name), True)]
    if sort == "personnummer":
        return [(_pi.c.personnummer.is_(None), False), (_pi.c.personnummer, True)]
    if sort == "gender":
        return [(_p.c.gender.is_(None), False), (_order_case(_p.c.gender, GENDER_ORDER), True)]
    if sort == "birth_year":
        return [(_p.c.birth_year.is_(None), False), (_p.c.birth_year, True)]
    if sort == "kind":
        return [(_order_case(c.kind, KIND_ORDER), True)]
    if sort == "state":
        return [(_order_case(c.state, STATE_ORDER), True)]
    if sort == "referring_party":
        return [(_order_case(c.referring_party_id, ranks), True)]
    if sort == "carrier":
        return [(c.carrier_party_id.is_(None), False),
                (_order_case(c.carrier_party_id, ranks), True),
                (c.carrier_name == "", False), (swedish_key(c.carrier_name), True)]
    if sort == "raised_on":
        return [(c.raised_on, True)]
    if sort == "next_follow_up":
        return [(nf.c.due_on.is_(None), False), (nf.c.due_on, True)]
    raise ValueError(f"unknown sort key {sort!r}; one of {', '.join(SORT_KEYS)}")


# --- search -------------------------------------------------------------------------------------


def _needs(f: CaseFilter, sort: str) -> tuple[bool, bool]:
    """Whether the search must join the identity and the participant tables."""
    identity = bool(f.text.strip()) or sort in ("name", "personnummer")
    participant = f.gender is not None or sort in ("gender", "birth_year")
    return identity, participant


def build_search(f: CaseFilter, sort: str = "raised_on", descending: bool = False,
                 ranks: dict[int, int] | None = None) -> Select:
    """The SELECT of matching case ids in list order (exposed for EXPLAIN and the benchmark).

    ``ranks`` (from party_ranks) is needed to sort by a party.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; one of {', '.join(SORT_KEYS)}")
    c = _c.c
    today = f.day()
    need_identity, need_participant = _needs(f, sort)
    src: Any = _c
    if need_identity:
        src = src.outerjoin(_pi, _pi.c.participant_id == c.participant_id)
    if need_participant:
        src = src.outerjoin(_p, _p.c.id == c.participant_id)
    nf = None
    if sort == "next_follow_up":
        nf = _next_due_subquery()
        src = src.outerjoin(nf, nf.c.case_id == c.id)

    where: list[ColumnElement[bool]] = []
    text = normalise_text(f.text)
    if text:
        where.append(_text_condition(text))
    if f.states:
        where.append(c.state.in_(sorted(CaseState(s) for s in f.states)))
    if f.kinds:
        where.append(c.kind.in_(sorted(CaseKind(k) for k in f.kinds)))
    if f.referring_party_id is not None:
        where.append(c.referring_party_id == f.referring_party_id)
    if f.carrier_party_id is not None:
        where.append(c.carrier_party_id == f.carrier_party_id)
    carrier_name = normalise_text(f.carrier_name)
    if carrier_name:
        where.append(contains_folded(c.carrier_name, carrier_name))
    if f.gender is not None:
        where.append(_p.c.gender == Gender(f.gender))
    if f.follow_up is not None:
        # Not correlated: the few open follow-ups are read once through ix_follow_up_open_due
        # (a correlated EXISTS made SQLite walk that index once per case: seconds, not ms).
        open_ = [_fu.c.done_on.is_(None)]
        if f.follow_up == "overdue":
            open_.append(_fu.c.due_on < today)
        elif f.follow_up == "due":
            open_ += [_fu.c.due_on >= today,
                      _fu.c.due_on <= today + dt.timedelta(days=DUE_WITHIN_DAYS)]
        else:
            raise ValueError(f"unknown follow-up filter {f.follow_up!r}")
        where.append(c.id.in_(select(_fu.c.case_id).where(*open_)))

    order = []
    if sort in ("referring_party", "carrier") and ranks is None:
        raise ValueError("sorting by a party needs its ranks (party_ranks)")
    for expr, follows in _sort_terms(sort, nf, ranks or {}):
        order.append(expr.desc() if descending and follows else expr.asc())
    order.append(c.id.desc() if descending else c.id.asc())
    return select(c.id).select_from(src).where(*where).order_by(*order)


def search_ids(conn_or_session: Any, f: CaseFilter, sort: str = "raised_on",
               descending: bool = False) -> list[int]:
    """The ids of the cases matching ``f``, in list order. Takes a Connection or a Session."""
    ranks = party_ranks(conn_or_session) if sort in ("referring_party", "carrier") else None
    stmt = build_search(f, sort, descending, ranks)
    return list(conn_or_session.execute(stmt).scalars().all())


# --- rows ---------------------------------------------------------------------------------------


def rows_statement(ids: Sequence[int]) -> Select:
    """Everything a list line (or an exported line) shows, for a batch of case ids.

    The identity columns come unmasked (``first_name``, ``last_name``, ``personnummer``):
    fetch_rows masks them, the export decides by its privacy level.
    """
    c = _c.c
    # A derived table, not a correlated subquery: without ANALYZE statistics SQLite picks
    # ix_follow_up_open_due for the correlated form and walks every open follow-up per case.
    nf = _next_due_subquery()
    src = (
        _c.outerjoin(_p, _p.c.id == c.participant_id)
        .outerjoin(_pi, _pi.c.participant_id == c.participant_id)
        .join(_rp, _rp.c.id == c.referring_party_id)
        .outerjoin(_cp, _cp.c.id == c.carrier_party_id)
        .outerjoin(nf, nf.c.case_id == c.id)
    )
    return (
        select(
            c.id, c.case_number, c.kind, c.state, c.participant_id, c.raised_on, c.carrier_name,
            _p.c.gender, _p.c.birth_year, _p.c.identifiers_erased_at,
            _pi.c.participant_id.label("identity_id"), _pi.c.first_name, _pi.c.last_name,
            _pi.c.personnummer,
            _rp.c.name.label("referring_party"), _cp.c.name.label("carrier_party"),
            nf.c.due_on.label("next_follow_up"),
        )
        .select_from(src)
        .where(c.id.in_(list(ids)) if ids else false())
    )


def fetch_mappings(conn: Any, ids: Sequence[int]) -> dict[int, Any]:
    """Raw rows (unmasked) by case id, read in chunks that SQLite accepts."""
    out: dict[int, Any] = {}
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start:start + ID_CHUNK]
        for m in conn.execute(rows_statement(chunk)).mappings():
            out[m["id"]] = m
    return out


def full_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def initials_of(first: str | None, last: str | None) -> str:
    parts = [p for p in re.split(r"[\s\-]+", f"{first or ''} {last or ''}") if p]
    return " ".join(f"{p[0].upper()}." for p in parts)


def display_name(m: Any) -> str:
    """The name a list line shows: "" without a participant, ERASED_NAME when erased."""
    if m["participant_id"] is None:
        return ""
    if m["identity_id"] is None:
        return ERASED_NAME
    return full_name(m["first_name"], m["last_name"])


def to_row(m: Any, today: dt.date) -> CaseRow:
    erased = m["participant_id"] is not None and m["identity_id"] is None
    due = m["next_follow_up"]
    return CaseRow(
        id=m["id"],
        case_number=m["case_number"],
        name=display_name(m),
        initials="" if erased else initials_of(m["first_name"], m["last_name"]),
        personnummer=mask_personnummer(m["personnummer"]),
        gender=m["gender"],
        birth_year=m["birth_year"],
        kind=m["kind"],
        state=m["state"],
        referring_party=m["referring_party"] or "",
        carrier_party=m["carrier_party"] or "",
        carrier_name=m["carrier_name"] or "",
        raised_on=m["raised_on"],
        next_follow_up=due,
        overdue=due is not None and due < today,
        participant_id=m["participant_id"],
        identity_erased=erased,
    )


def fetch_rows(conn: Any, ids: Sequence[int], *, today: dt.date | None = None
               ) -> dict[int, CaseRow]:
    """The list lines of ``ids`` (a visible block: one query), by id; unknown ids are absent."""
    day = today or dt.date.today()
    return {cid: to_row(m, day) for cid, m in fetch_mappings(conn, ids).items()}


def party_choices(conn: Any) -> list[tuple[int, str]]:
    """(id, name) of every party, in the team's order, for the filter combos."""
    rows = conn.execute(select(_party.c.id, _party.c.name)
                        .order_by(_party.c.sort_order, _party.c.id))
    return [(r.id, r.name) for r in rows]

