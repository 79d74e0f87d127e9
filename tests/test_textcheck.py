"""Checks on the written texts: each class of mistake in paragraphs written the way ITA reports are written, the
sample report's own mistakes, and clean texts (the sample's, the program's drafted sentences) that raise nothing."""

import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itadesk import i18n
from itadesk.domain.comparison import ScoreChange, compare
from itadesk.domain.drafting import indicator_sentence, overall_sentence
from itadesk.domain.scoring import AssessmentFigures, evaluate
from itadesk.domain.textcheck import TextKind, WrittenText, check_text, check_texts
from itadesk.domain.textcheck.texts import year_texts
from itadesk.services.document_report import report_data_from_document
from itadesk.services.rules import framework
from itadesk.services.sample import sample_document

AS_WRITTEN = Path(__file__).parent / "data" / "khokkhon-2568-as-written.json"


@pytest.fixture(scope="module")
def sample():
    return report_data_from_document(sample_document(), 2568)


def findings_of(sample, text: str, indicator: int | None = None, kind: TextKind | None = None):
    kind = kind or (TextKind.OVERALL if indicator is None else TextKind.INDICATOR)
    written = WrittenText(kind, text, indicator)
    return [(f.code, f.quote) for f in check_text(written, sample.summary.current, sample.summary.previous)]


# The sample agency, 2568 against 2567: overall 97.54 → 98.27 (+0.73 points, +0.75 %), level ผ่านดี both years;
# indicator 6 95.51 → 96.33, 7 93.81 → 96.17, 8 85.03 → 95.17, 9 100 → 97.50, the others 100 both years.


def test_a_score_that_is_not_the_indicators(sample):
    text = "ผลการประเมินตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้คะแนน 95.71 คะแนน เพิ่มขึ้นจากปี พ.ศ. 2567"
    assert findings_of(sample, text, 8) == [("score_mismatch", "95.71")]


def test_last_years_figure_stated_wrongly(sample):
    text = "ผลการประเมินได้ ๙๖.๓๓ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ ที่ได้ ๙๔.๕๑ คะแนน"
    assert findings_of(sample, text, 6) == [("other_year_score_mismatch", "๙๔.๕๑")]


def test_this_years_score_given_as_last_years_says_so(sample):
    text = "เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ที่ได้รับผลการประเมินอยู่ในระดับ ผ่านดี (๙๘.๒๗ คะแนน)"
    [finding] = check_text(WrittenText(TextKind.OVERALL, text), sample.summary.current, sample.summary.previous)
    assert finding.code == "other_year_score_mismatch"
    assert "97.54" in finding.message and "2568" in finding.message  # what the data says, and where ๙๘.๒๗ belongs


def test_a_change_word_that_contradicts_the_scores(sample):
    text = "ผลการประเมินตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๙๗.๕๐ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗"
    assert findings_of(sample, text, 9) == [("change_contradicts", "เพิ่มขึ้น")]
    same = "ผลการประเมินได้ ๑๐๐ คะแนน สูงขึ้นจากปีที่แล้ว"
    assert findings_of(sample, same, 1) == [("change_contradicts", "สูงขึ้น")]


def test_a_point_difference_written_as_a_percentage(sample):
    text = "ได้รับผลการประเมิน ๙๘.๒๗ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ (๙๗.๕๔ คะแนน) คิดเป็นร้อยละ ๐.๗๓"
    [finding] = check_text(WrittenText(TextKind.OVERALL, text), sample.summary.current, sample.summary.previous)
    assert (finding.code, finding.quote) == ("percent_is_points", "๐.๗๓")
    assert "0.75" in finding.message  # the right percentage


def test_a_wrong_percentage(sample):
    text = "คะแนนตัวชี้วัดที่ ๘ เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ คิดเป็นร้อยละ ๑๐.๑๔"
    findings = check_text(WrittenText(TextKind.OVERALL, text), sample.summary.current, sample.summary.previous)
    assert [(f.code, f.quote) for f in findings] == [("percent_is_points", "๑๐.๑๔")]
    assert "11.93" in findings[0].message  # (95.17 − 85.03) / 85.03
    other = "คะแนนตัวชี้วัดที่ ๘ เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ คิดเป็นร้อยละ ๙.๕๐"
    assert findings_of(sample, other) == [("percent_mismatch", "๙.๕๐")]


def test_a_wrong_difference(sample):
    text = "ผลการประเมินได้ ๙๖.๓๓ คะแนน เพิ่มขึ้น ๐.๘๕ คะแนนจากปี พ.ศ. ๒๕๖๗"
    assert findings_of(sample, text, 6) == [("difference_mismatch", "๐.๘๕")]


def test_the_level_and_its_change_stated_wrongly(sample):
    text = "หน่วยงานได้รับผลการประเมินอยู่ในระดับ ผ่านดี ซึ่งสูงขึ้นจากปี พ.ศ. ๒๕๖๗ ที่อยู่ในระดับ ผ่าน"
    assert findings_of(sample, text) == [("level_change_contradicts", "สูงขึ้น"), ("level_mismatch", "ผ่าน")]
    moved = "ระดับผลการประเมินเลื่อนจากระดับ ผ่าน เป็นระดับ ผ่านดี"
    assert ("level_mismatch", "ผ่าน") in findings_of(sample, moved)
    assert ("level_change_contradicts", "ระดับผลการประเมินเลื่อน") not in findings_of(sample, moved)
    assert findings_of(sample, "ในปีนี้ระดับผลการประเมินสูงขึ้น") == [("level_change_contradicts", "ระดับผลการประเมินสูงขึ้น")]


def test_an_indicator_named_by_another_indicators_name(sample):
    text = "ผลการประเมิน ตัวชี้วัดที่ ๙ ประสิทธิภาพการสื่อสาร ผลการประเมินคะแนนที่ได้ ๙๗.๕๐ คะแนน"
    assert findings_of(sample, text, 9) == [("indicator_name_mismatch", "ประสิทธิภาพการสื่อสาร")]
    overall = "โดยตัวชี้วัดที่ ๖ การปรับปรุงระบบการทำงาน ได้ ๙๖.๓๓ คะแนน"
    assert findings_of(sample, overall) == [("indicator_name_mismatch", "การปรับปรุงระบบการทำงาน")]


def test_an_indicator_number_that_is_not_the_sections(sample):
    text = "ผลการประเมินตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๙๖.๑๗ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ (๙๓.๘๑)"
    assert findings_of(sample, text, 6) == [("other_indicator", "ตัวชี้วัดที่ ๗")]
    assert findings_of(sample, "ตัวชี้วัดที่ ๑๒ การบริหารงานบุคคล") == [("unknown_indicator", "ตัวชี้วัดที่ ๑๒")]


def test_words_left_from_another_indicators_name(sample):
    text = "ผลการประเมิน ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ใช้ทรัพย์สินของทางราชการ ผลการประเมินคะแนนที่ได้ ๑๐๐"
    assert findings_of(sample, text, 5) == [("indicator_name_mixed", "ใช้ทรัพย์สินของทางราชการ")]


def test_text_pasted_from_another_indicators_section(sample):
    analyses = dict(sample.indicator_analyses)
    analyses[9] = analyses[7]  # indicator 7's analysis pasted into indicator 9's section
    texts = year_texts("", analyses)
    findings = check_texts(texts, sample.summary.current, sample.summary.previous)
    pasted = [(f.text.indicator, f.code) for f in findings]
    assert (9, "pasted_text") in pasted and (7, "pasted_text") in pasted
    assert all(code == "pasted_text" for _, code in pasted) and len(pasted) == 2
    nine = next(f for f in findings if f.text.indicator == 9)
    assert nine.start == 0 and nine.end > len(analyses[7]) * 0.9


def test_a_measures_analysis_pasted_from_another_indicator(sample):
    measure = sample.plan.measures[0]
    texts = year_texts("", dict(sample.indicator_analyses), [measure])
    moved = WrittenText(TextKind.MEASURE, sample.indicator_analyses[8], 2, measure_id=1, measure_title=measure.title)
    findings = check_texts([*texts, moved], sample.summary.current, sample.summary.previous)
    assert [(f.text.kind, f.code) for f in findings] == [(TextKind.MEASURE, "pasted_text")]
    assert "8" in findings[0].message


def test_the_sample_reports_own_texts_as_the_clerk_wrote_them(sample):
    """The published report's paragraphs, with the clerk's factual openings: exactly its five mistakes."""
    written = json.loads(AS_WRITTEN.read_text(encoding="utf-8"))
    texts = year_texts(written["overall"], {int(n): t for n, t in written["analyses"].items()})
    findings = check_texts(texts, sample.summary.current, sample.summary.previous)
    assert [(f.refers_to, f.code, f.quote) for f in findings] == [
        ("overall", "other_year_score_mismatch", "๙๘.๒๗"),  # 2567 was 97.54, not 98.27
        ("overall", "percent_is_points", "๐.๗๓"),  # 0.73 points is 0.75 %
        ("indicator 5", "indicator_name_mixed", "ใช้ทรัพย์สินของทางราชการ"),  # left from indicator 4's name
        ("indicator 7", "score_mismatch", "๙๖.๗๑"),  # the table says 96.17
        ("indicator 9", "indicator_name_mismatch", "ประสิทธิภาพการสื่อสาร"),  # indicator 7's name
    ]
    overall = findings[0]
    assert overall.text.text[overall.start : overall.end] == "๙๘.๒๗" and overall.start > 100  # the second ๙๘.๒๗


def test_the_samples_texts_raise_nothing(sample):
    measures = sample.plan.measures
    texts = year_texts(sample.overall_analysis, dict(sample.indicator_analyses), measures)
    assert len(texts) > 20
    assert check_texts(texts, sample.summary.current, sample.summary.previous) == []


CLEAN = [
    # the overall paragraph in several ways a clerk writes it
    "ในปีงบประมาณ พ.ศ. ๒๕๖๘ หน่วยงานได้คะแนน ๙๘.๒๗ คะแนน เพิ่มขึ้นจาก ๙๗.๕๔ คะแนนในปี พ.ศ. ๒๕๖๗ คิดเป็นร้อยละ ๐.๗๕ "
    "ยังคงอยู่ในระดับ ผ่านดี เท่ากับปีที่ผ่านมา",
    "คะแนนภาพรวมเพิ่มขึ้นจากเดิม ๐.๗๓ คะแนน โดยตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน เพิ่มขึ้นมากที่สุด ๑๐.๑๔ คะแนน "
    "ส่วนตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ลดลง ๒.๕๐ คะแนน เหลือ ๙๗.๕๐ คะแนน",
    "เครื่องมือ EIT ได้ ๙๕.๘๙ คะแนน และ OIT ได้ ๙๘.๗๕ คะแนน ส่วน IIT ได้ ๑๐๐ คะแนนเท่ากับปี ๒๕๖๗",
    "ผลการประเมินปี 2568 ได้ 98.27 คะแนน (ปี 2567 ได้ 97.54 คะแนน) ระดับผลการประเมินคงเดิม",
    # prose with numbers that are not scores
    "๑. จัดประชุมชี้แจงเจ้าหน้าที่ ๒ ครั้ง ภายในวันที่ ๓๐ กันยายน ๒๕๖๙ ให้ครบร้อยละ ๑๐๐ ของบุคลากร",
    "(๑) เผยแพร่ข้อมูลผ่านเว็บไซต์ https://www.khokkhonlocal.go.th/index.php/2568 โทร ๐๔๒-๔๑๑-๒๓๔",
    "เป้าหมาย ผู้รับบริการมีความพึงพอใจเพิ่มขึ้นร้อยละ ๘๐ และเรื่องร้องเรียนลดลง",
    "ผู้บริหารให้ความสำคัญในทุกระดับ และรักษามาตรฐานให้อยู่ในระดับที่ดีอย่างต่อเนื่อง ผ่านช่องทางออนไลน์",
    # groups of indicators, thresholds and targets
    "ตัวชี้วัดที่ได้คะแนนเต็ม ๑๐๐ คะแนน ได้แก่ ตัวชี้วัดที่ ๑, ๒, ๓, ๔, ๕ และ ๑๐",
    "ตัวชี้วัดที่ ๖–๘ ของเครื่องมือ EIT ได้เฉลี่ย ๙๕.๘๙ คะแนน",
    "ระดับ ผ่านดี ต้องได้คะแนนตั้งแต่ ๘๕.๐๐ คะแนนขึ้นไป และตั้งเป้าหมายให้ได้ไม่น้อยกว่า ๙๕ คะแนนในปีหน้า",
    "ประเด็นที่ควรพัฒนา ได้แก่ ข้อ EB๑๖ ได้ ๘๐.๒๕ คะแนน และข้อ e5 ได้ 90.10 คะแนน",  # questions, not indicators
    "ผลคะแนนเพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน ๐.๗๓ คะแนน",
    "ในปี พ.ศ. ๒๕๖๗ ตัวชี้วัดที่ ๘ ได้ ๘๕.๐๓ คะแนน ส่วนในปี พ.ศ. ๒๕๖๘ ได้ ๙๕.๑๗ คะแนน เพิ่มขึ้น ๑๐.๑๔ คะแนน",
    "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนนลดลงจาก ๑๐๐ คะแนน เหลือ ๙๗.๕๐ คะแนน ลดลงร้อยละ ๒.๕๐",
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้คะแนน ๙๕.๘๙ คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) "
    "ได้คะแนน ๙๘.๗๕ คะแนน",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_raise_nothing(sample, text):
    assert findings_of(sample, text) == []
    assert findings_of(sample, text, 6, TextKind.MEASURE) == [] or "ตัวชี้วัดที่" in text


def test_the_drafted_sentences_of_the_sample_raise_nothing(sample):
    summary = sample.summary
    comparison = summary.comparison
    texts = [
        WrittenText(TextKind.OVERALL, overall_sentence(summary.agency.name, 2568, comparison.overall, comparison.level))
    ]
    texts += [
        WrittenText(TextKind.INDICATOR, indicator_sentence(c.indicator, c.scores, 2568), c.indicator.number)
        for c in comparison.indicators
    ]
    assert check_texts(texts, summary.current, summary.previous) == []


scores = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@given(st.lists(scores, min_size=20, max_size=20), st.booleans())
def test_drafted_sentences_never_raise_a_finding(values, official):
    """Whatever the figures, the program's own sentences agree with them."""
    rules = framework(2568)
    numbers = [i.number for i in rules.indicators]
    previous = evaluate(AssessmentFigures(2567, framework(2567), dict(zip(numbers, values[:10], strict=True))))
    current_figures = AssessmentFigures(2568, rules, dict(zip(numbers, values[10:], strict=True)))
    current = evaluate(current_figures)
    if official and current.computed_overall is not None:
        current = evaluate(
            AssessmentFigures(2568, rules, current_figures.indicator_scores, current.computed_overall + Decimal("0.1"))
        )
    comparison = compare(previous, current)
    texts = [WrittenText(TextKind.OVERALL, overall_sentence("อบต.ทดสอบ", 2568, comparison.overall, comparison.level))]
    for c in comparison.indicators:
        texts.append(
            WrittenText(TextKind.INDICATOR, indicator_sentence(c.indicator, c.scores, 2568), c.indicator.number)
        )
    texts.append(
        WrittenText(TextKind.INDICATOR, indicator_sentence(rules.indicator(1), ScoreChange(None, values[10]), 2568), 1)
    )
    assert [(f.code, f.quote) for f in check_texts(texts, current, previous)] == []


pieces = st.sampled_from(
    [
        "ตัวชี้วัดที่ ",
        "๙",
        "7",
        "๑๐๐",
        "98.27",
        "๐.๗๓",
        " คะแนน",
        "(",
        ")",
        "ร้อยละ ",
        "%",
        "ปี พ.ศ. ",
        "๒๕๖๗",
        "2568",
        "เพิ่มขึ้น",
        "ลดลง",
        "เท่ากันกับปี",
        "ระดับ ",
        "ผ่านดี",
        "ผ่าน",
        "เลื่อนระดับ",
        "จาก",
        "เป็น",
        "EIT",
        "ภาพรวม",
        "ประสิทธิภาพการสื่อสาร",
        "\n",
        " ",
        ".",
        "https://a.go.th/2567",
        "ที่ได้",
        "โดย",
        "ๆ",
        "\u0e31",
        "",
    ]
)


@given(st.lists(pieces | st.text(max_size=5), max_size=40), st.sampled_from([None, 1, 6, 9]))
def test_any_text_is_checked_without_failing_and_spans_stay_inside_it(sample, parts, indicator):
    text = "".join(parts)
    kind = TextKind.OVERALL if indicator is None else TextKind.INDICATOR
    findings = check_texts([WrittenText(kind, text, indicator)], sample.summary.current, sample.summary.previous)
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.message and finding.quote.strip()


@pytest.mark.parametrize(
    ("indicator", "text", "name"),
    [
        (1, "ตัวชี้วัดที่ ๑ การอยู่วิเศษ ได้ ๑๐๐ คะแนน", "การอยู่วิเศษ"),  # the sample's summary table
        (3, "ผลการประเมิน ตัวชี้วัดที่ ๓ การใช้จ่าย ผลการประเมินคะแนนที่ได้ ๑๐๐ คะแนน", "การใช้จ่าย"),
        (4, "ตัวชี้วัดที่ ๔ การให้บริการประชาชน ได้ ๑๐๐ คะแนน", "การให้บริการประชาชน"),
        (8, "ตัวชี้วัดที่ ๘ การปรับปรุงราชการได้ ๙๕.๑๗ คะแนน", "การปรับปรุงราชการ"),
    ],
)
def test_a_name_after_an_indicator_number_that_is_no_indicators_name(sample, indicator, text, name):
    [finding] = check_text(
        WrittenText(TextKind.INDICATOR, text, indicator), sample.summary.current, sample.summary.previous
    )
    assert (finding.code, finding.quote, finding.severity.value) == ("indicator_name_unknown", name, "error")
    assert sample.summary.current.framework.indicator(indicator).name_th in finding.message


@pytest.mark.parametrize(
    ("indicator", "text"),
    [
        (3, "ผลการประเมิน ตัวชี้วัดที่ ๓ การใช้อำนาจหน้าที่ ผลการประเมินคะแนนที่ได้ ๑๐๐ คะแนน"),
        (4, "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ ได้ ๑๐๐ คะแนน"),
        (5, "ตัวชี้วัดที่ ๕ (การแก้ปัญหาการทุจริต) ได้ ๑๐๐ คะแนน"),
        (8, "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ได้ ๙๕.๑๗ คะแนน"),
        (7, "ตัวชี้วัดที่ ๗ ซึ่งได้คะแนนเพิ่มขึ้นมากที่สุด ได้ ๙๖.๑๗ คะแนน"),
    ],
)
def test_a_name_written_loosely_is_still_the_indicators(sample, indicator, text):
    assert findings_of(sample, text, indicator) == []


def test_an_indicator_named_without_its_number_in_another_indicators_section(sample):
    text = "ผลการประเมินประสิทธิภาพการสื่อสาร ได้ ๙๗.๕๐ คะแนน ลดลงจากปี พ.ศ. ๒๕๖๗"
    assert findings_of(sample, text, 9) == [("indicator_name_mismatch", "ประสิทธิภาพการสื่อสาร")]
    [finding] = check_text(WrittenText(TextKind.INDICATOR, text, 9), sample.summary.current, sample.summary.previous)
    assert finding.severity.value == "warning"  # the name may be a topic: no number says which indicator is meant
    [finding] = check_text(WrittenText(TextKind.INDICATOR, text, 9), sample.summary.current, sample.summary.previous)
    assert finding.severity.value == "warning"  # the name may be a topic: no number says which indicator is meant
    # its own figures in the overall analysis, or the name as a topic, are no mistake
    assert findings_of(sample, "โดยประสิทธิภาพการสื่อสารได้ ๙๖.๑๗ คะแนน เพิ่มขึ้น ๒.๓๖ คะแนน") == []
    assert findings_of(sample, "ควรปรับปรุงควบคู่กับการเปิดเผยข้อมูลบนเว็บไซต์ ได้แก่ ข้อมูลพื้นฐาน", 8) == []
    wrong = findings_of(sample, "โดยประสิทธิภาพการสื่อสารได้ ๙๖.๗๑ คะแนน")
    assert wrong == [("score_mismatch", "๙๖.๗๑")]  # checked against indicator 7, not the overall score


def test_a_wrong_year_is_the_year_that_is_wrong(sample):
    text = "ได้ ๙๖.๓๓ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๖ (๙๕.๕๑)"
    [finding] = check_text(WrittenText(TextKind.INDICATOR, text, 6), sample.summary.current, sample.summary.previous)
    assert (finding.code, finding.quote, finding.severity.value) == ("year_mismatch", "๒๕๖๖", "error")
    assert "2567" in finding.message
    compared = findings_of(sample, "คะแนนภาพรวมเพิ่มขึ้น ๐.๗๓ คะแนน เมื่อเทียบกับปี ๒๕๖๖")
    assert compared == [("year_mismatch", "๒๕๖๖")]  # the difference is the one from 2567
    [alone] = check_text(
        WrittenText(TextKind.OVERALL, "คะแนนสูงขึ้นจากปี ๒๕๖๖"), sample.summary.current, sample.summary.previous
    )
    assert (alone.code, alone.severity.value) == ("year_mismatch", "warning")  # nothing says which figures
    assert findings_of(sample, "ดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๖ - ๒๕๖๙)") == []


@pytest.mark.parametrize(
    ("indicator", "text"),
    [
        # a change word after a level, said of the score that follows
        (None, "หน่วยงานได้รับผลการประเมินอยู่ในระดับผ่านดี เพิ่มขึ้นจาก ๙๗.๕๔ คะแนน"),
        # thresholds and targets with decimals
        (None, "คะแนนภาพรวมสูงกว่าเกณฑ์ ๘๕.๐๐ คะแนน"),
        (9, "หน่วยงานตั้งเป้าให้ได้ ๙๙.๕๐ คะแนนในปีต่อไป"),
        (None, "ยังต่ำกว่าเกณฑ์ระดับผ่านดีเยี่ยม คือ ๙๕.๐๐ คะแนน อยู่ ๐.๕๐ คะแนน"),
        # two years' scores in one sentence, without จาก/เป็น
        (None, "ปี ๒๕๖๘ หน่วยงานได้ ๙๘.๒๗ คะแนน ปี ๒๕๖๗ ได้ ๙๗.๕๔ คะแนน"),
        (8, "ปี ๒๕๖๗ และปี ๒๕๖๘ ตัวชี้วัดนี้ได้ ๘๕.๐๓ และ ๙๕.๑๗ คะแนน ตามลำดับ"),
        # a percentage of something else after a change word
        (6, "ความพึงพอใจเพิ่มขึ้นเป็นร้อยละ ๘๐ ได้ ๙๖.๓๓ คะแนน"),
        # the point difference after "จากปีที่แล้ว"
        (None, "คะแนนภาพรวมเพิ่มขึ้นจากปีที่แล้ว ๐.๗๓ คะแนน"),
        # measured rates, times and ratings
        (6, "มีผู้มาติดต่อราชการเฉลี่ย ๔๕.๕ คนต่อวัน เพิ่มขึ้นจากปีที่แล้ว"),
        (7, "ให้บริการเวลา ๐๘.๓๐ – ๑๖.๓๐ น. ความพึงพอใจเฉลี่ย ๔.๕๒ จากคะแนนเต็ม ๕"),
        (2, "งบประมาณ ๑.๕ ล้านบาท"),
        (None, "สูงกว่าค่าเฉลี่ยของ อปท. ทั่วประเทศ (๘๙.๑๒ คะแนน)"),
    ],
)
def test_numbers_that_are_not_the_results_raise_no_error(sample, indicator, text):
    kind = TextKind.OVERALL if indicator is None else TextKind.INDICATOR
    findings = check_text(WrittenText(kind, text, indicator), sample.summary.current, sample.summary.previous)
    assert [f for f in findings if f.severity.value == "error"] == []


def test_a_reading_that_rests_on_an_assumption_is_a_warning_that_says_so(sample):
    i18n.set_language("en")
    [year] = check_text(
        WrittenText(TextKind.OVERALL, "หน่วยงานได้ ๙๗.๕๔ คะแนน"), sample.summary.current, sample.summary.previous
    )
    assert (year.code, year.severity.value) == ("score_mismatch", "warning")
    assert "No year is named next to it, so it was read as the score of 2568." in year.message
    assert "That is the score of 2567." in year.message
    [tied] = check_text(
        WrittenText(TextKind.OVERALL, "ในปี ๒๕๖๘ หน่วยงานได้ ๙๗.๕๔ คะแนน"), sample.summary.current, sample.summary.previous
    )
    assert (tied.code, tied.severity.value) == ("score_mismatch", "error")  # the year is named: certain
    [measure] = check_text(
        WrittenText(TextKind.MEASURE, "ได้ ๙๕.๕๕ คะแนน", 6, measure_id=1, measure_title="มาตรการ"),
        sample.summary.current,
        sample.summary.previous,
    )
    assert measure.severity.value == "warning" and "taken to be about indicator 6" in measure.message


def test_messages_in_english_read_as_english(sample):
    i18n.set_language("en")
    current, previous = sample.summary.current, sample.summary.previous
    [same] = check_text(WrittenText(TextKind.OVERALL, "ระดับผลการประเมินลดลง"), current, previous)
    assert same.message.endswith("ผ่านดี in 2567 and ผ่านดี in 2568, the same level in both years.")
    [down] = check_text(WrittenText(TextKind.INDICATOR, "ได้ ๙๗.๕๐ คะแนน เพิ่มขึ้นจากปีที่แล้ว", 9), current, previous)
    assert down.message.endswith("100.00 in 2567 and 97.50 in 2568, so the score went down.")
    [percent] = check_text(
        WrittenText(TextKind.OVERALL, "ได้ ๙๘.๒๗ คะแนน เพิ่มขึ้นจากปี ๒๕๖๗ คิดเป็นร้อยละ ๐.๗๓"), current, previous
    )
    assert percent.message.startswith("The percentage “๐.๗๓” is the difference in points:")


def test_the_words_around_a_finding_never_start_or_end_inside_a_letter(sample):
    """Cut inside a long word, the words shown around a finding begin and end with whole letters: never with a
    vowel or tone mark torn from its consonant."""
    text = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐได้๙๕.๕๕คะแนนที่ไม่ตรงกับที่บันทึกไว้ในระบบ"
    [finding] = check_text(WrittenText(TextKind.OVERALL, text), sample.summary.current, sample.summary.previous)
    assert finding.quote == "๙๕.๕๕"
    for reach in range(3, 45):
        shown = finding.in_context(reach)
        before, rest = shown.removeprefix("…").split("»")
        after = rest.split("«")[1].removesuffix("…")
        left, right = finding.start - len(before), finding.end + len(after)
        assert text[left:right] == before + finding.quote + after, reach
        assert not unicodedata.category(text[left]).startswith("M"), reach
        assert right == len(text) or not unicodedata.category(text[right]).startswith("M"), reach


def test_a_year_given_the_other_years_figure_while_its_own_is_given_too(sample):
    current, previous = sample.summary.current, sample.summary.previous
    after = "ตัวชี้วัดที่ ๘ ได้ ๘๕.๐๓ คะแนนในปี ๒๕๖๘ และ ๙๕.๑๗ คะแนนในปีนี้"
    [finding] = check_text(WrittenText(TextKind.INDICATOR, after, 8), current, previous)
    assert (finding.code, finding.quote, finding.severity.value) == ("year_mismatch", "๒๕๖๘", "error")
    before = "ในปี ๒๕๖๗ ตัวชี้วัดที่ ๘ ได้ ๙๕.๑๗ คะแนน เพิ่มขึ้นจาก ๘๕.๐๓ คะแนน"
    assert findings_of(sample, before, 8) == [("year_mismatch", "๒๕๖๗")]
    assert findings_of(sample, "ตัวชี้วัดที่ ๘ ได้ ๘๕.๐๓ คะแนนในปี ๒๕๖๗ และ ๙๕.๑๗ คะแนนในปีนี้", 8) == []


def test_years_and_figures_in_columns_are_read_in_order(sample):
    assert findings_of(sample, "คะแนนรวม ปี 67 / ปี 68 : 97.54 / 98.27") == []
    assert findings_of(sample, "คะแนนรวม ปี 67 / ปี 68 : 97.45 / 98.27") == [("other_year_score_mismatch", "97.45")]
    assert findings_of(sample, "ตัวชี้วัดที่ ๘ ปี ๒๕๖๗ | ๒๕๖๘ = ๘๕.๐๓ | ๙๕.๑๗", 8) == []


@pytest.mark.parametrize(
    ("indicator", "text", "expected"),
    [
        (8, "ตัวชี้วัดที่ ๘ ได้ ๙๕.๑๗ คะแนน ทรงตัวจากปีก่อน", ("change_contradicts", "ทรงตัว")),
        (9, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล คงที่ ที่ ๙๗.๕๐ คะแนน", ("change_contradicts", "คงที่")),
        (None, "คะแนนรวมเพิ่มจาก ๙๗.๕๔ เป็น ๙๘.๒๗ คะแนน หรือร้อยละ ๐.๘๐", ("percent_mismatch", "๐.๘๐")),
        (8, "ตัวชี้วัดที่ ๘ ได้ ๙๕.๑๗ คะแนน ทำให้ระดับภาพรวมปี ๒๕๖๘ ขยับขึ้นมาเป็น ผ่าน", ("level_mismatch", "ผ่าน")),
        (8, "ในปีนี้การเปิดเผยข้อมูลได้ ๙๕.๑๗ คะแนน", ("indicator_name_mismatch", "การเปิดเผยข้อมูล")),
        (None, "ปี ๖๘ ต่ำสุด: ตชว.8 = 95.71", ("score_mismatch", "95.71")),
        (8, "ตัวชี้วัดที่ ๘ ปี ๒๕๖๗ | ๒๕๖๘ = ๘๕.๐๓ | ๙๕.๑๗ (ร้อยละ +๑๐.๑๔)", ("percent_is_points", "๑๐.๑๔")),
        (None, "ระดับผลการประเมินปี ๒๕๖๘ เลื่อนขึ้นจากปีก่อน", ("level_change_contradicts", "ระดับผลการประเมินปี ๒๕๖๘ เลื่อนขึ้น")),
        (8, "ตัวชี้วัดที่ ๘ ได้ ๙๕.๑๗ ในปี ๒๕๖๗ เพิ่มขึ้นจาก ๘๕.๐๓", ("year_mismatch", "๒๕๖๗")),
        (8, "ตัวชี้วัดที่ ๘ เพิ่มขึ้นจาก ๘๕.๐๓ ในปี ๖๖ เป็น ๙๕.๑๗ ในปี ๖๘", ("year_mismatch", "๖๖")),
        (None, "ปีนี้ อบต. ถูกปรับระดับลง จากปีก่อน", ("level_change_contradicts", "ปรับระดับลง")),
        (None, "คะแนนรวมปีนี้สูงกว่าปี ๒๕๖๗ ร้อยละ ๐.๗๓", ("percent_is_points", "๐.๗๓")),
        (8, "ตัวชี้วัดที่ ๘ เพิ่มจาก ๘๕.๐๓ (ปี 66) เป็น ๙๕.๑๗ (ปี 68)", ("year_mismatch", "66")),
        (8, "ตัวชี้วัดที่ ๘ ปรับตัวดีขึ้นร้อยละ ๑๐.๑๔", ("percent_is_points", "๑๐.๑๔")),
        (None, "ปีที่แล้วคะแนนรวม 97.45 ระดับผ่านดี", ("other_year_score_mismatch", "97.45")),
        (None, "ปี ๒๕๖๗ : IIT ๑๐๐.๐๐ / EIT ๙๕.๘๙ / OIT ๑๐๐.๐๐", ("other_year_score_mismatch", "๙๕.๘๙")),
        (None, "ระดับผลการประเมิน ปี 67 : ผ่านดี / ปี 68 : ผ่าน", ("level_mismatch", "ผ่าน")),
        (8, "ตัวชี้วัดที่ ๘ เพิ่มขึ้นจาก ๘๕.๐๓ คะแนน (พ.ศ. ๒๕๖๖) เป็น ๙๕.๑๗ คะแนน (พ.ศ. ๒๕๖๘)", ("year_mismatch", "๒๕๖๖")),
        (9, "การเปิดเผยข้อมูล (ปี 2566 100.00 → ปี 2568 97.50)", ("year_mismatch", "2566")),
        (9, "เมื่อเทียบปี ๒๕๖๖ กับปี ๒๕๖๘ ตัวชี้วัดที่ ๙ ได้ ๑๐๐.๐๐ กับ ๙๗.๕๐ คะแนน", ("year_mismatch", "๒๕๖๖")),
        (8, "คะแนนด้านการเปิดเผยข้อมูลของปีนี้อยู่ที่ ๙๕.๑๗ คะแนน", ("indicator_name_mismatch", "การเปิดเผยข้อมูล")),
        (None, "ระดับผลการประเมินปีนี้เพิ่มขึ้นเมื่อเทียบกับปี ๒๕๖๗", ("level_change_contradicts", "ระดับผลการประเมินปีนี้เพิ่มขึ้น")),
        (
            None,
            "ระดับผลการประเมินของ อบต.โคกคอนสูงขึ้นจากปีก่อน",
            ("level_change_contradicts", "ระดับผลการประเมินของ อบต.โคกคอนสูงขึ้น"),
        ),
        (
            None,
            "แม้คะแนนจะเพิ่มขึ้น ๐.๗๓ คะแนน แต่ระดับผลการประเมินกลับลดลง",
            ("level_change_contradicts", "ระดับผลการประเมินกลับลดลง"),
        ),
        (None, "ตัวชี้วัดที่ ๙ และ ๑๑ ของเครื่องมือ OIT ได้ ๙๗.๕๐ และ ๑๐๐.๐๐ คะแนน", ("unknown_indicator", "๑๑")),
        (
            None,
            "แม้ระดับผลการประเมินปี ๒๕๖๘ จะลดลงจากปีก่อน แต่คะแนนรวมเพิ่มขึ้น",
            ("level_change_contradicts", "ระดับผลการประเมินปี ๒๕๖๘ จะลดลง"),
        ),
        (1, "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ลดลง โดยได้ ๑๐๐ คะแนนเท่ากันทั้งสองปี", ("change_contradicts", "ลดลง")),
        (1, "ตัวชี้วัดที่ ๑ ภาวะผู้นำของผู้บริหาร ได้ ๑๐๐ คะแนน", ("indicator_name_unknown", "ภาวะผู้นำของผู้บริหาร")),
        (9, "การเปิดเผยข้อมูลปี 67 ได้ 97.54 คะแนน", ("other_year_score_mismatch", "97.54")),
    ],
)
def test_more_ways_of_writing_a_mistake(sample, indicator, text, expected):
    assert expected in findings_of(sample, text, indicator)


@pytest.mark.parametrize(
    ("indicator", "text"),
    [
        # two indicators equal to each other, not a score equal to last year's
        (None, "ปี ๒๕๖๗ ตัวชี้วัดที่ ๑ และตัวชี้วัดที่ ๙ ได้ ๑๐๐.๐๐ คะแนนเท่ากัน"),
        # a level the agency has not reached
        (None, "ที่ยังไม่ถึงระดับผ่านดีเยี่ยมเพราะคะแนนรวมได้ ๙๘.๒๗ คะแนน แต่ยังมีเครื่องมือที่ต่ำกว่าเกณฑ์"),
        # a year that opens the next clause, not the figure's
        (8, "ปีที่แล้วตัวชี้วัดที่ ๘ ได้เพียง ๘๕.๐๓ คะแนน ปีนี้จึงปรับขั้นตอนงาน จนได้ ๙๕.๑๗ คะแนน"),
        # the gap between two tools, not a score of either
        (None, "ผลต่างระหว่าง IIT กับ EIT ลดลงจาก ๘.๕๕ คะแนนในปี ๒๕๖๗ เหลือ ๔.๑๑ คะแนนในปี ๒๕๖๘"),
        # the overall score computed from the indicators, besides the official one
        (None, "คะแนนที่คำนวณตามสูตรถ่วงน้ำหนักของปี ๒๕๖๗ ได้ ๙๗.๔๔ ต่างจากคะแนนทางการ ๙๗.๕๔ อยู่ ๐.๑๐ คะแนน"),
        # a rank, not a score, that went down
        (3, "ตัวชี้วัดที่ ๓ ได้ ๑๐๐.๐๐ คะแนนเท่าเดิม แต่อันดับลดจาก ๑ เป็น ๒"),
        # the only indicator of a tool that went down: the tool is where it ranks
        (9, "ตัวชี้วัดที่ ๙ เป็นตัวชี้วัดเดียวใน OIT ที่ลดลง (๑๐๐.๐๐ → ๙๗.๕๐)"),
        # a target said to equal a year's score
        (8, "ตั้งเป้าให้ตัวชี้วัดที่ ๘ ในการประเมินปี ๒๕๗๐ ได้อย่างน้อย ๙๖.๑๗ คะแนนเท่ากับปี ๒๕๖๘ ของตัวชี้วัดที่ ๗"),
        # counts with their unit, a share of people, the rest of the indicators, an item ranked within its indicator
        (8, "ปีนี้เริ่มรับคำร้องออนไลน์ได้ ๖๔ คำร้อง"),
        (6, "ตัวชี้วัดที่ ๖ เพิ่มขึ้นจาก ๙๕.๕๑ เป็น ๙๖.๓๓ คะแนน ผู้รับบริการร้อยละ 12 ระบุว่ารอนาน"),
        (None, "ตัวชี้วัดที่ ๙ ลดลง ส่วนตัวชี้วัดที่ ๑ ได้ ๑๐๐ คะแนนเท่าเดิม นอกนั้นเพิ่มขึ้นทั้งหมด"),
        (1, "ข้อ i2 ได้ต่ำสุดในตัวชี้วัดนี้คือ 84.10 คะแนน"),
        # a tool's weight, the gap between two tools, the whole of an indicator, the level of earlier years
        (None, "OIT ลดลงจาก ๑๐๐.๐๐ เป็น ๙๘.๗๕ คะแนน และมีน้ำหนักถึงร้อยละ ๒๐"),
        (None, "IIT สูงกว่า EIT ๔.๑๑ คะแนน จากที่เคยห่างกันถึง ๘.๕๕ คะแนนในปี ๒๕๖๗"),
        (3, "รายข้อ: ข้อ i14 ได้ 92.80 ส่วนคะแนนรวมของตัวชี้วัดการใช้อำนาจยังคงที่ ๑๐๐.๐๐"),
        (None, "ย้อนหลัง: ๒๕๖๕ ได้ ๙๖.๑๒ และ ๒๕๖๖ ได้ ๙๗.๓๐ อยู่ระดับผ่านดีเยี่ยมสองปีติดต่อกัน"),
        # a change said of an indicator named after แต่, not of the tool named before it
        (6, "แม้ EIT จะเพิ่มขึ้น ๔.๔๔ คะแนน แต่การเปิดเผยข้อมูลกลับลดลง"),
        # a percentage named before the change it measures; two years listed, not compared; years then figures
        (8, "เมื่อคิดเป็นร้อยละ ตัวชี้วัดนี้เพิ่มขึ้น 11.93 จากปีที่แล้ว"),
        (None, "ปี ๒๕๖๗ กับปี ๒๕๖๘ ได้คะแนน ๙๗.๕๔ กับ ๙๘.๒๗ ตามลำดับ"),
        (None, "• 2567 → 2568: 97.54 → 98.27 (+0.73)"),
        # a change compared with another indicator's; a neighbouring agency's figures and level
        (8, "เพิ่มขึ้น 10.14 คะแนน ไม่เท่ากับตัวชี้วัดที่ 7 คิดเป็นร้อยละ 11.93"),
        (None, "องค์การบริหารส่วนตำบลที่อยู่ติดกันได้ 92.18 คะแนน ระดับผ่านดีเยี่ยม"),
        # a question's score within its tool; a share of a change and its weight; levels skipped; a later year's plan
        (None, "ข้อ e5 ของแบบสำรวจ EIT ได้ 84.20 คะแนน ต่ำที่สุดในตัวชี้วัดที่ 7"),
        (None, "OIT ที่ลดลง 1.25 คะแนน ส่งผลให้คะแนนรวมลดลง 0.50 คะแนน (0.4 × 1.25)"),
        (None, "ระดับผลการประเมินไม่ได้เลื่อนขึ้นข้ามระดับผ่านดีเยี่ยม"),
        (None, "เป้าหมายปี ๒๕๖๙ คือรักษาระดับผ่านดี โดยคะแนนรวมไม่ต่ำกว่า ๙๕ คะแนน และ OIT คงที่ ๑๐๐ คะแนน"),
        (None, "ในสิบตัวชี้วัด มีสามตัวที่เพิ่มขึ้น หนึ่งตัวลดลง (ตัวชี้วัดที่ 9) และหกตัวเท่าเดิม"),
        # the gap between two indicators and how it grew; a bound no tool reached
        (None, "ปีก่อนตัวชี้วัดที่ 7 สูงกว่าตัวชี้วัดที่ 8 อยู่ 8.78 คะแนน ปีนี้ห่างกันน้อยลงเหลือ 1.00"),
        (None, "ไม่มีเครื่องมือใดถึง 75 คะแนน ในปีที่ผ่านมา"),
        # a formula's weights and its result; a score a measure means to raise
        (None, "เมื่อคำนวณเองจากสูตร 0.3×IIT + 0.3×EIT + 0.4×OIT ได้ 98.27 คะแนน"),
        (8, "เพื่อยกคะแนนตัวชี้วัดที่ ๘ จาก ๙๕.๑๗ คะแนนให้ถึง ๙๘ คะแนน"),
        # the base a percentage is taken from, named as last year's
        (9, "ลดลง ๒.๕๐ คะแนน ซึ่งเท่ากับร้อยละ ๒.๕๐ พอดี เพราะฐานของปีก่อนเป็น ๑๐๐ คะแนน"),
        # what the share of a change that came from another indicator is
        (9, "ตัวชี้วัดที่ ๙ ลดลง ๒.๕๐ คะแนน ทำให้ OIT ลดลง ๑.๒๕ คะแนน"),
    ],
)
def test_more_correct_wordings_raise_no_error(sample, indicator, text):
    kind = TextKind.OVERALL if indicator is None else TextKind.INDICATOR
    findings = check_text(WrittenText(kind, text, indicator), sample.summary.current, sample.summary.previous)
    assert [(f.code, f.quote) for f in findings if f.severity.value == "error"] == []


def test_figures_given_another_agency_by_name_are_its_own(sample):
    current, previous, name = sample.summary.current, sample.summary.previous, sample.summary.agency.name
    other = "เมื่อเทียบกับองค์การบริหารส่วนตำบลหนองบัว ซึ่งได้ ๘๘.๑๐ คะแนน (ระดับผ่าน) ในปีเดียวกัน"
    assert check_text(WrittenText(TextKind.OVERALL, other), current, previous, name) == []
    own = "อบต.โคกคอนได้ ๘๘.๑๐ คะแนน (ระดับผ่าน) ในปี ๒๕๖๘"
    found = check_text(WrittenText(TextKind.OVERALL, own), current, previous, name)
    assert {("score_mismatch", "๘๘.๑๐"), ("level_mismatch", "ผ่าน")} <= {(f.code, f.quote) for f in found}
