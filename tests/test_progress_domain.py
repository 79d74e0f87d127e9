from datetime import date
from decimal import Decimal

import pytest

from itadesk.domain.plan import ImprovementPlan, MeasureStatus, PlanMeasure
from itadesk.domain.progress import PlanProgress, is_overdue, not_begun
from itadesk.thai.dates import parse_thai_date


def measure(indicator=1, title="ก", status=MeasureStatus.NOT_STARTED, start=None, end=None, progress=0):
    return PlanMeasure(
        indicator=indicator, title=title, status=status, period_start=start, period_end=end, progress=progress
    )


OCT, MAR, SEP = date(2025, 10, 1), date(2026, 3, 31), date(2026, 9, 30)


@pytest.mark.parametrize(
    ("status", "end", "as_of", "overdue"),
    [
        (MeasureStatus.NOT_STARTED, date(2026, 1, 31), MAR, True),
        (MeasureStatus.IN_PROGRESS, date(2026, 1, 31), MAR, True),
        (MeasureStatus.DONE, date(2026, 1, 31), MAR, False),
        (MeasureStatus.CANCELLED, date(2026, 1, 31), MAR, False),
        (MeasureStatus.IN_PROGRESS, MAR, MAR, False),  # its last day is not yet late
        (MeasureStatus.IN_PROGRESS, MAR, date(2026, 4, 1), True),
        (MeasureStatus.IN_PROGRESS, None, date(2030, 1, 1), False),  # no period: never late
    ],
)
def test_overdue(status, end, as_of, overdue):
    assert is_overdue(measure(status=status, start=OCT, end=end), as_of) is overdue


@pytest.mark.parametrize(
    ("status", "start", "as_of", "waiting"),
    [
        (MeasureStatus.NOT_STARTED, date(2026, 5, 1), MAR, True),
        (MeasureStatus.IN_PROGRESS, date(2026, 5, 1), MAR, True),
        (MeasureStatus.DONE, date(2026, 5, 1), MAR, False),
        (MeasureStatus.NOT_STARTED, MAR, MAR, False),  # begins today
        (MeasureStatus.NOT_STARTED, None, MAR, False),
    ],
)
def test_not_begun(status, start, as_of, waiting):
    assert not_begun(measure(status=status, start=start, end=SEP), as_of) is waiting


def test_counts_percentages_and_lists_in_plan_order():
    plan = ImprovementPlan(
        2569,
        2568,
        (
            measure(5, "ห้า-หนึ่ง", MeasureStatus.DONE, OCT, date(2025, 12, 31), 100),
            measure(1, "หนึ่ง-หนึ่ง", MeasureStatus.IN_PROGRESS, OCT, date(2026, 1, 31), 40),
            measure(1, "หนึ่ง-สอง", MeasureStatus.NOT_STARTED, date(2026, 6, 1), SEP),
            measure(5, "ห้า-สอง", MeasureStatus.NOT_STARTED, OCT, date(2026, 2, 28)),
            measure(9, "เก้า", MeasureStatus.CANCELLED, OCT, date(2025, 11, 30)),
            measure(9, "เก้า-สอง", MeasureStatus.IN_PROGRESS, OCT, SEP, 10),
        ),
    )
    progress = PlanProgress(plan, MAR)
    assert progress.total == 6
    assert progress.counts() == {
        MeasureStatus.NOT_STARTED: 2,
        MeasureStatus.IN_PROGRESS: 2,
        MeasureStatus.DONE: 1,
        MeasureStatus.CANCELLED: 1,
    }
    assert progress.percent(2) == Decimal("33.33")
    assert progress.percent(1) == Decimal("16.67")  # half-up
    assert progress.percent(6) == Decimal("100.00")
    assert [(i, m.number, m.measure.title) for i, m in progress.overdue()] == [(1, 1, "หนึ่ง-หนึ่ง"), (5, 2, "ห้า-สอง")]
    assert [(i, m.number, m.measure.title) for i, m in progress.not_begun()] == [(1, 2, "หนึ่ง-สอง")]


def test_a_plan_without_measures():
    progress = PlanProgress(ImprovementPlan(2569, None, ()), MAR)
    assert progress.total == 0 and set(progress.counts().values()) == {0}
    assert progress.percent(0) is None
    assert progress.overdue() == [] and progress.not_begun() == []


@pytest.mark.parametrize(
    "text",
    [
        "31/3/2569",
        "31/03/2569",
        "2569-03-31",
        "๓๑/๓/๒๕๖๙",
        "๒๕๖๙-๐๓-๓๑",
        "31 มีนาคม 2569",
        "31 มี.ค. พ.ศ. 2569",
        " 31/3/2569 ",
    ],
)
def test_dates_with_a_buddhist_era_year(text):
    assert parse_thai_date(text) == date(2026, 3, 31)


@pytest.mark.parametrize("text", ["31/3/2026", "2026-03-31", "31/2/2569", "32/1/2569", "31-3-2569", "", "พรุ่งนี้"])
def test_what_is_not_such_a_date(text):
    with pytest.raises(ValueError):
        parse_thai_date(text)
