"""The report's figures as HTML for the Rapporter area's read-only view (large, projector-fit)."""

from __future__ import annotations

from html import escape

from ..reports.format import (
    Table,
    budget_table,
    cell_text,
    deviations_table,
    statistics_tables,
)
from ..reports.report import ReportContent

_MET = {"✔ Uppnått": "#1b6e20", "✘ Ej uppnått": "#b00020"}


def table_html(t: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in t.header)
    body = []
    for cells in t.rows:
        tds = []
        for value, kind in zip(cells, t.kinds, strict=False):
            text = cell_text(value, kind)
            align = "left" if kind == "text" or isinstance(value, str) else "right"
            colour = _MET.get(text)
            style = f"text-align:{align};" + (f"color:{colour};font-weight:600;" if colour else "")
            tds.append(f'<td style="{style}">{escape(text)}</td>')
        bold = (' style="font-weight:600;"' if cells and cells[0] in ("Totalt", "Summa")
                else "")
        body.append(f"<tr{bold}>{''.join(tds)}</tr>")
    note = f"<p>{escape(t.note)}</p>" if t.note else ""
    return (f"<h3>{escape(t.title)}</h3><table cellspacing='0' cellpadding='4' border='1' "
            f"style='border-collapse:collapse;border-color:#b0b8c0;'><tr style='background:"
            f"#e6ecf2;'>{head}</tr>{''.join(body)}</table>{note}")


def report_html(c: ReportContent) -> str:
    """Every table of the report, the deviations and the budget, in the template's order.

    Swedish in every language: this is a preview of the report document (the tables come from
    reports.format), so its one sentence of its own stays in the document's language.
    """
    parts = [f"<h2>{escape(c.team_name)} – {escape(c.period.label)}</h2>"
             f"<p>{escape(c.period.span)}. Alla siffror räknas fram ur ärendena; definitionerna "
             f"finns i rapportens sista del.</p>"]
    parts += [table_html(t) for t in statistics_tables(c.stats,
                                                        targets_are_defaults=not c.targets_set)]
    parts.append(table_html(deviations_table(c.deviations)))
    parts.append(table_html(budget_table(c.budget)))
    return "".join(parts)
