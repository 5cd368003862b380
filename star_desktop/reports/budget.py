"""The budget table of the report: typed by the coordinator per period, sums computed.

Budget, outcome for the period and forecast are typed in kronor; the difference (budget −
outcome) and every sum are computed and never stored, so they cannot disagree with the rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction, BudgetLine
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from ..validation import Collector
from .periods import Period

MAX_ROWS = 40
MAX_AMOUNT = 1e11


@dataclass(frozen=True)
class BudgetRow:
    label: str
    budget: float
    outcome: float
    forecast: float | None

    @property
    def difference(self) -> float:
        return self.budget - self.outcome


@dataclass(frozen=True)
class BudgetTable:
    rows: list[BudgetRow]

    @property
    def budget(self) -> float:
        return sum(r.budget for r in self.rows)

    @property
    def outcome(self) -> float:
        return sum(r.outcome for r in self.rows)

    @property
    def difference(self) -> float:
        return self.budget - self.outcome

    @property
    def forecast(self) -> float | None:
        values = [r.forecast for r in self.rows if r.forecast is not None]
        return sum(values) if values else None


@dataclass
class BudgetRowForm:
    """One row as typed: "2 220 000", "-2 000", "1 234,50"; forecast may be empty."""

    label: str = ""
    budget: str = ""
    outcome: str = ""
    forecast: str = ""

    def is_blank(self) -> bool:
        return not any(v.strip() for v in (self.label, self.budget, self.outcome, self.forecast))


def parse_amount(text: str) -> float:
    """Kronor as a Swede types them; ValueError for anything else."""
    s = (text.strip().replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
         .removesuffix("kr").strip())
    if not s:
        raise ValueError("empty")
    value = float(s.replace(",", "."))
    if value != value or abs(value) > MAX_AMOUNT:  # NaN or absurd
        raise ValueError("out of range")
    return value


def format_amount(value: float | None) -> str:
    """2220000 → "2 220 000"; decimals only when there are öre."""
    if value is None:
        return ""
    if abs(value - round(value)) < 0.005:
        text = f"{round(value):,}".replace(",", " ")
    else:
        text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return text.replace("-", "−")


def load_budget(session: Session, period: Period) -> BudgetTable:
    lines = session.scalars(select(BudgetLine).where(
        BudgetLine.period_start == period.start, BudgetLine.period_end == period.end)
        .order_by(BudgetLine.position, BudgetLine.id))
    return BudgetTable([BudgetRow(b.label, b.budget, b.outcome, b.forecast) for b in lines])


def parse_budget(forms: list[BudgetRowForm]) -> list[BudgetRow]:
    """Check every typed row; FieldErrors keys are "row{i}.{field}" (i from 0)."""
    c = Collector()
    rows: list[BudgetRow] = []
    kept = [(i, f) for i, f in enumerate(forms) if not f.is_blank()]
    if len(kept) > MAX_ROWS:
        c.add("rows", Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} rader."), n=MAX_ROWS))
    for i, f in kept:
        label = f.label.strip()
        if not label:
            c.add(f"row{i}.label", "Ange vad raden gäller, till exempel Personal.")
        elif len(label) > 200:
            c.add(f"row{i}.label", "Högst 200 tecken.")
        values: dict[str, float | None] = {}
        for name, required in (("budget", True), ("outcome", True), ("forecast", False)):
            text = getattr(f, name)
            if not text.strip():
                if required:
                    c.add(f"row{i}.{name}", "Ange ett belopp i kronor (0 går bra).")
                values[name] = None
                continue
            try:
                values[name] = parse_amount(text)
            except ValueError:
                c.add(f"row{i}.{name}", "Skriv ett belopp i kronor, till exempel 2 220 000.")
        if label and values.get("budget") is not None and values.get("outcome") is not None:
            rows.append(BudgetRow(label, values["budget"] or 0.0, values["outcome"] or 0.0,
                                  values.get("forecast")))
    c.raise_if_any()
    return rows


def save_budget(session: Session, period: Period, forms: list[BudgetRowForm]) -> BudgetTable:
    """Replace the period's budget rows with the typed ones, all or nothing."""
    rows = parse_budget(forms)
    before = load_budget(session, period)
    if before.rows == rows:
        return before
    session.execute(delete(BudgetLine).where(BudgetLine.period_start == period.start,
                                             BudgetLine.period_end == period.end))
    for pos, r in enumerate(rows):
        session.add(BudgetLine(period_start=period.start, period_end=period.end, position=pos,
                               label=r.label, budget=r.budget, outcome=r.outcome,
                               forecast=r.forecast))
    session.flush()
    audit.record(session, AuditAction.CHANGED, entity="budget_line",
                 detail=f"budget {period.key}: {len(rows)} rader")
    return BudgetTable(rows)


def previous_budget(session: Session, period: Period) -> tuple[Period, BudgetTable] | None:
    """The nearest earlier period of the same kind with budget rows (to take the rows from)."""
    p = period
    for _ in range(6):
        p = p.previous()
        table = load_budget(session, p)
        if table.rows:
            return p, table
    return None
