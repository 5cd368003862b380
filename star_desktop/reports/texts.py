"""The coordinator's texts of the report in the federation's shared template, per period.

The template (as in the Avesta annual report): a summary in three parts (Deltagare, Personal,
Organisation) and nine sections, each with Beskrivning, Analys and Reflektion, and
Utvecklingsområden/planering framåt. Texts are saved as typed, per period; the previous period's
texts can be taken as a start.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction, ReportText
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from .periods import Period

MAX_TEXT = 50_000
#: How many periods back "the previous period's text" is looked for.
LOOK_BACK = 6


@dataclass(frozen=True)
class Section:
    key: str
    number: int
    title: str


#: The labels are shown in the editor through QCoreApplication.translate(_C, …); the report
#: itself is Swedish.
_C = "ReportTextsEditor"
SUMMARY: tuple[tuple[str, str], ...] = (
    ("summary.participants", QT_TRANSLATE_NOOP(_C, "Deltagare")),
    ("summary.staff", QT_TRANSLATE_NOOP(_C, "Personal")),
    ("summary.organisation", QT_TRANSLATE_NOOP(_C, "Organisation")),
)
SECTIONS: tuple[Section, ...] = (
    Section("participants.prerequisites", 1,
            QT_TRANSLATE_NOOP(_C, "Deltagare – insatsens förutsättningar")),
    Section("participants.process", 2,
            QT_TRANSLATE_NOOP(_C, "Deltagare – genomförande och process")),
    Section("participants.results", 3, QT_TRANSLATE_NOOP(_C, "Deltagare – resultat och effekter")),
    Section("staff.prerequisites", 4,
            QT_TRANSLATE_NOOP(_C, "Personal – insatsens förutsättningar")),
    Section("staff.methods", 5, QT_TRANSLATE_NOOP(_C, "Personal – arbetssätt och metoder")),
    Section("staff.results", 6, QT_TRANSLATE_NOOP(_C, "Personal – resultat och effekter")),
    Section("organisation.prerequisites", 7,
            QT_TRANSLATE_NOOP(_C, "Organisation – förutsättningar")),
    Section("organisation.process", 8,
            QT_TRANSLATE_NOOP(_C, "Organisation – genomförande och process")),
    Section("organisation.results", 9,
            QT_TRANSLATE_NOOP(_C, "Organisation – resultat och effekter")),
)
PARTS: tuple[tuple[str, str], ...] = (
    ("description", QT_TRANSLATE_NOOP(_C, "Beskrivning")),
    ("analysis", QT_TRANSLATE_NOOP(_C, "Analys")),
    ("reflection", QT_TRANSLATE_NOOP(_C, "Reflektion")),
    ("development", QT_TRANSLATE_NOOP(_C, "Utvecklingsområden/planering framåt")),
)


def text_keys() -> list[str]:
    """Every text of the template, in the report's order."""
    keys = [k for k, _ in SUMMARY]
    for s in SECTIONS:
        keys += [f"{s.key}.{p}" for p, _ in PARTS]
    return keys


KEYS = frozenset(text_keys())


def label_of(key: str) -> str:
    """A text's name for messages and the editor: "3. Deltagare – resultat… – Analys"."""
    for k, label in SUMMARY:
        if k == key:
            return f"Sammanfattning – {label}"
    for s in SECTIONS:
        for p, plabel in PARTS:
            if key == f"{s.key}.{p}":
                return f"{s.number}. {s.title} – {plabel}"
    raise KeyError(key)


def load_texts(session: Session, period: Period, *, keys: frozenset[str] = KEYS
               ) -> dict[str, str]:
    """The period's texts by key (of ``keys``: the report's, or 4R's); unwritten are absent."""
    return {r.section: r.text for r in session.scalars(
        select(ReportText).where(ReportText.period_start == period.start,
                                 ReportText.period_end == period.end,
                                 ReportText.section.in_(list(keys))))}


def save_texts(session: Session, period: Period, texts: dict[str, str], *,
               keys: frozenset[str] = KEYS) -> list[str]:
    """Save the given texts as typed (an empty text removes it); returns the keys changed."""
    unknown = set(texts) - keys
    if unknown:
        raise KeyError(f"unknown report text keys: {sorted(unknown)}")
    too_long = [k for k, v in texts.items() if len(v) > MAX_TEXT]
    if too_long:
        from ..validation import FieldErrors

        most = f"{MAX_TEXT:,}".replace(",", " ")
        raise FieldErrors({k: Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken."), n=most)
                           for k in too_long})
    current = {r.section: r for r in session.scalars(
        select(ReportText).where(ReportText.period_start == period.start,
                                 ReportText.period_end == period.end))}
    changed: list[str] = []
    order = {k: i for i, k in enumerate(text_keys())}
    for key in sorted(texts, key=lambda k: (order.get(k, len(order)), k)):
        text = texts[key]
        row = current.get(key)
        if not text.strip():
            if row is not None:
                session.execute(delete(ReportText).where(ReportText.id == row.id))
                changed.append(key)
            continue
        if row is None:
            session.add(ReportText(period_start=period.start, period_end=period.end,
                                   section=key, text=text))
            changed.append(key)
        elif row.text != text:
            row.text = text
            changed.append(key)
    if changed:
        session.flush()
        audit.record(session, AuditAction.CHANGED, entity="report_text",
                     detail=f"rapporttexter {period.key}: {len(changed)} ändrade")
    return changed


def previous_texts(session: Session, period: Period, *, keys: frozenset[str] = KEYS
                   ) -> tuple[Period, dict[str, str]] | None:
    """The texts of the nearest earlier period of the same kind that has any, to start from."""
    p = period
    for _ in range(LOOK_BACK):
        p = p.previous()
        texts = load_texts(session, p, keys=keys)
        if texts:
            return p, texts
    return None
