"""The table of the ten indicators grouped by tool, both years side by side, with tool, overall and level rows."""

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from itadesk.domain.summary import YearSummary
from itadesk.report.columns import fit_columns
from itadesk.report.content import layout
from itadesk.report.content.cells import Cell, report_digits
from itadesk.report.content.indicators import change_label, indicator_rows, width_rows
from itadesk.report.fonts import FONT
from itadesk.report.styles import style
from itadesk.report.thaitext import markup

__all__ = ["HEADER_FILL", "change_label", "indicator_table"]

PADDING = layout.INDICATOR_PADDING
SHARES = layout.INDICATOR_SHARES
HEADER_FILL = colors.HexColor("#" + layout.HEADER_FILL)
TOTAL_FILL = colors.HexColor("#" + layout.TOTAL_FILL)


def _flowable(cell: Cell | None) -> Paragraph | str:
    return "" if cell is None else Paragraph(markup(report_digits(cell.text)), style(cell.role))


def indicator_table(summary: YearSummary, width: float) -> Table:
    content = indicator_rows(summary)
    rows = [[_flowable(cell) for cell in row] for row in content.rows]
    spans = [("SPAN", (span.first_column, span.first_row), (span.last_column, span.last_row)) for span in content.spans]
    totals_start = content.totals_start
    widths = fit_columns(width_rows(content), width, SHARES, padding=PADDING)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                # empty cells are drawn in the table's font: without this, an unused Helvetica
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), layout.GRID_LINE, colors.black),
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
