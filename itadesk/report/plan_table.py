"""The action plan table: the sample report's six columns, header repeated on every page, rows split cleanly."""

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Table, TableStyle

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan
from itadesk.report.columns import fit_columns
from itadesk.report.content import layout
from itadesk.report.content.cells import Cell
from itadesk.report.content.plan import period_text, plan_rows
from itadesk.report.fonts import FONT
from itadesk.report.indicator_table import HEADER_FILL
from itadesk.report.styles import gap_marker, para

__all__ = ["period_text", "plan_table"]

# The indicator, period and responsible columns fit their longest word; the text columns share the rest.
SHARES = [None, 4.7, 5.8, 6.0, None, None]
NARROW_COLUMN_MINIMUM = 2.6 * cm
# A row taller than what is left of a page is split there, but leaves at least two lines on each side.
MIN_ROW_PART = 45


def _flowable(cell: Cell | None) -> Paragraph | str:
    if cell is None:
        return ""
    return gap_marker(cell.text) if cell.gap else para(cell.text, cell.role)


def plan_table(plan: ImprovementPlan, framework: Framework, width: float) -> Table:
    content = plan_rows(plan, framework)
    rows = [[_flowable(cell) for cell in row] for row in content.rows]
    group_lines = [("LINEABOVE", (0, row), (-1, row), layout.GROUP_LINE, colors.black) for row in content.group_starts]
    table = Table(
        rows,
        colWidths=fit_columns(content.rows, width, SHARES, minimum=NARROW_COLUMN_MINIMUM),
        repeatRows=1,
        splitByRow=0,
        splitInRow=MIN_ROW_PART,
        hAlign="CENTER",
    )
    table.setStyle(grid_style(group_lines))
    return table


def grid_style(extra: list[tuple]) -> TableStyle:
    """A ruled table with a shaded header row, the header centred and the body at the top of its cells."""
    return TableStyle(
        [
            # empty cells are drawn in the table's font: without this, an unused Helvetica
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), layout.GRID_LINE, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )
