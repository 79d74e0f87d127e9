"""The action plan table: the sample report's six columns, header repeated on every page, rows split cleanly."""

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Table, TableStyle

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan
from itadesk.report.content.cells import Cell
from itadesk.report.content.plan import period_text, plan_rows
from itadesk.report.fit import column_width, share_rest
from itadesk.report.fonts import FONT
from itadesk.report.indicator_table import HEADER_FILL
from itadesk.report.styles import gap_marker, para
from itadesk.report.thaitext import MARKER

__all__ = ["period_text", "plan_table"]

# Shares of the width left once the indicator, period and responsible columns fit their longest word.
TEXT_COLUMN_SHARES = [4.7, 5.8, 6.0]
NARROW_COLUMN_MINIMUM = 2.6 * cm
# A row taller than what is left of a page is split there, but leaves at least two lines on each side.
MIN_ROW_PART = 45


def _flowable(cell: Cell | None) -> Paragraph | str:
    if cell is None:
        return ""
    return gap_marker(cell.text) if cell.gap else para(cell.text, cell.role)


def _widths(rows: list[list], total: float) -> list[float]:
    fixed: list[float | None] = []
    for column in range(6):
        if column in (1, 2, 3):
            fixed.append(None)
            continue
        widths = [NARROW_COLUMN_MINIMUM]
        for row in rows:
            cell = row[column]
            if isinstance(cell, Paragraph):
                text = cell.getPlainText().replace(MARKER, "")
                widths.append(column_width([text], cell.style.fontName, cell.style.fontSize))
        fixed.append(max(widths))
    return share_rest(total, fixed, [1.0, *TEXT_COLUMN_SHARES, 1.0, 1.0])


def plan_table(plan: ImprovementPlan, framework: Framework, width: float) -> Table:
    content = plan_rows(plan, framework)
    rows = [[_flowable(cell) for cell in row] for row in content.rows]
    group_lines = [("LINEABOVE", (0, row), (-1, row), 1.2, colors.black) for row in content.group_starts]
    table = Table(
        rows, colWidths=_widths(rows, width), repeatRows=1, splitByRow=0, splitInRow=MIN_ROW_PART, hAlign="CENTER"
    )
    table.setStyle(
        TableStyle(
            [
                # empty cells are drawn in the table's font: without this, an unused Helvetica
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *group_lines,
            ]
        )
    )
    return table
