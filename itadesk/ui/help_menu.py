"""Help (วิธีใช้): the user guide, first steps, the keyboard shortcuts (read from the window's actions) and About."""

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu

from itadesk.i18n import _
from itadesk.ui import messages


def open_file(path: Path) -> bool:
    """Open a file or folder with the program the system has for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class HelpMenu(QMenu):
    """The window's Help menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(_("&Help"), window)
        self.setObjectName("helpMenu")
        self._window = window
        self.guide_action = self._add(_("User guide"), self.open_guide, QKeySequence.StandardKey.HelpContents)
        self.steps_action = self._add(_("First steps…"), self.show_first_steps)
        self.shortcuts_action = self._add(_("Keyboard shortcuts"), self.show_shortcuts)
        self.addSeparator()
        self.about_action = self._add(_("About ITA Desk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(self, text: str, slot, keys: QKeySequence.StandardKey | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if keys is not None:
            action.setShortcut(keys)
        self.addAction(action)
        return action

    def guide_path(self) -> Path:
        """The guide to open, made now (with pictures of this version's window) when no copy of it is at hand."""
        from itadesk.guide import guide_to_open
        from itadesk.ui.guide_shots import take_pictures

        return guide_to_open(partial(take_pictures, window_class=type(self._window)))

    def open_guide(self) -> Path | None:
        """Open the guide; the first time in a version it is made, with pictures of a window of its own that never
        shows (some seconds: the window waits, and the menu entry stays off meanwhile)."""
        window = self._window
        window.statusBar().showMessage(_("Making the user guide…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.guide_action.setEnabled(False)
        try:
            path = self.guide_path()
        except Exception as error:  # noqa: BLE001 - whatever stops it is said, the window goes on
            path = None
            problem = _("The user guide could not be made: {error}").format(error=error)
        finally:
            self.guide_action.setEnabled(True)
            QApplication.restoreOverrideCursor()
            window.statusBar().clearMessage()
        if path is None:
            messages.warn(window, _("User guide"), problem)
        elif not open_file(path):
            messages.warn(
                window,
                _("User guide"),
                _("No program on this computer opens PDF files. The guide is {path}").format(path=path),
            )
        return path

    def show_first_steps(self) -> QDialog:
        from itadesk.ui.first_steps import FirstStepsDialog

        dialog = FirstStepsDialog(self._window, self._window)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> QDialog:
        from itadesk.ui.shortcuts import ShortcutsDialog  # with the guide's list of them (ReportLab): when asked for

        dialog = ShortcutsDialog(self._window)
        dialog.show()
        return dialog

    def show_about(self) -> QDialog:
        from itadesk.ui.about_dialog import AboutDialog

        store = self._window.store
        dialog = AboutDialog(store.location, store.path, self._window)
        dialog.show()
        return dialog
