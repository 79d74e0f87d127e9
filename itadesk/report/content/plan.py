"""The rows of the plan table: the six columns of the official form, measures grouped by indicator."""

from dataclasses import dataclass

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan, PlanMeasure
from itadesk.i18n import th
from itadesk.report.content.cells import BOLD, CENTER, HEAD, TEXT, Cell, Row
from itadesk.thai.dates import fiscal_year_end, fiscal_year_start, format_thai_date
from itadesk.thai.digits import to_thai_digits


@dataclass(frozen=True)
class PlanTableContent:
    rows: list[Row]  # the header first
    group_starts: list[int]  # the rows where an indicator's measures begin (a heavier line above them)


def plan_header() -> list[Cell]:
    return [
        Cell(th("Indicator"), HEAD),
        Cell(th("Measure, project or activity"), HEAD),
        Cell(
            th("Analysis of the indicator under the ITA criteria that the measure, project or activity answers"), HEAD
        ),
        Cell(th("Steps or method"), HEAD),
        Cell(th("Period"), HEAD),
        Cell(th("Responsible"), HEAD),
    ]


def _numbered(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"{to_thai_digits(n)}. {text}" for n, text in enumerate(items, start=1))


def period_text(measure: PlanMeasure, plan_year: int) -> str:
    start, end = measure.period_start, measure.period_end
    if start is None or end is None:
        return ""
    if start == fiscal_year_start(plan_year) and end == fiscal_year_end(plan_year):
        return th("Fiscal year B.E. {year}").format(year=to_thai_digits(plan_year))
    return f"{format_thai_date(start, abbreviated=True)} – {format_thai_date(end, abbreviated=True)}"


def _or_gap(text: str, role: str = TEXT) -> Cell:
    return Cell(text, role) if text.strip() else Cell(th("(not yet given)"), TEXT, gap=True)


def _row(indicator_cell: Cell | None, number: int, measure: PlanMeasure, plan_year: int) -> Row:
    return [
        indicator_cell,
        Cell(f"{to_thai_digits(number)}. {measure.title}", TEXT),
        _or_gap(measure.analysis),
        _or_gap(_numbered(measure.steps)),
        _or_gap(period_text(measure, plan_year), CENTER),
        _or_gap("\n".join(measure.responsible), CENTER),
    ]


def plan_rows(plan: ImprovementPlan, framework: Framework) -> PlanTableContent:
    rows: list[Row] = [plan_header()]
    group_starts = []
    for indicator_number, measures in plan.by_indicator().items():
        try:
            name = framework.indicator(indicator_number).name_th
        except KeyError:
            name = ""
        label = Cell(f"{to_thai_digits(indicator_number)}. {name}".strip(), BOLD)
        group_starts.append(len(rows))
        for number, measure in enumerate(measures, start=1):
            rows.append(_row(label if number == 1 else None, number, measure, plan.fiscal_year))
    return PlanTableContent(rows, group_starts)
