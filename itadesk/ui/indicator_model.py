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
    """Rows are the indicators of the year's rules; only the score column is editable."""

    score_entered = Signal(int, object)  # indicator number, Decimal: a valid score the user typed
    refused = Signal(str)  # why a typed value is not a score

    def __init__(self) -> None:
        super().__init__()
        self._framework: Framework | None = None
        self._scores: dict[int, Decimal] = {}
        self._previous: dict[int, Decimal] = {}
        self._year = 0

    def show(
        self, framework: Framework | None, year: int, scores: dict[int, Decimal], previous: dict[int, Decimal]
    ) -> None:
        self.beginResetModel()
        self._framework, self._year, self._scores, self._previous = framework, year, scores, previous
        self.endResetModel()

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
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == COL_SCORE else flags

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
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SCORE:
            return _("Type the score from the NACC's results, e.g. 95.51 or ๙๕.๕๑")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_SCORE:
            return False
        text = str(value).strip()
        number = self.indicator_at(index.row())
        current = self._scores.get(number)
        if text == "" or (current is not None and text == numerals.number(current)):
            return False
        try:
            score = parse_score(text)
        except ScoreError as error:
            self.refused.emit(str(error))
            return False
        self.score_entered.emit(number, score)
        return True
