"""The store's tables. Scores are hundredths (see ScoreType); the database itself enforces the ranges."""

import types
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from itadesk.domain.agency import AGENCY_FIELDS
from itadesk.domain.fields import Described
from itadesk.domain.plan import MEASURE_FIELDS
from itadesk.store.types import ScoreType

MEASURE_STATUSES = ("not_started", "in_progress", "done", "cancelled")


def _now() -> datetime:
    return datetime.now(UTC)


def _fk(target: str, on_delete: str = "CASCADE", nullable: bool = False) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=True)


def column_of(described: Described) -> tuple[Any, Any]:
    """The type and the default of a domain field as a table's column: texts lists are JSON, a choice its value."""
    kind = described.type
    if kind == tuple[str, ...]:
        return list[str], Field(default_factory=list, sa_type=JSON)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return str, described.default.value
    return kind, ... if described.required else described.default


def _table(name: str, columns: dict[str, tuple[Any, Any]], **extra: Any) -> type:
    """A table of these columns (type and default each; `...` for no default), in this order."""
    annotations = {key: kind for key, (kind, _default) in columns.items()}
    defaults = {key: default for key, (_kind, default) in columns.items() if default is not ...}

    def body(namespace: dict[str, Any]) -> None:
        namespace.update(extra, __module__=__name__, __annotations__=annotations, **defaults)

    return types.new_class(name, (SQLModel,), {"table": True}, body)


Agency = _table(
    "Agency",
    {
        "id": (int | None, Field(default=None, primary_key=True)),
        **{d.name: column_of(d) for d in AGENCY_FIELDS},
        "created_at": (datetime, Field(default_factory=_now)),
    },
    __table_args__=(
        UniqueConstraint("name", "district", "province", name="uq_agency_place"),
        CheckConstraint("length(trim(name)) > 0", name="ck_agency_name"),
    ),
)


class ResponsibleUnit(SQLModel, table=True):
    """The agency's own list of units a measure can be given to (สำนักปลัด, กองคลัง …)."""

    __tablename__ = "responsible_unit"
    __table_args__ = (UniqueConstraint("agency_id", "name", name="uq_responsible_unit"),)

    id: int | None = Field(default=None, primary_key=True)
    agency_id: int = Field(sa_column=_fk("agency.id"))
    position: int = 0
    name: str


class Assessment(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("agency_id", "fiscal_year", name="uq_assessment_year"),
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="ck_assessment_year"),
        CheckConstraint("official_overall BETWEEN 0 AND 10000", name="ck_assessment_overall"),
    )

    id: int | None = Field(default=None, primary_key=True)
    agency_id: int = Field(sa_column=_fk("agency.id"))
    fiscal_year: int
    framework_year: int
    official_overall: Decimal | None = Field(default=None, sa_type=ScoreType)
    official_level: str | None = None
    overall_analysis: str = ""
    source_note: str = ""
    updated_at: datetime = Field(default_factory=_now)


class OfficialToolScore(SQLModel, table=True):
    __tablename__ = "official_tool_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "tool_code", name="uq_official_tool_score"),
        CheckConstraint("score BETWEEN 0 AND 10000", name="ck_official_tool_score"),
    )

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_fk("assessment.id"))
    tool_code: str
    score: Decimal = Field(sa_type=ScoreType)


class IndicatorScore(SQLModel, table=True):
    __tablename__ = "indicator_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "indicator", name="uq_indicator_score"),
        CheckConstraint("score BETWEEN 0 AND 10000", name="ck_indicator_score"),
        CheckConstraint("indicator BETWEEN 1 AND 99", name="ck_indicator_score_number"),
    )

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_fk("assessment.id"))
    indicator: int
    score: Decimal = Field(sa_type=ScoreType)


class IndicatorAnalysis(SQLModel, table=True):
    __tablename__ = "indicator_analysis"
    __table_args__ = (UniqueConstraint("assessment_id", "indicator", name="uq_indicator_analysis"),)

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_fk("assessment.id"))
    indicator: int
    text: str = ""


class Plan(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("agency_id", "fiscal_year", name="uq_plan_year"),
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="ck_plan_year"),
    )

    id: int | None = Field(default=None, primary_key=True)
    agency_id: int = Field(sa_column=_fk("agency.id"))
    fiscal_year: int
    assessment_id: int | None = Field(default=None, sa_column=_fk("assessment.id", "SET NULL", nullable=True))


_POSITION_AFTER = "indicator"  # a measure's place among its indicator's measures: the column after the indicator
_BEFORE = MEASURE_FIELDS[: [d.name for d in MEASURE_FIELDS].index(_POSITION_AFTER) + 1]
_AFTER = MEASURE_FIELDS[len(_BEFORE) :]

Measure = _table(
    "Measure",
    {
        "id": (int | None, Field(default=None, primary_key=True)),
        "plan_id": (int, Field(sa_column=_fk("plan.id"))),
        **{d.name: column_of(d) for d in _BEFORE},
        "position": (int, 0),
        **{d.name: column_of(d) for d in _AFTER},
        "updated_at": (datetime, Field(default_factory=_now)),
    },
    __table_args__=(
        CheckConstraint("progress BETWEEN 0 AND 100", name="ck_measure_progress"),
        CheckConstraint("status IN ('not_started', 'in_progress', 'done', 'cancelled')", name="ck_measure_status"),
        CheckConstraint("period_end >= period_start", name="ck_measure_period"),
    ),
)
