"""One agency out of the store as an AgencyDocument, and that document as a JSON exchange file."""

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from itadesk.i18n import _
from itadesk.services.document import (
    DOCUMENT_FORMAT,
    DOCUMENT_VERSION,
    AgencyDocument,
    AgencyPart,
    AssessmentPart,
    PlanPart,
    part_from_measure,
)
from itadesk.services.errors import NotFoundError
from itadesk.services.files import write_atomically
from itadesk.services.plans import measure_from_row
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

_AGENCY_FIELDS = tuple(name for name in AgencyPart.model_fields if name != "responsible_units")


def agency_document(store: Store, agency_id: int) -> AgencyDocument:
    """Everything the store holds about one agency, in the order the store keeps it."""
    with store.read() as session:
        return document_in(session, agency_id)


def document_in(session: Session, agency_id: int) -> AgencyDocument:
    """agency_document, read in a session already open (a transaction that is about to change the agency)."""
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise NotFoundError(_("There is no agency number {id}.").format(id=agency_id))
    units = session.exec(
        select(ResponsibleUnit.name)
        .where(ResponsibleUnit.agency_id == agency_id)
        .order_by(col(ResponsibleUnit.position), col(ResponsibleUnit.id))
    ).all()
    assessments = session.exec(
        select(Assessment).where(Assessment.agency_id == agency_id).order_by(col(Assessment.fiscal_year))
    ).all()
    years = {a.id: a.fiscal_year for a in assessments}
    plans = session.exec(select(Plan).where(Plan.agency_id == agency_id).order_by(col(Plan.fiscal_year))).all()
    return AgencyDocument(
        format=DOCUMENT_FORMAT,
        version=DOCUMENT_VERSION,
        agency=AgencyPart(**{name: getattr(agency, name) for name in _AGENCY_FIELDS}, responsible_units=list(units)),
        assessments=[_assessment_part(session, row) for row in assessments],
        plans=[_plan_part(session, row, years) for row in plans],
    )


def _assessment_part(session: Session, row: Assessment) -> AssessmentPart:
    scores = session.exec(
        select(IndicatorScore).where(IndicatorScore.assessment_id == row.id).order_by(col(IndicatorScore.indicator))
    )
    tools = session.exec(
        select(OfficialToolScore)
        .where(OfficialToolScore.assessment_id == row.id)
        .order_by(col(OfficialToolScore.tool_code))
    )
    analyses = session.exec(
        select(IndicatorAnalysis)
        .where(IndicatorAnalysis.assessment_id == row.id)
        .order_by(col(IndicatorAnalysis.indicator))
    )
    return AssessmentPart(
        fiscal_year=row.fiscal_year,
        framework=row.framework_year,
        official_overall=row.official_overall,
        official_level=row.official_level,
        official_tool_scores={t.tool_code: t.score for t in tools},
        source_note=row.source_note,
        scores={s.indicator: s.score for s in scores},
        overall_analysis=row.overall_analysis,
        analyses={a.indicator: a.text for a in analyses},
    )


def _plan_part(session: Session, row: Plan, years: dict[int | None, int]) -> PlanPart:
    measures = session.exec(
        select(Measure).where(Measure.plan_id == row.id).order_by(col(Measure.indicator), col(Measure.position))
    )
    return PlanPart(
        fiscal_year=row.fiscal_year,
        based_on=years.get(row.assessment_id),
        measures=[part_from_measure(measure_from_row(m)) for m in measures],
    )


def _scores_as_text(value: Any) -> Any:
    """Every score as "95.50": the published form, and the same bytes whichever way the Decimal was made."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dict):
        return {key: _scores_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_scores_as_text(item) for item in value]
    return value


def document_json(document: AgencyDocument) -> str:
    raw = _scores_as_text(document.model_dump(mode="python"))
    # model_dump(mode="python") keeps dates and enums as objects; the json round trip below turns them to text.
    return json.dumps(raw, ensure_ascii=False, indent=2, default=_plain) + "\n"


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def write_json(document: AgencyDocument, path: Path) -> None:
    """The document as UTF-8 JSON (Thai kept readable); an existing file is replaced only by a complete one."""
    data = document_json(document).encode("utf-8")
    write_atomically(Path(path), lambda out: out.write(data))
