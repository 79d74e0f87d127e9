"""Column widths of the report's tables, the same in the PDF and the Word file: a narrow column is as wide as the
widest piece of text a line cannot break inside (a word, "พ.ศ. ๒๕๖๙", a level name's longest word …), so no word
is ever split in it; the text columns share the rest.

Each cell is measured in the font and size of its role's paragraph style, whatever those are, with its digits as
either builder prints them; a numbered line ("๑. …" among several lines) hangs its number out, so its other lines
are narrower by the number's width.
"""

from collections.abc import Sequence

from itadesk.report.content.cells import Cell, Row, report_digits
from itadesk.report.content.plan import own_marker
from itadesk.report.fit import CELL_PADDING, SLACK, longest_piece, share_rest
from itadesk.report.fonts import FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC
from itadesk.report.styles import style
from itadesk.report.thaitext import text_width
from itadesk.thai.words import unbreakable_pieces


def _font(cell: Cell) -> tuple[str, float]:
    made = style(cell.role)
    if not cell.gap:
        return made.fontName, made.fontSize
    return (FONT_BOLD_ITALIC if made.fontName == FONT_BOLD else FONT_ITALIC), made.fontSize


def cell_width(cell: Cell, padding: float = CELL_PADDING) -> float:
    """The narrowest column the cell's text fits in without a word split: its widest unbreakable piece, a numbered
    line's later pieces counted with the number's hanging indent, and the padding on both sides."""
    font, size = _font(cell)
    widest = 0.0
    for text in {cell.text} if cell.gap else {report_digits(cell.text)}:
        lines = text.replace("\r\n", "\n").split("\n")
        markers = [own_marker(line) for line in lines] if len(lines) > 1 else []
        indent = max((text_width(marker, font, size) for marker in markers if marker), default=0.0)
        for number, line in enumerate(lines):
            widest = max(widest, longest_piece([line], font, size))
            if markers and markers[number]:
                later = unbreakable_pieces(line)[1:]
                widest = max(widest, indent + longest_piece(later, font, size))
    return widest + 2 * padding + SLACK


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
                widths.append(cell_width(cell, padding))
        fixed.append(max(widths))
    return share_rest(total, fixed, [1.0 if share is None else share for share in shares])
