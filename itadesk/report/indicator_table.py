"""The table of the ten indicators grouped by tool, both years side by side, with tool, overall and level rows."""

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from itadesk.domain.summary import YearSummary
from itadesk.report.content.cells import Cell
from itadesk.report.content.indicators import change_label, indicator_rows
from itadesk.report.fit import column_width, share_rest
from itadesk.report.fonts import FONT
from itadesk.report.styles import para
from itadesk.report.thaitext import MARKER

__all__ = ["HEADER_FILL", "change_label", "indicator_table"]

PADDING = 4
HEADER_FILL = colors.HexColor("#dfe6ee")
TOTAL_FILL = colors.HexColor("#f1f1f1")


def _flowable(cell: Cell | None) -> Paragraph | str:
    return "" if cell is None else para(cell.text, cell.role)


def _widths(rows: list[list], total: float) -> list[float]:
    """Every column but the indicator names as wide as its widest word; the names take the rest.

    Only the header and indicator rows count: the total rows span the first two columns.
    """
    fixed: list[float | None] = []
    for column in range(len(rows[0])):
        if column == 1:
            fixed.append(None)
            continue
        widths = [0.0]
        for row in rows:
            cell = row[column]
            if isinstance(cell, Paragraph):
                text = cell.getPlainText().replace(MARKER, "")
                widths.append(column_width([text], cell.style.fontName, cell.style.fontSize, padding=PADDING))
        fixed.append(max(widths))
    return share_rest(total, fixed, [1.0] * len(fixed))


def indicator_table(summary: YearSummary, width: float) -> Table:
    content = indicator_rows(summary)
    rows = [[_flowable(cell) for cell in row] for row in content.rows]
    spans = [("SPAN", (span.first_column, span.first_row), (span.last_column, span.last_row)) for span in content.spans]
    totals_start = content.totals_start
    table = Table(rows, colWidths=_widths(rows[:totals_start], width), repeatRows=1, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                # empty cells are drawn in the table's font: without this, an unused Helvetica
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("BACKGROUND", (0, totals_start), (-1, -1), TOTAL_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *spans,
            ]
        )
    )
    return table
