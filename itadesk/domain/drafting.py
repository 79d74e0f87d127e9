"""The factual sentences of the analysis, drafted from the figures (always Thai: they go into the report)."""

from decimal import Decimal

from itadesk.domain.comparison import Change, LevelChange, ScoreChange
from itadesk.domain.framework import Indicator
from itadesk.domain.scoring import AssessmentResult, ToolResult
from itadesk.domain.summary import YearSummary
from itadesk.i18n import N_, th
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_number


def overall_is_computed(result: AssessmentResult | None) -> bool:
    """The overall score shown is the program's: no official one was entered."""
    return result is not None and result.figures.official_overall is None and result.computed_overall is not None


def level_is_computed(result: AssessmentResult | None) -> bool:
    """The level shown is the program's: no official one was entered."""
    return result is not None and not result.figures.official_level and result.computed_level is not None


def tool_is_computed(tool: ToolResult | None) -> bool:
    """The tool's score shown is the mean of its indicators: no official one was entered."""
    return tool is not None and tool.official is None and tool.computed is not None


def _n(value: Decimal) -> str:
    return format_number(value)


def indicator_sentence(indicator: Indicator, scores: ScoreChange, fiscal_year: int) -> str:
    """ผลการประเมินตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้ ๙๖.๓๓ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ (๙๕.๕๑ คะแนน) …"""
    number = to_thai_digits(indicator.number)
    previous_year = to_thai_digits(fiscal_year - 1)
    if scores.current is None:
        return th("Indicator {number} {name} has no score for {year} yet.").format(
            number=number, name=indicator.name_th, year=to_thai_digits(fiscal_year)
        )
    head = th("Indicator {number} {name} scored {score} points").format(
        number=number, name=indicator.name_th, score=_n(scores.current)
    )
    if scores.previous is None:
        tail = th("; there is no score for {year} to compare with.").format(year=previous_year)
    elif scores.change is Change.SAME:
        tail = th(", the same as in {year}.").format(year=previous_year)
    else:
        template = (
            N_(", up {difference} points from {year} ({previous} points).")
            if scores.change is Change.UP
            else N_(", down {difference} points from {year} ({previous} points).")
        )
        tail = th(template).format(
            difference=_n(abs(scores.difference)), year=previous_year, previous=_n(scores.previous)
        )
    return head + tail


def _level_part(level: str | None) -> str:
    """ " อยู่ในระดับ ผ่านดี", or that there is no level yet: never a dash in a sentence."""
    if level:
        return th(", level {level}").format(level=level)
    return th(", with no level yet")


def _year_before(year: str, score: Decimal, level: str | None) -> str:
    """ "ปีงบประมาณ พ.ศ. ๒๕๖๗ (๙๗.๕๔ คะแนน ระดับ ผ่านดี)", the level left out when there is none."""
    if level:
        return th("{year} ({previous} points, level {level})").format(year=year, previous=_n(score), level=level)
    return th("{year} ({previous} points)").format(year=year, previous=_n(score))


def level_sentence(level: LevelChange | None) -> str:
    """How the level moved: "ระดับผลการประเมินเท่าเดิม (ผ่านดี)", "… สูงขึ้นจากระดับ ผ่าน เป็นระดับ ผ่านดี", "… ต่ำลง …";
    nothing when the two levels are not both known or do not compare."""
    if level is None or level.change is Change.UNKNOWN or not level.previous or not level.current:
        return ""
    if level.change is Change.SAME:
        return th("The level is unchanged ({level}).").format(level=level.current)
    template = (
        N_("The level rose from {previous} to {current}.")
        if level.change is Change.UP
        else N_("The level fell from {previous} to {current}.")
    )
    return th(template).format(previous=level.previous, current=level.current)


_COMPUTED = {
    (True, True): N_(" (the overall score and the level are calculated from the indicator scores, not published)"),
    (True, False): N_(" (the overall score is calculated from the indicator scores, not published)"),
    (False, True): N_(" (the level is calculated from the indicator scores, not published)"),
}


def computed_remark(computed: bool, computed_level: bool) -> str:
    """ " (คะแนนรวม… คำนวณจากคะแนนรายตัวชี้วัด ยังไม่ใช่ผลที่สำนักงาน ป.ป.ช. ประกาศ)", or "" when both are official."""
    remark = _COMPUTED.get((computed, computed_level))
    return th(remark) if remark else ""


def overall_sentence(
    agency_name: str,
    fiscal_year: int,
    overall: ScoreChange,
    level: LevelChange | None,
    computed: bool = False,
    computed_level: bool = False,
) -> str:
    """The overall result against the year before: score, level, point difference, percent change and how the level
    moved. computed, computed_level: this year's overall score or level is the program's (no official one entered),
    which the sentence says."""
    year = to_thai_digits(fiscal_year)
    if overall.current is None:
        return th("{agency} has no overall score for fiscal year {year} yet.").format(agency=agency_name, year=year)
    current_level = level.current if level else None
    text = th("In fiscal year {year}, {agency} scored {score} points overall").format(
        year=year, agency=agency_name, score=_n(overall.current)
    )
    text += _level_part(current_level) + computed_remark(computed, computed_level and bool(current_level))
    moved = level_sentence(level)
    if overall.previous is None:
        return " ".join(part for part in (text, moved) if part)
    before = _year_before(to_thai_digits(fiscal_year - 1), overall.previous, level.previous if level else None)
    if overall.change is Change.SAME:
        change = th("This is the same as in {before}.").format(before=before)
    else:
        difference = _n(abs(overall.difference))
        up = overall.change is Change.UP
        if overall.percent is None:
            template = (
                N_("This is {difference} points more than in {before}.")
                if up
                else N_("This is {difference} points less than in {before}.")
            )
        else:
            template = (
                N_("This is {difference} points more than in {before}, an increase of {percent} percent.")
                if up
                else N_("This is {difference} points less than in {before}, a decrease of {percent} percent.")
            )
        percent = _n(abs(overall.percent)) if overall.percent is not None else ""
        change = th(template).format(difference=difference, before=before, percent=percent)
    return " ".join(part for part in (text, change, moved) if part)


def summary_sentence(summary: YearSummary) -> str:
    """overall_sentence for a year and the year before as the window and the report show them: this year's level
    even without a year to compare with, and whether the overall score and level are the program's."""
    current = summary.current
    comparison = summary.comparison
    overall = comparison.overall if comparison else ScoreChange(None, current.overall)
    level = comparison.level if comparison else LevelChange(None, current.level_name, Change.UNKNOWN)
    return overall_sentence(
        summary.agency.name,
        current.figures.fiscal_year,
        overall,
        level,
        computed=overall_is_computed(current),
        computed_level=level_is_computed(current),
    )
