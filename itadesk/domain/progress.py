"""Where an improvement plan stands on a given day: measures counted by status, overdue and not yet begun."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan, MeasureStatus, PlanMeasure

# A measure in one of these is finished with: it can be neither late nor waiting for its period.
CLOSED = frozenset({MeasureStatus.DONE, MeasureStatus.CANCELLED})


def is_overdue(measure: PlanMeasure, as_of: date) -> bool:
    """Its period ended before as_of and it is neither done nor cancelled."""
    return measure.status not in CLOSED and measure.period_end is not None and measure.period_end < as_of


def not_begun(measure: PlanMeasure, as_of: date) -> bool:
    """Its period starts after as_of and it is neither done nor cancelled."""
    return measure.status not in CLOSED and measure.period_start is not None and measure.period_start > as_of


@dataclass(frozen=True)
class NumberedMeasure:
    """A measure with its number within its indicator (๑, ๒ …), as the plan prints it."""

    number: int
    measure: PlanMeasure


@dataclass(frozen=True)
class PlanProgress:
    """The plan's measures on the day as_of."""

    plan: ImprovementPlan
    as_of: date

    @property
    def total(self) -> int:
        return len(self.plan.measures)

    def count(self, status: MeasureStatus) -> int:
        return sum(1 for measure in self.plan.measures if measure.status is status)

    def counts(self) -> dict[MeasureStatus, int]:
        """Every status, in the order of MeasureStatus, with how many measures have it (zero included)."""
        return {status: self.count(status) for status in MeasureStatus}

    def percent(self, count: int) -> Decimal | None:
        """count as a percentage of all measures, two decimals rounded half-up; None for a plan without measures."""
        if not self.total:
            return None
        return (Decimal(count) * 100 / self.total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def numbered(self) -> dict[int, list[NumberedMeasure]]:
        """Measures by indicator in indicator order, each numbered from 1 within its indicator."""
        return {
            indicator: [NumberedMeasure(number, measure) for number, measure in enumerate(measures, start=1)]
            for indicator, measures in self.plan.by_indicator().items()
        }

    def overdue(self) -> list[tuple[int, NumberedMeasure]]:
        """(indicator, measure) of every measure past its end date and not done, in plan order."""
        return self._where(is_overdue)

    def not_begun(self) -> list[tuple[int, NumberedMeasure]]:
        """(indicator, measure) of every measure whose period has not begun yet and that is not done."""
        return self._where(not_begun)

    def _where(self, test: Callable[[PlanMeasure, date], bool]) -> list[tuple[int, NumberedMeasure]]:
        return [
            (indicator, item)
            for indicator, items in self.numbered().items()
            for item in items
            if test(item.measure, self.as_of)
        ]


@dataclass(frozen=True)
class ProgressReportData:
    """Everything the progress report (ITA item O26) of one plan needs."""

    agency: AgencyProfile
    progress: PlanProgress
    framework: Framework | None  # the indicators' names; None when no rules are known for the plan's years

    def indicator_name(self, number: int) -> str:
        if self.framework is None:
            return ""
        try:
            return self.framework.indicator(number).name_th
        except KeyError:
            return ""

    def indicator_numbers(self) -> list[int]:
        """The indicators that have measures, in the framework's order (numbers it does not know last)."""
        having = set(self.progress.numbered())
        order = [i.number for i in self.framework.indicators] if self.framework else []
        return [n for n in order if n in having] + sorted(having - set(order))
