"""The plan table, and the paging that the report's long tables share.

A ``PagedTable`` is cut into pages by hand, so that every page reads as a table of indicators:

- the column header is repeated at the top of every page, and each page's piece is a whole ruled table (closed by a
  rule at its foot);
- a block (an indicator's measures) that goes on from the page before starts with its title marked "(ต่อ)";
- a title or an analysis row never ends a page: it stays with (the start of) the row under it;
- a row is split only when it is taller than a third of a page, and then leaves at least three lines on each side
  (no paragraph of a cell leaves a single line on either side);
- the table's last page holds more than a few lines, and what must follow the table (the signature block) keeps
  some of its rows with it.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Paragraph, Table, TableStyle

from itadesk.domain.framework import Framework
from itadesk.domain.plan import ImprovementPlan
from itadesk.report.columns import fit_columns
from itadesk.report.content import layout
from itadesk.report.content.cells import Cell, report_digits
from itadesk.report.content.plan import PlanBlock, PlanRow, own_marker, period_text, plan_rows
from itadesk.report.fonts import FONT
from itadesk.report.indicator_table import HEADER_FILL
from itadesk.report.styles import style
from itadesk.report.thaitext import markup, text_width

__all__ = [
    "PagedTable",
    "TableEntry",
    "cell_paragraphs",
    "continued_title",
    "period_text",
    "plan_table",
    "title_entry",
]

# The text columns share what the period and responsible columns leave once they fit their longest word.
SHARES = [4.5, 5.5, None, None]
NARROW_COLUMN_MINIMUM = 2.6 * cm
TITLE_FILL = colors.HexColor("#" + layout.TOTAL_FILL)
CELL_SPACE = 4  # points above and below a cell's text
CELL_PADDING = 6  # points left and right of a cell's text

MIN_ROW_LINES = 3  # a row split across pages leaves at least this many lines on each side
MIN_PARAGRAPH_LINES = 2  # and a paragraph of a cell split across pages at least this many
MIN_LAST_PAGE_LINES = 4  # the table's last page holds at least this many lines of its rows
SPLIT_ABOVE = 1 / 3  # only a row taller than this part of a page is split
_EPSILON = 0.5

TITLE = "title"
ROW = "row"
TRAILER = "trailer"


@cache
def _hanging_style(name: str, indent: float) -> ParagraphStyle:
    made = ParagraphStyle(f"{name}-hanging-{indent:.1f}", parent=style(name))
    made.leftIndent = indent
    made.firstLineIndent = -indent
    return made


def cell_paragraphs(text: str, style_name: str) -> list[Flowable]:
    """A cell's text as paragraphs, one per line; numbered lines hang their number out, their text lined up."""
    lines = text.replace("\r\n", "\n").split("\n")
    base = style(style_name)
    markers = [own_marker(line) for line in lines]
    indent = max((text_width(report_digits(m), base.fontName, base.fontSize) for m in markers if m), default=0.0)
    paragraphs: list[Flowable] = []
    for line, mark in zip(lines, markers, strict=True):
        chosen = _hanging_style(style_name, round(indent, 1)) if mark and indent and len(lines) > 1 else base
        paragraphs.append(Paragraph(markup(report_digits(line)), chosen))
    return paragraphs


def _cell_flowables(cell: Cell | None) -> list[Flowable]:
    return [] if cell is None else cell_paragraphs(cell.text, cell.role)


@dataclass(eq=False)
class TableEntry:
    """A row of a paged table. cells: one list of flowables per column ([] for a cell covered by a span);
    spans: (first, last) columns merged; commands: table style commands of this row, with row 0 meaning it."""

    cells: list[list[Flowable]]
    kind: str = ROW  # TITLE, ROW or TRAILER
    group: int = 0  # the block it belongs to
    spans: list[tuple[int, int]] = field(default_factory=list)
    commands: list[tuple] = field(default_factory=list)
    keep_with_next: bool = False
    split: bool = False  # a piece of a row cut across pages
    source: "TableEntry | None" = None  # the entry a piece was cut from
    _measured: float = 0.0  # the table width it was measured at
    _height: float = 0.0
    _lines: list[list[int]] = field(default_factory=list)  # lines of each flowable of each cell


def _lines(flowable: Flowable, height: float) -> int:
    """How many lines a flowable `height` points tall holds (a paragraph's own, else the table's line height)."""
    leading = getattr(getattr(flowable, "style", None), "leading", 0) or style("cell").leading
    return max(1, round(height / leading))


class PagedTable(Flowable):
    """A ruled table that pages itself (see the module's description).

    continued: the title row a block starts with on a page where it goes on (None: no such row); last_page_lines:
    the least number of lines of rows the last page holds (0: no rule, e.g. a table other content follows);
    caption: what stands above the table (its heading), kept on the page of its first rows.
    """

    def __init__(
        self,
        widths: Sequence[float],
        header: TableEntry,
        entries: list[TableEntry],
        continued: Callable[[int], TableEntry | None],
        commands: Sequence[tuple] = (),
        last_page_lines: int = MIN_LAST_PAGE_LINES,
        caption: Sequence[Flowable] = (),
    ) -> None:
        super().__init__()
        self.caption = list(caption)
        self.widths = list(widths)
        self.header = header
        self.entries = entries
        self.continued = continued
        self.commands = list(commands)
        self.last_page_lines = last_page_lines
        self.hAlign = "CENTER"

    # --- measuring -----------------------------------------------------------------------------------------------

    def _cell_width(self, entry: TableEntry, column: int) -> float:
        last = next((last for first, last in entry.spans if first == column), column)
        return sum(self.widths[column : last + 1]) - (0 if entry.kind == TRAILER else 2 * CELL_PADDING)

    def _measure(self, entry: TableEntry) -> None:
        """Wrap the entry's cells at their widths once: its height and the lines of each of its flowables."""
        width = sum(self.widths)
        if entry._measured == width:
            return
        tallest = 0.0
        lines: list[list[int]] = []
        for column, flowables in enumerate(entry.cells):
            cell_width = self._cell_width(entry, column)
            heights = [f.wrap(cell_width, 1e6)[1] for f in flowables]
            tallest = max(tallest, sum(heights))
            lines.append([_lines(f, h) for f, h in zip(flowables, heights, strict=True)])
        entry._height = tallest + (0.0 if entry.kind == TRAILER else 2 * CELL_SPACE)
        entry._lines = lines
        entry._measured = width

    def height_of(self, entry: TableEntry) -> float:
        self._measure(entry)
        return entry._height

    def _leading(self) -> float:
        return style("cell").leading

    def _row_lines(self, entries: Sequence[TableEntry]) -> float:
        return sum((self.height_of(e) - 2 * CELL_SPACE) / self._leading() for e in entries if e.kind == ROW)

    # --- the table of one page -----------------------------------------------------------------------------------

    def make_table(self, entries: Sequence[TableEntry]) -> Table:
        rows = [self.header, *entries]
        data = [[cell if cell else "" for cell in entry.cells] for entry in rows]
        ruled = [n for n, entry in enumerate(rows) if entry.kind != TRAILER]
        commands: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_SPACE),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_SPACE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, ruled[-1]), layout.GRID_LINE, colors.black),
            *self.commands,
        ]
        for n, entry in enumerate(rows):
            if entry.kind == TRAILER:
                commands += [("TOPPADDING", (0, n), (-1, n), 0), ("BOTTOMPADDING", (0, n), (-1, n), 0)]
                commands += [("LEFTPADDING", (0, n), (-1, n), 0), ("RIGHTPADDING", (0, n), (-1, n), 0)]
            for first, last in entry.spans:
                commands.append(("SPAN", (first, n), (last, n)))
            for command in entry.commands:
                name, (c0, _r0), (c1, _r1), *rest = command
                commands.append((name, (c0, n), (c1, n), *rest))
        table = Table(data, colWidths=self.widths, hAlign="CENTER")
        table.setStyle(TableStyle(commands))
        return table

    def _caption_height(self, width: float) -> float:
        total = 0.0
        for number, flowable in enumerate(self.caption):
            total += flowable.wrap(width, 1e6)[1] + flowable.getSpaceAfter()
            total += flowable.getSpaceBefore() if number else 0.0
        return total

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return self.caption[0].getSpaceBefore() if self.caption else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width = sum(self.widths)
        height = self.height_of(self.header) + sum(self.height_of(entry) for entry in self.entries)
        if self.caption:
            width = max(width, available_width)
            height += self._caption_height(width)
        self.width, self.height = width, height
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for number, flowable in enumerate(self.caption):
            top -= flowable.getSpaceBefore() if number else 0.0
            height = flowable.wrap(self.width, 1e6)[1]
            flowable.drawOn(self.canv, 0, top - height)
            top -= height + flowable.getSpaceAfter()
        table = self.make_table(self.entries)
        table_width, table_height = table.wrap(self.width, 1e6)
        table.drawOn(self.canv, (self.width - table_width) / 2, top - table_height)

    # --- cutting rows --------------------------------------------------------------------------------------------

    @staticmethod
    def _cut_cell(flowables: list[Flowable], counts: list[int], lines: int) -> tuple[int, int, int, int]:
        """Where a cell is cut to give at most `lines` lines before the cut: (whole flowables before, lines of the
        flowable cut, lines before, lines after). counts: the lines of each flowable."""
        done = 0
        for index, (flowable, count) in enumerate(zip(flowables, counts, strict=True)):
            if done + count <= lines:
                done += count
                continue
            room = min(lines - done, count - MIN_PARAGRAPH_LINES)
            after = sum(counts[index + 1 :])
            if isinstance(flowable, Paragraph) and room >= MIN_PARAGRAPH_LINES:
                return index, room, done + room, count - room + after
            return index, 0, done, count + after
        return len(flowables), 0, done, 0

    def _split_entry(
        self, entry: TableEntry, height: float, rest_lines: int = MIN_ROW_LINES
    ) -> tuple[TableEntry, TableEntry] | None:
        """The entry cut into a first piece at most `height` points tall and at least MIN_ROW_LINES lines, and the
        rest, at least `rest_lines` lines; None when no cut does."""
        self._measure(entry)
        leading = self._leading()
        most = int((height - 2 * CELL_SPACE + _EPSILON) / leading)
        widths = [self._cell_width(entry, column) for column in range(len(entry.cells))]
        for lines in range(most, MIN_ROW_LINES - 1, -1):
            cuts = [self._cut_cell(cell, counts, lines) for cell, counts in zip(entry.cells, entry._lines, strict=True)]
            if max(cut[2] for cut in cuts) < MIN_ROW_LINES or max(cut[3] for cut in cuts) < rest_lines:
                continue
            first_cells: list[list[Flowable]] = []
            rest_cells: list[list[Flowable]] = []
            for cell, width, (index, part, _before, _after) in zip(entry.cells, widths, cuts, strict=True):
                if not part:
                    first_cells.append(cell[:index])
                    rest_cells.append(cell[index:])
                    continue
                flowable = cell[index]
                pieces = flowable.split(width, part * flowable.style.leading + _EPSILON)
                if len(pieces) != 2:
                    break
                first_cells.append([*cell[:index], pieces[0]])
                rest_cells.append([pieces[1], *cell[index + 1 :]])
            else:
                first, rest = (
                    TableEntry(cells, entry.kind, entry.group, entry.spans, entry.commands, split=True, source=entry)
                    for cells in (first_cells, rest_cells)
                )
                if self.height_of(first) <= height + _EPSILON:
                    return first, rest
        return None

    # --- paging --------------------------------------------------------------------------------------------------

    def _page_height(self, available: float) -> float:
        frame = self._doctemplateAttr("frame")
        return max(available, getattr(frame, "_aH", 0.0) or 0.0)

    def _at_top(self, available: float) -> bool:
        frame = self._doctemplateAttr("frame")
        return bool(frame is None or getattr(frame, "_atTop", False) or available >= self._page_height(0) - 1)

    def _fill(self, room: float, page: float) -> tuple[list[TableEntry], list[TableEntry]]:
        """The entries of this page and the rest, before the rules about what may end a page."""
        taken: list[TableEntry] = []
        used = 0.0
        for index, entry in enumerate(self.entries):
            height = self.height_of(entry)
            if used + height <= room:
                taken.append(entry)
                used += height
                continue
            if self._splittable(entry, page):
                pieces = self._split_entry(entry, room - used)
                if pieces is not None:
                    return [*taken, pieces[0]], [pieces[1], *self.entries[index + 1 :]]
            return taken, self.entries[index:]
        return taken, []

    def _splittable(self, entry: TableEntry, page: float) -> bool:
        """Only a row taller than a third of a page is split (and one taller than a page must be)."""
        height = self.height_of(entry)
        must = height > page - self.height_of(self.header) - 3 * self._leading()
        return entry.kind == ROW and (height > page * SPLIT_ABOVE or must)

    def _settle(
        self, taken: list[TableEntry], rest: list[TableEntry], room: float, page: float
    ) -> tuple[list[TableEntry], list[TableEntry]] | None:
        """Apply the rules about the end of a page and the last page; None when nothing may go on this page."""
        self._keep_with_next(taken, rest)
        if not any(entry.kind == ROW for entry in taken):
            return None
        chosen = (list(taken), list(rest))
        while rest and self.last_page_lines and self._row_lines(rest) < self.last_page_lines:
            # the last page would be a stub: give it more of the rows, cutting the last row of this page if it may be
            last = taken.pop()
            whole = last
            if last.split and rest[0].source is last.source and last.source is not None:
                rest.pop(0)
                whole = last.source
            pieces = None
            if self._splittable(whole, page):
                wanted = max(MIN_ROW_LINES, math.ceil(self.last_page_lines - self._row_lines(rest)))
                used = sum(self.height_of(entry) for entry in taken)
                pieces = self._split_entry(whole, min(room - used, self.height_of(last) - _EPSILON), wanted)
            if pieces is not None:
                taken.append(pieces[0])
                rest.insert(0, pieces[1])
            else:
                rest.insert(0, whole)
            self._keep_with_next(taken, rest)
            if not any(entry.kind == ROW for entry in taken):
                return chosen  # no rows would be left on this page: the last page keeps what it has
        return taken, rest

    @staticmethod
    def _keep_with_next(taken: list[TableEntry], rest: list[TableEntry]) -> None:
        """A title or an analysis row never ends a page: it goes on to the next with the row under it."""
        while taken and taken[-1].keep_with_next and not taken[-1].split:
            rest.insert(0, taken.pop())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        page = self._page_height(available_height)
        room = available_height - self._caption_height(available_width) - self.height_of(self.header) - _EPSILON
        taken, rest = self._fill(room, page)
        settled = self._settle(list(taken), list(rest), room, page)
        if settled is None:
            if not self._at_top(available_height):
                return []
            # nothing fits by the rules even on an empty page: take what fits
            settled = (taken, rest) if any(e.kind == ROW for e in taken) else self._forced(room)
        taken, rest = settled
        pieces: list[Flowable] = [*self.caption, self.make_table(taken)]
        if rest and not any(entry.kind != TRAILER for entry in rest):
            # only what follows the table is left: it goes on by itself, without a table around it
            return [*pieces, *(KeepTogether(entry.cells[0]) for entry in rest)]
        if rest:
            if rest[0].kind != TITLE:
                title = self.continued(rest[0].group)
                if title is not None:
                    rest.insert(0, title)
            # the rest goes on on the next page, even when this one has room left that the rules would not fill
            pieces.append(FrameBreak())
            pieces.append(
                PagedTable(self.widths, self.header, rest, self.continued, self.commands, self.last_page_lines)
            )
        return pieces

    def _forced(self, room: float) -> tuple[list[TableEntry], list[TableEntry]]:
        taken: list[TableEntry] = []
        used = 0.0
        for index, entry in enumerate(self.entries):
            if entry.kind == ROW:
                pieces = self._split_entry(entry, room - used)
                if pieces is not None:
                    return [*taken, pieces[0]], [pieces[1], *self.entries[index + 1 :]]
                return [*taken, entry], self.entries[index + 1 :]
            taken.append(entry)
            used += self.height_of(entry)
        return taken, []


# --- the plan ------------------------------------------------------------------------------------------------------


TITLE_STYLE = "cell-bold"


def title_entry(text: str, group: int, columns: int) -> TableEntry:
    """A row across the table naming a block; it never ends a page."""
    cells: list[list[Flowable]] = [cell_paragraphs(text, TITLE_STYLE)] + [[] for _ in range(columns - 1)]
    return TableEntry(
        cells,
        TITLE,
        group,
        spans=[(0, columns - 1)],
        commands=[("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL)],
        keep_with_next=True,
    )


def continued_title(text: str) -> str:
    """The text of a title row made while paging (a block going on, marked "(ต่อ)"), marked up now with the
    story's other texts so that it is segmented with them (see thaitext.build_gathering_texts)."""
    cell_paragraphs(text, TITLE_STYLE)
    return text


def plan_entry(row: PlanRow, group: int) -> TableEntry:
    cells = [_cell_flowables(cell) for cell in row.cells]
    spans = []
    for column, cell in enumerate(row.cells):
        if cell is not None:
            last = column
            while last + 1 < len(row.cells) and row.cells[last + 1] is None:
                last += 1
            if last > column:
                spans.append((column, last))
    return TableEntry(cells, ROW, group, spans=spans, keep_with_next=row.analysis)


def plan_widths(blocks: list[PlanBlock], header: list[Cell | None], width: float) -> list[float]:
    rows = [header, *(row.cells for block in blocks for row in block.rows)]
    return fit_columns(rows, width, SHARES, minimum=NARROW_COLUMN_MINIMUM)


def plan_table(
    plan: ImprovementPlan, framework: Framework | None, width: float, trailer: list[Flowable] | None = None
) -> PagedTable:
    """The plan, one block per indicator; trailer: what must follow the table (the signature block), kept on a
    page with some of its rows."""
    content = plan_rows(plan, framework)
    columns = len(content.header)
    entries: list[TableEntry] = []
    for group, block in enumerate(content.blocks):
        entries.append(title_entry(block.title, group, columns))
        entries += [plan_entry(row, group) for row in block.rows]
    if trailer is not None:
        entries.append(TableEntry([trailer] + [[] for _ in range(columns - 1)], TRAILER, len(content.blocks)))
        entries[-1].spans.append((0, columns - 1))
    header = TableEntry([_cell_flowables(cell) for cell in content.header])
    titles = [continued_title(block.continued) for block in content.blocks]

    def continued(group: int) -> TableEntry | None:
        if group >= len(titles):
            return None
        return title_entry(titles[group], group, columns)

    return PagedTable(plan_widths(content.blocks, content.header, width), header, entries, continued)
