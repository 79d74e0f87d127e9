"""The overview's read of the whole store (a query per table) gives what reading each agency on its own gives, and
the store's data version, which tells the window when to read it again, changes with every edit the overview shows;
on a store file and on PostgreSQL."""

from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import col, select

from itadesk.domain.overview import AgencyYear
from itadesk.domain.plan import MeasureStatus, PlanMeasure
from itadesk.domain.scoring import evaluate
from itadesk.services.agencies import agency_labels, update_agency
from itadesk.services.assessments import (
    agency_profile,
    figures_of,
    remove_assessment_year,
    set_analysis,
    set_indicator_score,
    set_official_result,
)
from itadesk.services.file_names import short_agency_name
from itadesk.services.overview import agency_years, data_version
from itadesk.services.plans import add_measure, delete_measure, move_measure, plan_for, plan_of, update_measure
from itadesk.services.sample import load_sample
from itadesk.store import Store
from itadesk.store.tables import Agency, Assessment, IndicatorAnalysis
from tests.overview_agencies import PLAN_YEAR, YEAR, make_district

pytestmark = pytest.mark.both_stores


def one_at_a_time(store: Store, fiscal_year: int) -> list[AgencyYear]:
    """Each agency read on its own, with the functions the other tabs use."""
    with store.read() as session:
        agencies = list(session.exec(select(Agency).order_by(col(Agency.name), col(Agency.district), col(Agency.id))))
        labels = agency_labels(agencies)
        made = []
        for agency in agencies:
            found = {
                row.fiscal_year: row
                for row in session.exec(select(Assessment).where(Assessment.agency_id == agency.id))
                if row.fiscal_year in (fiscal_year, fiscal_year - 1)
            }
            current, previous = found.get(fiscal_year), found.get(fiscal_year - 1)
            texts = {}
            if current is not None:
                rows = session.exec(select(IndicatorAnalysis).where(IndicatorAnalysis.assessment_id == current.id))
                texts = {row.indicator: row.text for row in rows}
            made.append(
                AgencyYear(
                    agency=agency_profile(agency),
                    fiscal_year=fiscal_year,
                    current=evaluate(figures_of(session, current)) if current else None,
                    previous=evaluate(figures_of(session, previous)) if previous else None,
                    indicator_analyses=texts,
                    plan=plan_of(session, agency.id, fiscal_year + 1),
                    label=short_agency_name(labels[agency.id]),
                )
            )
    return made


@pytest.fixture
def district(store):
    ids = make_district(store)
    load_sample(store)
    return ids


def test_one_read_gives_what_reading_each_agency_gives(store, district):
    a = district["A"]
    late = PlanMeasure(indicator=7, title="มาตรการเพิ่มเติม", steps=("ประชุม", "เผยแพร่"), responsible=("กองช่าง",))
    added = add_measure(store, a, PLAN_YEAR, late, position=0)
    move_measure(store, added, +1)  # positions, not the order of entry, order a plan
    set_official_result(store, district["C"], YEAR, None, None)
    for year in (2566, 2567, YEAR, 2569):
        assert agency_years(store, year) == one_at_a_time(store, year), year
    [entry] = [entry for entry in agency_years(store, YEAR) if entry.agency.id == a]
    assert entry.plan == plan_for(store, a, PLAN_YEAR)
    assert [m.title for m in entry.plan.measures if m.indicator == 7][:2] == ["ประชาสัมพันธ์ช่องทางร้องเรียน", late.title]
    assert entry.label == "อบต.นาดี (ท่าบ่อ)"


def test_the_data_version_changes_with_every_edit_the_overview_shows(store, district):
    a_plan = plan_for(store, district["A"], PLAN_YEAR)
    first = a_plan.measures[0]
    edits = {
        "an indicator's score": lambda: set_indicator_score(store, district["B"], YEAR, 1, "91"),
        "the official result": lambda: set_official_result(store, district["C"], YEAR, "93.20", "ผ่าน"),
        "an analysis": lambda: set_analysis(store, district["B"], YEAR, 1, "บทวิเคราะห์ใหม่"),
        "a measure's status": lambda: update_measure(store, replace(first, status=MeasureStatus.DONE)),
        "a measure's end": lambda: update_measure(
            store, replace(first, status=MeasureStatus.DONE, period_end=date(2026, 2, 28))
        ),
        "an agency's district, as long as before": lambda: update_agency(store, district["E"], district="เพ็ง"),
        "a measure deleted": lambda: delete_measure(store, a_plan.measures[-1].id),
        "a year deleted": lambda: remove_assessment_year(store, district["D"], 2567),
    }
    before = data_version(store, YEAR)
    assert data_version(store, YEAR) == before  # reading changes nothing
    for name, edit in edits.items():
        edit()
        now = data_version(store, YEAR)
        assert now != before, name
        before = now
