"""The register extract laid out as an A4 PDF: Swedish headings, every value labelled, the page
frame and "Sida n av m" footer of the meeting PDFs (meetings/pdf_common.py).

Nothing here decides what is shown: extract.build_extract gathered it. reportlab is imported
inside the function, so importing this module costs nothing at start.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..audit_export import pdf_text
from .extract import EMPTY, SUBTITLE, TITLE, Extract

#: (header, width in mm) of the tables; each row adds up to the 170 mm text width.
INTERVENTION_COLUMNS = (("Område", 26), ("Ur utbudskartan", 32), ("Beskrivning", 40),
                        ("Utförande part", 30), ("Start", 21), ("Slut", 21))
FOLLOW_UP_COLUMNS = (("Planerad", 22), ("Gjord", 22), ("Vid mötet", 22), ("Hur det går", 104))
#: The log's table is set smaller (7.5 pt), so a time and a case number fit on one line.
EVENT_COLUMNS = (("Tid", 30), ("Vem", 28), ("Händelse", 18), ("Vad", 20), ("Ärende", 18),
                 ("Detaljer", 56))


def intro(extract: Extract, team_name: str) -> list[str]:
    """The paragraphs under the title: what the extract holds and how long it is kept."""
    out = [
        f"Utdraget visar allt som finns sparat om personen i teamfilen för {team_name}: "
        "personuppgifter, ärenden med insatser och uppföljningar, vad teamets möten har "
        "antecknat och beslutat om ärendena, tillägg till minnesanteckningar som nämner "
        "personen och loggen över vem som har öppnat, ändrat, exporterat, skrivit ut eller "
        "gallrat uppgifterna.",
    ]
    if extract.retention_months:
        out.append(
            f"Namn, personnummer och fria texter gallras {extract.retention_months} månader "
            "efter att personens sista ärende har avslutats. Statistiska uppgifter (kön, "
            "födelseår, kommun, datum och koder) sparas därefter utan namn, så att teamets "
            "rapporter fortfarande stämmer.")
    if extract.erased:
        out.append(f"Personens namn och personnummer gallrades {extract.erased_on}; det som "
                   "visas här är det som finns kvar.")
    return out


def extract_pdf_bytes(extract: Extract, *, team_name: str, produced_by: str,
                      produced_at: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    from ..meetings.pdf_common import BOLD, build_pdf, grid_style, paragraph_styles

    st = paragraph_styles(title_size=18, team_space_after=6)
    cell = ParagraphStyle("cell", parent=st.small, fontSize=8.5, leading=10.5)
    label = ParagraphStyle("label", parent=cell, fontName=BOLD)
    small_cell = ParagraphStyle("small_cell", parent=cell, fontSize=7.5, leading=9)
    sub = ParagraphStyle("subtitle", parent=st.body, fontName=BOLD, fontSize=11, leading=14,
                         spaceAfter=2)
    h3 = ParagraphStyle("h3", parent=st.body, fontName=BOLD, fontSize=9.5, leading=12,
                        spaceBefore=4, spaceAfter=2, keepWithNext=1)

    def p(text: str, style: ParagraphStyle = st.body) -> Paragraph:
        return Paragraph(escape(pdf_text(text)).replace("\n", "<br/>"), style)

    def pairs(rows: list[tuple[str, str]]) -> Table:
        t = Table([[p(k, label), p(v, cell)] for k, v in rows], colWidths=[55 * mm, 115 * mm],
                  hAlign="LEFT")
        t.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d0d6dc")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
        return t

    def grid(columns: tuple[tuple[str, int], ...], rows: list[list[str]],
             style: ParagraphStyle = cell) -> Table:
        head = ParagraphStyle("head", parent=style, fontName=BOLD)
        data: list[list[object]] = [[p(h, head) for h, _w in columns]]
        data += [[p(v, style) for v in row] for row in rows]
        t = Table(data, colWidths=[w * mm for _h, w in columns], repeatRows=1, hAlign="LEFT")
        t.setStyle(grid_style(font_size=style.fontSize, leading=style.leading))
        return t

    def none(text: str) -> Paragraph:
        return p(text, st.small)

    story: list = [p(TITLE, st.title), p(SUBTITLE, sub), p(team_name, st.team)]
    who = extract.name + (f", {extract.personnummer}" if extract.personnummer else "")
    story.append(pairs([("Avser", who), ("Deltagarens nummer i teamfilen",
                                         str(extract.participant_id)),
                        ("Framtaget av", produced_by), ("Framtaget", produced_at)]))
    story.append(Spacer(1, 3 * mm))
    story += [p(text, st.small) for text in intro(extract, team_name)]

    story.append(p("Personuppgifter", st.h1))
    story.append(pairs(extract.person))

    story.append(p(f"Ärenden ({len(extract.cases)})", st.h1))
    if not extract.cases:
        story.append(none("Inga ärenden."))
    for c in extract.cases:
        story.append(p(f"Ärende {c.case_number}", st.h2))
        story.append(pairs(c.fields))
        story.append(p("Insatser", h3))
        if c.interventions:
            story.append(grid(INTERVENTION_COLUMNS, [[v for _k, v in i] for i in c.interventions]))
        else:
            story.append(none("Inga insatser registrerade."))
        story.append(p("Uppföljningar", h3))
        if c.follow_ups:
            story.append(grid(FOLLOW_UP_COLUMNS, [[v for _k, v in f] for f in c.follow_ups]))
        else:
            story.append(none("Inga uppföljningar registrerade."))

    story.append(p(f"Teamets möten om ärendena ({len(extract.meetings)})", st.h1))
    if not extract.meetings:
        story.append(none("Ärendena har inte tagits upp på något möte."))
    for m in extract.meetings:
        block: list = [p(f"Möte {m.held_on.isoformat()} – ärende {m.case_number or EMPTY}",
                         st.h2), pairs(m.fields)]
        if m.decisions:
            block += [p("Beslut", h3), *[p(f"• {d}", cell) for d in m.decisions]]
        if m.action_items:
            block += [p("Att göra", h3), *[p(f"• {a}", cell) for a in m.action_items]]
        story.append(KeepTogether(block))

    story.append(p(f"Tillägg till minnesanteckningar ({len(extract.addenda)})", st.h1))
    if not extract.addenda:
        story.append(none("Inga tillägg nämner personen eller ärendena."))
    for a in extract.addenda:
        story.append(pairs([("Mötet", a.meeting_on.isoformat()), ("Tillägget gjort", a.created_at),
                            ("Av", a.author), ("Text", a.text)]))
        story.append(Spacer(1, 2 * mm))

    story.append(p(f"Logg över händelser ({len(extract.events)})", st.h1))
    story.append(p("Varje gång uppgifterna har öppnats, ändrats, exporterats, skrivits ut eller "
                   "gallrats; vem det var och när. Tiderna är i lokal tid.", st.small))
    if extract.events:
        story.append(grid(EVENT_COLUMNS, [
            [e.local_time, e.actor, e.action_label, e.entity_label, e.case_number or EMPTY,
             e.detail or EMPTY] for e in extract.events], small_cell))
    else:
        story.append(none("Inga händelser."))

    return build_pdf(story, title=f"{TITLE} – {pdf_text(extract.name)}", subject=SUBTITLE,
                     footer_left=pdf_text(f"{SUBTITLE} – {extract.name}"),
                     footer_right=pdf_text(f"{team_name}, framtaget {produced_at} av "
                                           f"{produced_by}"))
