"""An agency as one document (agency, assessments, plans): the sample's format and the JSON exchange format."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from sqlmodel import Session, select

from itadesk.domain.scores import parse_score
from itadesk.i18n import _
from itadesk.services.assessments import framework
from itadesk.services.errors import AlreadyExistsError, InvalidInputError
from itadesk.store import Store
from itadesk.store.tables import (
    MEASURE_STATUSES,
    Agency,
    Assessment,
    IndicatorAnalysis,
    IndicatorScore,
    Measure,
    OfficialToolScore,
    Plan,
    ResponsibleUnit,
)

DOCUMENT_FORMAT = "itadesk-agency"
DOCUMENT_VERSION = 1

DocScore = Annotated[Decimal, BeforeValidator(parse_score)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AgencyPart(_Strict):
    name: str = Field(min_length=1)
    kind: str = ""
    district: str = ""
    province: str = ""
    prepared_by_name: str = ""
    prepared_by_position: str = ""
    checked_by_name: str = ""
    checked_by_position: str = ""
    approved_by_name: str = ""
    approved_by_position: str = ""
    responsible_units: list[str] = []


class AssessmentPart(_Strict):
    fiscal_year: int = Field(ge=2500, le=2700)
    framework: int
    official_overall: DocScore | None = None
    official_level: str | None = None
    official_tool_scores: dict[str, DocScore] = {}
    source_note: str = ""
    scores: dict[int, DocScore] = {}
    overall_analysis: str = ""
    analyses: dict[int, str] = {}

    @model_validator(mode="after")
    def _fits_rules(self) -> "AssessmentPart":
        rules = framework(self.framework)
        numbers = {i.number for i in rules.indicators}
        for number in list(self.scores) + list(self.analyses):
            if number not in numbers:
                raise ValueError(
                    _("the {year} rules have no indicator {number}").format(year=rules.year, number=number)
                )
        for code in self.official_tool_scores:
            if code not in {t.code for t in rules.tools}:
                raise ValueError(_("the {year} rules have no tool {code}").format(year=rules.year, code=code))
        if self.official_level and rules.level_rank(self.official_level) is None:
            raise ValueError(
                _("“{level}” is not a level of the {year} rules").format(level=self.official_level, year=rules.year)
            )
        return self


class PeriodPart(_Strict):
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> "PeriodPart":
        if self.end < self.start:
            raise ValueError(_("the period ends before it starts"))
        return self


class MeasurePart(_Strict):
    indicator: int = Field(ge=1)
    title: str = Field(min_length=1)
    analysis: str = ""
    steps: list[str] = []
    period: PeriodPart | None = None
    responsible: list[str] = []
    status: Literal[MEASURE_STATUSES] = "not_started"  # type: ignore[valid-type]
    progress: int = Field(default=0, ge=0, le=100)
    evidence: str = ""


class PlanPart(_Strict):
    fiscal_year: int = Field(ge=2500, le=2700)
    based_on: int | None = None
    measures: list[MeasurePart] = []


class AgencyDocument(_Strict):
    format: Literal["itadesk-agency"]
    version: Literal[1]
    agency: AgencyPart
    assessments: list[AssessmentPart] = []
    plans: list[PlanPart] = []

    @model_validator(mode="after")
    def _years_unique(self) -> "AgencyDocument":
        years = [a.fiscal_year for a in self.assessments]
        if len(set(years)) != len(years):
            raise ValueError(_("an assessment year appears twice"))
        plan_years = [p.fiscal_year for p in self.plans]
        if len(set(plan_years)) != len(plan_years):
            raise ValueError(_("a plan year appears twice"))
        for plan in self.plans:
            if plan.based_on is not None and plan.based_on not in years:
                raise ValueError(
                    _("plan {year} is based on {based_on}, which has no assessment").format(
                        year=plan.fiscal_year, based_on=plan.based_on
                    )
                )
        return self


def read_document(path: Path) -> AgencyDocument:
    """Parse and validate a document file; InvalidInputError names the place at fault."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInputError(_("{file} cannot be read: {error}").format(file=path.name, error=error)) from None
    try:
        return AgencyDocument.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]) or "."
        message = str(first.get("ctx", {}).get("error") or first["msg"])
        raise InvalidInputError(
            _("{file}: at {where}: {problem}").format(file=path.name, where="$" + where, problem=message)
        ) from None


def find_same_agency(session: Session, part: AgencyPart) -> Agency | None:
    return session.exec(
        select(Agency).where(
            Agency.name == part.name, Agency.district == part.district, Agency.province == part.province
        )
    ).first()


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
        session.add(
            Measure(
                plan_id=plan.id,
                indicator=measure.indicator,
                position=position,
                title=measure.title,
                analysis=measure.analysis,
                steps=list(measure.steps),
                period_start=measure.period.start if measure.period else None,
                period_end=measure.period.end if measure.period else None,
                responsible=list(measure.responsible),
                status=measure.status,
                progress=measure.progress,
                evidence=measure.evidence,
            )
        )
