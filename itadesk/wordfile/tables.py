"""The report's tables in Word: the indicator table, the plan and the signature block, from the shared rows.

Header rows repeat on every page (w:tblHeader) and never split; other rows may split across pages. Columns are as
wide as in the PDF (itadesk/report/columns.py), with the same cell padding.
"""

from collections.abc import Sequence

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.table import Table, _Cell

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan
from itadesk.domain.summary import YearSummary
from itadesk.report.columns import fit_columns
from itadesk.report.content import layout
from itadesk.report.content.cells import BOLD, CENTER, HEAD, NUMBER, NUMBER_BOLD, Cell, Row, Span
from itadesk.report.content.indicators import indicator_rows
from itadesk.report.content.plan import plan_rows
from itadesk.report.content.text import Signer
from itadesk.report.fit import CELL_PADDING
from itadesk.report.indicator_table import PADDING as INDICATOR_PADDING
from itadesk.report.indicator_table import SHARES as INDICATOR_SHARES
from itadesk.report.plan_table import NARROW_COLUMN_MINIMUM
from itadesk.report.plan_table import SHARES as PLAN_SHARES
from itadesk.thai.digits import to_thai_digits_in_prose
from itadesk.wordfile import ooxml
from itadesk.wordfile.styles import TABLE, run_format

_ALIGNMENT = {
    HEAD: WD_ALIGN_PARAGRAPH.CENTER,
    CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    NUMBER: WD_ALIGN_PARAGRAPH.RIGHT,
    NUMBER_BOLD: WD_ALIGN_PARAGRAPH.RIGHT,
}
_BOLD = (HEAD, BOLD, NUMBER_BOLD)
# Space above and below the text of a cell, as the PDF's tables have it (points).
INDICATOR_CELL_SPACE = 3
PLAN_CELL_SPACE = 4
SIGNATURE_SPACE = 18


def _twips(points: float) -> str:
    return str(round(points * 20))


def _rule(side: str, points: float) -> BaseOxmlElement:
    """A black single line (w:top, w:insideH …) `points` wide."""
    return ooxml.element(f"w:{side}", val="single", sz=str(round(points * 8)), space="0", color="000000")


def write_cell(cell: _Cell, content: Cell) -> None:
    """The cell's text in the table style, bold and aligned by its role; a gap in italics."""
    paragraph = cell.paragraphs[0]
    paragraph.style = TABLE
    paragraph.alignment = _ALIGNMENT.get(content.role)
    text = content.text if content.gap else to_thai_digits_in_prose(content.text)
    if text:
        run = paragraph.add_run(text)
        run_format(run._r.get_or_add_rPr(), bold=content.role in _BOLD and not content.gap, italic=content.gap)


def _table(document: Document, rows: Sequence[Row], widths: Sequence[float], padding: float, vertical: float) -> Table:
    table = document.add_table(rows=len(rows), cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    properties = table._tbl.tblPr
    ooxml.child(properties, "w:tblW", ooxml.TABLE_PROPERTIES, w=_twips(sum(widths)), type="dxa")
    borders = ooxml.child(properties, "w:tblBorders", ooxml.TABLE_PROPERTIES)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_rule(side, layout.GRID_LINE))
    margins = ooxml.child(properties, "w:tblCellMar", ooxml.TABLE_PROPERTIES)
    for side, size in (("top", vertical), ("left", padding), ("bottom", vertical), ("right", padding)):
        margins.append(ooxml.element(f"w:{side}", w=_twips(size), type="dxa"))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Pt(width)
        for cell in column.cells:
            cell.width = Pt(width)
    return table


def _repeat_header(table: Table, count: int = 1) -> None:
    for row in table.rows[:count]:
        properties = row._tr.get_or_add_trPr()
        ooxml.child(properties, "w:cantSplit", ooxml.ROW_PROPERTIES)
        ooxml.child(properties, "w:tblHeader", ooxml.ROW_PROPERTIES)


def _fill(cell: _Cell, colour: str) -> None:
    ooxml.child(cell._tc.get_or_add_tcPr(), "w:shd", ooxml.CELL_PROPERTIES, val="clear", color="auto", fill=colour)


def _covered(spans: Sequence[Span]) -> set[tuple[int, int]]:
    """(row, column) of every cell merged into another one."""
    return {
        (row, column)
        for span in spans
        for row in range(span.first_row, span.last_row + 1)
        for column in range(span.first_column, span.last_column + 1)
        if (row, column) != (span.first_row, span.first_column)
    }


def _write_rows(table: Table, rows: Sequence[Row], spans: Sequence[Span] = ()) -> None:
    covered = _covered(spans)
    for row_number, row in enumerate(rows):
        cells = table.rows[row_number].cells
        for column, content in enumerate(row):
            if content is not None and (row_number, column) not in covered:
                write_cell(cells[column], content)
    for span in spans:
        first = table.cell(span.first_row, span.first_column)
        first.merge(table.cell(span.last_row, span.last_column))


def add_indicator_table(document: Document, summary: YearSummary, width: float) -> Table:
    content = indicator_rows(summary)
    widths = fit_columns(content.rows[: content.totals_start], width, INDICATOR_SHARES, padding=INDICATOR_PADDING)
    table = _table(document, content.rows, widths, INDICATOR_PADDING, INDICATOR_CELL_SPACE)
    _write_rows(table, content.rows, content.spans)
    _repeat_header(table)
    for row_number, row in enumerate(table.rows):
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if row_number == 0:
                _fill(cell, layout.HEADER_FILL)
            elif row_number >= content.totals_start:
                _fill(cell, layout.TOTAL_FILL)
    return table


def add_plan_table(document: Document, plan: ImprovementPlan, framework: Framework, width: float) -> Table:
    content = plan_rows(plan, framework)
    widths = fit_columns(content.rows, width, PLAN_SHARES, minimum=NARROW_COLUMN_MINIMUM)
    table = _table(document, content.rows, widths, CELL_PADDING, PLAN_CELL_SPACE)
    _write_rows(table, content.rows)
    _repeat_header(table)
    for cell in table.rows[0].cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _fill(cell, layout.HEADER_FILL)
    for row_number in content.group_starts:
        for cell in table.rows[row_number].cells:
            borders = ooxml.child(cell._tc.get_or_add_tcPr(), "w:tcBorders", ooxml.CELL_PROPERTIES)
            borders.append(_rule("top", layout.GROUP_LINE))
    return table


def add_signature_table(document: Document, people: Sequence[Signer], width: float) -> Table:
    """Three signers side by side, no rules, kept on one page."""
    lines = [[signer.role, signer.signed, signer.name, signer.position] for signer in people]
    rows = [[Cell(line, CENTER) for line in row] for row in zip(*lines, strict=True)]
    table = _table(document, rows, [width / len(people)] * len(people), CELL_PADDING, 0)
    table._tbl.tblPr.remove(table._tbl.tblPr.find(qn("w:tblBorders")))
    _write_rows(table, rows)
    for row_number, row in enumerate(table.rows):
        ooxml.child(row._tr.get_or_add_trPr(), "w:cantSplit", ooxml.ROW_PROPERTIES)
        for cell in row.cells:
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.keep_with_next = row_number < len(table.rows) - 1
            if row_number == 1:  # room to sign above the "signed ....." line, as in the PDF
                paragraph.paragraph_format.space_before = Pt(SIGNATURE_SPACE)
    return table
