import re
import sqlite3
from collections import Counter
from decimal import Decimal

from itadesk.services.sample import sample_document

MEASURES_PER_INDICATOR = {1: 3, 2: 2, 3: 1, 4: 1, 5: 4, 6: 2, 7: 1, 8: 1, 9: 2, 10: 3}


def test_sample_holds_both_years_as_published():
    document = sample_document()
    assert document.agency.name == "องค์การบริหารส่วนตำบลโคกคอน"
    assert (document.agency.district, document.agency.province) == ("ท่าบ่อ", "หนองคาย")
    by_year = {a.fiscal_year: a for a in document.assessments}
    assert sorted(by_year) == [2567, 2568]
    assert by_year[2567].official_overall == Decimal("97.54")
    assert by_year[2568].official_overall == Decimal("98.27")
    assert by_year[2567].official_level == by_year[2568].official_level == "ผ่านดี"
    assert by_year[2568].scores[8] == Decimal("95.17") and by_year[2567].scores[8] == Decimal("85.03")
    assert all(len(a.scores) == 10 for a in document.assessments)


def test_sample_analyses_are_the_clerks_text_without_its_mistakes():
    analyses = {a.fiscal_year: a for a in sample_document().assessments}[2568].analyses
    assert sorted(analyses) == list(range(1, 11))
    for number, text in analyses.items():
        assert text.strip(), number
        assert not text.startswith("ผลการประเมิน"), "the factual opening is drafted from the data"
        assert "๙๖.๗๑" not in text and "96.71" not in text
        assert not re.search(r"[<>*~_]", text), number


def test_sample_plan_has_every_measure_of_the_report():
    [plan] = sample_document().plans
    assert (plan.fiscal_year, plan.based_on) == (2569, 2568)
    assert Counter(m.indicator for m in plan.measures) == MEASURES_PER_INDICATOR
    assert [m.indicator for m in plan.measures] == sorted(m.indicator for m in plan.measures)
    for measure in plan.measures:
        assert measure.title and measure.analysis and measure.responsible, measure.title
        assert str(measure.period.start) == "2025-10-01" and str(measure.period.end) == "2026-09-30"
        assert not re.match(r"^[๐-๙0-9]+\.", measure.title), "numbering is the report's job"
        for step in measure.steps:
            assert step.strip() and not re.match(r"^[๐-๙0-9]+\.", step), step
        for text in [measure.title, measure.analysis, *measure.steps]:
            assert not re.search(r"</?[a-z]|\*\*|~~", text), text
    assert sum(len(m.steps) for m in plan.measures) >= 30


def test_sample_loads_into_a_store(sample_store):
    with sqlite3.connect(sample_store.path) as connection:
        count = dict(
            (table, connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in (
                "agency",
                "assessment",
                "indicator_score",
                "indicator_analysis",
                "plan",
                "measure",
                "responsible_unit",
            )
        )
        positions = connection.execute(
            "SELECT indicator, group_concat(position) FROM (SELECT * FROM measure ORDER BY indicator, position) "
            "GROUP BY indicator"
        ).fetchall()
    assert count == {
        "agency": 1,
        "assessment": 2,
        "indicator_score": 20,
        "indicator_analysis": 10,
        "plan": 1,
        "measure": 20,
        "responsible_unit": 5,
    }
    assert dict(positions)[5] == "0,1,2,3"
