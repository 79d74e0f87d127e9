"""Column widths that fit their longest unbreakable piece, so no word is ever split in a narrow column."""

from collections.abc import Iterable

from itadesk.report.content import layout
from itadesk.report.thaitext import MARKER, text_width
from itadesk.thai.words import unbreakable_pieces

CELL_PADDING = layout.CELL_PADDING
SLACK = 2  # points more than the text needs, against rounding


def longest_piece(texts: Iterable[str], font: str, size: float) -> float:
    """The width of the widest piece of text a line cannot break inside: a Thai word, a number, "พ.ศ. ๒๕๖๙",
    "๙. การเปิดเผย" … (itadesk.thai.words.unbreakable_pieces; markers left in a paragraph's plain text are dropped)."""
    widest = 0.0
    for text in texts:
        for piece in unbreakable_pieces(text.replace(MARKER, "")):
            widest = max(widest, text_width(piece, font, size))
    return widest


def column_width(
    texts: Iterable[str], font: str, size: float, minimum: float = 0.0, padding: float = CELL_PADDING
) -> float:
    return max(minimum, longest_piece(texts, font, size) + 2 * padding + SLACK)


def share_rest(total: float, fixed: list[float | None], weights: list[float]) -> list[float]:
    """Fill the None columns with what the fixed ones leave, in proportion to their weights."""
    rest = total - sum(width for width in fixed if width is not None)
    flexible = [weight for width, weight in zip(fixed, weights, strict=True) if width is None]
    scale = rest / sum(flexible)
    return [width if width is not None else weight * scale for width, weight in zip(fixed, weights, strict=True)]
