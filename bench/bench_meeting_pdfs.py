"""Benchmark of the meeting call and minutes PDFs (issue 4) on the 20,000-case demo team.

A planned meeting's agenda is built and topped up to 40 case items, then call_pdf is timed at
each privacy level (median of several runs, after one warm-up that also imports reportlab; the
cold first call is printed separately). Then the meeting is minuted (attendance, a note on every
item, every other one personal, an action on every third, a next follow-up decided where the
process allows) and minutes_pdf is timed for the internal and the steering group's version.
Works on a copy of bench/demo-20000.star, which is generated if missing, so the shared demo file
is never changed. Target: < 1 s per PDF.

    .venv/bin/python bench/bench_meeting_pdfs.py [--runs 5] [--items 40]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo  # noqa: E402
from star_desktop.meetings import agenda as ag  # noqa: E402
from star_desktop.meetings import minutes as mn  # noqa: E402
from star_desktop.meetings.call import PRIVACY, call_content  # noqa: E402
from star_desktop.models import (  # noqa: E402
    AgendaItem,
    AgendaKind,
    AttendanceStatus,
    Body,
    Case,
    CaseState,
    DecisionKind,
    Meeting,
    MeetingState,
    Member,
)
from star_desktop.storage.teamfile import open_team_file  # noqa: E402
from star_desktop.team import service as team_service  # noqa: E402

DEMO = HERE / "demo-20000.star"
TARGET_S = 1.0


def _prepare(path: Path, items: int) -> tuple[int, int]:
    """Build a planned meeting's agenda and bring it to ``items`` case items (fewer are topped up
    with ongoing cases, more are cut down): (meeting id, case item count)."""
    tf = open_team_file(path, actor="bench", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s, s.begin():
            m = s.scalars(select(Meeting).where(Meeting.state == MeetingState.PLANNED)
                          .order_by(Meeting.held_on)).first()
            assert m is not None, "the demo team has no planned meeting"
            ag.build_agenda(s, m)
            case_items = [i for i in m.agenda_items if i.case_id is not None]
            if items and len(case_items) > items:
                # Keep ``items`` of them, taken in turn from each heading, so all are shown.
                by_heading: dict[AgendaKind, list[AgendaItem]] = {}
                under = ag.headings(list(m.agenda_items))
                for index, i in enumerate(m.agenda_items):
                    if i.case_id is not None:
                        by_heading.setdefault(under.get(index, AgendaKind.OTHER_BUSINESS),
                                              []).append(i)
                keep: list[AgendaItem] = []
                while len(keep) < items:
                    for group in by_heading.values():
                        if group and len(keep) < items:
                            keep.append(group.pop(0))
                drop = {id(i) for i in case_items} - {id(i) for i in keep}
                m.agenda_items[:] = [i for i in m.agenda_items if id(i) not in drop]
                for n, i in enumerate(m.agenda_items, 1):
                    i.position = n
            have = {i.case_id for i in m.agenda_items if i.case_id is not None}
            if len(have) < items:
                extra = s.scalars(select(Case).where(Case.state == CaseState.ONGOING,
                                                     Case.id.not_in(have or {0}))
                                  .order_by(Case.id).limit(items - len(have))).all()
                for c in extra:
                    m.agenda_items.append(AgendaItem(
                        kind=AgendaKind.CASE, case_id=c.id, position=len(m.agenda_items) + 1,
                        title=f"{ag.CASE_TITLES[AgendaKind.FOLLOW_UPS]} {c.case_number}",
                        planned_minutes=5))
            s.flush()
            count = sum(1 for i in m.agenda_items if i.case_id is not None)
            return m.id, count
    finally:
        tf.close()


def _minute(path: Path, meeting_id: int) -> tuple[int, int]:
    """Attendance, notes, actions and decisions on the meeting, then held: (notes, decisions)."""
    import datetime as dt

    tf = open_team_file(path, actor="bench", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s, s.begin():
            m = s.get(Meeting, meeting_id)
            for member in s.scalars(select(Member).where(Member.body == Body.TEAM,
                                                         Member.substitute_for_id.is_(None),
                                                         Member.active_to.is_(None))):
                mn.record_attendance(s, m, member.id, AttendanceStatus.PRESENT)
            notes = decisions = 0
            due = (m.held_on + dt.timedelta(days=42)).isoformat()
            for n, item in enumerate(m.agenda_items):
                if item.case_id is None:
                    continue
                mn.set_notes(s, item, f"Läget gicks igenom; insatserna löper enligt planen. "
                             f"Punkt {n} – nästa steg bestämdes.", personal=n % 2 == 0)
                notes += 1
                if n % 3 == 0:
                    mn.add_action_item(s, item, who="Samordnaren",
                                       what="Kontakta ärendebäraren om läget", due_on=due)
                try:
                    with s.begin_nested():
                        mn.decide(s, item, DecisionKind.NEXT_FOLLOW_UP, {"due_on": due})
                    decisions += 1
                except ValueError:  # the process does not allow it for this case
                    pass
            mn.mark_held(s, m)
            return notes, decisions
    finally:
        tf.close()


def _time_minutes(s, m: Meeting, team: str, out: Path, runs: int) -> float:  # noqa: ANN001
    from star_desktop.meetings.minutes_export import minutes_pdf

    worst = 0.0
    for label, steering in (("intern", False), ("styrgrupp", True)):
        times, content_times = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            content = mn.minutes_content(s, m, steering_group=steering)
            t1 = time.perf_counter()
            minutes_pdf(content, team, out)
            t2 = time.perf_counter()
            content_times.append(t1 - t0)
            times.append(t2 - t0)
        med = statistics.median(times)
        worst = max(worst, med)
        pages = out.read_bytes().count(b"/Type /Page\n")
        print(f"  minnesanteckningar {label:9s} innehåll "
              f"{statistics.median(content_times) * 1000:6.1f} ms, innehåll + pdf "
              f"{med * 1000:7.1f} ms, {out.stat().st_size} byte, {pages or '?'} sidor")
    return worst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--items", type=int, default=40,
                    help="ärendepunkter på dagordningen (0: som byggd, utan att kortas)")
    args = ap.parse_args()

    if not DEMO.exists():
        print(f"Genererar {DEMO.name} (20 000 ärenden) …", flush=True)
        generate_demo(DEMO, cases=20000, seed=1)
    with tempfile.TemporaryDirectory(prefix="star-bench-") as tmp:
        work = Path(tmp) / "demo.star"
        shutil.copy2(DEMO, work)
        meeting_id, count = _prepare(work, args.items)
        n_notes, n_decisions = _minute(work, meeting_id)
        tf = open_team_file(work, actor="bench", ask_passphrase=lambda r: DEMO_PASSPHRASE)
        try:
            from star_desktop.meetings import call_export

            print(f"Maskin: {platform.platform()}, {platform.processor() or platform.machine()}, "
                  f"{os.cpu_count()} kärnor, Python {platform.python_version()}")
            with tf.session() as s:
                m = s.get(Meeting, meeting_id)
                print(f"Möte {m.held_on.isoformat()}: {count} ärendepunkter på dagordningen, "
                      f"{len(m.agenda_items)} punkter totalt; median av {args.runs} körningar")
                out = Path(tmp) / "kallelse.pdf"
                t0 = time.perf_counter()
                call_export.call_pdf(call_content(s, m, "case"), out)
                cold = time.perf_counter() - t0
                print(f"  första anropet (importerar reportlab): {cold * 1000:7.1f} ms")
                worst = 0.0
                for level in PRIVACY:
                    times, content_times = [], []
                    for _ in range(args.runs):
                        t0 = time.perf_counter()
                        content = call_content(s, m, level)
                        t1 = time.perf_counter()
                        call_export.call_pdf(content, out)
                        t2 = time.perf_counter()
                        content_times.append(t1 - t0)
                        times.append(t2 - t0)
                    med = statistics.median(times)
                    worst = max(worst, med)
                    pages = out.read_bytes().count(b"/Type /Page\n")
                    print(f"  {level:9s} innehåll {statistics.median(content_times) * 1000:6.1f} ms"
                          f", innehåll + pdf {med * 1000:7.1f} ms, {out.stat().st_size} byte, "
                          f"{pages or '?'} sidor")
                print(f"Minnesanteckningar: {n_notes} ärendepunkter med anteckning, "
                      f"{n_decisions} beslut")
                worst = max(worst, _time_minutes(s, m, team_service.get_team(s).name,
                                                 Path(tmp) / "minnesanteckningar.pdf",
                                                 args.runs))
                verdict = "OK" if worst < TARGET_S else "ÖVER MÅLET"
                print(f"Mål < {TARGET_S:.0f} s per pdf: {verdict} (sämst {worst * 1000:.1f} ms)")
        finally:
            tf.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
