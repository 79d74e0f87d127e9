"""Bar chart of the district summary: how many agencies reached each level, a bar for each level with its count at
the end. The scale starts at 0 (counts, unlike scores, are read from zero) and its ticks are whole numbers."""

import math

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.ttfonts import shapeStr

from itadesk.domain.district import LevelCount
from itadesk.i18n import th
from itadesk.report.chart import CURRENT_COLOUR, GRID_COLOUR, PREVIOUS_COLOUR
from itadesk.report.content import layout
from itadesk.report.fonts import FONT, register_report_fonts
from itadesk.report.thaitext import text_width
from itadesk.thai.numbers import format_integer

MOST_TICKS = 6


def _text(x: float, y: float, text: str, size: float, anchor: str = "start") -> String:
    """A shaped string (Thai marks in place) starting at, centred on or ending at x."""
    register_report_fonts()
    width = text_width(text, FONT, size)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    return String(x, y, shapeStr(text, FONT, size), fontName=FONT, fontSize=size, fillColor=colors.black)


def count_step(most: int) -> int:
    """A whole step (1, 2, 5, 10, 20, 50 …) that puts at most MOST_TICKS steps between 0 and most."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if math.ceil(most / (power * factor)) <= MOST_TICKS:
                return power * factor
        power *= 10


def no_level_label() -> str:
    return th("No result yet")


def level_chart(levels: tuple[LevelCount, ...], width: float) -> Drawing:
    """The chart `width` points wide; a level without agencies keeps its row, so every year's chart reads alike."""
    label_size = layout.TABLE_SIZE
    value_size = layout.NOTE_SIZE
    rows = [(count.level or no_level_label(), count.count, count.level is None) for count in levels]
    most = max((count for _label, count, _none in rows), default=0)
    step = count_step(max(most, 1))
    top_value = max(step, math.ceil(max(most, 1) / step) * step)
    bar = label_size * 1.3
    pitch = bar + label_size * 0.9
    axis_height = label_size * 2.6
    plot_height = pitch * len(rows)
    height = plot_height + axis_height + label_size * 0.6
    label_width = max((text_width(label, FONT, label_size) for label, _count, _none in rows), default=0.0) + 8
    value_width = text_width(format_integer(top_value) + " " + th("agencies"), FONT, value_size) + 8
    left, right = label_width, width - value_width
    bottom, top = axis_height, axis_height + plot_height

    def x_of(value: int) -> float:
        return left + (right - left) * value / top_value

    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # otherwise the drawing starts in Helvetica, named in the PDF and never used
    for tick in range(0, top_value + 1, step):
        x = x_of(tick)
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID_COLOUR, strokeWidth=0.5))
        drawing.add(_text(x, bottom - label_size * 1.2, format_integer(tick), value_size, "middle"))
    drawing.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=0.7))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=colors.black, strokeWidth=0.7))
    drawing.add(_text(right, bottom - label_size * 2.3, th("agencies"), value_size, "end"))
    for position, (label, count, no_level) in enumerate(rows):
        y = top - (position + 1) * pitch + (pitch - bar) / 2
        drawing.add(_text(left - 5, y + bar * 0.25, label, label_size, "end"))
        if count:
            colour = PREVIOUS_COLOUR if no_level else CURRENT_COLOUR
            drawing.add(Rect(left, y, x_of(count) - left, bar, fillColor=colour, strokeColor=None))
        drawing.add(_text(x_of(count) + 3, y + bar * 0.25, format_integer(count), value_size))
    return drawing
