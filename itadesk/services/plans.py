"""Plans and their measures, read from the store as domain objects."""

from sqlmodel import Session, col, select

from itadesk.domain.plan import ImprovementPlan, MeasureStatus, PlanMeasure
from itadesk.store.tables import Assessment, Measure, Plan


def _to_domain(row: Measure) -> PlanMeasure:
    return PlanMeasure(
        indicator=row.indicator,
        title=row.title,
        analysis=row.analysis,
        steps=tuple(row.steps or ()),
        period_start=row.period_start,
        period_end=row.period_end,
        responsible=tuple(row.responsible or ()),
        status=MeasureStatus(row.status),
        progress=row.progress,
        evidence=row.evidence,
    )


def plan_of(session: Session, agency_id: int, fiscal_year: int) -> ImprovementPlan | None:
    """The agency's plan for a fiscal year, measures by indicator and position."""
    plan = session.exec(select(Plan).where(Plan.agency_id == agency_id, Plan.fiscal_year == fiscal_year)).first()
    if plan is None:
        return None
    based_on = session.get(Assessment, plan.assessment_id) if plan.assessment_id else None
    rows = session.exec(
        select(Measure).where(Measure.plan_id == plan.id).order_by(col(Measure.indicator), col(Measure.position))
    )
    return ImprovementPlan(
        fiscal_year=plan.fiscal_year,
        based_on_year=based_on.fiscal_year if based_on else None,
        measures=tuple(_to_domain(row) for row in rows),
    )
