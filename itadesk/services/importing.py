"""Adding an agency document (the sample, an import) to a store, in one transaction."""

import json
from pathlib import Path

from sqlmodel import Session

from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.services.agencies import same_place
from itadesk.services.document import (
    AgencyDocument,
    AgencyPart,
    AssessmentPart,
    PlanPart,
    measure_from_part,
    read_document,
)
from itadesk.services.errors import AlreadyExistsError, InvalidInputError
from itadesk.services.plans import row_values
from itadesk.store import Store
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


def find_same_agency(session: Session, part: AgencyPart) -> Agency | None:
    """The agency of the store that the document's agency is (same name and district)."""
    return same_place(session, part.name, part.district)


def import_document(store: Store, document: AgencyDocument) -> Agency:
    """Add the document's agency with everything it holds, in one transaction."""
    with store.transaction() as session:
        if find_same_agency(session, document.agency):
            raise AlreadyExistsError(
                _("{name} is already in this store; nothing was added.").format(name=document.agency.name)
            )
        agency = Agency(**document.agency.model_dump(exclude={"responsible_units"}))
        session.add(agency)
        session.flush()
        for position, unit in enumerate(dict.fromkeys(document.agency.responsible_units)):
            session.add(ResponsibleUnit(agency_id=agency.id, position=position, name=unit))
        by_year = {part.fiscal_year: _add_assessment(session, agency, part) for part in document.assessments}
        for plan_part in document.plans:
            _add_plan(session, agency, plan_part, by_year)
    return agency


def _add_assessment(session: Session, agency: Agency, part: AssessmentPart) -> Assessment:
    assessment = Assessment(
        agency_id=agency.id,
        fiscal_year=part.fiscal_year,
        framework_year=part.framework,
        official_overall=part.official_overall,
        official_level=part.official_level,
        overall_analysis=part.overall_analysis,
        source_note=part.source_note,
    )
    session.add(assessment)
    session.flush()
    for number, score in sorted(part.scores.items()):
        session.add(IndicatorScore(assessment_id=assessment.id, indicator=number, score=score))
    for code, score in part.official_tool_scores.items():
        session.add(OfficialToolScore(assessment_id=assessment.id, tool_code=code, score=score))
    for number, text in sorted(part.analyses.items()):
        session.add(IndicatorAnalysis(assessment_id=assessment.id, indicator=number, text=text))
    return assessment


def _add_plan(session: Session, agency: Agency, part: PlanPart, assessments: dict[int, Assessment]) -> None:
    based_on = assessments.get(part.based_on) if part.based_on is not None else None
    plan = Plan(agency_id=agency.id, fiscal_year=part.fiscal_year, assessment_id=based_on.id if based_on else None)
    session.add(plan)
    session.flush()
    positions: dict[int, int] = {}
    for measure in part.measures:
        position = positions.get(measure.indicator, 0)
        positions[measure.indicator] = position + 1
        session.add(Measure(plan_id=plan.id, position=position, **row_values(measure_from_part(measure))))


# A JSON agency file is some tens of kilobytes (the sample, two years and a plan: 70 KB); reading one takes some
# twenty-five times its size in memory at worst, so larger files are refused before they are read.
MAX_JSON_BYTES = 5 * 1024 * 1024


def _check_json(path: Path) -> None:
    """Refuse a JSON file too large or nested too deeply to be an agency's (read_document reports other faults)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_JSON_BYTES + 1)
    except OSError as error:
        raise InvalidInputError(
            _("{file} cannot be read: {error}").format(file=path.name, error=error_text(error))
        ) from None
    if len(data) > MAX_JSON_BYTES:
        raise InvalidInputError(
            _("{file} is larger than an agency's file can be ({size} MB at most), and was not imported.").format(
                file=path.name, size=MAX_JSON_BYTES // (1024 * 1024)
            )
        )
    try:
        json.loads(data)
    except RecursionError:
        raise InvalidInputError(
            _("{file} is damaged, or not an agency's file: its data is nested too deeply.").format(file=path.name)
        ) from None
    except ValueError:
        return  # not JSON: read_document names the line and column


def read_exchange_file(path: Path) -> AgencyDocument:
    """A JSON or Excel exchange file, chosen by its suffix; InvalidInputError names the place at fault."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        _check_json(path)
        return read_document(path)
    if suffix == ".xlsx":
        from itadesk.services.xlsx import read_xlsx

        return read_xlsx(path)
    raise InvalidInputError(
        _("{file}: only .json and .xlsx files exported by ITA Desk can be imported.").format(file=path.name)
    )


def import_file(store: Store, path: Path) -> Agency:
    """Read the whole file first, then add it in one transaction: a bad file changes nothing."""
    return import_document(store, read_exchange_file(path))
