"""Numbers in the window as its language writes them: Thai digits in Thai, 0–9 in English.

Printed reports do not use this: they are Thai whatever the window's language, Thai digits included.
"""

from decimal import Decimal

from itadesk.i18n import current_language
from itadesk.thai.digits import to_thai_digits, to_thai_digits_in_prose
from itadesk.thai.numbers import format_number, format_signed


def thai_digits() -> bool:
    return current_language() == "th"


def digits(text: object) -> str:
    """str(text) with its digits in the window's script."""
    return to_thai_digits(text) if thai_digits() else str(text)


def digits_in_prose(text: str) -> str:
    """Like digits(), but web addresses keep 0–9 so that they can still be typed."""
    return to_thai_digits_in_prose(text) if thai_digits() else text


def number(value: Decimal | int, decimals: int = 2) -> str:
    """98.27 → ๙๘.๒๗ in Thai, 98.27 in English."""
    return format_number(value, decimals, thai_digits())


def signed(value: Decimal, decimals: int = 2) -> str:
    """+๐.๗๓ in Thai, +0.73 in English; no sign for no change."""
    return format_signed(value, decimals, thai_digits())
