"""Thai text measures for fixed-width output: combining marks take no column."""

import unicodedata


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: Thai vowel and tone marks above or below take none."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else 1 for ch in text)


def pad(text: str, width: int, align: str = "<") -> str:
    gap = max(0, width - display_width(text))
    return text + " " * gap if align == "<" else " " * gap + text
