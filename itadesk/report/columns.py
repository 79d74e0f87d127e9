"""Column widths of the report's tables, the same in the PDF and the Word file: a narrow column is as wide as its
longest word (so no word is ever split in it), the text columns share the rest."""

from collections.abc import Sequence

from itadesk.report.content.cells import BOLD, HEAD, NUMBER_BOLD, Row
from itadesk.report.content.layout import TABLE_SIZE
from itadesk.report.fit import CELL_PADDING, column_width, share_rest
from itadesk.report.fonts import FONT, FONT_BOLD
from itadesk.thai.digits import to_thai_digits_in_prose

_BOLD_ROLES = (HEAD, BOLD, NUMBER_BOLD)


def fit_columns(
    rows: Sequence[Row],
    total: float,
    shares: Sequence[float | None],
    minimum: float = 0.0,
    padding: float = CELL_PADDING,
) -> list[float]:
    """Widths in points. shares: None for a column fitted to its widest word, else its share of what is left."""
    fixed: list[float | None] = []
    for column, share in enumerate(shares):
        if share is not None:
            fixed.append(None)
            continue
        widths = [minimum]
        for row in rows:
            cell = row[column]
            if cell is not None:
                font = FONT_BOLD if cell.role in _BOLD_ROLES and not cell.gap else FONT
                text = cell.text if cell.gap else to_thai_digits_in_prose(cell.text)
                widths.append(column_width([text], font, TABLE_SIZE, padding=padding))
        fixed.append(max(widths))
    return share_rest(total, fixed, [1.0 if share is None else share for share in shares])
