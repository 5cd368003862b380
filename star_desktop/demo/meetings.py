"""Meeting rows: the series, each meeting and who attended, and each agenda with its outcome.

Held meetings get attendance, minutes approved a week or two later, decisions on the cases
that came up and a few action items; the next meeting may already be called, later ones are
planned. Agendas are built after the cases, because which cases come up at a meeting follows
from the cases' dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceStatus,
    CaseKind,
    CaseState,
    Decision,
    DecisionKind,
    Meeting,
    MeetingSeries,
    MeetingState,
)
from . import names
from .constants import CASE_ITEMS_PER_MEETING, LINK, PLACE
from .dates import _at
from .simulation import _Sim
from .store import _RowStore


class _MeetingRows(_RowStore):
    """Meetings, attendance, agenda items, decisions and action items."""

    def meetings(self) -> None:
        rng, cal, today = self.rng, self.cal, self.today
        start, end = dt.time(9, 0), dt.time(12, 0)
        self.add(MeetingSeries, {
            "id": 1, "weekday": 1, "week_of_month": 2, "starts_at": start, "ends_at": end,
            "place": PLACE, "link": LINK, "first_on": cal.dates[0], "last_on": None,
        })
        self.meeting_id = {d: i + 1 for i, d in enumerate(cal.dates)}
        self.future_meetings = []
        principals = [p for p in self.team_principals if p is not self.coordinator]
        call_sent_given = False
        for i, day in enumerate(cal.dates):
            mid = i + 1
            state: MeetingState
            call_sent_at = approved_at = None
            approved_by = ""
            if i in cal.cancelled:
                state = MeetingState.CANCELLED
            elif day < today:
                call_sent_at = _at(day - dt.timedelta(days=7), 9)
                approval = day + dt.timedelta(days=rng.randint(4, 14))
                if approval <= today:
                    state, approved_at = MeetingState.MINUTES_APPROVED, _at(approval, 13)
                    approved_by = rng.choice([p for p in principals
                                              if p["active_from"] <= day
                                              and (p["active_to"] is None
                                                   or day <= p["active_to"])])["name"]
                else:
                    state = MeetingState.HELD
                self.attendance(mid, day)
            else:
                self.future_meetings.append(day)
                if not call_sent_given and (day - today).days <= 7:
                    state, call_sent_at = MeetingState.CALL_SENT, _at(
                        day - dt.timedelta(days=7), 9)
                else:
                    state = MeetingState.PLANNED
                call_sent_given = True
            self.add(Meeting, {
                "id": mid, "series_id": 1, "held_on": day, "starts_at": start, "ends_at": end,
                "place": PLACE, "link": LINK, "state": state, "call_sent_at": call_sent_at,
                "minutes_approved_at": approved_at, "approved_by": approved_by,
            })

    def attendance(self, meeting_id: int, day: dt.date) -> None:
        rng = self.rng
        for p in self.team_principals:
            if p["active_from"] > day or (p["active_to"] is not None and day > p["active_to"]):
                continue
            sub = self.substitute_of.get(p["id"])
            r = rng.random()
            status, sub_id = AttendanceStatus.PRESENT, None
            if p is self.coordinator:
                pass
            elif r < 0.13:
                sub_ok = sub is not None and sub["active_from"] <= day and (
                    sub["active_to"] is None or day <= sub["active_to"])
                if sub_ok and rng.random() < 0.55:
                    status, sub_id = AttendanceStatus.SUBSTITUTE_PRESENT, sub["id"]
                else:
                    status = AttendanceStatus.ABSENT
            self.add(Attendance, {"id": self._next("attendance"), "meeting_id": meeting_id,
                                  "member_id": p["id"], "status": status,
                                  "substitute_member_id": sub_id})

    # --- agendas ----------------------------------------------------------------------------------

    def agendas(self) -> None:
        """Standard agenda items, case items (capped per meeting), decisions and actions."""
        cal, today = self.cal, self.today
        events: dict[dt.date, list[tuple[int, int, _Sim]]] = {}
        # (priority, case id, sim): assessments, consultations, closures, then follow-ups.
        for cid, s in enumerate(self.sims, start=1):
            if s.assessed_on:
                events.setdefault(s.assessed_on, []).append((0, cid, s))
            if s.consulted_on:
                events.setdefault(s.consulted_on, []).append((1, cid, s))
            if s.closed_on:
                events.setdefault(s.closed_on, []).append((2, cid, s))
        for day, cids in self.follow_ups_done.items():
            for cid in cids:
                s = self.sims[cid - 1]
                if s.closed_on != day:
                    events.setdefault(day, []).append((3, cid, s))
        rows = self.case_rows
        raised_pending = [(1 if s.kind != CaseKind.JOINT_PLANNING else 0, cid, s)
                          for cid, s in enumerate(self.sims, start=1)
                          if s.state == CaseState.RAISED]
        for i, day in enumerate(cal.dates):
            if i in cal.cancelled:
                continue
            mid = self.meeting_id[day]
            held = day < today
            if held:
                case_items = sorted(events.get(day, []), key=lambda e: (e[0], e[1]))
            elif self.future_meetings and day == self.future_meetings[0]:
                case_items = sorted(raised_pending, key=lambda e: (e[0], e[1]))
            else:
                case_items = []
            self.agenda(mid, day, held, case_items[:CASE_ITEMS_PER_MEETING], rows)

    def agenda(self, mid: int, day: dt.date, held: bool,
               case_items: list[tuple[int, int, _Sim]], rows: list[dict[str, Any]]) -> None:
        rng = self.rng
        position = 0

        def item(kind: AgendaKind, title: str = "", minutes: int = 5, notes: str = "",
                 case_id: int | None = None) -> int:
            nonlocal position
            position += 1
            aid = self._next("agenda_item")
            self.add(AgendaItem, {
                "id": aid, "meeting_id": mid, "position": position, "kind": kind,
                "title": title or kind.label, "case_id": case_id, "planned_minutes": minutes,
                "notes": notes, "notes_personal": False,
            })
            return aid

        def cases_of(priorities: tuple[int, ...]) -> None:
            for prio, cid, s in case_items:
                if prio not in priorities:
                    continue
                row = rows[cid - 1]
                aid = item(AgendaKind.CASE, f"Ärende {row['case_number']}",
                           15 if prio == 1 else 10, case_id=cid)
                if held:
                    self.decisions(aid, cid, prio, s, row, day)

        item(AgendaKind.OPENING, minutes=10)
        item(AgendaKind.PREVIOUS_MINUTES)
        item(AgendaKind.NEW_CASES)
        cases_of((0,))
        item(AgendaKind.FOLLOW_UPS)
        cases_of((2, 3))
        item(AgendaKind.CONSULTATIONS)
        cases_of((1,))
        info = item(AgendaKind.PARTY_INFORMATION, minutes=20,
                    notes=rng.choice(names.PARTY_INFORMATION) if held else "")
        item(AgendaKind.DEVIATIONS)
        other = item(AgendaKind.OTHER_BUSINESS, minutes=10)
        nxt = self.cal.next_meeting_after(day)
        item(AgendaKind.NEXT_MEETING,
             notes=f"Nästa möte {nxt.isoformat()} kl. 09.00–12.00." if nxt else "")
        item(AgendaKind.CLOSING)
        if held:
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                self.action(rng.choice((info, other)), day, nxt)

    def decisions(self, aid: int, cid: int, prio: int, s: _Sim, row: dict[str, Any],
                  day: dt.date) -> None:
        def decide(kind: DecisionKind, summary: str) -> None:
            self.add(Decision, {"id": self._next("decision"), "agenda_item_id": aid,
                                "case_id": cid, "kind": kind, "summary": summary,
                                "created_at": _at(day, 10)})

        if prio == 0:
            if s.returned:
                decide(DecisionKind.RETURN, row["return_reason"])
                return
            decide(DecisionKind.ACCEPT, "Antas som STAR-ärende."
                   + (" Placeras i kö till planering." if s.queue_started_on else ""))
            if row["carrier_party_id"] is not None and not s.queue_started_on:
                decide(DecisionKind.CASE_CARRIER, f"Ärendebärare: {row['carrier_name']}.")
                decide(DecisionKind.PLANNING_FORM,
                       f"Planeringsmöte i form av {row['planning_form'].label}.")
        elif prio == 1:
            decide(DecisionKind.CONSULTED, "Teamet har gett råd; samordnaren återkopplar "
                   "till remittenten.")
        elif prio == 2:
            assert s.closure_reason is not None
            decide(DecisionKind.CLOSURE, f"Avslutas: {s.closure_reason.label}.")
        else:
            nxt = self.cal.months_later(day, 3)
            if nxt:
                decide(DecisionKind.NEXT_FOLLOW_UP, f"Nästa uppföljning {nxt.isoformat()}.")

    def action(self, aid: int, day: dt.date, nxt: dt.date | None) -> None:
        rng, today = self.rng, self.today
        active = [p for p in self.team_principals if p["active_from"] <= day
                  and (p["active_to"] is None or day <= p["active_to"])]
        due = nxt if nxt is not None and nxt <= today else None
        done = due if due is not None and rng.random() < 0.8 else None
        self.add(ActionItem, {"id": self._next("action_item"), "agenda_item_id": aid,
                              "who": rng.choice(active)["name"],
                              "what": rng.choice(names.ACTIONS), "due_on": due,
                              "done_on": done})

