"""Numbers in the window as its language writes them: Thai digits in Thai, 0–9 in English.

Printed reports do not use this: they are Thai whatever the window's language, Thai digits included.
"""

from decimal import Decimal
from functools import lru_cache

from itadesk.i18n import current_language
from itadesk.thai.digits import from_thai_digits, to_thai_digits, to_thai_digits_in_message
from itadesk.thai.numbers import format_number, format_signed


def thai_digits() -> bool:
    return current_language() == "th"


def digits(text: object) -> str:
    """str(text) with its digits in the window's script."""
    return to_thai_digits(text) if thai_digits() else str(text)


# Babel takes some 0.1 ms a number: the tables ask for the same few hundred scores again at every refresh.
_format_number = lru_cache(maxsize=4096)(format_number)
_format_signed = lru_cache(maxsize=4096)(format_signed)


def number(value: Decimal | int, decimals: int = 2) -> str:
    """98.27 → ๙๘.๒๗ in Thai, 98.27 in English."""
    return _format_number(value, decimals, thai_digits())


def signed(value: Decimal, decimals: int = 2) -> str:
    """+๐.๗๓ in Thai, +0.73 in English; no sign for no change."""
    return _format_signed(value, decimals, thai_digits())


# --- messages -----------------------------------------------------------------------------------------------------


def message(text: str) -> str:
    """A message to show (a refusal, an error, a finding) with its digits in the window's script.

    In Thai, digits become Thai digits except in web and e-mail addresses, file and folder paths, file names and
    codes such as O12 (the rule of itadesk.thai.digits, which the command line shares); in English, Thai digits (a
    value the user typed, quoted back) become 0–9.
    """
    if not thai_digits():
        return from_thai_digits(text)
    return to_thai_digits_in_message(text)


def digits_in_prose(text: str) -> str:
    """The same as message(): prose whose addresses, paths and codes keep 0–9."""
    return message(text)
