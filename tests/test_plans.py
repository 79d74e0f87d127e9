from dataclasses import replace
from datetime import date

import pytest

from itadesk.domain.plan import MeasureStatus, PlanMeasure
from itadesk.services.agencies import create_agency, find_agency
from itadesk.services.errors import AlreadyExistsError, InvalidInputError
from itadesk.services.plans import (
    add_measure,
    copy_plan,
    delete_measure,
    move_measure,
    plan_for,
    update_measure,
)
from tests.test_store import dump


def titles(store, agency_id, year, indicator):
    plan = plan_for(store, agency_id, year)
    return [m.title for m in plan.by_indicator().get(indicator, [])] if plan else []


def test_add_reorder_update_delete(store):
    agency = create_agency(store, "เทศบาลตำบลทดลอง", "เมือง", "ขอนแก่น")
    first = add_measure(store, agency.id, 2569, PlanMeasure(indicator=9, title="เผยแพร่แผนการจัดซื้อจัดจ้าง"))
    second = add_measure(store, agency.id, 2569, PlanMeasure(indicator=9, title="ปรับปรุงเว็บไซต์"))
    add_measure(store, agency.id, 2569, PlanMeasure(indicator=1, title="จัดทำคู่มือการปฏิบัติงาน"))
    assert titles(store, agency.id, 2569, 9) == ["เผยแพร่แผนการจัดซื้อจัดจ้าง", "ปรับปรุงเว็บไซต์"]
    assert move_measure(store, second, -1) is True
    assert titles(store, agency.id, 2569, 9) == ["ปรับปรุงเว็บไซต์", "เผยแพร่แผนการจัดซื้อจัดจ้าง"]
    assert move_measure(store, second, -1) is False  # already first
    measure = next(m for m in plan_for(store, agency.id, 2569).measures if m.id == first)
    update_measure(store, replace(measure, status=MeasureStatus.IN_PROGRESS, progress=40, steps=("หนึ่ง", " ", "สอง")))
    saved = next(m for m in plan_for(store, agency.id, 2569).measures if m.id == first)
    assert (saved.status, saved.progress, saved.steps) == (MeasureStatus.IN_PROGRESS, 40, ("หนึ่ง", "สอง"))
    delete_measure(store, second)
    assert titles(store, agency.id, 2569, 9) == ["เผยแพร่แผนการจัดซื้อจัดจ้าง"]
    add_measure(store, agency.id, 2569, PlanMeasure(indicator=9, title="ปรับปรุงเว็บไซต์"), position=0)
    assert titles(store, agency.id, 2569, 9) == ["ปรับปรุงเว็บไซต์", "เผยแพร่แผนการจัดซื้อจัดจ้าง"]


@pytest.mark.parametrize(
    "bad",
    [
        PlanMeasure(indicator=1, title="  "),
        PlanMeasure(indicator=1, title="ก", progress=101),
        PlanMeasure(indicator=1, title="ก", period_start=date(2026, 1, 1), period_end=date(2025, 1, 1)),
    ],
)
def test_bad_measures_are_refused_and_nothing_is_saved(sample_store, bad):
    agency = find_agency(sample_store, "โคกคอน")
    before = dump(sample_store.path)
    with pytest.raises(InvalidInputError):
        add_measure(sample_store, agency.id, 2569, bad)
    assert dump(sample_store.path) == before


def test_copy_last_years_plan(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    assert copy_plan(sample_store, agency.id, 2569, 2570) == 20
    old, new = plan_for(sample_store, agency.id, 2569), plan_for(sample_store, agency.id, 2570)
    assert [m.title for m in new.measures] == [m.title for m in old.measures]
    assert all(m.status is MeasureStatus.NOT_STARTED and m.progress == 0 for m in new.measures)
    assert {(m.period_start, m.period_end) for m in new.measures} == {(date(2026, 10, 1), date(2027, 9, 30))}
    assert new.based_on_year is None  # there are no 2569 results yet
    before = dump(sample_store.path)
    with pytest.raises(AlreadyExistsError):
        copy_plan(sample_store, agency.id, 2569, 2570)
    assert dump(sample_store.path) == before


def test_new_agency_needs_a_name_and_is_not_duplicated(store):
    with pytest.raises(InvalidInputError):
        create_agency(store, "   ")
    create_agency(store, "องค์การบริหารส่วนตำบลหนึ่ง", "ท่าบ่อ", "หนองคาย")
    with pytest.raises(AlreadyExistsError):
        create_agency(store, "องค์การบริหารส่วนตำบลหนึ่ง", "ท่าบ่อ", "หนองคาย")
