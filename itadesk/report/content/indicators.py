"""The rows of the indicator table: the ten indicators by tool with both years, then tool, overall and level rows.

A figure the program calculated where no official one was entered (a tool's mean, the overall score, the level)
carries COMPUTED_MARK, which the table's notes explain.
"""

from dataclasses import dataclass
from decimal import Decimal

from itadesk.domain.comparison import Change, ScoreChange
from itadesk.domain.drafting import level_is_computed, overall_is_computed, tool_is_computed
from itadesk.domain.summary import YearSummary
from itadesk.i18n import N_, th
from itadesk.report.content.cells import (
    BOLD,
    CENTER,
    HEAD,
    MINUS,
    MISSING,
    NUMBER,
    NUMBER_BOLD,
    TEXT,
    Cell,
    Row,
    Span,
)
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_number, format_signed

COMPUTED_MARK = "*"
_LABELS = {Change.UP: N_("increased"), Change.DOWN: N_("decreased"), Change.SAME: N_("unchanged")}
# A level is not a quantity: it rises or falls.
_LEVEL_LABELS = {Change.UP: N_("higher"), Change.DOWN: N_("lower"), Change.SAME: N_("unchanged")}


def change_label(change: Change) -> str:
    """ "▲ เพิ่มขึ้น", "▼ ลดลง", "= เท่าเดิม"; nothing when there is no year to compare with."""
    return "" if change is Change.UNKNOWN else f"{change.arrow} {th(_LABELS[change])}"


def level_change_label(change: Change) -> str:
    """ "▲ สูงขึ้น", "▼ ต่ำลง", "= เท่าเดิม"; nothing when the levels do not compare."""
    return "" if change is Change.UNKNOWN else f"{change.arrow} {th(_LEVEL_LABELS[change])}"


def signed(value: Decimal) -> str:
    """ "+๐.๗๓", "−๒.๕๐" (a real minus sign), "๐.๐๐"."""
    text = format_signed(value)
    return MINUS + text[1:] if text.startswith("-") else text


def _marked(text: str, computed: bool) -> str:
    return text + COMPUTED_MARK if computed and text != MISSING else text


@dataclass(frozen=True)
class IndicatorTableContent:
    rows: list[Row]  # the header first
    spans: list[Span]
    totals_start: int  # the first of the tool, overall and level rows; the ones above it are header and indicators


def _score(value: Decimal | None) -> str:
    return MISSING if value is None else format_number(value)


def _figures(
    scores: ScoreChange, bold: bool = False, computed: tuple[bool, bool] = (False, False)
) -> list[Cell | None]:
    """previous, current, difference, direction; computed: whether each year's figure is the program's."""
    role = NUMBER_BOLD if bold else NUMBER
    difference = scores.difference
    return [
        Cell(_marked(_score(scores.previous), computed[0]), role),
        Cell(_marked(_score(scores.current), computed[1]), role),
        Cell("" if difference is None else signed(difference), role),
        Cell(change_label(scores.change), CENTER),
    ]


def width_rows(content: IndicatorTableContent) -> list[Row]:
    """The rows that set the columns' widths: all but the labels of the tool, overall and level rows, which span
    the first two columns."""
    totals = [[None, None, *row[2:]] for row in content.rows[content.totals_start :]]
    return [*content.rows[: content.totals_start], *totals]


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
    before = summary.previous
    previous_tools = {t.tool.code: t for t in before.tools} if before else {}
    for tool in current.tools:
        label = th("{tool} score (weight {percent}%)").format(
            tool=tool.tool.code, percent=to_thai_digits(f"{tool.tool.weight * 100:.0f}")
        )
        old = previous_tools.get(tool.tool.code)
        scores = ScoreChange(old.score if old else None, tool.score)
        computed = (tool_is_computed(old), tool_is_computed(tool))
        rows.append([Cell(label, TEXT), None, *_figures(scores, computed=computed)])
        spans.append(Span(0, len(rows) - 1, 1, len(rows) - 1))
    comparison = summary.comparison
    overall = comparison.overall if comparison else ScoreChange(None, current.overall)
    computed = (overall_is_computed(before), overall_is_computed(current))
    rows.append([Cell(th("Overall score"), BOLD), None, *_figures(overall, bold=True, computed=computed)])
    spans.append(Span(0, len(rows) - 1, 1, len(rows) - 1))
    level = comparison.level if comparison else None
    previous_level = level.previous if level else None
    rows.append(
        [
            Cell(th("Level"), BOLD),
            None,
            Cell(_marked(previous_level or MISSING, level_is_computed(before)), CENTER),
            Cell(_marked(current.level_name or MISSING, level_is_computed(current)), CENTER),
            None,
            Cell(level_change_label(level.change) if level else "", CENTER),
        ]
    )
    spans.append(Span(0, len(rows) - 1, 1, len(rows) - 1))
    return IndicatorTableContent(rows, spans, totals_start)
