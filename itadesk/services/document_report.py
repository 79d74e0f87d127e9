"""The report data of an agency document without a store: for the sample, and to look at a file before importing."""

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.plan import ImprovementPlan
from itadesk.domain.scoring import AssessmentFigures, evaluate
from itadesk.domain.summary import ReportData, summarize
from itadesk.i18n import _
from itadesk.services.document import AgencyDocument, AssessmentPart, PlanPart, measure_from_part
from itadesk.services.errors import NotFoundError
from itadesk.services.rules import framework


def _figures(part: AssessmentPart) -> AssessmentFigures:
    return AssessmentFigures(
        fiscal_year=part.fiscal_year,
        framework=framework(part.framework),
        indicator_scores=dict(part.scores),
        official_overall=part.official_overall,
        official_level=part.official_level,
        official_tool_scores=dict(part.official_tool_scores),
    )


def plan_from_part(part: PlanPart) -> ImprovementPlan:
    measures = sorted(part.measures, key=lambda m: m.indicator)  # stable: keeps each indicator's order
    return ImprovementPlan(
        fiscal_year=part.fiscal_year,
        based_on_year=part.based_on,
        measures=tuple(measure_from_part(m) for m in measures),
    )


def profile_from_document(document: AgencyDocument) -> AgencyProfile:
    return AgencyProfile(id=None, **document.agency.model_dump(exclude={"responsible_units"}))


def report_data_from_document(document: AgencyDocument, fiscal_year: int) -> ReportData:
    by_year = {part.fiscal_year: part for part in document.assessments}
    if fiscal_year not in by_year:
        raise NotFoundError(
            _("{agency} has no assessment for {year}.").format(agency=document.agency.name, year=fiscal_year)
        )
    current = by_year[fiscal_year]
    previous = by_year.get(fiscal_year - 1)
    profile = profile_from_document(document)
    summary = summarize(profile, evaluate(_figures(current)), evaluate(_figures(previous)) if previous else None)
    plan = next((p for p in document.plans if p.fiscal_year == fiscal_year + 1), None)
    return ReportData(summary, current.overall_analysis, dict(current.analyses), plan_from_part(plan) if plan else None)
