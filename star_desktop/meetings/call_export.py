"""The meeting call's outputs: an A4 PDF, plain text for an e-mail, and an .ics calendar event.

All three render a CallContent (see call.py), so they carry the same information at the chosen
privacy level — except the .ics, which goes into calendars that sync to phones and servers and
so never holds personal data or case numbers, only how many cases each heading takes up.
Files are written under a temporary name beside the target and moved into place when complete
(pdf_common.atomic_write). reportlab is imported inside call_pdf_bytes and pdf_common's
functions, so importing this module costs nothing at start.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from xml.sax.saxutils import escape

from ..models import AgendaKind
from .call import CallContent, CallLine
from .pdf_common import BOLD, FONT, atomic_write, build_pdf, grid_style, paragraph_styles

TITLE = "Kallelse till STAR-teamets möte"
ICS_SUMMARY = "STAR-teamets möte"
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
PRIVACY_LABELS = {
    "case": "Endast ärendenummer",
    "initials": "Initialer och födelseår",
    "full": "Fullständiga namn",
}
#: The case headings of the call, in agenda order.
CASE_HEADINGS = (AgendaKind.NEW_CASES, AgendaKind.FOLLOW_UPS, AgendaKind.CONSULTATIONS)
TZID = "Europe/Stockholm"


# --- shared formatting -------------------------------------------------------------------------


def weekday_sv(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]


def hhmm(t: dt.time) -> str:
    return f"{t.hour:02d}.{t.minute:02d}"


def time_span(content: CallContent) -> str:
    return f"{hhmm(content.starts_at)}–{hhmm(content.ends_at)}"


def privacy_label(privacy: str) -> str:
    return PRIVACY_LABELS[privacy]


def _details(content: CallContent) -> list[tuple[str, str]]:
    day = content.meeting_date
    rows = [("Datum", f"{day.isoformat()} ({weekday_sv(day)})"), ("Tid", time_span(content)),
            ("Plats", content.place or "–")]
    if content.link:
        rows.append(("Länk", content.link))
    return rows


def sections(content: CallContent) -> list[tuple[AgendaKind, list[CallLine]]]:
    """The case headings with their lines; a case item under any other heading (e.g. one added
    by hand under "Övriga frågor") gets a section of its own after them, never dropped."""
    out = [(h, content.by_heading(h)) for h in CASE_HEADINGS]
    extra: list[AgendaKind] = []
    for ln in content.lines:
        if ln.heading not in CASE_HEADINGS and ln.heading not in extra:
            extra.append(ln.heading)
    return out + [(h, content.by_heading(h)) for h in extra]


# --- plain text --------------------------------------------------------------------------------


def call_text(content: CallContent) -> str:
    """The call as plain text, for pasting into an e-mail."""
    out = [TITLE, content.team, ""]
    width = max(len(k) for k, _ in _details(content)) + 1
    out += [f"{(k + ':').ljust(width)} {v}" for k, v in _details(content)]
    out += ["", "Dagordning"]
    out += [f"{n}. {title}" for n, title in enumerate(content.agenda, 1)]
    out += ["", "Ärenden att ta upp"]
    for heading, lines in sections(content):
        out += ["", f"{heading.label} ({len(lines)})"]
        if not lines:
            out.append("  Inga.")
        for ln in lines:
            out.append(f"  {ln.case_number}" + (f"  {ln.who}" if ln.who else ""))
    if content.prepare:
        out += ["", "Förbered inför mötet"]
        out += [f"- {p}" for p in content.prepare]
    out += ["", f"Sekretessnivå: {privacy_label(content.privacy)}", ""]
    return "\n".join(out)


def write_call_text(content: CallContent, path: Path | str) -> Path:
    return atomic_write(path, call_text(content).encode("utf-8"))


# --- iCalendar ---------------------------------------------------------------------------------


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> list[str]:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return out


def _ics_uid(content: CallContent, uid_domain: str) -> str:
    key = f"{content.team}\x1f{content.meeting_date.isoformat()}".encode()
    return f"{hashlib.sha256(key).hexdigest()[:32]}@{uid_domain}"


def _ics_local(day: dt.date, t: dt.time) -> str:
    return f"{day:%Y%m%d}T{t.hour:02d}{t.minute:02d}{t.second:02d}"


def _as_uri(link: str) -> str:
    """The link as an ASCII URI (IDNA host, percent-encoded path), or "" if it is not one."""
    from urllib.parse import quote, urlsplit, urlunsplit

    link = link.strip()
    if "://" not in link or any(c.isspace() for c in link):
        return ""
    try:
        u = urlsplit(link)
        host = (u.hostname or "").encode("idna").decode("ascii")
        netloc = host + (f":{u.port}" if u.port else "")
        safe = "/:@!$&'()*+,;=-._~%?#"
        return urlunsplit((u.scheme, netloc, quote(u.path, safe=safe),
                           quote(u.query, safe=safe), quote(u.fragment, safe=safe)))
    except (UnicodeError, ValueError):
        return ""


_VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)


def call_ics(content: CallContent, *, uid_domain: str = "star-desktop",
             now: dt.datetime | None = None) -> str:
    """One VEVENT for the meeting. Holds counts only: no names, no case numbers, at any level."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    day = content.meeting_date
    ends_on = day if content.ends_at > content.starts_at else day + dt.timedelta(days=1)
    desc = [f"{TITLE}, {content.team}.", f"{day.isoformat()} ({weekday_sv(day)}) "
            f"{time_span(content)}."]
    if content.link:
        desc.append(f"Länk: {content.link}")
    desc.append("Ärenden att ta upp: " + ", ".join(
        f"{h.label.lower()} {len(lines)}" for h, lines in sections(content)) + ".")
    desc.append("Ärendelistan finns i kallelsen.")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//STAR Desktop//Kallelse//SV",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", *_VTIMEZONE, "BEGIN:VEVENT",
             f"UID:{_ics_uid(content, uid_domain)}",
             f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
             f"DTSTART;TZID={TZID}:{_ics_local(day, content.starts_at)}",
             f"DTEND;TZID={TZID}:{_ics_local(ends_on, content.ends_at)}",
             f"SUMMARY:{_ics_escape(ICS_SUMMARY)}"]
    if content.place:
        lines.append(f"LOCATION:{_ics_escape(content.place)}")
    if uri := _as_uri(content.link):
        lines.append(f"URL:{uri}")
    lines += [f"DESCRIPTION:{_ics_escape(chr(10).join(desc))}", "END:VEVENT", "END:VCALENDAR"]
    folded = [part for line in lines for part in _fold(line)]
    return "\r\n".join(folded) + "\r\n"


def write_call_ics(content: CallContent, path: Path | str) -> Path:
    return atomic_write(path, call_ics(content).encode("utf-8"))


# --- PDF ---------------------------------------------------------------------------------------


def call_pdf(content: CallContent, path: Path | str) -> Path:
    """An A4 PDF of the call; long case lists run over as many pages as they need."""
    return atomic_write(path, call_pdf_bytes(content))


def call_pdf_bytes(content: CallContent) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        ListItem,
        LongTable,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    st = paragraph_styles()
    body, small, title, team, h1, h2 = st.body, st.small, st.title, st.team, st.h1, st.h2
    privacy = privacy_label(content.privacy)
    named = content.privacy != "case"

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list = [p(TITLE, title), p(content.team, team)]
    details = Table([[p(k, ParagraphStyle("k", parent=body, fontName=BOLD)), p(v)]
                     for k, v in _details(content)], colWidths=[22 * mm, 148 * mm], hAlign="LEFT")
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(details)

    story.append(p("Dagordning", h1))
    if content.agenda:
        story.append(ListFlowable([ListItem(p(t), leftIndent=20) for t in content.agenda],
                                  bulletType="1", bulletFormat="%s.", bulletFontName=FONT,
                                  bulletFontSize=10, leftIndent=20))
    else:
        story.append(p("Dagordningen är inte upprättad."))

    story.append(p("Ärenden att ta upp", h1))
    grid = grid_style(font_size=10, leading=12, extra=[
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])])
    for heading, lines in sections(content):
        head = p(f"{heading.label} ({len(lines)})", h2)
        if not lines:
            story.append(KeepTogether([head, p("Inga.", small)]))
            continue
        if named:
            rows = [["Ärende", "Person"]] + [[ln.case_number, p(ln.who or "–")] for ln in lines]
            widths = [40 * mm, 130 * mm]
        else:
            rows = [["Ärende"]] + [[ln.case_number] for ln in lines]
            widths = [40 * mm]
        table = LongTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid)
        story += [head, table]

    if content.prepare:
        story.append(KeepTogether([
            p("Förbered inför mötet", h1),
            ListFlowable([ListItem(p(t), leftIndent=12, value="•") for t in content.prepare],
                         bulletType="bullet", bulletFontName=FONT, leftIndent=12),
        ]))
    story += [Spacer(1, 8 * mm),
              p(f"Sekretessnivå: {privacy}. Kallelsen innehåller "
                + ("personuppgifter – hantera den därefter." if named
                   else "inga namn eller personnummer."), small)]

    return build_pdf(story, title=TITLE,
                     subject=f"{content.team}, {content.meeting_date.isoformat()}",
                     footer_left=f"{content.team} – kallelse {content.meeting_date.isoformat()}",
                     footer_right=f"Sekretessnivå: {privacy}")
