"""The improvement plan of a fiscal year: measures grouped by indicator."""

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from itadesk.domain.fields import described, titled
from itadesk.i18n import N_, _, th


class MeasureStatus(Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _(_STATUS_LABELS[self])

    @property
    def report_label(self) -> str:
        """The label printed reports use: Thai whatever the language of the window."""
        return th(_STATUS_LABELS[self])


_STATUS_LABELS = {
    MeasureStatus.NOT_STARTED: N_("not started"),
    MeasureStatus.IN_PROGRESS: N_("in progress"),
    MeasureStatus.DONE: N_("done"),
    MeasureStatus.CANCELLED: N_("cancelled"),
}


@dataclass(frozen=True)
class PlanMeasure:
    """The single declaration of a measure's fields: the store's table, the exchange document and the workbook's
    columns are derived from it (MEASURE_FIELDS)."""

    indicator: int = titled("ตัวชี้วัดที่", "Indicator")
    title: str = titled("มาตรการ", "Measure")
    analysis: str = titled("บทวิเคราะห์", "Analysis", "")
    steps: tuple[str, ...] = titled("ขั้นตอน", "Steps", ())
    period_start: date | None = titled("เริ่ม", "Start", None)
    period_end: date | None = titled("สิ้นสุด", "End", None)
    responsible: tuple[str, ...] = titled("ผู้รับผิดชอบ", "Responsible", ())
    status: MeasureStatus = titled("สถานะ", "Status", MeasureStatus.NOT_STARTED)
    progress: int = titled("ความก้าวหน้า", "Progress", 0)
    evidence: str = titled("หลักฐาน", "Evidence", "")
    id: int | None = None  # the store's id, None for a measure that is not stored


MEASURE_FIELDS = described(PlanMeasure)


@dataclass(frozen=True)
class ImprovementPlan:
    fiscal_year: int
    based_on_year: int | None
    measures: tuple[PlanMeasure, ...] = field(default_factory=tuple)

    def by_indicator(self) -> dict[int, list[PlanMeasure]]:
        """Measures grouped by indicator number, in indicator order, each group in its own order."""
        groups: dict[int, list[PlanMeasure]] = {}
        for measure in sorted(self.measures, key=lambda m: m.indicator):
            groups.setdefault(measure.indicator, []).append(measure)
        return groups
