"""The overview of every agency in a year, and the district summary, from a store of invented agencies whose figures
are known (tests/overview_agencies.py): each figure is worked out here from the scores typed in."""

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from itadesk.domain.comparison import Change
from itadesk.domain.district import ranking
from itadesk.domain.overview import (
    O25Part,
    O26State,
    OverviewFilter,
    SortColumn,
    filter_rows,
    sort_rows,
    thai_sort_key,
)
from itadesk.services.overview import district_summary, overview, overview_years
from itadesk.services.sample import load_sample
from tests.overview_agencies import AS_OF, LABELS, OFFICIAL, SCORES, YEAR, make_district

WEIGHTS = {"IIT": Decimal("0.3"), "EIT": Decimal("0.3"), "OIT": Decimal("0.4")}
TOOLS = {"IIT": (1, 2, 3, 4, 5), "EIT": (6, 7, 8), "OIT": (9, 10)}


def two(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def tool_mean(key: str, year: int, tool: str) -> Decimal:
    scores = SCORES[(key, year)]
    return two(sum(scores[n] for n in TOOLS[tool]) / len(TOOLS[tool]))


def computed_overall(key: str, year: int) -> Decimal:
    return two(sum(WEIGHTS[tool] * tool_mean(key, year, tool) for tool in TOOLS))


@pytest.fixture
def district(store):
    ids = make_district(store)
    return store, ids


@pytest.fixture
def rows(district):
    store, ids = district
    made = overview(store, YEAR, AS_OF)
    by_key = {key: next(row for row in made.rows if row.agency.id == ids[key]) for key in ids}
    return made, by_key


def keys_of(found, by_key) -> list[str]:
    names = {id(row): key for key, row in by_key.items()}
    return [names[id(row)] for row in found]


def test_every_agency_is_a_row_named_as_the_lists_name_it(rows):
    made, by_key = rows
    assert len(made.rows) == 6
    assert {key: row.label for key, row in by_key.items()} == LABELS
    assert made.tool_codes == ("IIT", "EIT", "OIT")


def test_the_official_overall_and_level_are_shown_as_entered_and_the_change_from_the_year_before(rows):
    _made, by_key = rows
    a, b = by_key["A"], by_key["B"]
    assert (a.overall, a.level) == (Decimal(OFFICIAL["A"][0]), OFFICIAL["A"][1])
    assert not a.overall_computed and not a.level_computed
    assert a.change.difference == Decimal(OFFICIAL["A"][0]) - computed_overall("A", 2567)
    assert b.overall == Decimal(OFFICIAL["B"][0]) == computed_overall("B", YEAR)  # 0.3·90 + 0.3·80 + 0.4·70
    assert b.change.change is Change.DOWN and b.falling and b.below_pass
    assert b.change.difference == Decimal(OFFICIAL["B"][0]) - computed_overall("B", 2567)


def test_without_an_official_result_the_computed_one_is_shown_and_marked(rows):
    _made, by_key = rows
    c = by_key["C"]
    assert c.overall == computed_overall("C", YEAR) == Decimal("93.20")
    assert c.overall_computed and c.level_computed
    assert c.level == "ผ่าน"  # over 85 overall, but EIT under 85
    assert c.level_rank == 2
    assert c.change.change is Change.UNKNOWN  # no 2567


def test_the_three_tools_are_the_means_of_their_indicators(rows):
    _made, by_key = rows
    for key in ("A", "B", "C", "E"):
        row = by_key[key]
        assert [(t.code, t.score, t.computed) for t in row.tools] == [
            (tool, tool_mean(key, YEAR, tool), True) for tool in TOOLS
        ], key
    f = by_key["F"]  # indicator 10 missing: OIT has no mean, nor has the overall
    assert f.tool("OIT").score is None and f.tool("IIT").score == Decimal("91.00")
    assert f.overall is None and f.level is None


def test_the_two_weakest_indicators_are_the_lowest_scores_ties_in_indicator_order(rows):
    _made, by_key = rows
    assert [(w.number, w.score) for w in by_key["B"].weakest] == [(9, Decimal(70)), (10, Decimal(70))]
    assert [w.number for w in by_key["C"].weakest] == [6, 7]
    assert [w.number for w in by_key["E"].weakest] == [1, 2]
    assert by_key["B"].weakest[0].name_th == "การเปิดเผยข้อมูล"
    assert by_key["D"].weakest == ()


def test_the_parts_of_o25_that_are_missing(rows):
    _made, by_key = rows
    assert by_key["A"].o25_missing == () and by_key["A"].o25_complete
    assert by_key["B"].o25_missing == (O25Part.ANALYSES, O25Part.PLAN)
    assert by_key["C"].o25_missing == (O25Part.OFFICIAL,)
    assert by_key["D"].o25_missing == (O25Part.SCORES, O25Part.OFFICIAL, O25Part.ANALYSES, O25Part.PLAN)
    assert by_key["E"].o25_missing == (O25Part.ANALYSES,)  # three of ten analyses written
    assert by_key["F"].o25_missing == (O25Part.SCORES, O25Part.OFFICIAL, O25Part.ANALYSES, O25Part.PLAN)


def test_the_plans_progress_on_the_day(rows):
    _made, by_key = rows
    a = by_key["A"].progress
    assert (a.plan_year, a.total, a.done, a.in_progress, a.overdue) == (2569, 3, 1, 1, 1)
    c = by_key["C"].progress
    assert (c.total, c.done, c.in_progress, c.overdue) == (2, 0, 0, 0)
    assert by_key["B"].progress is None
    assert by_key["A"].o26 is O26State.REPORTED
    assert by_key["C"].o26 is O26State.NOT_REPORTED and by_key["C"].o26.missing
    assert by_key["B"].o26 is O26State.NO_PLAN


def test_a_plan_whose_year_has_not_begun_is_not_yet_due(district):
    store, ids = district
    before = overview(store, YEAR, date(2025, 9, 1)).rows
    c = next(row for row in before if row.agency.id == ids["C"])
    assert c.o26 is O26State.NOT_DUE and not c.o26.missing
    a = next(row for row in before if row.agency.id == ids["A"])
    assert a.progress.overdue == 0  # no period has ended yet


def test_filters_by_district_province_and_kind(rows):
    made, by_key = rows

    def shown(**wanted) -> set[str]:
        return set(keys_of(filter_rows(made.rows, OverviewFilter(**wanted)), by_key))

    assert shown(district="ท่าบ่อ") == {"A", "B", "C"}
    assert shown(province="อุดรธานี") == {"E"}
    assert shown(kind="เทศบาลตำบล") == {"B", "E"}
    assert shown(district="ท่าบ่อ", kind="เทศบาลตำบล") == {"B"}
    assert shown(district=" ศรีเชียงใหม่ ") == {"D", "F"}  # spaces around do not count
    assert shown() == set(by_key)
    assert shown(district="ไม่มี") == set()


def test_the_service_filters_too(district):
    store, ids = district
    made = overview(store, YEAR, AS_OF, OverviewFilter(province="หนองคาย"))
    assert {row.agency.id for row in made.rows} == {ids[k] for k in "ABCDF"}


def test_sorting_puts_rows_without_a_value_last_whichever_the_direction(rows):
    made, by_key = rows
    assert keys_of(sort_rows(made.rows, SortColumn.OVERALL, descending=True), by_key) == ["A", "C", "B", "E", "F", "D"]
    assert keys_of(sort_rows(made.rows, SortColumn.OVERALL), by_key) == ["E", "B", "C", "A", "F", "D"]
    assert keys_of(sort_rows(made.rows, SortColumn.LEVEL), by_key) == ["A", "C", "B", "E", "F", "D"]
    assert keys_of(sort_rows(made.rows, SortColumn.CHANGE), by_key) == ["E", "B", "A", "F", "D", "C"]
    assert keys_of(sort_rows(made.rows, SortColumn.TOOL, tool_code="OIT"), by_key) == ["E", "B", "C", "A", "F", "D"]
    assert keys_of(sort_rows(made.rows, SortColumn.O25, descending=True), by_key)[:2] == ["F", "D"]
    assert keys_of(sort_rows(made.rows, SortColumn.OVERDUE, descending=True), by_key)[:1] == ["A"]


def test_sorting_by_name_follows_thai_dictionary_order():
    names = ["ไก่", "ขวด", "กา", "เทศบาล", "ทอง", "โคก"]
    assert sorted(names, key=thai_sort_key) == ["กา", "ไก่", "ขวด", "โคก", "ทอง", "เทศบาล"]


def test_equal_scores_share_a_rank(rows):
    made, by_key = rows
    tied = [replace(by_key["C"], overall=Decimal("96.00")), by_key["A"], by_key["B"]]
    ranked = ranking(tied)
    assert [(r.rank, r.row.label) for r in ranked] == [(1, LABELS["A"]), (1, LABELS["C"]), (3, LABELS["B"])]


def test_the_district_summary(district):
    store, ids = district
    summary = district_summary(store, YEAR, AS_OF)
    counts = {count.level: count.count for count in summary.levels}
    assert counts == {
        "ผ่านดีเยี่ยม": 1,
        "ผ่านดี": 0,
        "ผ่าน": 1,
        "ต้องปรับปรุง": 1,
        "ต้องปรับปรุงโดยด่วน": 1,
        None: 2,
    }
    overall_2568 = [Decimal(OFFICIAL["A"][0]), Decimal(OFFICIAL["B"][0]), computed_overall("C", YEAR)]
    overall_2568.append(Decimal(OFFICIAL["E"][0]))
    overall_2567 = [computed_overall(key, 2567) for key in "ABDE"]
    assert summary.overall.current == two(sum(overall_2568) / 4)
    assert summary.overall.previous == two(sum(overall_2567) / 4)
    assert (summary.overall.current_count, summary.overall.previous_count) == (4, 4)
    iit = {mean.code: mean for mean in summary.tools}["IIT"]
    assert iit.current == two(sum(tool_mean(key, YEAR, "IIT") for key in "ABCEF") / 5)  # F has every IIT score
    indicator_10 = {mean.code: mean for mean in summary.indicators}["10"]
    assert indicator_10.current == two(sum(SCORES[(key, YEAR)][10] for key in "ABCE") / 4)
    assert indicator_10.current_count == 4
    assert [row.agency.id for row in summary.concerns] == [ids["E"], ids["B"]]  # lowest first
    assert [(r.rank, r.row.agency.id) for r in summary.ranking] == [
        (1, ids["A"]),
        (2, ids["C"]),
        (3, ids["B"]),
        (4, ids["E"]),
    ]
    assert {row.agency.id for row in summary.missing} == {ids[key] for key in "BCDEF"}
    assert summary.assessed == 5


def test_the_years_of_the_store_and_an_agency_added_to_the_sample(store):
    load_sample(store)
    make_district(store)
    assert overview_years(store) == [2567, 2568]
    made = overview(store, YEAR, AS_OF)
    sample = next(row for row in made.rows if row.label == "อบต.โคกคอน")
    assert sample.overall == Decimal("98.27") and sample.level == "ผ่านดี"
    assert sample.change.difference == Decimal("98.27") - Decimal("97.54")
