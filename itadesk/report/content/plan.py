"""The plan table, one block per indicator: a row naming the indicator, the analysis that its measures answer, then
its measures (title, steps, period, responsible units).

An analysis shared by several measures of an indicator is printed once, above them; a measure whose analysis is empty
comes under the analysis above it. An empty field prints as "–"; steps the clerk numbered herself keep her numbers.
"""

import re
from dataclasses import dataclass

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan, PlanMeasure
from itadesk.i18n import th
from itadesk.report.content.cells import BOLD, CENTER, HEAD, MISSING, TEXT, Cell, Row
from itadesk.thai.dates import fiscal_year_end, fiscal_year_start, format_thai_date
from itadesk.thai.digits import to_thai_digits

COLUMNS = 4  # measure, steps, period, responsible

# A step or title that starts with a number or a letter of its own: "๑.", "1)", "(2)", "1.1 ", "ข้อ ๓",
# "ขั้นตอนที่ ๔", "ก.", "-", "•".
_OWN_MARKER = re.compile(
    r"^\s*(?:\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*\s*[.)]|[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})+\s"
    r"|(?:ข้อ(?:ที่)?|ขั้นตอนที่|ลำดับที่)\s*[0-9๐-๙]"
    r"|[ก-ฮ]\s*[.)]\s|[-–—•·*▪●○]\s?)"
)


@dataclass(frozen=True)
class PlanRow:
    """One row of a block. analysis: the row of the analysis (its label, then its text across the other columns)."""

    cells: Row  # COLUMNS cells; None where the cell to its left spans
    analysis: bool = False


@dataclass(frozen=True)
class PlanBlock:
    indicator: int
    title: str  # "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่": the row across the table that opens the block
    continued: str  # the same, marked as continued: at the top of a page where the block goes on
    rows: list[PlanRow]


@dataclass(frozen=True)
class PlanTableContent:
    header: Row
    blocks: list[PlanBlock]


def plan_header() -> Row:
    return [
        Cell(th("Measure, project or activity"), HEAD),
        Cell(th("Steps or method"), HEAD),
        Cell(th("Period"), HEAD),
        Cell(th("Responsible"), HEAD),
    ]


def analysis_label() -> str:
    return th("Analysis of the indicator under the ITA criteria")


def indicator_title(number: int, name: str) -> str:
    return th("Indicator {number} {name}").format(number=to_thai_digits(number), name=name).strip()


def continued(title: str) -> str:
    """A block's or a table's title on a page where it goes on from the page before."""
    return th("{title} (continued)").format(title=title)


def own_marker(text: str) -> str:
    """The number or list mark the clerk typed herself at the start of the text ("๑.", "1)", "ข้อ ๑", "-"), with the
    spaces after it; "" when there is none."""
    match = _OWN_MARKER.match(text)
    if not match:
        return ""
    end = match.end()
    while end < len(text) and text[end] == " ":
        end += 1
    return text[:end]


def has_own_marker(text: str) -> bool:
    return bool(own_marker(text))


def numbered(items: tuple[str, ...] | list[str]) -> list[str]:
    """The items as printed: numbered ๑. ๒. … when there are several and none has a number of its own."""
    items = [item.strip() for item in items if item.strip()]
    if len(items) < 2 or any(has_own_marker(item) for item in items):
        return items
    return [f"{to_thai_digits(n)}. {item}" for n, item in enumerate(items, start=1)]


def numbered_title(number: int, title: str) -> str:
    """ "๒. จัดทำคู่มือ…": the measure's number within its indicator, unless the title starts with one."""
    title = title.strip()
    if not title:
        return f"{to_thai_digits(number)}. {MISSING}"
    return title if has_own_marker(title) else f"{to_thai_digits(number)}. {title}"


def period_text(measure: PlanMeasure, plan_year: int) -> str:
    start, end = measure.period_start, measure.period_end
    if start is None or end is None:
        return ""
    if start == fiscal_year_start(plan_year) and end == fiscal_year_end(plan_year):
        return th("Fiscal year B.E. {year}").format(year=to_thai_digits(plan_year))
    return f"{format_thai_date(start, abbreviated=True)} – {format_thai_date(end, abbreviated=True)}"


def _or_missing(text: str, role: str = TEXT) -> Cell:
    return Cell(text if text.strip() else MISSING, role if text.strip() else CENTER)


def _measure_row(number: int, measure: PlanMeasure, plan_year: int) -> PlanRow:
    return PlanRow(
        [
            Cell(numbered_title(number, measure.title), TEXT),
            _or_missing("\n".join(numbered(measure.steps))),
            _or_missing(period_text(measure, plan_year), CENTER),
            _or_missing("\n".join(unit.strip() for unit in measure.responsible if unit.strip()), CENTER),
        ]
    )


def _analysis_row(text: str) -> PlanRow:
    return PlanRow([Cell(analysis_label(), BOLD), _or_missing(text), None, None], analysis=True)


def _same_text(one: str, other: str) -> bool:
    """The same words: spaces and line breaks aside (a copy retyped with a space more is the same analysis)."""
    return re.sub(r"\s+", "", one) == re.sub(r"\s+", "", other)


def analysis_runs(measures: list[PlanMeasure]) -> list[tuple[str, list[int]]]:
    """(analysis, positions of its measures): consecutive measures with the same analysis (spaces aside) share one;
    a measure with none comes under the one before it."""
    runs: list[tuple[str, list[int]]] = []
    for position, measure in enumerate(measures):
        text = measure.analysis.strip()
        if runs and (not text or _same_text(text, runs[-1][0])):
            runs[-1][1].append(position)
        else:
            runs.append((text, [position]))
    return runs


def indicator_name(framework: Framework | None, number: int) -> str:
    if framework is None:
        return ""
    try:
        return framework.indicator(number).name_th
    except KeyError:
        return ""


def plan_rows(plan: ImprovementPlan, framework: Framework | None) -> PlanTableContent:
    blocks = []
    for indicator, measures in plan.by_indicator().items():
        rows: list[PlanRow] = []
        for analysis, positions in analysis_runs(measures):
            rows.append(_analysis_row(analysis))
            rows += [_measure_row(n + 1, measures[n], plan.fiscal_year) for n in positions]
        title = indicator_title(indicator, indicator_name(framework, indicator))
        blocks.append(PlanBlock(indicator, title, continued(title), rows))
    return PlanTableContent(plan_header(), blocks)
