"""The table of the ten indicators of a year: scores are typed here (Thai or Arabic digits)."""

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from itadesk.domain.framework import Framework
from itadesk.domain.scores import ScoreError, parse_score
from itadesk.i18n import _
from itadesk.ui import numerals

COL_TOOL, COL_INDICATOR, COL_SCORE, COL_PREVIOUS = range(4)
Index = QModelIndex | QPersistentModelIndex


class IndicatorModel(QAbstractTableModel):
    """Rows are the indicators of the year's rules; the scores of the year and of the year before are editable."""

    score_entered = Signal(int, int, object)  # year, indicator number, Decimal: a valid score the user typed
    refused = Signal(str)  # why a typed value is not a score

    def __init__(self) -> None:
        super().__init__()
        self._framework: Framework | None = None
        self._scores: dict[int, Decimal] = {}
        self._previous: dict[int, Decimal] = {}
        self._year = 0
        self._previous_editable = False
        self.last_refused = False  # the last value typed was refused (the cell keeps the keyboard's place)

    def show(
        self,
        framework: Framework | None,
        year: int,
        scores: dict[int, Decimal],
        previous: dict[int, Decimal],
        previous_editable: bool = False,
    ) -> None:
        """Show a year; the same year again only updates the cells, so the current cell and selection stay."""
        if framework is not None and framework is self._framework and year == self._year:
            self._scores, self._previous, self._previous_editable = scores, previous, previous_editable
            if self.rowCount():
                self.dataChanged.emit(self.index(0, COL_SCORE), self.index(self.rowCount() - 1, COL_PREVIOUS))
            return
        self.beginResetModel()
        self._framework, self._year, self._scores, self._previous = framework, year, scores, previous
        self._previous_editable = previous_editable
        self.endResetModel()

    def year_of(self, column: int) -> int:
        return self._year - 1 if column == COL_PREVIOUS else self._year

    def is_editable(self, column: int) -> bool:
        return column == COL_SCORE or (column == COL_PREVIOUS and self._previous_editable)

    def indicator_at(self, row: int) -> int:
        assert self._framework is not None
        return self._framework.indicators[row].number

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._framework is None else len(self._framework.indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            _("Tool"),
            _("Indicator"),
            _("Score {year}").format(year=numerals.digits(self._year)),
            _("Score {year}").format(year=numerals.digits(self._year - 1)),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.is_editable(index.column()) else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._framework is None:
            return None
        indicator = self._framework.indicators[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_TOOL:
                return indicator.tool
            if column == COL_INDICATOR:
                return f"{numerals.digits(indicator.number)} {indicator.name_th}"
            values = self._scores if column == COL_SCORE else self._previous
            value = values.get(indicator.number)
            if value is None:
                return "" if role == Qt.ItemDataRole.EditRole else "–"
            return numerals.number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SCORE, COL_PREVIOUS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.is_editable(column):
            return _("Type the score of B.E. {year} from the NACC's results, e.g. {example}").format(
                year=numerals.digits(self.year_of(column)), example=numerals.number(Decimal("95.51"))
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PREVIOUS:
            return _("The program has no ITA rules for B.E. {year}.").format(year=numerals.digits(self.year_of(column)))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        self.last_refused = False
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index.column()):
            return False
        text = str(value).strip()
        number = self.indicator_at(index.row())
        current = (self._scores if index.column() == COL_SCORE else self._previous).get(number)
        if text == "" or (current is not None and text == numerals.number(current)):
            return False
        try:
            score = parse_score(text)
        except ScoreError as error:
            self.last_refused = True
            self.refused.emit(str(error))
            return False
        self.score_entered.emit(self.year_of(index.column()), number, score)
        return True
