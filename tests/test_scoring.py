from decimal import Decimal

import pytest

from itadesk.domain.catalog import framework_for
from itadesk.domain.comparison import Change, compare
from itadesk.domain.findings import Severity, check_assessment
from itadesk.domain.scoring import AssessmentFigures, evaluate
from itadesk.paths import frameworks_dir

D = Decimal
SCORES_2567 = ["100.00"] * 5 + ["95.51", "93.81", "85.03", "100.00", "100.00"]
SCORES_2568 = ["100.00"] * 5 + ["96.33", "96.17", "95.17", "97.50", "100.00"]


def figures(year, scores, overall=None, level=None, tools=None, framework_year=None):
    return AssessmentFigures(
        fiscal_year=year,
        framework=framework_for(frameworks_dir(), framework_year or year),
        indicator_scores={n: D(s) for n, s in enumerate(scores, start=1) if s is not None},
        official_overall=D(overall) if overall else None,
        official_level=level,
        official_tool_scores={k: D(v) for k, v in (tools or {}).items()},
    )


def test_sample_2568_computes_exactly_98_27():
    result = evaluate(figures(2568, SCORES_2568, "98.27", "ผ่านดี"))
    assert result.computed_overall == D("98.27")
    assert {t.tool.code: t.computed for t in result.tools} == {
        "IIT": D("100.00"),
        "EIT": D("95.89"),
        "OIT": D("98.75"),
    }
    assert not [f for f in check_assessment(result) if f.code.startswith("overall")]


def test_sample_2567_estimate_differs_and_is_only_a_note():
    result = evaluate(figures(2567, SCORES_2567, "97.54", "ผ่านดี"))
    assert result.computed_overall == D("97.44")  # 97.435 rounded half-up
    assert result.overall == D("97.54")  # the official figure is what counts
    findings = check_assessment(result)
    overall = [f for f in findings if f.refers_to == "overall"]
    assert [(f.severity, f.code) for f in overall] == [(Severity.NOTE, "overall_estimate_differs")]
    assert "97.54" in overall[0].message and "97.44" in overall[0].message
    assert not [f for f in findings if f.severity is Severity.ERROR]


def test_large_overall_difference_is_an_error():
    result = evaluate(figures(2568, SCORES_2568, "89.27", "ผ่านดี"))
    assert [f.code for f in check_assessment(result) if f.severity is Severity.ERROR] == ["overall_differs"]


def level_of(year, overall, tools):
    framework = framework_for(frameworks_dir(), year)
    return framework.level_for(D(overall), {k: D(v) for k, v in tools.items()}).name_th


@pytest.mark.parametrize(
    ("overall", "tools", "level"),
    [
        ("95.00", {"IIT": "95.00", "EIT": "95.00", "OIT": "95.00"}, "ผ่านดีเยี่ยม"),
        ("94.99", {"IIT": "95.00", "EIT": "95.00", "OIT": "95.00"}, "ผ่านดี"),
        ("95.00", {"IIT": "95.00", "EIT": "94.99", "OIT": "95.01"}, "ผ่านดี"),
        ("85.00", {"IIT": "85.00", "EIT": "85.00", "OIT": "85.00"}, "ผ่านดี"),
        ("85.00", {"IIT": "84.99", "EIT": "85.00", "OIT": "85.01"}, "ผ่าน"),
        ("84.99", {"IIT": "90.00", "EIT": "90.00", "OIT": "77.48"}, "ต้องปรับปรุง"),
        ("70.00", {"IIT": "70.00", "EIT": "70.00", "OIT": "70.00"}, "ต้องปรับปรุง"),
        ("69.99", {"IIT": "70.00", "EIT": "70.00", "OIT": "69.98"}, "ต้องปรับปรุงโดยด่วน"),
        ("0.00", {"IIT": "0", "EIT": "0", "OIT": "0"}, "ต้องปรับปรุงโดยด่วน"),
    ],
)
def test_levels_at_every_band_edge(overall, tools, level):
    for year in (2567, 2568, 2569):
        assert level_of(year, overall, tools) == level


@pytest.mark.parametrize(
    ("overall", "grade"),
    [
        ("95.00", "AA"),
        ("94.99", "A"),
        ("85.00", "A"),
        ("84.99", "B"),
        ("75.00", "B"),
        ("74.99", "C"),
        ("65.00", "C"),
        ("64.99", "D"),
        ("55.00", "D"),
        ("54.99", "E"),
        ("50.00", "E"),
        ("49.99", "F"),
    ],
)
def test_letter_grades_of_2566(overall, grade):
    assert level_of(2566, overall, {"IIT": overall, "EIT": overall, "OIT": overall}) == grade


def test_computed_level_uses_rounded_overall_and_each_tool():
    # every indicator 95.00 except one EIT indicator: EIT mean 94.99 keeps the level at ผ่านดี
    scores = ["100.00"] * 5 + ["95.00", "94.97", "95.00", "95.00", "95.00"]
    result = evaluate(figures(2568, scores))
    assert result.computed_overall == D("96.50")
    assert {t.tool.code: t.computed for t in result.tools}["EIT"] == D("94.99")
    assert result.computed_level.name_th == "ผ่านดี"


def test_official_tool_score_replaces_the_mean():
    result = evaluate(figures(2567, SCORES_2567, "97.54", "ผ่านดี", tools={"EIT": "91.80"}))
    eit = next(t for t in result.tools if t.tool.code == "EIT")
    assert (eit.computed, eit.official, eit.score) == (D("91.45"), D("91.80"), D("91.80"))
    assert result.computed_overall == D("97.54")  # 30 + 0.3 × 91.80 + 40
    codes = [f.code for f in check_assessment(result)]
    assert "tool_estimate_differs" in codes and "overall_estimate_differs" not in codes


def test_comparison_of_the_sample_years():
    before = evaluate(figures(2567, SCORES_2567, "97.54", "ผ่านดี"))
    after = evaluate(figures(2568, SCORES_2568, "98.27", "ผ่านดี"))
    comparison = compare(before, after)
    changes = [c.scores.change for c in comparison.indicators]
    assert changes == [Change.SAME] * 5 + [Change.UP] * 3 + [Change.DOWN, Change.SAME]
    assert comparison.indicators[7].scores.difference == D("10.14")
    assert comparison.overall.difference == D("0.73")
    assert comparison.overall.percent == D("0.75")  # relative to 97.54: not the 0.73-point difference
    assert comparison.overall.change is Change.UP
    assert (comparison.level.previous, comparison.level.current) == ("ผ่านดี", "ผ่านดี")
    assert comparison.level.change is Change.SAME
    assert comparison.level.change.label == "เท่าเดิม"
    assert Change.UP.label == "เพิ่มขึ้น" and Change.DOWN.label == "ลดลง"


def test_level_changes_compare_by_rank():
    good = evaluate(figures(2567, SCORES_2567, "97.54", "ผ่านดี"))
    excellent = evaluate(figures(2568, SCORES_2568, "98.27", "ผ่านดีเยี่ยม"))
    assert compare(good, excellent).level.change is Change.UP
    assert compare(excellent, good).level.change is Change.DOWN


def test_letter_grade_and_level_do_not_compare():
    graded = evaluate(figures(2566, SCORES_2567, "97.54", "AA"))
    levelled = evaluate(figures(2567, SCORES_2567, "97.54", "ผ่านดี"))
    assert compare(graded, levelled).level.change is Change.UNKNOWN


def test_missing_scores_give_warnings_and_no_estimate():
    scores = list(SCORES_2568)
    scores[2] = None
    result = evaluate(figures(2568, scores, "98.27", "ผ่านดี"))
    assert result.computed_overall is None
    missing = [f for f in check_assessment(result) if f.code == "missing_score"]
    assert [(f.severity, f.refers_to) for f in missing] == [(Severity.WARNING, "indicator 3")]
    assert "การใช้อำนาจ" in missing[0].message


def test_level_differing_from_the_rules_is_a_warning():
    result = evaluate(figures(2568, SCORES_2568, "98.27", "ผ่านดี"))
    [finding] = [f for f in check_assessment(result) if f.refers_to == "level"]
    assert (finding.severity, finding.code) == (Severity.WARNING, "level_differs")
    assert "ผ่านดีเยี่ยม" in finding.message


@pytest.mark.parametrize("text", ["١٠٠", "１００", "𝟗𝟗"])
def test_digits_of_other_scripts_are_not_scores(text):
    from itadesk.domain.scores import ScoreError, parse_score

    with pytest.raises(ScoreError):
        parse_score(text)
