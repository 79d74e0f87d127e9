"""Thai digits (๐๑๒๓๔๕๖๗๘๙) to and from ASCII digits: a plain character translation."""

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_FROM_THAI = str.maketrans(THAI_DIGITS, "0123456789")


def to_thai_digits(text: object) -> str:
    """Every ASCII digit of str(text) written as a Thai digit."""
    return str(text).translate(_TO_THAI)


def from_thai_digits(text: str) -> str:
    """Every Thai digit of text written as an ASCII digit."""
    return text.translate(_FROM_THAI)
