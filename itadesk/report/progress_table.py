"""The progress report's table of one indicator's measures: period, units, status, progress and evidence.

Every indicator's table has the same columns at the same widths; the header is repeated on each page and a long row
is split across pages.
"""

from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Table

from itadesk.domain.plan import MeasureStatus, PlanMeasure
from itadesk.domain.progress import NumberedMeasure, ProgressReportData, is_overdue, not_begun
from itadesk.i18n import th
from itadesk.report.fit import CELL_PADDING, column_width, share_rest
from itadesk.report.fonts import FONT
from itadesk.report.plan_table import MIN_ROW_PART, grid_style, period_text
from itadesk.report.styles import TABLE_SIZE, para
from itadesk.report.thaitext import MARKER, markup, paragraph_style, text_width
from itadesk.thai.dates import fiscal_year_end, fiscal_year_start, format_thai_date
from itadesk.thai.digits import to_thai_digits, to_thai_digits_in_prose
from itadesk.thai.numbers import format_integer

MISSING = "–"
OVERDUE_FILL = colors.HexColor("#f8d7d4")
# Shares of the width left to the measure and the evidence once the other columns fit their longest word.
TEXT_COLUMN_SHARES = [3.0, 2.0]
# Wide enough for the period's header in two lines and "ปีงบประมาณ พ.ศ. ๒๕๖๙" in two.
PERIOD_COLUMN_MINIMUM = 3.5 * cm


@cache
def _mark_style() -> ParagraphStyle:
    return paragraph_style("progress-mark", size=TABLE_SIZE, bold=True, alignment=TA_CENTER)


def short_date(day: date | None) -> str:
    return format_thai_date(day, abbreviated=True) if day else MISSING


def _status_cell(measure: PlanMeasure, data: ProgressReportData) -> list[Flowable]:
    cell: list[Flowable] = [para(measure.status.report_label, "cell-center")]
    if is_overdue(measure, data.progress.as_of):
        cell.append(Paragraph(markup(to_thai_digits_in_prose(th("overdue"))), _mark_style()))
    elif not_begun(measure, data.progress.as_of):
        cell.append(para(th("period not begun"), "cell-center"))
    return cell


def _date_lines(measure: PlanMeasure, plan_year: int) -> tuple[str, str] | None:
    """The first and last day of a period other than the whole fiscal year, as two lines that do not break."""
    start, end = measure.period_start, measure.period_end
    if start is None or end is None or (start, end) == (fiscal_year_start(plan_year), fiscal_year_end(plan_year)):
        return None
    return f"{short_date(start)} –", short_date(end)


def _period(measure: PlanMeasure, plan_year: int) -> str:
    """The plan's wording for a whole fiscal year, else each date on a line of its own."""
    lines = _date_lines(measure, plan_year)
    if lines is not None:
        return "\n".join(lines)
    return period_text(measure, plan_year) or MISSING


def _measure_row(item: NumberedMeasure, data: ProgressReportData) -> list:
    measure = item.measure
    cancelled = measure.status is MeasureStatus.CANCELLED
    return [
        para(f"{to_thai_digits(item.number)}. {measure.title}", "cell"),
        para(_period(measure, data.progress.plan.fiscal_year), "cell-center"),
        para("\n".join(measure.responsible) or MISSING, "cell-center"),
        _status_cell(measure, data),
        para(MISSING if cancelled else format_integer(measure.progress), "cell-center"),
        para(measure.evidence if measure.evidence.strip() else MISSING, "cell"),
    ]


def _header() -> list:
    return [
        para(th("Measure, project or activity"), "cell-head"),
        para(th("Period"), "cell-head"),
        para(th("Responsible"), "cell-head"),
        para(th("Status"), "cell-head"),
        para(th("Progress (%)"), "cell-head"),
        para(th("Results and evidence"), "cell-head"),
    ]


def fitted_width(cells: list[Flowable | list[Flowable]], minimum: float = 0.0) -> float:
    """The width of a column as wide as the longest word of its cells, each measured in its own font."""
    widths = [minimum]
    for cell in cells:
        for part in cell if isinstance(cell, list) else [cell]:
            if isinstance(part, Paragraph):
                text = part.getPlainText().replace(MARKER, "")
                widths.append(column_width([text], part.style.fontName, part.style.fontSize))
    return max(widths)


def _column_widths(rows: list[list], data: ProgressReportData, total: float) -> list[float]:
    """The same for every indicator's table; the period as wide as its longest date, the others their longest word."""
    plan_year = data.progress.plan.fiscal_year
    dates = [line for m in data.progress.plan.measures for line in _date_lines(m, plan_year) or ()]
    widest_date = max((text_width(line, FONT, TABLE_SIZE) for line in dates), default=0.0)
    period = max(PERIOD_COLUMN_MINIMUM, widest_date + 2 * CELL_PADDING + 2)
    fixed: list[float | None] = [None]
    for column in (1, 2, 3, 4):
        fixed.append(fitted_width([row[column] for row in rows], period if column == 1 else 0.0))
    fixed.append(None)
    return share_rest(total, fixed, [TEXT_COLUMN_SHARES[0], 1.0, 1.0, 1.0, 1.0, TEXT_COLUMN_SHARES[1]])


def _table(items: list[NumberedMeasure], body: list[list], data: ProgressReportData, widths: list[float]) -> Table:
    marks = [
        ("BACKGROUND", (3, row), (3, row), OVERDUE_FILL)
        for row, item in enumerate(items, start=1)
        if is_overdue(item.measure, data.progress.as_of)
    ]
    table = Table(
        [_header(), *body], colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=MIN_ROW_PART, hAlign="CENTER"
    )
    table.setStyle(grid_style(marks))
    return table


def indicator_tables(data: ProgressReportData, width: float) -> dict[int, Table]:
    """A table of each indicator that has measures, all with the same column widths."""
    numbered = data.progress.numbered()
    bodies = {number: [_measure_row(item, data) for item in items] for number, items in numbered.items()}
    widths = _column_widths([_header(), *(row for body in bodies.values() for row in body)], data, width)
    return {number: _table(numbered[number], bodies[number], data, widths) for number in numbered}
