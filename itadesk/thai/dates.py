"""Dates in the Buddhist Era and Thai fiscal years (ปีงบประมาณ: 1 October to 30 September)."""

import re
from datetime import date

from babel.dates import get_month_names

from itadesk.thai.digits import from_thai_digits, to_thai_digits

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


# Years read as Buddhist-era: 2400–2799 covers every date a plan can have and no Common-Era year typed by mistake.
_BE_YEARS = range(2400, 2800)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_YEAR_MONTH_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_NAME_YEAR = re.compile(r"(\d{1,2})\s*([^\d\s]+)\s*(\d{4})")


def _month_number(name: str) -> int | None:
    for width in ("wide", "abbreviated"):
        for number, month in get_month_names(width, locale="th").items():
            if name in (month, month.replace(".", "")):
                return number
    return None


def parse_thai_date(text: str) -> date:
    """A date written with a Buddhist-era year: 31/3/2569, 2569-03-31 or 31 มีนาคม 2569 (Thai digits too).

    ValueError when it is none of these, is not a real date, or its year is not Buddhist-era.
    """
    cleaned = from_thai_digits(text).replace("พ.ศ.", " ").strip()
    if match := _DAY_MONTH_YEAR.fullmatch(cleaned):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    elif match := _YEAR_MONTH_DAY.fullmatch(cleaned):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif (match := _DAY_NAME_YEAR.fullmatch(cleaned)) and (named := _month_number(match[2])):
        day, month, year = int(match[1]), named, int(match[3])
    else:
        raise ValueError(text)
    if year not in _BE_YEARS:
        raise ValueError(text)
    return date(year - BE_OFFSET, month, day)  # ValueError for 31/2/2569
