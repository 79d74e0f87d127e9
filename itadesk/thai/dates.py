"""Dates in the Buddhist Era and Thai fiscal years (ปีงบประมาณ: 1 October to 30 September)."""

from datetime import date

from babel.dates import get_month_names

from itadesk.thai.digits import to_thai_digits

BE_OFFSET = 543


def buddhist_year(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def format_thai_date(day: date, abbreviated: bool = False, thai_digits: bool = True) -> str:
    """๑ ตุลาคม พ.ศ. ๒๕๖๘ (Babel's Thai month names; Babel has no Buddhist calendar, so the year is +543)."""
    months = get_month_names("abbreviated" if abbreviated else "wide", locale="th")
    era = "" if abbreviated else "พ.ศ. "
    text = f"{day.day} {months[day.month]} {era}{buddhist_year(day.year)}"
    return to_thai_digits(text) if thai_digits else text


def fiscal_year_start(fiscal_year: int) -> date:
    """FY 2569 starts on 1 October 2025."""
    return date(fiscal_year - BE_OFFSET - 1, 10, 1)


def fiscal_year_end(fiscal_year: int) -> date:
    """FY 2569 ends on 30 September 2026."""
    return date(fiscal_year - BE_OFFSET, 9, 30)


def fiscal_year_of(day: date) -> int:
    """The Buddhist-era fiscal year a date falls in: 1 October 2025 is in FY 2569."""
    return buddhist_year(day.year) + (1 if day.month >= 10 else 0)
