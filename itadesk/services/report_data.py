"""Everything the printed report of one agency's year needs, gathered from the store in one read."""

from sqlmodel import select

from itadesk.domain.summary import ReportData
from itadesk.services.assessments import year_summary
from itadesk.services.plans import plan_of
from itadesk.store import Store
from itadesk.store.tables import Assessment, IndicatorAnalysis


def report_data(store: Store, agency_id: int, fiscal_year: int) -> ReportData:
    summary = year_summary(store, agency_id, fiscal_year)
    with store.read() as session:
        assessment = session.exec(
            select(Assessment).where(Assessment.agency_id == agency_id, Assessment.fiscal_year == fiscal_year)
        ).one()
        analyses = {
            row.indicator: row.text
            for row in session.exec(select(IndicatorAnalysis).where(IndicatorAnalysis.assessment_id == assessment.id))
        }
        plan = plan_of(session, agency_id, fiscal_year + 1)
    return ReportData(summary, assessment.overall_analysis, analyses, plan)
