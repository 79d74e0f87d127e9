"""The rows of an agency document's parts, written in a session: a new agency with all it holds, a year's
assessment or plan added, or one put in place of what the store held."""

from datetime import UTC, datetime

from sqlmodel import Session, col, delete

from itadesk.services.document import AgencyDocument, AssessmentPart, PlanPart, measure_from_part
from itadesk.services.plans import row_values
from itadesk.store.tables import (
    Agency,
    Assessment,
    IndicatorAnalysis,
    IndicatorScore,
    Measure,
    OfficialToolScore,
    Plan,
    ResponsibleUnit,
)


def add_agency_rows(session: Session, document: AgencyDocument) -> Agency:
    """A new agency with its units, assessments and plans."""
    agency = Agency(**document.agency.model_dump(exclude={"responsible_units"}))
    session.add(agency)
    session.flush()
    for position, unit in enumerate(dict.fromkeys(document.agency.responsible_units)):
        session.add(ResponsibleUnit(agency_id=agency.id, position=position, name=unit))
    by_year = {part.fiscal_year: add_assessment(session, agency.id, part).id for part in document.assessments}
    for plan_part in document.plans:
        add_plan(session, agency.id, plan_part, by_year)
    return agency


def add_assessment(session: Session, agency_id: int, part: AssessmentPart) -> Assessment:
    assessment = Assessment(agency_id=agency_id, fiscal_year=part.fiscal_year, framework_year=part.framework)
    fill_assessment(session, assessment, part)
    return assessment


def fill_assessment(session: Session, assessment: Assessment, part: AssessmentPart) -> None:
    """The assessment holds what the part holds, and nothing else: its scores, official result and analyses are
    replaced (the row itself stays, so a plan made from it stays tied to it)."""
    assessment.framework_year = part.framework
    assessment.official_overall = part.official_overall
    assessment.official_level = part.official_level
    assessment.overall_analysis = part.overall_analysis
    assessment.source_note = part.source_note
    assessment.updated_at = datetime.now(UTC)
    session.add(assessment)
    session.flush()
    for table in (IndicatorScore, OfficialToolScore, IndicatorAnalysis):
        session.exec(delete(table).where(col(table.assessment_id) == assessment.id))
    for number, score in sorted(part.scores.items()):
        session.add(IndicatorScore(assessment_id=assessment.id, indicator=number, score=score))
    for code, score in part.official_tool_scores.items():
        session.add(OfficialToolScore(assessment_id=assessment.id, tool_code=code, score=score))
    for number, text in sorted(part.analyses.items()):
        session.add(IndicatorAnalysis(assessment_id=assessment.id, indicator=number, text=text))


def add_plan(session: Session, agency_id: int, part: PlanPart, assessment_ids: dict[int, int]) -> Plan:
    """A new plan; `assessment_ids` gives the store's assessment of each year (for the year it is based on)."""
    plan = Plan(agency_id=agency_id, fiscal_year=part.fiscal_year)
    fill_plan(session, plan, part, assessment_ids)
    return plan


def fill_plan(session: Session, plan: Plan, part: PlanPart, assessment_ids: dict[int, int]) -> None:
    """The plan holds the part's measures, in its order, and nothing else."""
    plan.assessment_id = assessment_ids.get(part.based_on) if part.based_on is not None else None
    session.add(plan)
    session.flush()
    session.exec(delete(Measure).where(col(Measure.plan_id) == plan.id))
    positions: dict[int, int] = {}
    for measure in part.measures:
        position = positions.get(measure.indicator, 0)
        positions[measure.indicator] = position + 1
        session.add(Measure(plan_id=plan.id, position=position, **row_values(measure_from_part(measure))))
