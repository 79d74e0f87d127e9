"""Table cells as text and a role, the role named like the report's paragraph style of that cell; and the digits
the report prints."""

import re
from dataclasses import dataclass

from itadesk.thai.digits import to_thai_digits

MISSING = "–"
MINUS = "\u2212"  # a real minus sign: "−๒.๕๐", not a hyphen

# Roles: the PDF's paragraph style names, which the Word builder maps to its own formatting.
HEAD = "cell-head"
TEXT = "cell"
BOLD = "cell-bold"
CENTER = "cell-center"
NUMBER = "cell-number"
NUMBER_BOLD = "cell-number-bold"

# What has to be typed or found exactly as written keeps 0–9: web and e-mail addresses, and the ITA's codes of
# items and questions (O1–O36, i12, e5, EB16: Latin letters written right before digits).
_KEPT = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|(?<![A-Za-z0-9])[A-Za-z]{1,3}[0-9]{1,3}(?![0-9])"
)


def report_digits(text: str) -> str:
    """Thai digits everywhere in the report's text except in addresses and ITA codes, which keep 0–9."""
    pieces = []
    start = 0
    for match in _KEPT.finditer(text):
        pieces.append(to_thai_digits(text[start : match.start()]))
        pieces.append(match.group(0))
        start = match.end()
    pieces.append(to_thai_digits(text[start:]))
    return "".join(pieces)


@dataclass(frozen=True)
class Cell:
    """One cell's text. gap: nothing written yet, shown as a visibly marked placeholder (italic)."""

    text: str
    role: str = TEXT
    gap: bool = False


@dataclass(frozen=True)
class Span:
    """Cells merged from (first_column, first_row) to (last_column, last_row), rows counted with the header."""

    first_column: int
    first_row: int
    last_column: int
    last_row: int


Row = list[Cell | None]  # None: no cell of its own (covered by a span, or left blank)
