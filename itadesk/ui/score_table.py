"""The score table's keyboard: type a score, Enter or Down goes to the next indicator ready to type, Tab to the
next column that takes a score; the current cell stays where it is when a score is saved or undone."""

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QStyledItemDelegate, QTableView, QWidget

from itadesk.ui.indicator_model import IndicatorModel

CursorAction = QAbstractItemView.CursorAction
EndEditHint = QAbstractItemDelegate.EndEditHint
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ScoreDelegate(QStyledItemDelegate):
    """Up and Down in a cell being typed save it and go to the row above or below, as Enter goes below."""

    def __init__(self, table: "ScoreTable") -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(editor, QWidget):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None:
                self._table.step_after_edit = step
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, EndEditHint.SubmitModelCache)
                return True
        return super().eventFilter(editor, event)


class ScoreTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_after_edit = 1
        self.setItemDelegate(_ScoreDelegate(self))

    def score_model(self) -> IndicatorModel:
        model = self.model()
        assert isinstance(model, IndicatorModel)
        return model

    def _editable(self, row: int, column: int) -> bool:
        return 0 <= row < self.score_model().rowCount() and self.score_model().is_editable(column)

    def go_to_row(self, step: int) -> None:
        """The cell `step` rows below (above when negative) in the same column, where the next score is typed."""
        current = self.currentIndex()
        if not current.isValid():
            return
        row = min(max(current.row() + step, 0), self.score_model().rowCount() - 1)
        self.setCurrentIndex(self.score_model().index(row, current.column()))

    def closeEditor(self, editor: QWidget, hint: EndEditHint) -> None:  # noqa: N802 - Qt's name
        step, self.step_after_edit = self.step_after_edit, 1
        if hint != EndEditHint.SubmitModelCache:
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, EndEditHint.NoHint)
        if not self.score_model().last_refused:  # a refused value keeps its cell, to be typed again
            self.go_to_row(step)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            self.go_to_row(1)
            return
        super().keyPressEvent(event)

    def moveCursor(  # noqa: N802 - Qt's name
        self, action: CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab go from one cell that takes a score to the next, row after row."""
        if action not in (CursorAction.MoveNext, CursorAction.MovePrevious):
            return super().moveCursor(action, modifiers)
        model = self.score_model()
        current = self.currentIndex()
        columns = model.columnCount()
        cells = [(r, c) for r in range(model.rowCount()) for c in range(columns) if self._editable(r, c)]
        if not cells:
            return current
        here = (current.row(), current.column()) if current.isValid() else (-1, -1)
        if action == CursorAction.MoveNext:
            after = [cell for cell in cells if cell > here]
            target = after[0] if after else cells[0]
        else:
            before = [cell for cell in cells if cell < here]
            target = before[-1] if before else cells[-1]
        return model.index(*target)
