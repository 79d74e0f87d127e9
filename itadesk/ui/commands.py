"""Undo and redo of edits that are saved at once: each command re-runs a service call."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack


class StoreEdit(QUndoCommand):
    """An edit already saved in the store; redo saves it again, undo saves what was there before."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None], after: Callable[[], None]):
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._after = after
        self._done_once = True  # the edit was saved before the command was pushed

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
        else:
            self._redo()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


def push_edit(
    stack: QUndoStack, text: str, redo: Callable[[], None], undo: Callable[[], None], after: Callable[[], None]
) -> None:
    """Save the edit now (a refused edit raises and leaves nothing to undo), then make it undoable."""
    redo()
    stack.push(StoreEdit(text, redo, undo, after))
