"""The people of the demo team: its members and officers, and the made-up participants.

``_MemberRows`` staffs the STAR team and the steering group (with a principal who left, a
substitute who was not replaced) and the officers who raise and carry cases. ``_People`` gives
each case a participant, sometimes one who comes back, with a unique, Luhn-checked
personnummer whose gender digit agrees with the participant's gender.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from typing import Any

from ..models import Body, Gender, Member, Participant, ParticipantIdentity, PartyKind
from . import names
from .constants import MUNICIPALITY, STEERING_ROSTER, TEAM_ROSTER
from .dates import _DAY, _age_on, _at, _years_before
from .odds import _GENDER_WEIGHTS, _cover, _weighted
from .simulation import _Sim
from .store import _RowStore

_P = PartyKind


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


class _MemberRows(_RowStore):
    """Members of the team and the steering group, and officers outside the team."""

    def staff_name(self, gender: Gender | None = None) -> tuple[str, Gender]:
        """A new, unique staff name (members and referring officers)."""
        rng = self.rng
        while True:
            g = gender or (Gender.WOMAN if rng.random() < 0.68 else Gender.MAN)
            first = rng.choice(names.WOMEN if g == Gender.WOMAN else names.MEN)
            name = f"{first} {rng.choice(names.LAST)}"
            if name not in self._used_names:
                self._used_names.add(name)
                return name, g

    def members(self) -> None:
        rng, today = self.rng, self.today
        first_meeting = self.cal.dates[0]
        self.team_principals = []
        self.substitute_of = {}
        self.officers = {k: [] for k in PartyKind}
        self._member_id = 0
        ended_principal = today - dt.timedelta(days=300)

        def member(name: str, gender: Gender, kind: PartyKind, function: str, body: Body,
                   active_from: dt.date, substitute_for: int | None = None,
                   active_to: dt.date | None = None, note: str = "") -> dict[str, Any]:
            self._member_id += 1
            phone = next(self._phones, None)
            row = {
                "id": self._member_id, "name": name, "party_id": self.party[kind],
                "function": function, "gender": gender,
                "email": f"{names.email_local(name)}@example.se",
                # PTS keeps 070-174 06 05 … 99 for fiction: these numbers reach nobody.
                "phone": f"070-174 06 {phone:02d}" if phone is not None else "",
                "body": body, "substitute_for_id": substitute_for,
                "active_from": active_from, "active_to": active_to, "note": note,
            }
            self.add(Member, row)
            return row

        def since() -> dt.date:
            return first_meeting - dt.timedelta(days=rng.randint(60, 1500))

        for kind, function, sub_function in TEAM_ROSTER:
            name, gender = self.staff_name()
            if kind == _P.AF:
                # The first Arbetsförmedlare left; the successor took over the next day.
                old_name, old_gender = name, gender
                predecessor = member(old_name, old_gender, kind, function, Body.TEAM, since(),
                                     active_to=ended_principal,
                                     note="Har bytt tjänst inom myndigheten.")
                self.team_principals.append(predecessor)  # attended the meetings of their time
                self.officers[kind].append(old_name)
                name, gender = self.staff_name()
                start = ended_principal + _DAY
            else:
                start = since()
            principal = member(name, gender, kind, function, Body.TEAM, start)
            sub_name, sub_gender = self.staff_name()
            sub = member(sub_name, sub_gender, kind, sub_function, Body.TEAM, since(),
                         substitute_for=principal["id"])
            self.team_principals.append(principal)
            self.substitute_of[principal["id"]] = sub
            self.officers[kind] += [name, sub_name]
            if function == "Samordnare STAR":
                self.coordinator = principal

        # A substitute in psychiatry who left and was not replaced (a staffing deviation).
        name, gender = self.staff_name()
        psych = next(p for p in self.team_principals
                     if p["party_id"] == self.party[_P.REGION_PSYCHIATRY])
        member(name, gender, _P.REGION_PSYCHIATRY, "Arbetsterapeut psykiatri", Body.TEAM,
               since(), substitute_for=psych["id"], active_to=today - dt.timedelta(days=480))

        for kind, function, sub_function in STEERING_ROSTER:
            name, gender = self.staff_name(Gender.WOMAN if rng.random() < 0.6 else Gender.MAN)
            head = member(name, gender, kind, function, Body.STEERING_GROUP, since())
            if sub_function:
                sub_name, sub_gender = self.staff_name()
                member(sub_name, sub_gender, kind, sub_function, Body.STEERING_GROUP, since(),
                       substitute_for=head["id"])

        # Officers outside the team who raise and carry cases.
        for kind in PartyKind:
            for _ in range(2):
                self.officers[kind].append(self.staff_name()[0])


class _People:
    """Participants and their identities; about one in ten comes back with a second case."""

    def __init__(self, builder: _RowStore, rng: random.Random) -> None:
        self.b = builder
        self.rng = rng
        self.births: list[dt.date] = []  # index = participant id - 1
        self.genders: list[Gender] = []
        self.first_raised: list[dt.date] = []
        self.case_count: list[int] = []
        self._ended: list[tuple[dt.date, int, int]] = []  # heap of (ended, order, pid)
        self._available: list[int] = []
        self._pnr: set[str] = set()

    def age_at(self, pid: int, day: dt.date) -> int:
        return _age_on(self.births[pid - 1], day)

    def assign(self, s: _Sim) -> int:
        rng = self.rng
        while self._ended and self._ended[0][0] + dt.timedelta(days=30) < s.raised_on:
            self._available.append(heapq.heappop(self._ended)[2])
        pid = None
        if self._available and rng.random() < 0.1:
            j = rng.randrange(len(self._available))
            cand = self._available[j]
            if self.age_at(cand, s.raised_on) <= 63:
                self._available[j] = self._available[-1]
                self._available.pop()
                pid = cand
        if pid is None:
            pid = self.new(s.raised_on)
        self.case_count[pid - 1] += 1
        ended = s.ended_on
        if ended is not None and self.case_count[pid - 1] == 1:
            heapq.heappush(self._ended, (ended, s.order, pid))
        return pid

    def new(self, raised_on: dt.date) -> int:
        rng = self.rng
        gender = _weighted(rng, _GENDER_WEIGHTS)
        age = min(63, int(rng.triangular(16, 64, 30)))
        latest = _years_before(raised_on, age)
        birth = latest - dt.timedelta(days=rng.randint(0, 364))
        self.births.append(birth)
        self.genders.append(gender)
        self.first_raised.append(raised_on)
        self.case_count.append(0)
        return len(self.births)

    def personnummer(self, birth: dt.date, gender: Gender) -> str:
        """12 digits, Luhn-checked; the gender digit is odd for men and even for women."""
        rng = self.rng
        while True:
            serial = rng.randint(0, 99)
            digit = rng.randrange(0, 10, 2)
            if gender == Gender.MAN:
                digit += 1
            elif gender == Gender.OTHER:
                digit = rng.randint(0, 9)
            nine = f"{birth:%y%m%d}{serial:02d}{digit}"
            pnr = f"{birth:%Y%m%d}{serial:02d}{digit}{_luhn_digit(nine)}"
            if pnr not in self._pnr:
                self._pnr.add(pnr)
                return pnr

    def finish(self) -> None:
        rng = self.rng
        if len(self.genders) >= 3 * len(Gender):
            _cover(rng, self.genders, list(Gender), list(range(len(self.genders))))
        for i, (birth, gender) in enumerate(zip(self.births, self.genders, strict=True)):
            pid = i + 1
            self.b.add(Participant, {
                "id": pid, "gender": gender, "birth_year": birth.year,
                "municipality": MUNICIPALITY, "created_at": _at(self.first_raised[i]),
                "identifiers_erased_at": None,
            })
            if gender == Gender.WOMAN:
                first = rng.choice(names.WOMEN)
            elif gender == Gender.MAN:
                first = rng.choice(names.MEN)
            else:
                first = rng.choice(names.WOMEN + names.MEN)
            self.b.add(ParticipantIdentity, {
                "participant_id": pid, "first_name": first, "last_name": rng.choice(names.LAST),
                "personnummer": self.personnummer(birth, gender),
            })
