"""The report's tables in Word: the indicator table, the plan and the signature block, from the shared rows.

Header rows repeat on every page (w:tblHeader) and never split. The plan is a table per indicator, whose repeated
rows name the indicator on every page it goes on (a merged cell would show its text on the first page only); its
rows split across pages only when taller than a third of a page. Columns are as wide as in the PDF
(itadesk/report/columns.py), with the same cell padding.
"""

from collections.abc import Sequence

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length, Pt
from docx.table import Table, _Cell, _Row

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan
from itadesk.domain.summary import YearSummary
from itadesk.report.columns import fit_columns
from itadesk.report.content import layout
from itadesk.report.content.cells import BOLD, CENTER, HEAD, NUMBER, NUMBER_BOLD, Cell, Row, Span, report_digits
from itadesk.report.content.indicators import indicator_rows, width_rows
from itadesk.report.content.plan import own_marker, plan_rows
from itadesk.report.content.text import Signer
from itadesk.report.fonts import FONT, FONT_BOLD
from itadesk.report.plan_table import SPLIT_ABOVE, PagedTable, TableEntry, plan_entry, plan_widths
from itadesk.report.thaitext import text_width
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
TABLE_GAP = 6  # points between two tables of the plan


def _twips(points: float) -> str:
    return str(round(points * 20))


def _rule(side: str, points: float) -> BaseOxmlElement:
    """A black single line (w:top, w:insideH …) `points` wide."""
    return ooxml.element(f"w:{side}", val="single", sz=str(round(points * 8)), space="0", color="000000")


def _hanging_indent(lines: Sequence[str], role: str) -> float:
    """How far numbered lines hang their number out (points): the widest number with its space; 0 for none."""
    if len(lines) < 2:
        return 0.0
    font = FONT_BOLD if role in _BOLD else FONT
    markers = [own_marker(line) for line in lines]
    return max((text_width(report_digits(m), font, layout.TABLE_SIZE) for m in markers if m), default=0.0)


def write_cell(cell: _Cell, content: Cell) -> None:
    """The cell's text in the table style, bold and aligned by its role, a paragraph a line (numbered lines with
    their number hanging out); a gap in italics."""
    lines = content.text.replace("\r\n", "\n").split("\n")
    indent = _hanging_indent(lines, content.role)
    for number, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.style = TABLE
        paragraph.alignment = _ALIGNMENT.get(content.role)
        paragraph.paragraph_format.widow_control = True
        if indent and own_marker(line):
            paragraph.paragraph_format.left_indent = Pt(indent)
            paragraph.paragraph_format.first_line_indent = Pt(-indent)
        text = line if content.gap else report_digits(line)
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
    """The results table, kept on one page: no row splits, each row stays with the next."""
    content = indicator_rows(summary)
    widths = fit_columns(width_rows(content), width, layout.INDICATOR_SHARES, padding=layout.INDICATOR_PADDING)
    table = _table(document, content.rows, widths, layout.INDICATOR_PADDING, INDICATOR_CELL_SPACE)
    _write_rows(table, content.rows, content.spans)
    _repeat_header(table)
    for row_number, row in enumerate(table.rows):
        _cant_split(row)
        if row_number < len(table.rows) - 1:
            _keep_with_next(row)
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if row_number == 0:
                _fill(cell, layout.HEADER_FILL)
            elif row_number >= content.totals_start:
                _fill(cell, layout.TOTAL_FILL)
    return table


def _keep_with_next(row: _Row) -> None:
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _cant_split(row: _Row) -> None:
    ooxml.child(row._tr.get_or_add_trPr(), "w:cantSplit", ooxml.ROW_PROPERTIES)


def _spans(rows: Sequence[Row]) -> list[Span]:
    """A cell followed by None cells spans them."""
    spans = []
    for number, row in enumerate(rows):
        for column, cell in enumerate(row):
            last = column
            while cell is not None and last + 1 < len(row) and row[last + 1] is None:
                last += 1
            if last > column:
                spans.append(Span(column, number, last, number))
    return spans


def _gap(document: Document) -> None:
    """A thin paragraph between two tables, which Word would otherwise join into one."""
    paragraph = document.add_paragraph(style=TABLE)
    paragraph.paragraph_format.line_spacing = Pt(TABLE_GAP)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def _page_height(document: Document) -> float:
    section = document.sections[-1]
    return Length(section.page_height - section.top_margin - section.bottom_margin).pt


def add_plan_table(document: Document, plan: ImprovementPlan, framework: Framework, width: float) -> list[Table]:
    """The plan as one table per indicator, whose first two rows (the column headings and the indicator's name) Word
    repeats on every page the table goes on. A row is kept on one page unless it is taller than a third of a page;
    the indicator's name and an analysis stay on the page of the row under them."""
    content = plan_rows(plan, framework)
    widths = plan_widths(content.blocks, content.header, width)
    columns = len(content.header)
    sizes = PagedTable(widths, TableEntry([]), [], lambda _group: None)
    tallest = _page_height(document) * SPLIT_ABOVE
    tables = []
    for number, block in enumerate(content.blocks):
        if number:
            _gap(document)
        title: Row = [Cell(block.title, BOLD), *([None] * (columns - 1))]
        rows = [content.header, title, *(row.cells for row in block.rows)]
        table = _table(document, rows, widths, layout.CELL_PADDING, PLAN_CELL_SPACE)
        _write_rows(table, rows, _spans(rows))
        _repeat_header(table, 2)
        for cell in table.rows[0].cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _fill(cell, layout.HEADER_FILL)
        _fill(table.rows[1].cells[0], layout.TOTAL_FILL)
        for row, plan_row in zip(table.rows[2:], block.rows, strict=True):
            if plan_row.analysis:
                _keep_with_next(row)
            if sizes.height_of(plan_entry(plan_row, 0)) <= tallest:
                _cant_split(row)
        tables.append(table)
    return tables


def add_signature_table(document: Document, people: Sequence[Signer], width: float) -> Table:
    """Three signers side by side, no rules, kept on one page."""
    lines = [[signer.role, signer.signed, signer.name, signer.position] for signer in people]
    rows = [[Cell(line, CENTER) for line in row] for row in zip(*lines, strict=True)]
    table = _table(document, rows, [width / len(people)] * len(people), layout.CELL_PADDING, 0)
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
