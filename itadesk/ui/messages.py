"""Message boxes of the window: what the user is told, with the window's digits (Thai digits in the Thai UI)."""

from PySide6.QtWidgets import QMessageBox, QWidget

from itadesk.ui import numerals


def warn(parent: QWidget | None, title: str, problem: object) -> None:
    """Something asked for could not be done; `problem` is the error (its message) or the text."""
    QMessageBox.warning(parent, title, numerals.message(str(problem)))


def fail(parent: QWidget | None, title: str, problem: object) -> None:
    """Something went wrong that stops what was being done (a store that cannot be opened)."""
    QMessageBox.critical(parent, title, numerals.message(str(problem)))
