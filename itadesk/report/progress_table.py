"""The progress report's table of one indicator's measures: period, units, status, progress and evidence.

Every indicator's table has the same columns at the same widths, and pages itself as the plan does
(itadesk/report/plan_table.py): the header on every page, the indicator named again where its table goes on, a row
split only when it is tall and then with at least three lines on each side, never a header alone at a page's foot.
"""

from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph

from itadesk.domain.plan import MeasureStatus, PlanMeasure
from itadesk.domain.progress import NumberedMeasure, ProgressReportData, is_overdue, not_begun
from itadesk.i18n import th
from itadesk.report.content.cells import report_digits
from itadesk.report.content.plan import continued, indicator_title, numbered_title
from itadesk.report.fit import CELL_PADDING, column_width, share_rest
from itadesk.report.fonts import FONT
from itadesk.report.plan_table import (
    MIN_LAST_PAGE_LINES,
    PagedTable,
    TableEntry,
    cell_paragraphs,
    continued_title,
    period_text,
    title_entry,
)
from itadesk.report.styles import TABLE_SIZE
from itadesk.report.thaitext import MARKER, markup, paragraph_style, text_width
from itadesk.thai.dates import fiscal_year_end, fiscal_year_start, format_thai_date
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
    cell: list[Flowable] = cell_paragraphs(measure.status.report_label, "cell-center")
    if is_overdue(measure, data.progress.as_of):
        cell.append(Paragraph(markup(report_digits(th("overdue"))), _mark_style()))
    elif not_begun(measure, data.progress.as_of):
        cell += cell_paragraphs(th("period not begun"), "cell-center")
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


def _measure_row(item: NumberedMeasure, data: ProgressReportData) -> list[list[Flowable]]:
    measure = item.measure
    cancelled = measure.status is MeasureStatus.CANCELLED
    units = "\n".join(unit.strip() for unit in measure.responsible if unit.strip())
    return [
        cell_paragraphs(numbered_title(item.number, measure.title), "cell"),
        cell_paragraphs(_period(measure, data.progress.plan.fiscal_year), "cell-center"),
        cell_paragraphs(units or MISSING, "cell-center"),
        _status_cell(measure, data),
        cell_paragraphs(MISSING if cancelled else format_integer(measure.progress), "cell-center"),
        cell_paragraphs(measure.evidence.strip() or MISSING, "cell" if measure.evidence.strip() else "cell-center"),
    ]


def _header() -> list[list[Flowable]]:
    return [
        cell_paragraphs(th("Measure, project or activity"), "cell-head"),
        cell_paragraphs(th("Period"), "cell-head"),
        cell_paragraphs(th("Responsible"), "cell-head"),
        cell_paragraphs(th("Status"), "cell-head"),
        cell_paragraphs(th("Progress (%)"), "cell-head"),
        cell_paragraphs(th("Results and evidence"), "cell-head"),
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


def _table(
    number: int,
    items: list[NumberedMeasure],
    body: list[list[list[Flowable]]],
    data: ProgressReportData,
    widths: list[float],
    last: bool,
    caption: list[Flowable],
) -> PagedTable:
    """One indicator's table; on a page where it goes on, its first row names the indicator, marked as continued.
    last: the report's last table, whose last page must hold more than a stub; caption: what stands above it."""
    entries = []
    for item, cells in zip(items, body, strict=True):
        marks = [("BACKGROUND", (3, 0), (3, 0), OVERDUE_FILL)] if is_overdue(item.measure, data.progress.as_of) else []
        entries.append(TableEntry(cells, commands=marks))
    title = continued_title(continued(indicator_title(number, data.indicator_name(number))))

    def title_row(_group: int) -> TableEntry:
        return title_entry(title, 0, len(widths))

    return PagedTable(
        widths,
        TableEntry(_header()),
        entries,
        title_row,
        last_page_lines=MIN_LAST_PAGE_LINES if last else 0,
        caption=caption,
    )


def indicator_tables(
    data: ProgressReportData, width: float, captions: dict[int, list[Flowable]] | None = None
) -> dict[int, PagedTable]:
    """A table of each indicator that has measures, all with the same column widths. captions: each table's heading,
    if given, is kept on the page of the table's first rows (a heading given apart may end a page alone)."""
    numbered = data.progress.numbered()
    bodies = {number: [_measure_row(item, data) for item in items] for number, items in numbered.items()}
    widths = _column_widths([_header(), *(row for body in bodies.values() for row in body)], data, width)
    order = data.indicator_numbers()
    return {
        number: _table(
            number,
            numbered[number],
            bodies[number],
            data,
            widths,
            number == order[-1],
            (captions or {}).get(number, []),
        )
        for number in numbered
    }
