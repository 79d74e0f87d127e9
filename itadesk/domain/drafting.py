"""The factual sentences of the analysis, drafted from the figures (always Thai: they go into the report)."""

from decimal import Decimal

from itadesk.domain.comparison import Change, LevelChange, ScoreChange
from itadesk.domain.framework import Indicator
from itadesk.i18n import N_, th
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_number


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


def overall_sentence(agency_name: str, fiscal_year: int, overall: ScoreChange, level: LevelChange | None) -> str:
    """The overall result against the year before: level, score, point difference and percent change."""
    year = to_thai_digits(fiscal_year)
    if overall.current is None:
        return th("{agency} has no overall score for fiscal year {year} yet.").format(agency=agency_name, year=year)
    text = th("In fiscal year {year}, {agency} scored {score} points overall, level {level}.").format(
        year=year, agency=agency_name, score=_n(overall.current), level=(level.current if level else None) or "–"
    )
    if overall.previous is None:
        return text
    previous_level = (level.previous if level else None) or "–"
    if overall.change is Change.SAME:
        return (
            text
            + " "
            + th("This is the same as in {year} ({previous} points, level {level}).").format(
                year=to_thai_digits(fiscal_year - 1), previous=_n(overall.previous), level=previous_level
            )
        )
    template = (
        N_(
            "This is {difference} points more than in {year} ({previous} points, level {level}), "
            "an increase of {percent} percent."
        )
        if overall.change is Change.UP
        else N_(
            "This is {difference} points less than in {year} ({previous} points, level {level}), "
            "a decrease of {percent} percent."
        )
    )
    return (
        text
        + " "
        + th(template).format(
            difference=_n(abs(overall.difference)),
            year=to_thai_digits(fiscal_year - 1),
            previous=_n(overall.previous),
            level=previous_level,
            percent=_n(abs(overall.percent)) if overall.percent is not None else "–",
        )
    )
