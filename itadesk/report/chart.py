"""Bar chart of both years' scores per indicator: a bar for each year, the indicator's number and name beside its
bars, each score at the end of its bar.

The scale starts at a round value below the lowest score, not at 0, so that 95 and 100 look different; the axis
says where it starts, and every bar carries its figure.
"""

import math
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from itadesk.domain.summary import YearSummary
from itadesk.i18n import th
from itadesk.report.content import layout
from itadesk.report.fonts import FONT, register_report_fonts
from itadesk.report.thaitext import shaped_text, text_width
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_number

PREVIOUS_COLOUR = colors.HexColor("#9aa8b8")
CURRENT_COLOUR = colors.HexColor("#1f4e79")
GRID_COLOUR = colors.HexColor("#d5d5d5")
TOP_SCORE = 100
# The scale shows at least this many points below the top, so a few tenths never look like a gulf.
LEAST_RANGE = 10


def axis_start(scores: list[Decimal]) -> int:
    """A round value (a multiple of 5) at least a point below the lowest score, and at least LEAST_RANGE below 100."""
    if not scores:
        return 0
    lowest = float(min(scores))
    start = math.floor((lowest - 1) / 5) * 5
    return max(0, min(start, TOP_SCORE - LEAST_RANGE))


def axis_step(start: int) -> int:
    span = TOP_SCORE - start
    for step in (1, 2, 5, 10):
        if span / step <= 6:
            return step
    return 20


def _text(x: float, y: float, text: str, size: float, anchor: str = "start", colour: colors.Color = colors.black):
    """A shaped string (Thai marks in place) at x, y, starting at, centred on or ending at x."""
    register_report_fonts()
    width = text_width(text, FONT, size)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    return String(x, y, shaped_text(text, FONT, size), fontName=FONT, fontSize=size, fillColor=colour)


def score_chart(summary: YearSummary, width: float, height: float | None = None) -> Drawing:
    """The chart `width` points wide; its height follows from the number of indicators (height: ignored unless
    larger, the chart then keeps its bars and leaves the rest blank)."""
    current = summary.current
    year = current.figures.fiscal_year
    previous = summary.previous.figures.indicator_scores if summary.previous else {}
    scores = current.figures.indicator_scores
    indicators = current.framework.indicators
    label_size = layout.TABLE_SIZE
    value_size = layout.NOTE_SIZE
    labels = [f"{to_thai_digits(i.number)} {i.name_th}" for i in indicators]
    # a year without figures (a first assessment) has no bars and no entry in the legend
    series = [(scores, CURRENT_COLOUR, year)]
    if summary.previous is not None:
        series.insert(0, (previous, PREVIOUS_COLOUR, year - 1))
    values = [[figures.get(i.number) for figures, _colour, _year in series] for i in indicators]
    start = axis_start([v for row in values for v in row if v is not None])
    step = axis_step(start)

    bar = value_size * 1.3
    group = len(series) * (bar + 1) + value_size * 0.9
    legend_height = label_size * 2.2
    axis_height = label_size * 2.6
    plot_height = group * len(indicators)
    total_height = max(height or 0.0, legend_height + plot_height + axis_height)
    label_width = max((text_width(label, FONT, label_size) for label in labels), default=0.0) + 6
    value_width = text_width(format_number(Decimal("100.00")), FONT, value_size) + 6
    left, right = label_width, width - value_width
    bottom = axis_height
    top = bottom + plot_height

    def x_of(value: Decimal) -> float:
        share = (float(value) - start) / (TOP_SCORE - start)
        return left + max(0.0, min(1.0, share)) * (right - left)

    drawing = Drawing(width, total_height)
    # Otherwise the drawing starts in Helvetica: a font named in the PDF, never used, not embedded.
    drawing.initialFontName = FONT

    ticks = sorted({start, TOP_SCORE, *range(math.ceil(start / step) * step, TOP_SCORE + 1, step)})
    for tick in ticks:
        x = x_of(Decimal(tick))
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID_COLOUR, strokeWidth=0.5))
        drawing.add(_text(x, bottom - label_size * 1.2, to_thai_digits(tick), value_size, "middle"))
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=0.7))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=colors.black, strokeWidth=0.7))
    drawing.add(_text(right, bottom - label_size * 2.3, th("points"), value_size, "end"))

    for position, (label, row) in enumerate(zip(labels, values, strict=True)):
        group_top = top - position * group - value_size * 0.45
        middle = group_top - len(series) * (bar + 1) / 2
        drawing.add(_text(left - 5, middle - label_size * 0.35, label, label_size, "end"))
        for number, (value, (_figures, colour, _year)) in enumerate(zip(row, series, strict=True)):
            y = group_top - (number + 1) * (bar + 1)
            if value is None:
                drawing.add(_text(left + 3, y + bar * 0.2, "–", value_size))
                continue
            end = x_of(value)
            drawing.add(Rect(left, y, end - left, bar, fillColor=colour, strokeColor=None))
            drawing.add(_text(end + 3, y + bar * 0.22, format_number(value), value_size))

    legend_y = total_height - label_size * 1.3
    x = left
    for _figures, colour, legend_year in series:
        text = th("B.E. {year}").format(year=to_thai_digits(legend_year))
        drawing.add(Rect(x, legend_y, label_size, label_size * 0.8, fillColor=colour, strokeColor=None))
        drawing.add(_text(x + label_size * 1.4, legend_y + label_size * 0.05, text, label_size))
        x += label_size * 1.4 + text_width(text, FONT, label_size) + label_size * 1.5
    return drawing
