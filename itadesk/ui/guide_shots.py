"""Pictures of the window for the user guide, taken from this version's own window when the guide is made.

A window of its own on a temporary store (and temporary settings): first empty, as a new installation greets the
clerk, then with the sample agency; each picture is the widget itself, rendered off the screen (the user's own window,
store and settings are never touched). Needs a QApplication; in a window that is on the screen, nothing of this
shows on it.
"""

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from itadesk.guide import Pictures
from itadesk.guide.source import PICTURES
from itadesk.services import assessments
from itadesk.services.sample import sample_document
from itadesk.store import open_store
from itadesk.ui.shortcuts import window_shortcuts

SHOT_SIZE = QSize(1024, 700)  # a laptop's screen, which the window fits; smaller pictures read better on paper
# A sentence with a figure that is not the indicator's score: the analysis picture shows how a finding is marked.
WRONG_FIGURE = "ในปีนี้ตัวชี้วัดนี้ได้ {score} คะแนน"


def settle(seconds: float = 0.4) -> None:
    """Let what a widget does a moment after it is shown (the text checks, the layout) happen first."""
    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


class _Camera:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("the pictures of the window need a QApplication")
        # On a real screen the windows are laid out and drawn but never shown.
        self.hidden = app.platformName() not in ("offscreen", "minimal")
        self.files: dict[str, Path] = {}

    def show(self, widget: QWidget) -> None:
        if self.hidden:
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.show()
        settle()

    def take(self, name: str, widget: QWidget) -> None:
        if name not in PICTURES:
            raise ValueError(f"no picture {name!r} in the guide")
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
        path = self.folder / f"{name}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot save {path}")
        self.files[name] = path

    def menu(self, name: str, menu: QMenu, at: QPoint) -> None:
        if self.hidden:
            menu.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        menu.popup(at)
        settle(0.2)
        self.take(name, menu)
        menu.hide()

    def dialog(self, name: str, dialog: QWidget, fill: Callable[[QWidget], None] | None = None) -> None:
        if fill is not None:
            fill(dialog)
        self.show(dialog)
        self.take(name, dialog)
        dialog.close()
        dialog.deleteLater()


def take_pictures(folder: Path, window_class: type, size: QSize = SHOT_SIZE) -> Pictures:
    """Take every picture the guide shows into folder (PNG, one per name of itadesk.guide.source.PICTURES) and read
    the window's shortcuts; window_class is the main window's (MainWindow), which speaks the language the program
    speaks now."""
    folder.mkdir(parents=True, exist_ok=True)
    camera = _Camera(folder)
    with tempfile.TemporaryDirectory(prefix="itadesk-guide-window-") as scratch:
        store = open_store(Path(scratch) / "itadesk.sqlite3")
        try:
            settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
            window = window_class(store, settings)
            try:
                window.resize(size)
                camera.show(window)
                window.resize(size)
                shortcuts = _walk(camera, window)
            finally:
                window.close()
                window.deleteLater()
                settle(0.05)
        finally:
            store.close()
    return Pictures(dict(camera.files), shortcuts)


def _walk(camera: _Camera, window) -> list:  # noqa: ANN001 - MainWindow
    """The year's work, step by step, as the guide tells it."""
    from itadesk.ui.dialogs import NewAgencyDialog
    from itadesk.ui.progress_dialog import ProgressReportDialog
    from itadesk.ui.year_dialog import AddYearDialog

    camera.take("greeting", window)
    agency = sample_document().agency

    def fill_agency(dialog) -> None:  # noqa: ANN001 - NewAgencyDialog
        dialog.name.setText(agency.name)
        dialog.kind.setCurrentText(agency.kind)
        dialog.district.setText(agency.district)
        dialog.province.setText(agency.province)
        dialog.units.set_units(tuple(agency.responsible_units))

    camera.dialog("new-agency", NewAgencyDialog(window.store, window), fill_agency)
    window.open_sample()
    settle()
    years = assessments.assessment_years(window.store, window.agency_id)
    camera.dialog("add-year", AddYearDialog(years, lambda _year: None, window))
    window.select(window.agency_id, max(years))
    for name, tab in (("indicators", window.indicator_tab), ("comparison", window.comparison_tab)):
        window.tabs.setCurrentWidget(tab)
        settle()
        camera.take(name, window)
    window.tabs.setCurrentWidget(window.analysis_tab)
    settle()
    _mark_a_wrong_figure(window)
    camera.take("analysis", window)
    window.tabs.setCurrentWidget(window.plan_tab)
    plan = window.plan_tab
    indicator = plan.tree.topLevelItem(0)
    if indicator is not None:
        plan.tree.setCurrentItem(indicator.child(0) if indicator.childCount() else indicator)
    settle()
    camera.take("plan", window)
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    bar = window.menuBar()
    camera.menu("file-menu", menus[0], bar.mapToGlobal(bar.actionGeometry(bar.actions()[0]).bottomLeft()))
    help_action = next(action for action in bar.actions() if action.menu() is window.help_menu)
    camera.menu("help-menu", window.help_menu, bar.mapToGlobal(bar.actionGeometry(help_action).bottomLeft()))
    plan_year = max(years) + 1
    camera.dialog("progress-dialog", ProgressReportDialog(window.agency_box.currentText(), plan_year, window))
    window.undo_stack.clear()  # Undo and Redo named as the menu names them before any edit
    return window_shortcuts(window)


def _mark_a_wrong_figure(window) -> None:  # noqa: ANN001 - MainWindow
    """The first indicator's analysis with a sentence that gives a score the indicator does not have."""
    tab = window.analysis_tab
    if tab.sections.count() < 2:
        return
    tab.sections.setCurrentRow(1)
    settle(0.1)
    text = tab.text.toPlainText().rstrip()
    tab.text.setPlainText((text + " " if text else "") + WRONG_FIGURE.format(score="๔๒.๑๗"))
    settle(1.2)  # the check runs a moment after typing stops
