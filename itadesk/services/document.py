"""An agency as one document (agency, assessments, plans): the sample's format and the JSON exchange format."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from itadesk.domain.plan import MeasureStatus
from itadesk.domain.scores import parse_score
from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.services.errors import InvalidInputError
from itadesk.services.rules import framework

DOCUMENT_FORMAT = "itadesk-agency"
DOCUMENT_VERSION = 1

DocScore = Annotated[Decimal, BeforeValidator(parse_score)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AgencyPart(_Strict):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
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
    status: MeasureStatus = MeasureStatus.NOT_STARTED
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
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise InvalidInputError(
            _("{file} cannot be read: {error}").format(file=path.name, error=error_text(error))
        ) from None
    try:
        return AgencyDocument.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]) or "."
        message = str(first.get("ctx", {}).get("error") or first["msg"])
        raise InvalidInputError(
            _("{file}: at {where}: {problem}").format(file=path.name, where="$" + where, problem=message)
        ) from None
