"""The rows of the indicator table: the ten indicators by tool with both years, then tool, overall and level rows."""

from dataclasses import dataclass
from decimal import Decimal

from itadesk.domain.comparison import Change, ScoreChange
from itadesk.domain.summary import YearSummary
from itadesk.i18n import N_, th
from itadesk.report.content.cells import BOLD, CENTER, HEAD, MISSING, NUMBER, NUMBER_BOLD, TEXT, Cell, Row, Span
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_number, format_signed

_LABELS = {Change.UP: N_("increased"), Change.DOWN: N_("decreased"), Change.SAME: N_("unchanged")}


def change_label(change: Change) -> str:
    """ "▲ เพิ่มขึ้น", "▼ ลดลง", "= เท่าเดิม"; nothing when there is no year to compare with."""
    return "" if change is Change.UNKNOWN else f"{change.arrow} {th(_LABELS[change])}"


@dataclass(frozen=True)
class IndicatorTableContent:
    rows: list[Row]  # the header first
    spans: list[Span]
    totals_start: int  # the first of the tool, overall and level rows; the ones above it are header and indicators


def _score(value: Decimal | None) -> str:
    return MISSING if value is None else format_number(value)


def _figures(scores: ScoreChange, bold: bool = False) -> list[Cell | None]:
    role = NUMBER_BOLD if bold else NUMBER
    difference = scores.difference
    return [
        Cell(_score(scores.previous), role),
        Cell(_score(scores.current), role),
        Cell("" if difference is None else format_signed(difference), role),
        Cell(change_label(scores.change), CENTER),
    ]


def indicator_rows(summary: YearSummary) -> IndicatorTableContent:
    current = summary.current
    year = current.figures.fiscal_year
    previous_scores = summary.previous.figures.indicator_scores if summary.previous else {}
    rows: list[Row] = [
        [
            Cell(th("Tool"), HEAD),
            Cell(th("Indicator"), HEAD),
            Cell(to_thai_digits(year - 1), HEAD),
            Cell(to_thai_digits(year), HEAD),
            Cell(th("Difference"), HEAD),
            Cell(th("Direction"), HEAD),
        ]
    ]
    spans = []
    for tool in current.framework.tools:
        first = len(rows)
        for indicator in current.framework.indicators_of(tool.code):
            scores = ScoreChange(
                previous_scores.get(indicator.number), current.figures.indicator_scores.get(indicator.number)
            )
            name = f"{to_thai_digits(indicator.number)} {indicator.name_th}"
            rows.append([Cell(tool.code, CENTER), Cell(name, TEXT), *_figures(scores)])
        spans.append(Span(0, first, 0, len(rows) - 1))
    totals_start = len(rows)
    previous_tools = {t.tool.code: t.score for t in summary.previous.tools} if summary.previous else {}
    for tool in current.tools:
        label = th("{tool} score (weight {percent}%)").format(
            tool=tool.tool.code, percent=to_thai_digits(f"{tool.tool.weight * 100:.0f}")
        )
        rows.append([Cell(label, TEXT), None, *_figures(ScoreChange(previous_tools.get(tool.tool.code), tool.score))])
        spans.append(Span(0, len(rows) - 1, 1, len(rows) - 1))
    comparison = summary.comparison
    overall = comparison.overall if comparison else ScoreChange(None, current.overall)
    rows.append([Cell(th("Overall score"), BOLD), None, *_figures(overall, bold=True)])
    spans.append(Span(0, len(rows) - 1, 1, len(rows) - 1))
    level = comparison.level if comparison else None
    rows.append(
        [
            Cell(th("Level"), BOLD),
            None,
            Cell((level.previous if level else None) or MISSING, CENTER),
            Cell(current.level_name or MISSING, CENTER),
            None,
            Cell(change_label(level.change) if level else "", CENTER),
        ]
    )
    spans.append(Span(0, len(rows) - 1, 1, len(rows) - 1))
    return IndicatorTableContent(rows, spans, totals_start)
