"""Bar chart of both years' scores per indicator."""

from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from itadesk.domain.summary import YearSummary
from itadesk.i18n import th
from itadesk.report.fonts import FONT
from itadesk.thai.digits import to_thai_digits

PREVIOUS_COLOUR = colors.HexColor("#9aa8b8")
CURRENT_COLOUR = colors.HexColor("#1f4e79")


def _value(score: Decimal | None) -> float | None:
    # The chart is drawn, not computed with: float is fine here.
    return None if score is None else float(score)


def score_chart(summary: YearSummary, width: float, height: float = 210) -> Drawing:
    current = summary.current
    year = current.figures.fiscal_year
    previous = summary.previous.figures.indicator_scores if summary.previous else {}
    indicators = current.framework.indicators
    drawing = Drawing(width, height)
    # Otherwise the drawing starts in Helvetica: a font named in the PDF, never used, not embedded.
    drawing.initialFontName = FONT
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 40
    chart.width, chart.height = width - 60, height - 70
    chart.data = [
        [_value(previous.get(i.number)) for i in indicators],
        [_value(current.figures.indicator_scores.get(i.number)) for i in indicators],
    ]
    chart.categoryAxis.categoryNames = [to_thai_digits(i.number) for i in indicators]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 12
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 11
    chart.valueAxis.labelTextFormat = lambda value: to_thai_digits(f"{value:.0f}")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor = PREVIOUS_COLOUR
    chart.bars[1].fillColor = CURRENT_COLOUR
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 8
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 200, height - 8
    legend.fontName = FONT
    legend.fontSize = 12
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.alignment = "right"
    legend.colorNamePairs = [
        (PREVIOUS_COLOUR, th("B.E. {year}").format(year=to_thai_digits(year - 1))),
        (CURRENT_COLOUR, th("B.E. {year}").format(year=to_thai_digits(year))),
    ]
    drawing.add(legend)
    # Chart strings are not shaped: the legend and axis title are words without Thai marks (พ.ศ., คะแนน).
    drawing.add(String(0, height - 18, th("points"), fontName=FONT, fontSize=12))
    return drawing
