"""Table cells as text and a role, the role named like the report's paragraph style of that cell; and the digits
the report prints."""

from dataclasses import dataclass

from itadesk.thai.digits import to_thai_digits_in_prose

MISSING = "–"
MINUS = "\u2212"  # a real minus sign: "−๒.๕๐", not a hyphen

# Roles: the PDF's paragraph style names, which the Word builder maps to its own formatting.
HEAD = "cell-head"
TEXT = "cell"
BOLD = "cell-bold"
CENTER = "cell-center"
NUMBER = "cell-number"
NUMBER_BOLD = "cell-number-bold"

# The digits of everything the report prints: Thai, except in web and e-mail addresses and ITA codes.
report_digits = to_thai_digits_in_prose


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
