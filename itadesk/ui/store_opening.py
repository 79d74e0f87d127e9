"""Opening a store for a window: with its lock held, or read only, when the user says so, if another window has it."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from itadesk.i18n import _
from itadesk.store import Store

# Answers the question instead of asking it (tests): given the parent and the store's path, True opens read only.
ask_read_only: Callable[[QWidget | None, Path], bool] | None = None


def read_only_question() -> str:
    return _("This store is open in another ITA Desk window (on this PC or another). Open it read only, or cancel?")


def _ask(parent: QWidget | None, path: Path) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, _("ITA Desk"), read_only_question(), parent=parent)
    box.setInformativeText(str(path))
    read_only = box.addButton(_("Open read only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def open_for_window(path: Path, parent: QWidget | None = None, *, read_only: bool | None = None) -> Store | None:
    """The store at path for a window, holding its lock; when another window holds it, the user is asked whether to
    open it read only (`read_only` answers for them). None when they cancel; StoreError when it cannot be opened."""
    from itadesk.store.database import open_locked_store, open_store
    from itadesk.store.lock import StoreInUse

    path = Path(path)
    try:
        return open_locked_store(path)
    except StoreInUse:
        pass
    if read_only is None:
        read_only = (ask_read_only or _ask)(parent, path)
    if not read_only:
        return None
    return open_store(path, read_only=True)
