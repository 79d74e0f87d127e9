"""Numbers as Thai documents print them: grouped by Babel's Thai locale, written in Thai digits."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_decimal

from itadesk.thai.digits import from_thai_digits, to_thai_digits


def format_number(value: Decimal | int, decimals: int = 2, thai_digits: bool = True) -> str:
    """98.27 → ๙๘.๒๗; 1234.5 → ๑,๒๓๔.๕๐ (decimals fixed, grouping by the Thai locale)."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    # Round half-up as the NACC does before Babel formats (Babel itself rounds half-even).
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = format_decimal(rounded, format=pattern, locale="th")
    return to_thai_digits(text) if thai_digits else text


def format_signed(value: Decimal, decimals: int = 2, thai_digits: bool = True) -> str:
    """+๐.๗๓, -๒.๕๐, and ๐.๐๐ (no sign) for no change."""
    text = format_number(abs(value), decimals, thai_digits)
    if value > 0:
        return "+" + text
    if value < 0:
        return "-" + text
    return text


def format_integer(value: int, thai_digits: bool = True) -> str:
    """A count or page number: ๓, ๑๒, ๑,๒๐๐."""
    return format_number(value, 0, thai_digits)


def parse_number(text: str) -> Decimal:
    """A number typed with Thai or Arabic digits, with or without grouping commas; ValueError if it is none."""
    cleaned = from_thai_digits(text).strip().replace(",", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite():
        raise ValueError(text)
    return number
