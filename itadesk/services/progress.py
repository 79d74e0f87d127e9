"""The progress report (ITA item O26) of one plan as of a day: its data from the store or a document, and the PDF."""

from datetime import date
from pathlib import Path

from sqlmodel import col, select

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan
from itadesk.domain.progress import PlanProgress, ProgressReportData
from itadesk.errors import UserError
from itadesk.i18n import _, current_language
from itadesk.services.assessments import agency_profile
from itadesk.services.document import AgencyDocument
from itadesk.services.document_report import plan_from_part, profile_from_document
from itadesk.services.errors import NotFoundError
from itadesk.services.export import SAMPLE_YEAR, PageNumbers
from itadesk.services.files import write_atomically
from itadesk.services.plans import plan_of
from itadesk.services.rules import framework
from itadesk.store import Store
from itadesk.store.tables import Agency, Assessment, Plan
from itadesk.thai.digits import to_thai_digits

SAMPLE_PLAN_YEAR = SAMPLE_YEAR + 1  # the sample's plan, written from its SAMPLE_YEAR results


def _years(years: list[int]) -> str:
    text = ", ".join(str(year) for year in years)
    return to_thai_digits(text) if current_language() == "th" else text


def _no_plan(agency: str, plan_year: int, years: list[int]) -> NotFoundError:
    if not years:
        return NotFoundError(_("{agency} has no improvement plan yet.").format(agency=agency))
    return NotFoundError(
        _("{agency} has no improvement plan for fiscal year {year}; it has plans for {years}.").format(
            agency=agency, year=_years([plan_year]), years=_years(years)
        )
    )


def _rules(*years: int | None) -> Framework | None:
    """The rules of the first of the years that has them: the indicators' names."""
    for year in years:
        if year is None:
            continue
        try:
            return framework(year)
        except UserError:
            continue
    return None


def _data(agency: AgencyProfile, plan: ImprovementPlan, as_of: date, rules_year: int | None) -> ProgressReportData:
    # The indicators are those of the assessment the plan answers (else of the year before the plan, or its own).
    rules = _rules(rules_year, plan.based_on_year, plan.fiscal_year - 1, plan.fiscal_year)
    return ProgressReportData(agency, PlanProgress(plan, as_of), rules)


def plan_years(store: Store, agency_id: int) -> list[int]:
    with store.read() as session:
        return list(
            session.exec(select(Plan.fiscal_year).where(Plan.agency_id == agency_id).order_by(col(Plan.fiscal_year)))
        )


def require_plan(store: Store, agency_id: int, plan_year: int) -> None:
    """NotFoundError naming the years there are, when the agency has no plan for plan_year."""
    years = plan_years(store, agency_id)
    if plan_year not in years:
        with store.read() as session:
            agency = session.get(Agency, agency_id)
        raise _no_plan(agency.name if agency else str(agency_id), plan_year, years)


def plan_year_for(store: Store, agency_id: int, fiscal_year: int) -> int:
    """The plan to report on in fiscal_year: that year's, else the latest before it, else the latest there is.

    NotFoundError when the agency has no plan at all.
    """
    years = plan_years(store, agency_id)
    if fiscal_year in years:
        return fiscal_year
    if not years:
        require_plan(store, agency_id, fiscal_year)
    earlier = [year for year in years if year < fiscal_year]
    return (earlier or years)[-1]


def progress_data(store: Store, agency_id: int, plan_year: int, as_of: date) -> ProgressReportData:
    """The agency's plan of plan_year as of a day; NotFoundError naming the years it has plans for."""
    with store.read() as session:
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(_("There is no agency number {id}.").format(id=agency_id))
        plan = plan_of(session, agency_id, plan_year)
        rules_year = None
        if plan is not None and plan.based_on_year is not None:
            rules_year = session.exec(
                select(Assessment.framework_year).where(
                    Assessment.agency_id == agency_id, Assessment.fiscal_year == plan.based_on_year
                )
            ).first()
        profile = agency_profile(agency)
    if plan is None:
        raise _no_plan(profile.name, plan_year, plan_years(store, agency_id))
    return _data(profile, plan, as_of, rules_year)


def progress_data_from_document(document: AgencyDocument, plan_year: int, as_of: date) -> ProgressReportData:
    """The same from an agency document (the sample), without a store."""
    plans = {part.fiscal_year: part for part in document.plans}
    if plan_year not in plans:
        raise _no_plan(document.agency.name, plan_year, sorted(plans))
    part = plans[plan_year]
    rules_year = next((a.framework for a in document.assessments if a.fiscal_year == part.based_on), None)
    return _data(profile_from_document(document), plan_from_part(part), as_of, rules_year)


def write_progress_pdf(
    data: ProgressReportData, path: Path, signatures: bool | None = None, page_numbers: PageNumbers = "official"
) -> None:
    """The PDF, written whole or not at all."""
    from itadesk.report.progress import write_progress_report

    write_atomically(Path(path), lambda out: write_progress_report(data, out, signatures, page_numbers))


def export_progress_pdf(
    store: Store,
    agency_id: int,
    plan_year: int,
    as_of: date,
    path: Path,
    signatures: bool | None = None,
    page_numbers: PageNumbers = "official",
) -> None:
    write_progress_pdf(progress_data(store, agency_id, plan_year, as_of), path, signatures, page_numbers)


def export_sample_progress_pdf(
    path: Path, plan_year: int, as_of: date, signatures: bool | None = None, page_numbers: PageNumbers = "official"
) -> None:
    """The sample agency's progress report, made from its data file: no store is opened or changed."""
    from itadesk.services.sample import sample_document

    data = progress_data_from_document(sample_document(), plan_year, as_of)
    write_progress_pdf(data, path, signatures, page_numbers)
