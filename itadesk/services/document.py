"""An agency as one document (agency, assessments, plans): the sample's format and the JSON exchange format."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    create_model,
    model_validator,
)

from itadesk.domain.agency import AGENCY_FIELDS
from itadesk.domain.fields import Described
from itadesk.domain.plan import MEASURE_FIELDS, PlanMeasure
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


def part_field(described: Described, constraints: dict[str, Any]) -> tuple[Any, Any]:
    """A domain field as a document's: lists of texts are JSON lists; `constraints` adds checks by field name (a
    type, or Field's arguments)."""
    checks = constraints.get(described.name, {})
    kind = list[str] if described.type == tuple[str, ...] else described.type
    if not isinstance(checks, dict):
        kind, checks = checks, {}
    if kind == list[str]:
        default = []
    else:
        default = ... if described.required else described.default
    return kind, Field(default, **checks)


def _part(name: str, described: tuple[Described, ...], constraints: dict[str, Any], **more: Any) -> Any:
    fields = {d.name: part_field(d, constraints) for d in described}
    return create_model(name, __base__=_Strict, __module__=__name__, **fields, **more)


AgencyPart = _part(
    "AgencyPart",
    AGENCY_FIELDS,
    {"name": Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]},
    responsible_units=(list[str], []),
)


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


# A measure's period is one item of the document (start and end, or none); its other fields are as declared.
_PERIOD = ("period_start", "period_end")
_MEASURE_CHECKS = {"indicator": {"ge": 1}, "title": {"min_length": 1}, "progress": {"ge": 0, "le": 100}}


def _measure_part_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for described in MEASURE_FIELDS:
        if described.name == _PERIOD[0]:
            fields["period"] = (PeriodPart | None, None)
        elif described.name not in _PERIOD:
            fields[described.name] = part_field(described, _MEASURE_CHECKS)
    return fields


MeasurePart = create_model("MeasurePart", __base__=_Strict, __module__=__name__, **_measure_part_fields())


def measure_from_part(part: Any) -> PlanMeasure:
    """A document's measure as the domain's."""
    values: dict[str, Any] = {}
    for described in MEASURE_FIELDS:
        if described.name in _PERIOD:
            values[described.name] = (
                getattr(part.period, described.name.removeprefix("period_")) if part.period else None
            )
        elif described.type == tuple[str, ...]:
            values[described.name] = tuple(getattr(part, described.name))
        else:
            values[described.name] = getattr(part, described.name)
    return PlanMeasure(**values)


def part_from_measure(measure: PlanMeasure) -> Any:
    """The domain's measure as a document's (a period needs both its start and its end)."""
    values: dict[str, Any] = {}
    for described in MEASURE_FIELDS:
        value = getattr(measure, described.name)
        if described.name not in _PERIOD:
            values[described.name] = list(value) if described.type == tuple[str, ...] else value
    start, end = (getattr(measure, name) for name in _PERIOD)
    values["period"] = PeriodPart(start=start, end=end) if start is not None and end is not None else None
    return MeasurePart(**values)


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


Model = TypeVar("Model", bound=BaseModel)


def read_document(path: Path) -> AgencyDocument:
    """Parse and validate a document file; InvalidInputError names the place at fault."""
    return read_json_model(path, AgencyDocument)


def read_json_model(path: Path, model: type[Model]) -> Model:
    """A JSON file read and validated as `model`; InvalidInputError names the file and the place at fault."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise InvalidInputError(
            _("{file} cannot be read: {error}").format(file=path.name, error=error_text(error))
        ) from None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]) or "."
        message = str(first.get("ctx", {}).get("error") or first["msg"])
        raise InvalidInputError(
            _("{file}: at {where}: {problem}").format(file=path.name, where="$" + where, problem=message)
        ) from None
