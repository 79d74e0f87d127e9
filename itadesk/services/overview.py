"""Every agency of the store in one assessment year, read in one go: the overview's rows and the district summary."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select

from itadesk.domain.agency import AGENCY_FIELDS
from itadesk.domain.district import DistrictSummary, summarize_district
from itadesk.domain.framework import Framework
from itadesk.domain.overview import AgencyYear, OverviewFilter, OverviewRow, filter_rows, overview_row
from itadesk.domain.plan import PlanMeasure
from itadesk.domain.scoring import AssessmentResult, evaluate
from itadesk.i18n import _
from itadesk.services.agencies import agency_labels
from itadesk.services.assessments import agency_profile, figures_from_row
from itadesk.services.errors import InvalidInputError
from itadesk.services.file_names import short_agency_name
from itadesk.services.files import write_atomically
from itadesk.services.plans import MEASURE_COLUMNS, measure_from_values, plan_from_row
from itadesk.services.rules import framework
from itadesk.store import Store
from itadesk.store.tables import (
    Agency,
    Assessment,
    IndicatorAnalysis,
    IndicatorScore,
    Measure,
    OfficialToolScore,
    Plan,
)
from itadesk.thai.dates import fiscal_year_start


@dataclass(frozen=True)
class Overview:
    fiscal_year: int
    as_of: date
    framework: Framework  # the year's rules: its tools and levels head the columns
    rows: tuple[OverviewRow, ...]  # every agency of the store, in the store's order of names

    @property
    def tool_codes(self) -> tuple[str, ...]:
        return tuple(tool.code for tool in self.framework.tools)


def overview_years(store: Store) -> list[int]:
    """The assessment years any agency of the store holds, oldest first."""
    with store.read() as session:
        return sorted(session.exec(select(Assessment.fiscal_year).distinct()))


def agency_years(store: Store, fiscal_year: int) -> list[AgencyYear]:
    """Each agency with its assessment of the year (None when it has none), the year before, the year's analyses
    and the plan of the following fiscal year, in one read of the store: a query for each table, whatever the
    number of agencies."""
    years = col(Assessment.fiscal_year).in_((fiscal_year, fiscal_year - 1))
    this_year = col(Assessment.fiscal_year) == fiscal_year
    plan_year = col(Plan.fiscal_year) == fiscal_year + 1
    with store.read() as session:
        agencies = list(session.exec(select(Agency).order_by(col(Agency.name), col(Agency.district), col(Agency.id))))
        db = session.connection()
        assessments = db.execute(sa.select(*_ASSESSMENT_COLUMNS).where(years)).all()
        scores: dict[int, dict[int, Decimal]] = _per_assessment(
            db, IndicatorScore, IndicatorScore.indicator, IndicatorScore.score, years
        )
        tool_scores: dict[int, dict[str, Decimal]] = _per_assessment(
            db, OfficialToolScore, OfficialToolScore.tool_code, OfficialToolScore.score, years
        )
        analyses: dict[int, dict[int, str]] = _per_assessment(
            db, IndicatorAnalysis, IndicatorAnalysis.indicator, IndicatorAnalysis.text, this_year
        )
        plans = db.execute(
            sa.select(Plan.id, Plan.agency_id, Plan.fiscal_year, col(Assessment.fiscal_year).label("based_on_year"))
            .select_from(Plan)
            .outerjoin(Assessment, col(Assessment.id) == col(Plan.assessment_id))
            .where(plan_year)
        ).all()
        measures: dict[int, list[PlanMeasure]] = {}
        for plan_id, *values in db.execute(
            sa.select(Measure.plan_id, *_MEASURE_COLUMNS)
            .join(Plan, col(Plan.id) == Measure.plan_id)
            .where(plan_year)
            .order_by(Measure.plan_id, Measure.indicator, Measure.position, Measure.id)
        ).all():
            measures.setdefault(plan_id, []).append(measure_from_values(values))

    rules: dict[int, Framework] = {}

    def result(row: Any) -> AssessmentResult:
        if row.framework_year not in rules:
            rules[row.framework_year] = framework(row.framework_year)
        figures = figures_from_row(row, scores.get(row.id, {}), tool_scores.get(row.id, {}), rules[row.framework_year])
        return evaluate(figures)

    by_year = {(row.agency_id, row.fiscal_year): row for row in assessments}
    plans_by_agency = {
        plan.agency_id: plan_from_row(plan, plan.based_on_year, measures.get(plan.id, ())) for plan in plans
    }
    labels = _labels(agencies)
    entries = []
    for agency in agencies:
        current = by_year.get((agency.id, fiscal_year))
        previous = by_year.get((agency.id, fiscal_year - 1))
        entries.append(
            AgencyYear(
                agency=agency_profile(agency),
                fiscal_year=fiscal_year,
                current=result(current) if current is not None else None,
                previous=result(previous) if previous is not None else None,
                indicator_analyses=analyses.get(current.id, {}) if current is not None else {},
                plan=plans_by_agency.get(agency.id),
                label=short_agency_name(labels[agency.id]),
            )
        )
    return entries


def _per_assessment(db: Any, table: Any, key: Any, value: Any, where: Any) -> dict[int, dict[Any, Any]]:
    """One table's rows of the assessments `where` selects, as {assessment id: {key: value}}, in the order they
    were stored."""
    found: dict[int, dict[Any, Any]] = {}
    for assessment_id, item, datum in db.execute(
        sa.select(table.assessment_id, key, value)
        .join(Assessment, col(Assessment.id) == col(table.assessment_id))
        .where(where)
        .order_by(col(table.assessment_id), col(table.id))
    ).all():
        found.setdefault(assessment_id, {})[item] = datum
    return found


_ASSESSMENT_COLUMNS = (
    Assessment.id,
    Assessment.agency_id,
    Assessment.fiscal_year,
    Assessment.framework_year,
    Assessment.official_overall,
    Assessment.official_level,
)
# lists of texts and days are read as the database gives them and decoded by measure_from_values: quicker, for
# thousands of measures, than the column types' own decoding
_MEASURE_COLUMNS = tuple(
    sa.type_coerce(column, sa.String) if isinstance(column.type, sa.JSON | sa.Date) else column
    for column in (Measure.__table__.c[name] for name in MEASURE_COLUMNS)
)


def _labels(agencies: list[Agency]) -> dict[int, str]:
    """agency_labels of every agency, given each set of agencies whose names are alike on its own: a name is only
    ever told apart from the names like it, and comparing every name with every other is slow in a large district."""
    alike: dict[str, list[Agency]] = {}
    for agency in agencies:
        alike.setdefault(" ".join(agency.name.split()).casefold(), []).append(agency)
    labels: dict[int, str] = {}
    for group in alike.values():
        labels.update(agency_labels(group))
    return labels


def data_version(store: Store, fiscal_year: int) -> tuple[object, ...]:
    """What the overview of a year reads, in brief: it differs whenever a row it reads was added, deleted or edited
    through the services since. Each table's count and highest number, the latest edit of an assessment and of a
    measure of the next fiscal year's plans, and a digest of the agencies' details: two small queries."""
    aggregates: list[Any] = []
    for table in (Agency, Assessment, IndicatorScore, OfficialToolScore, IndicatorAnalysis, Plan, Measure):
        aggregates.append(sa.select(sa.func.count()).select_from(table).scalar_subquery())
        aggregates.append(sa.select(sa.func.max(table.id)).scalar_subquery())
    aggregates.append(sa.select(sa.func.max(Assessment.updated_at)).scalar_subquery())
    plans = sa.select(Plan.id).where(col(Plan.fiscal_year) == fiscal_year + 1)
    aggregates.append(sa.select(sa.func.max(Measure.updated_at)).where(Measure.plan_id.in_(plans)).scalar_subquery())
    with store.read() as session:
        db = session.connection()
        figures = tuple(db.execute(sa.select(*aggregates)).one())
        details = db.execute(sa.select(*_AGENCY_COLUMNS).order_by(col(Agency.id))).all()
    return (*figures, hash(tuple(tuple(row) for row in details)))


_AGENCY_COLUMNS = tuple(Agency.__table__.c[name] for name in ("id", *(d.name for d in AGENCY_FIELDS)))


def overview(
    store: Store, fiscal_year: int, as_of: date | None = None, wanted: OverviewFilter | None = None
) -> Overview:
    """The rows of every agency (or of those `wanted` lets through) for the year; plans' progress as of a day
    (today by default)."""
    as_of = as_of or date.today()
    rules = framework(fiscal_year)
    codes = [tool.code for tool in rules.tools]
    start = fiscal_year_start(fiscal_year + 1)
    rows = [overview_row(entry, as_of, start, codes) for entry in agency_years(store, fiscal_year)]
    if wanted is not None:
        rows = filter_rows(rows, wanted)
    return Overview(fiscal_year, as_of, rules, tuple(rows))


def district_summary(
    store: Store, fiscal_year: int, as_of: date | None = None, wanted: OverviewFilter | None = None
) -> DistrictSummary:
    made = overview(store, fiscal_year, as_of, wanted)
    return summary_of(made, wanted)


def summary_of(made: Overview, wanted: OverviewFilter | None = None) -> DistrictSummary:
    """The summary of rows already read (those the window shows)."""
    return summarize_district(made.rows, made.framework, made.fiscal_year, made.as_of, wanted)


SUMMARY_FORMATS = ("pdf", "xlsx")


def write_district_file(summary: DistrictSummary, path: Path) -> None:
    """The summary as a PDF (the printed summary) or an Excel workbook, by the file's suffix; all or nothing."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind == "xlsx":
        from itadesk.services.district_xlsx import write_district_workbook

        write_district_workbook(summary, path)
    elif kind == "pdf":
        from itadesk.report.district import write_district_report

        write_atomically(path, lambda out: write_district_report(summary, out))
    else:
        raise InvalidInputError(
            _("The summary is written as PDF or Excel: name the file {file} with .pdf or .xlsx.").format(file=path.name)
        )
