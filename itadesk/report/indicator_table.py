"""The table of the ten indicators grouped by tool, both years side by side, with tool, overall and level rows."""

from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from itadesk.domain.comparison import Change, ScoreChange
from itadesk.domain.summary import YearSummary
from itadesk.i18n import th
from itadesk.report.fit import column_width, share_rest
from itadesk.report.fonts import FONT
from itadesk.report.styles import para
from itadesk.report.thaitext import MARKER
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_number, format_signed

MISSING = "–"
PADDING = 4
HEADER_FILL = colors.HexColor("#dfe6ee")
TOTAL_FILL = colors.HexColor("#f1f1f1")


def _score(value: Decimal | None) -> str:
    return MISSING if value is None else format_number(value)


def change_label(change: Change) -> str:
    return "" if change is Change.UNKNOWN else f"{change.arrow} {th(_LABELS[change])}"


_LABELS = {Change.UP: "increased", Change.DOWN: "decreased", Change.SAME: "unchanged"}


def _cells(scores: ScoreChange, bold: bool = False) -> list:
    number_style = "cell-number-bold" if bold else "cell-number"
    difference = scores.difference
    return [
        para(_score(scores.previous), number_style),
        para(_score(scores.current), number_style),
        para("" if difference is None else format_signed(difference), number_style),
        para(change_label(scores.change), "cell-center"),
    ]


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
    current = summary.current
    year = current.figures.fiscal_year
    previous_scores = summary.previous.figures.indicator_scores if summary.previous else {}
    header = [
        para(th("Tool"), "cell-head"),
        para(th("Indicator"), "cell-head"),
        para(to_thai_digits(year - 1), "cell-head"),
        para(to_thai_digits(year), "cell-head"),
        para(th("Difference"), "cell-head"),
        para(th("Direction"), "cell-head"),
    ]
    rows: list[list] = [header]
    spans = []
    for tool in current.framework.tools:
        first = len(rows)
        for indicator in current.framework.indicators_of(tool.code):
            scores = ScoreChange(
                previous_scores.get(indicator.number), current.figures.indicator_scores.get(indicator.number)
            )
            name = f"{to_thai_digits(indicator.number)} {indicator.name_th}"
            rows.append([para(tool.code, "cell-center"), para(name, "cell"), *_cells(scores)])
        spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
    totals_start = len(rows)
    previous_tools = {t.tool.code: t.score for t in summary.previous.tools} if summary.previous else {}
    for tool in current.tools:
        label = th("{tool} score (weight {percent}%)").format(
            tool=tool.tool.code, percent=to_thai_digits(f"{tool.tool.weight * 100:.0f}")
        )
        rows.append([para(label, "cell"), "", *_cells(ScoreChange(previous_tools.get(tool.tool.code), tool.score))])
        spans.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
    comparison = summary.comparison
    overall = comparison.overall if comparison else ScoreChange(None, current.overall)
    rows.append([para(th("Overall score"), "cell-bold"), "", *_cells(overall, bold=True)])
    spans.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
    level = comparison.level if comparison else None
    rows.append(
        [
            para(th("Level"), "cell-bold"),
            "",
            para((level.previous if level else None) or MISSING, "cell-center"),
            para(current.level_name or MISSING, "cell-center"),
            "",
            para(change_label(level.change) if level else "", "cell-center"),
        ]
    )
    spans.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
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
