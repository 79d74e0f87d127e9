"""Bar chart of two years' scores per indicator, painted with QPainter (the project ships no QtCharts)."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from itadesk.domain.comparison import Comparison
from itadesk.i18n import _
from itadesk.ui import numerals

# The printed report's colours, so the window and the paper read alike.
EARLIER_COLOUR = QColor("#9aa8b8")
LATER_COLOUR = QColor("#1f4e79")
AXIS_MAX = 100
AXIS_STEP = 20
_PAD = 8.0


@dataclass(frozen=True)
class IndicatorBars:
    number: int
    name: str
    earlier: Decimal | None
    later: Decimal | None


def year_label(year: int) -> str:
    """พ.ศ. ๒๕๖๘ in the active language."""
    return _("B.E. {year}").format(year=numerals.digits(year))


class ScoreChart(QWidget):
    """Both years' scores side by side for each indicator, on a 0–100 axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[IndicatorBars, ...] = ()
        self._years: tuple[int, int] | None = None
        self.setMinimumSize(self.minimumSizeHint())

    def set_comparison(self, comparison: Comparison | None) -> None:
        if comparison is None:
            self._bars, self._years = (), None
        else:
            self._bars = tuple(
                IndicatorBars(c.indicator.number, c.indicator.name_th, c.scores.previous, c.scores.current)
                for c in comparison.indicators
            )
            self._years = (comparison.previous.figures.fiscal_year, comparison.current.figures.fiscal_year)
        self.setAccessibleName(self._title())
        self.update()

    def bars(self) -> tuple[IndicatorBars, ...]:
        return self._bars

    def sizeHint(self) -> QSize:
        return QSize(520, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 200)

    def _title(self) -> str:
        if self._years is None:
            return ""
        earlier, later = self._years
        return _("Scores by indicator, B.E. {previous} and {year}").format(
            previous=numerals.digits(earlier), year=numerals.digits(later)
        )

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = metrics.horizontalAdvance(numerals.digits(AXIS_MAX)) + 2 * _PAD
        top = metrics.height() * 2 + _PAD  # the legend and the axis title sit above the plot
        bottom = metrics.height() + _PAD
        return QRectF(left, top, max(self.width() - left - _PAD * 2, 1), max(self.height() - top - bottom, 1))

    def _group_width(self, plot: QRectF) -> float:
        return plot.width() / max(len(self._bars), 1)

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / AXIS_MAX

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        plot = self._plot_rect()
        self._paint_axis(painter, plot)
        self._paint_bars(painter, plot)
        self._paint_legend(painter)
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        for value in range(0, AXIS_MAX + 1, AXIS_STEP):
            y = self._y(plot, value)
            painter.setPen(QPen(grid if value else text, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = QRectF(0, y - metrics.height() / 2, plot.left() - _PAD, metrics.height())
            painter.setPen(text)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, numerals.digits(value))
        title = QRectF(_PAD, _PAD / 2, plot.width(), metrics.height())
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _("points"))

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        text = self.palette().color(QPalette.ColorRole.Text)
        group = self._group_width(plot)
        bar = min(group * 0.36, 40.0)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, item in enumerate(self._bars):
            centre = plot.left() + group * (index + 0.5)
            for value, colour, x in (
                (item.earlier, EARLIER_COLOUR, centre - bar - 1),
                (item.later, LATER_COLOUR, centre + 1),
            ):
                if value is None:
                    continue
                # Drawing only: float precision is plenty for a pixel height.
                height = plot.bottom() - self._y(plot, min(max(float(value), 0.0), AXIS_MAX))
                painter.fillRect(QRectF(x, plot.bottom() - height, bar, height), colour)
            label = QRectF(centre - group / 2, plot.bottom() + 2, group, metrics.height())
            painter.setPen(text)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, numerals.digits(item.number))
            painter.setPen(Qt.PenStyle.NoPen)

    def _paint_legend(self, painter: QPainter) -> None:
        if self._years is None:
            return
        metrics = QFontMetricsF(self.font())
        swatch = metrics.ascent() * 0.7
        entries = [(EARLIER_COLOUR, year_label(self._years[0])), (LATER_COLOUR, year_label(self._years[1]))]
        widths = [swatch + _PAD / 2 + metrics.horizontalAdvance(label) for _colour, label in entries]
        x = self.width() - _PAD - sum(widths) - 2 * _PAD * (len(entries) - 1)
        top = _PAD / 2
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for (colour, label), width in zip(entries, widths, strict=True):
            painter.fillRect(QRectF(x, top + (metrics.height() - swatch) / 2, swatch, swatch), colour)
            text = QRectF(x + swatch + _PAD / 2, top, width, metrics.height())
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += width + 2 * _PAD

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tooltip_at(event.pos().x())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip_at(self, x: float) -> str:
        """The exact scores of the indicator under the pointer: the bars alone only show their size."""
        if self._years is None or not self._bars:
            return ""
        plot = self._plot_rect()
        index = int((x - plot.left()) // self._group_width(plot))
        if not 0 <= index < len(self._bars) or x < plot.left():
            return ""
        item = self._bars[index]
        lines = [_("Indicator {number} {name}").format(number=numerals.digits(item.number), name=item.name)]
        for year, value in zip(self._years, (item.earlier, item.later), strict=True):
            lines.append(f"{year_label(year)}: {'–' if value is None else numerals.number(value)}")
        return "\n".join(lines)
