"""The action plan table: the sample report's six columns, header repeated on every page, rows split cleanly."""

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Table, TableStyle

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan, PlanMeasure
from itadesk.i18n import th
from itadesk.report.fit import column_width, share_rest
from itadesk.report.fonts import FONT
from itadesk.report.indicator_table import HEADER_FILL
from itadesk.report.styles import gap_marker, para
from itadesk.report.thaitext import MARKER
from itadesk.thai.dates import fiscal_year_end, fiscal_year_start, format_thai_date
from itadesk.thai.digits import to_thai_digits

# Shares of the width left once the indicator, period and responsible columns fit their longest word.
TEXT_COLUMN_SHARES = [4.7, 5.8, 6.0]
NARROW_COLUMN_MINIMUM = 2.6 * cm
# A row taller than what is left of a page is split there, but leaves at least two lines on each side.
MIN_ROW_PART = 45


def _numbered(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"{to_thai_digits(n)}. {text}" for n, text in enumerate(items, start=1))


def period_text(measure: PlanMeasure, plan_year: int) -> str:
    start, end = measure.period_start, measure.period_end
    if start is None or end is None:
        return ""
    if start == fiscal_year_start(plan_year) and end == fiscal_year_end(plan_year):
        return th("Fiscal year B.E. {year}").format(year=to_thai_digits(plan_year))
    return f"{format_thai_date(start, abbreviated=True)} – {format_thai_date(end, abbreviated=True)}"


def _or_gap(text: str, style: str = "cell") -> Paragraph:
    return para(text, style) if text.strip() else gap_marker(th("(not yet given)"))


def _row(indicator_cell: Paragraph | str, number: int, measure: PlanMeasure, plan_year: int) -> list:
    return [
        indicator_cell,
        para(f"{to_thai_digits(number)}. {measure.title}", "cell"),
        _or_gap(measure.analysis),
        _or_gap(_numbered(measure.steps)),
        _or_gap(period_text(measure, plan_year), "cell-center"),
        _or_gap("\n".join(measure.responsible), "cell-center"),
    ]


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
    header = [
        para(th("Indicator"), "cell-head"),
        para(th("Measure, project or activity"), "cell-head"),
        para(
            th("Analysis of the indicator under the ITA criteria that the measure, project or activity answers"),
            "cell-head",
        ),
        para(th("Steps or method"), "cell-head"),
        para(th("Period"), "cell-head"),
        para(th("Responsible"), "cell-head"),
    ]
    rows: list[list] = [header]
    group_lines = []
    for indicator_number, measures in plan.by_indicator().items():
        try:
            name = framework.indicator(indicator_number).name_th
        except KeyError:
            name = ""
        label = para(f"{to_thai_digits(indicator_number)}. {name}".strip(), "cell-bold")
        group_lines.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1.2, colors.black))
        for number, measure in enumerate(measures, start=1):
            rows.append(_row(label if number == 1 else "", number, measure, plan.fiscal_year))
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
