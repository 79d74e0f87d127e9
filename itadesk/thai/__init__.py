"""Thai text helpers: digits (more to come: dates, words, fonts)."""

from itadesk.thai.digits import from_thai_digits, to_thai_digits

__all__ = ["from_thai_digits", "to_thai_digits"]
