"""The window's keyboard shortcuts, read from its actions (never typed by hand): Help → Keyboard shortcuts, and the
guide's list of them."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.guide import ShortcutRow
from itadesk.i18n import _


def _shown(text: str) -> str:
    """A menu's or an action's text as the user reads it (the mnemonic's & left out)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


def _menu_actions(menu: QMenu, where: str) -> list[tuple[str, QAction]]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu(), where + " → " + _shown(action.menu().title()))
        elif not action.isSeparator():
            found.append((where, action))
    return found


def window_shortcuts(window: QMainWindow) -> list[ShortcutRow]:
    """Every action of the window that has a shortcut: the menus' in their order, then those of the tabs (the plan's
    buttons), each with where it is, its text and its keys as the window has them now."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for where, action in _menu_actions(top.menu(), _shown(top.menu().title())):
            seen.add(id(action))
            if action.shortcuts():
                rows.append(ShortcutRow(where, _shown(action.text()), _keys(action)))
    tabs = getattr(window, "tabs", None)
    for action in window.findChildren(QAction):
        owner = action.parent()
        if id(action) in seen or not action.shortcuts() or not action.text():
            continue
        if not isinstance(owner, QWidget) or owner.window() is not window:  # a dialog's own keys
            continue
        where = ""
        if tabs is not None and isinstance(owner, QWidget):
            for index in range(tabs.count()):
                if tabs.widget(index) is owner or tabs.widget(index).isAncestorOf(owner):
                    where = tabs.tabText(index)
        rows.append(ShortcutRow(where, _shown(action.text()), _keys(action)))
    return rows


class ShortcutsDialog(QDialog):
    """The window's shortcuts in a table: command, keys, where."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(_("Keyboard shortcuts"))
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([_("Command"), _("Keys"), _("Where")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, shortcut in enumerate(rows):
            for column, text in enumerate((shortcut.command, shortcut.keys, shortcut.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, min(720, 120 + 30 * len(rows)))
