"""Thai digits (๐๑๒๓๔๕๖๗๘๙) to and from ASCII digits: a plain character translation."""

import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_FROM_THAI = str.maketrans(THAI_DIGITS, "0123456789")


def to_thai_digits(text: object) -> str:
    """Every ASCII digit of str(text) written as a Thai digit."""
    return str(text).translate(_TO_THAI)


def from_thai_digits(text: str) -> str:
    """Every Thai digit of text written as an ASCII digit."""
    return text.translate(_FROM_THAI)


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def to_thai_digits_in_prose(text: str) -> str:
    """Thai digits everywhere except inside web addresses, which must stay typeable."""
    pieces = []
    start = 0
    for match in _URL.finditer(text):
        pieces.append(to_thai_digits(text[start : match.start()]))
        pieces.append(match.group(0))
        start = match.end()
    pieces.append(to_thai_digits(text[start:]))
    return "".join(pieces)
