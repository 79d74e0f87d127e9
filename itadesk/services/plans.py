"""Plans and their measures: read from the store as domain objects, and edited one transaction at a time."""

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any

from sqlmodel import Session, col, select

from itadesk.domain.plan import MEASURE_FIELDS, ImprovementPlan, MeasureStatus, PlanMeasure
from itadesk.i18n import _
from itadesk.services.errors import AlreadyExistsError, InvalidInputError, NotFoundError, StaleEditError
from itadesk.store import Store
from itadesk.store.tables import Assessment, Measure, Plan


def _texts(value: list[str] | str | None) -> tuple[str, ...]:
    """A list of texts as the column holds it: a list, or the JSON text of one when read without decoding."""
    if isinstance(value, str):
        return _decoded(value)
    return tuple(value or ())


@lru_cache(maxsize=4096)
def _decoded(text: str) -> tuple[str, ...]:
    """The same lists recur (a plan's responsible units, steps copied from year to year): each is decoded once."""
    return tuple(json.loads(text) or ())


def _day(value: date | str | None) -> date | None:
    """A day as the column holds it, or its ISO text when read without decoding."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _reader(kind: object) -> Callable[[Any], Any] | None:
    """How a column's value becomes the domain field's: a list of texts a tuple, a day a date, a choice its Enum;
    else as it is."""
    if kind == tuple[str, ...]:
        return _texts
    if kind == date | None:
        return _day
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind
    return None


MEASURE_COLUMNS = ("id", *(described.name for described in MEASURE_FIELDS))  # what a measure is made from
_READERS = tuple((described.name, _reader(described.type)) for described in MEASURE_FIELDS)


def measure_from_values(values: Sequence[Any]) -> PlanMeasure:
    """A stored measure as the domain's, from its columns' values in the order of MEASURE_COLUMNS."""
    fields = {
        name: value if read is None else read(value) for (name, read), value in zip(_READERS, values[1:], strict=True)
    }
    return PlanMeasure(**fields, id=values[0])


def measure_from_row(row: Measure) -> PlanMeasure:
    """A stored measure as the domain's."""
    return measure_from_values([getattr(row, name) for name in MEASURE_COLUMNS])


def row_values(measure: PlanMeasure) -> dict[str, Any]:
    """A domain measure's fields as the store's columns hold them."""
    values: dict[str, Any] = {}
    for described in MEASURE_FIELDS:
        value = getattr(measure, described.name)
        if described.type == tuple[str, ...]:
            value = list(value)
        elif isinstance(value, Enum):
            value = value.value
        values[described.name] = value
    return values


def plan_from_row(plan: Plan, based_on_year: int | None, measures: Iterable[PlanMeasure]) -> ImprovementPlan:
    """A stored plan as the domain's: its row, the year of the assessment it was made from, and its measures in
    their order (by indicator, then position)."""
    return ImprovementPlan(fiscal_year=plan.fiscal_year, based_on_year=based_on_year, measures=tuple(measures))


def plan_of(session: Session, agency_id: int, fiscal_year: int) -> ImprovementPlan | None:
    """The agency's plan for a fiscal year, measures by indicator and position."""
    plan = session.exec(select(Plan).where(Plan.agency_id == agency_id, Plan.fiscal_year == fiscal_year)).first()
    if plan is None:
        return None
    based_on = session.get(Assessment, plan.assessment_id) if plan.assessment_id else None
    rows = session.exec(
        select(Measure)
        .where(Measure.plan_id == plan.id)
        .order_by(col(Measure.indicator), col(Measure.position), col(Measure.id))
    )
    return plan_from_row(plan, based_on.fiscal_year if based_on else None, (measure_from_row(row) for row in rows))


# --- editing: each function is one transaction -------------------------------------------------------------


def _plan_row(session: Session, agency_id: int, fiscal_year: int) -> Plan | None:
    return session.exec(select(Plan).where(Plan.agency_id == agency_id, Plan.fiscal_year == fiscal_year)).first()


def _ensure_plan(session: Session, agency_id: int, fiscal_year: int) -> Plan:
    plan = _plan_row(session, agency_id, fiscal_year)
    if plan is None:
        based_on = session.exec(
            select(Assessment).where(Assessment.agency_id == agency_id, Assessment.fiscal_year == fiscal_year - 1)
        ).first()
        plan = Plan(agency_id=agency_id, fiscal_year=fiscal_year, assessment_id=based_on.id if based_on else None)
        session.add(plan)
        session.flush()
    return plan


def _group(session: Session, plan_id: int, indicator: int) -> list[Measure]:
    return list(
        session.exec(
            select(Measure)
            .where(Measure.plan_id == plan_id, Measure.indicator == indicator)
            .order_by(col(Measure.position), col(Measure.id))
        )
    )


def _renumber(rows: list[Measure]) -> None:
    for position, row in enumerate(rows):
        row.position = position


def _checked(measure: PlanMeasure) -> PlanMeasure:
    if not measure.title.strip():
        raise InvalidInputError(_("A measure needs a title."))
    if not 0 <= measure.progress <= 100:
        raise InvalidInputError(_("Progress is a percentage from 0 to 100."))
    if measure.period_start and measure.period_end and measure.period_end < measure.period_start:
        raise InvalidInputError(_("The period ends before it starts."))
    return measure


def _apply(row: Measure, measure: PlanMeasure) -> None:
    for name, value in row_values(measure).items():
        setattr(row, name, [text.strip() for text in value if text.strip()] if isinstance(value, list) else value)
    row.title = measure.title.strip()
    row.updated_at = datetime.now(UTC)


def plan_for(store: Store, agency_id: int, fiscal_year: int) -> ImprovementPlan | None:
    with store.read() as session:
        return plan_of(session, agency_id, fiscal_year)


def add_measure(
    store: Store, agency_id: int, fiscal_year: int, measure: PlanMeasure, position: int | None = None
) -> int:
    """Add a measure to a fiscal year's plan (made if there is none), at the end of its indicator or at position."""
    _checked(measure)
    with store.transaction() as session:
        plan = _ensure_plan(session, agency_id, fiscal_year)
        row = Measure(plan_id=plan.id, indicator=measure.indicator, title=measure.title)
        _apply(row, measure)
        group = _group(session, plan.id, measure.indicator)
        group.insert(len(group) if position is None else max(0, min(position, len(group))), row)
        session.add(row)
        _renumber(group)
        session.flush()
        return row.id


def _same_content(a: PlanMeasure, b: PlanMeasure) -> bool:
    return replace(a, id=None) == replace(b, id=None)


def update_measure(store: Store, measure: PlanMeasure, expected: PlanMeasure | None = None) -> None:
    """Save every field of a stored measure (moving it to the end of another indicator if that changed).

    expected: the measure as the user saw it; when the store holds something else, the edit is refused.
    """
    _checked(measure)
    with store.transaction() as session:
        row = session.get(Measure, measure.id)
        if row is None:
            raise NotFoundError(_("This measure no longer exists; it may have been deleted elsewhere."))
        if expected is not None and not _same_content(measure_from_row(row), expected):
            raise StaleEditError(
                _("This measure was changed elsewhere meanwhile; nothing was saved. Look again and re-enter it.")
            )
        moved = row.indicator != measure.indicator
        old_indicator = row.indicator
        _apply(row, measure)
        if moved:
            row.position = len(_group(session, row.plan_id, measure.indicator))
            session.flush()
            _renumber([r for r in _group(session, row.plan_id, old_indicator) if r.id != row.id])


def measure_position(store: Store, measure_id: int) -> int:
    with store.read() as session:
        row = session.get(Measure, measure_id)
        if row is None:
            raise NotFoundError(_("This measure no longer exists; it may have been deleted elsewhere."))
        return row.position


def delete_measure(store: Store, measure_id: int) -> None:
    with store.transaction() as session:
        row = session.get(Measure, measure_id)
        if row is None:
            return
        plan_id, indicator = row.plan_id, row.indicator
        session.delete(row)
        session.flush()
        _renumber(_group(session, plan_id, indicator))


def move_measure(store: Store, measure_id: int, offset: int) -> bool:
    """Move a measure up (-1) or down (+1) among its indicator's measures; False when it is already at the end."""
    with store.transaction() as session:
        row = session.get(Measure, measure_id)
        if row is None:
            raise NotFoundError(_("This measure no longer exists; it may have been deleted elsewhere."))
        group = _group(session, row.plan_id, row.indicator)
        index = next(i for i, r in enumerate(group) if r.id == measure_id)
        target = index + offset
        if not 0 <= target < len(group):
            return False
        group.insert(target, group.pop(index))
        _renumber(group)
        return True


def copy_plan(store: Store, agency_id: int, from_year: int, to_year: int) -> int:
    """Start the plan of to_year from the measures of from_year: same texts, status reset, period moved to to_year.

    Refused when the plan of to_year already has measures (nothing is overwritten). Returns how many were copied.
    """
    with store.transaction() as session:
        source = _plan_row(session, agency_id, from_year)
        rows = (
            list(
                session.exec(
                    select(Measure)
                    .where(Measure.plan_id == source.id)
                    .order_by(col(Measure.indicator), col(Measure.position))
                )
            )
            if source
            else []
        )
        if not rows:
            raise NotFoundError(_("There is no plan for fiscal year {year} to copy.").format(year=from_year))
        target = _ensure_plan(session, agency_id, to_year)
        if session.exec(select(Measure).where(Measure.plan_id == target.id)).first() is not None:
            raise AlreadyExistsError(
                _("The plan for fiscal year {year} already has measures; nothing was copied.").format(year=to_year)
            )
        shift = to_year - from_year
        for row in rows:
            copied = replace(
                measure_from_row(row),
                status=MeasureStatus.NOT_STARTED,
                progress=0,
                evidence="",
                period_start=_shifted(row.period_start, shift),
                period_end=_shifted(row.period_end, shift),
            )
            new = Measure(plan_id=target.id, indicator=row.indicator, title=row.title, position=row.position)
            _apply(new, copied)
            session.add(new)
        return len(rows)


def _shifted(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)
