"""The overview's table: a row per agency of the year, sorted by any column the way the domain sorts (rows without a
value last, ties by name)."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from itadesk.domain.comparison import Change
from itadesk.domain.overview import OverviewRow, SortColumn, sort_rows
from itadesk.i18n import N_, _
from itadesk.thai.text import display_width
from itadesk.thai.words import break_offsets, part_breaks
from itadesk.ui import numerals
from itadesk.ui.comparison_tab import DOWN_COLOUR, UP_COLOUR

AGENCY_ID_ROLE = Qt.ItemDataRole.UserRole  # the row's agency number
SORT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # what the column sorts by, for code that must not read the text
COMPUTED_MARK = "*"
NO_VALUE = "–"
WARN_COLOUR = QColor("#b3261e")

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class Column:
    sort: SortColumn
    tool: str = ""  # the tool's code, for a tool's column

    @property
    def title(self) -> str:
        if self.sort is SortColumn.TOOL:
            return self.tool
        return _(_TITLES[self.sort])


_TITLES = {
    SortColumn.AGENCY: N_("Agency"),
    SortColumn.DISTRICT: N_("District"),
    SortColumn.OVERALL: N_("Overall score"),
    SortColumn.LEVEL: N_("Level"),
    SortColumn.CHANGE: N_("Change"),
    SortColumn.WEAKEST: N_("Weakest indicators"),
    SortColumn.O25: N_("O25"),
    SortColumn.DONE: N_("Done"),
    SortColumn.IN_PROGRESS: N_("In progress"),
    SortColumn.OVERDUE: N_("Overdue"),
}


def header_text(text: str, longest: int = 9) -> str:
    """A header longer than `longest` columns in two lines, broken between words near its middle, so that its
    column is not wider than its figures need (การ / เปลี่ยนแปลง)."""
    if display_width(text) <= longest:
        return text
    cuts = set(break_offsets(text)) | set(part_breaks(text)) | {n for n, ch in enumerate(text) if ch == " "}
    cuts.discard(0)
    if not cuts:
        return text
    middle = display_width(text) / 2
    cut = min(cuts, key=lambda n: abs(display_width(text[:n]) - middle))
    return text[:cut].rstrip() + "\n" + text[cut:].lstrip()


def columns_for(tool_codes: tuple[str, ...]) -> list[Column]:
    return [
        Column(SortColumn.AGENCY),
        Column(SortColumn.DISTRICT),
        Column(SortColumn.OVERALL),
        Column(SortColumn.LEVEL),
        Column(SortColumn.CHANGE),
        *(Column(SortColumn.TOOL, code) for code in tool_codes),
        Column(SortColumn.WEAKEST),
        Column(SortColumn.DONE),
        Column(SortColumn.IN_PROGRESS),
        Column(SortColumn.OVERDUE),
        Column(SortColumn.O25),  # last: its text takes the room that is left
    ]


def _score(value: Decimal | None, computed: bool = False) -> str:
    if value is None:
        return NO_VALUE
    return numerals.number(value) + (COMPUTED_MARK if computed else "")


def _count(value: int | None) -> str:
    return NO_VALUE if value is None else numerals.digits(value)


def cell_text(row: OverviewRow, column: Column) -> str:
    kind = column.sort
    if kind is SortColumn.AGENCY:
        return row.label
    if kind is SortColumn.DISTRICT:
        return row.agency.district or NO_VALUE
    if kind is SortColumn.OVERALL:
        return _score(row.overall, row.overall_computed)
    if kind is SortColumn.LEVEL:
        return (row.level + (COMPUTED_MARK if row.level_computed else "")) if row.level else NO_VALUE
    if kind is SortColumn.CHANGE:
        difference = row.change.difference
        return NO_VALUE if difference is None else f"{numerals.signed(difference)} {row.change.change.arrow}"
    if kind is SortColumn.TOOL:
        tool = row.tool(column.tool)
        return _score(tool.score, tool.computed) if tool else NO_VALUE
    if kind is SortColumn.WEAKEST:
        return ", ".join(numerals.digits(weak.number) for weak in row.weakest) or NO_VALUE
    if kind is SortColumn.O25:
        if row.o25_complete:
            return _("complete")
        return _("missing: {parts}").format(parts=", ".join(part.short_label for part in row.o25_missing))
    tally = row.progress
    values = {
        SortColumn.DONE: tally.done if tally else None,
        SortColumn.IN_PROGRESS: tally.in_progress if tally else None,
        SortColumn.OVERDUE: tally.overdue if tally else None,
    }
    return _count(values[kind])


def cell_tip(row: OverviewRow, column: Column) -> str | None:
    kind = column.sort
    if kind is SortColumn.AGENCY:
        return row.agency.name
    if kind is SortColumn.DISTRICT:
        return " ".join(part for part in (row.agency.district, row.agency.province) if part) or None
    if kind in (SortColumn.OVERALL, SortColumn.LEVEL, SortColumn.TOOL) and COMPUTED_MARK in cell_text(row, column):
        return _("* calculated from the indicator scores: no official result is entered")
    if kind is SortColumn.WEAKEST and row.weakest:
        return "\n".join(
            _("Indicator {number} {name}").format(number=numerals.digits(w.number), name=w.name_th)
            + f": {numerals.number(w.score)}"
            for w in row.weakest
        )
    if kind is SortColumn.O25:
        lines = [_("O25 still missing: {parts}").format(parts=", ".join(p.label for p in row.o25_missing))]
        if row.o25_complete:
            lines = [_("O25: scores, official result, analyses and the next year's plan are all in.")]
        lines.append(_("O26: {state}").format(state=row.o26.label))
        return "\n".join(lines)
    if kind in (SortColumn.DONE, SortColumn.IN_PROGRESS, SortColumn.OVERDUE) and row.progress is not None:
        return _("Plan for fiscal year {year}: {total} measures").format(
            year=numerals.digits(row.progress.plan_year), total=numerals.digits(row.progress.total)
        )
    return None


class OverviewModel(QAbstractTableModel):
    """Read-only rows; sort() orders them by a column, as a click on its header asks."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[OverviewRow] = []
        self._columns: list[Column] = columns_for(("IIT", "EIT", "OIT"))
        self._sorted: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        # Headers are broken into two lines between words once the tab is first shown (wrap_headers): breaking Thai
        # reads the word list, which the window's start has no need of.
        self.headers_wrapped = False

    def wrap_headers(self) -> None:
        if not self.headers_wrapped:
            self.headers_wrapped = True
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))

    @property
    def columns(self) -> list[Column]:
        return self._columns

    def set_rows(self, rows: list[OverviewRow], tool_codes: tuple[str, ...]) -> None:
        self.beginResetModel()
        self._columns = columns_for(tool_codes)
        self._rows = self._ordered(rows, *self._sorted)
        self.endResetModel()

    def row_at(self, row: int) -> OverviewRow:
        return self._rows[row]

    def rows(self) -> list[OverviewRow]:
        return list(self._rows)

    def row_of(self, agency_id: int | None) -> int:
        return next((n for n, row in enumerate(self._rows) if row.agency.id == agency_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = self._columns[section].title
            return header_text(title) if self.headers_wrapped else title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        kind = column.sort
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind in (SortColumn.OVERALL, SortColumn.CHANGE, SortColumn.TOOL):
                return _RIGHT
            if kind in (SortColumn.DONE, SortColumn.IN_PROGRESS, SortColumn.OVERDUE, SortColumn.LEVEL):
                return _CENTRE
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, kind)
        if role == AGENCY_ID_ROLE:
            return row.agency.id
        return None

    @staticmethod
    def _colour(row: OverviewRow, kind: SortColumn) -> QColor | None:
        if kind is SortColumn.CHANGE:
            return {Change.UP: UP_COLOUR, Change.DOWN: DOWN_COLOUR}.get(row.change.change)
        if kind is SortColumn.OVERALL and row.below_pass:
            return WARN_COLOUR
        if kind is SortColumn.O25 and not row.o25_complete:
            return WARN_COLOUR
        if kind is SortColumn.OVERDUE and row.progress is not None and row.progress.overdue:
            return WARN_COLOUR
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._sorted = (column, order)
        self._rows = self._ordered(before, column, order)
        place = {id(row): number for number, row in enumerate(self._rows)}
        moved = self.persistentIndexList()  # the selection and the current row follow their agencies
        self.changePersistentIndexList(
            moved, [self.index(place[id(before[index.row()])], index.column()) for index in moved]
        )
        self.layoutChanged.emit()

    def _ordered(self, rows: list[OverviewRow], column: int, order: Qt.SortOrder) -> list[OverviewRow]:
        chosen = self._columns[min(column, len(self._columns) - 1)]
        return sort_rows(rows, chosen.sort, order == Qt.SortOrder.DescendingOrder, chosen.tool)
