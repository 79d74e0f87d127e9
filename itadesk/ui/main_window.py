"""The main window: agency and year always in view, the tabs below, menus of a desktop program."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from itadesk.i18n import _
from itadesk.services import agencies, assessments
from itadesk.services.rules import suggested_year
from itadesk.store import Store
from itadesk.ui import guards, numerals
from itadesk.ui.analysis_tab import AnalysisTab
from itadesk.ui.comparison_tab import ComparisonTab
from itadesk.ui.first_steps import FirstSteps
from itadesk.ui.help_menu import HelpMenu
from itadesk.ui.indicator_tab import IndicatorTab
from itadesk.ui.language_menu import LanguageMenu
from itadesk.ui.plan_tab import PlanTab
from itadesk.ui.screen import clamp_to_screen, fit_window, fitted_size, install_screen_fit
from itadesk.ui.settings import user_settings
from itadesk.ui.window_files import FileActions
from itadesk.ui.window_records import RecordActions
from itadesk.ui.window_store import StoreActions

if TYPE_CHECKING:
    from itadesk.ui.overview_tab import OverviewTab

DEFAULT_SIZE = QSize(1280, 820)  # made smaller on a smaller screen


class MainWindow(RecordActions, StoreActions, FileActions, QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or user_settings()
        self.undo_stack = QUndoStack(self)
        install_screen_fit()
        guards.install_wheel_guard()
        self.setWindowTitle(
            _("ITA Desk") + " — " + store.location + (" " + _("(read only)") if store.read_only else "")
        )

        self.agency_box = QComboBox()
        self.agency_box.setMinimumContentsLength(28)
        self.year_box = QComboBox()
        self.agency_box.currentIndexChanged.connect(self._agency_changed)
        self.year_box.currentIndexChanged.connect(self._year_changed)
        toolbar = QToolBar(_("Agency and year"))
        toolbar.setObjectName("selectors")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(_("Agency") + " "))
        toolbar.addWidget(self.agency_box)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(_("Assessment year") + " "))
        toolbar.addWidget(self.year_box)
        self.add_year_action = self._action(_("Add year…"), lambda: self.add_year(), QKeySequence("Ctrl+Shift+Y"))
        self.delete_year_action = self._action(_("Delete year…"), lambda: self.delete_year())
        toolbar.addAction(self.add_year_action)
        toolbar.addAction(self.delete_year_action)
        self.addToolBar(toolbar)

        self.indicator_tab = IndicatorTab(store, self.undo_stack)
        self.comparison_tab = ComparisonTab(store, self.undo_stack)
        self.plan_tab = PlanTab(store, self.undo_stack)
        self.analysis_tab = AnalysisTab(store, self.undo_stack)
        self.tabs = QTabWidget()
        for tab, title in (
            (self.indicator_tab, _("Indicators")),
            (self.comparison_tab, _("Comparison")),
            (self.analysis_tab, _("Analysis")),
            (self.plan_tab, _("Action plan")),
        ):
            self.tabs.addTab(tab, title)
            tab.edited.connect(lambda origin=tab: self._tab_edited(origin))
        # The overview of every agency is made when it is first wanted: most starts never show it.
        self._overview_tab: OverviewTab | None = None
        self._overview_placeholder = QWidget()
        self.tabs.addTab(self._overview_placeholder, _("Overview"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current_tab())

        self.pages = QStackedWidget()
        self.pages.addWidget(self._greeting())
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self._make_menus()
        self._restore()

    @property
    def overview_tab(self) -> "OverviewTab":
        """The overview of every agency, made the first time it is asked for, in its place among the tabs."""
        if self._overview_tab is None:
            from itadesk.ui.overview_tab import OverviewTab

            tab = OverviewTab(self.store, self.undo_stack, settings=self.settings)
            tab.open_agency.connect(self.open_agency)
            tab.edited.connect(lambda: self._tab_edited(tab))
            self._overview_tab = tab
            index = self.tabs.indexOf(self._overview_placeholder)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, _("Overview"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._overview_placeholder.deleteLater()
        return self._overview_tab

    def _tab_at(self, index: int) -> QWidget:
        widget = self.tabs.widget(index)
        return self.overview_tab if widget is self._overview_placeholder else widget

    # --- the empty store's greeting ----------------------------------------------------------------------

    def _greeting(self) -> QWidget:
        box = QWidget()
        box.setFixedWidth(720)  # a fixed width lets the wrapped text take the height it needs
        inner = QVBoxLayout(box)
        title = QLabel(_("Welcome to ITA Desk"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        text = QLabel(
            _(
                "This store has no agency yet. Create your agency to enter its ITA results, or open the "
                "sample agency (อบต.โคกคอน) to look around."
            )
        )
        text.setWordWrap(True)
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            inner.addWidget(label)
        # Qt under-reports the height of wrapped Thai text and of marks below the line: give both room.
        title.setMinimumHeight(int(title.fontMetrics().height() * 1.6))
        text.setMinimumHeight(text.fontMetrics().lineSpacing() * 3)
        self.first_steps = FirstSteps(self)  # the year's work, each step a button that goes there
        inner.addWidget(self.first_steps)
        sample = QPushButton(_("Open the sample agency"))
        sample.clicked.connect(self.open_sample)
        inner.addWidget(sample, 0, Qt.AlignmentFlag.AlignHCenter)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # --- menus -------------------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
        file_menu.addAction(self._action(_("New agency…"), self.new_agency, QKeySequence.StandardKey.New))
        self.edit_agency_action = self._action(_("Edit agency…"), lambda: self.edit_agency())
        self.delete_agency_action = self._action(_("Delete agency…"), lambda: self.delete_agency())
        file_menu.addAction(self.edit_agency_action)
        file_menu.addAction(self.delete_agency_action)
        file_menu.addAction(self._action(_("Open store…"), self.open_store, QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(_("Open a shared store…"), lambda: self.open_shared_store()))
        file_menu.addAction(self._action(_("Open the sample agency"), self.open_sample))
        file_menu.addSeparator()
        file_menu.addAction(self._action(_("Back up now…"), self.back_up))
        file_menu.addAction(self._action(_("Restore from a backup…"), self.restore_from_backup))
        file_menu.addSeparator()
        file_menu.addAction(self._action(_("Import agency…"), lambda: self.import_agencies()))
        file_menu.addAction(self._action(_("Export agency…"), lambda: self.export_agency()))
        file_menu.addSeparator()
        file_menu.addAction(self._action(_("Export PDF…"), self.export_pdf, QKeySequence("Ctrl+E")))
        file_menu.addAction(self._action(_("Export Word file…"), self.export_docx))
        file_menu.addAction(self._action(_("Export progress report…"), self.export_progress))
        file_menu.addAction(self._action(_("Print preview…"), self.print_preview))
        file_menu.addAction(self._action(_("Print…"), self.print_report, QKeySequence.StandardKey.Print))
        file_menu.addSeparator()
        file_menu.addAction(self._action(_("Quit"), self.close, QKeySequence.StandardKey.Quit))
        edit_menu = self.menuBar().addMenu(_("&Edit"))
        undo = self.undo_stack.createUndoAction(self, _("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, _("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_year_action)
        edit_menu.addAction(self.delete_year_action)
        view_menu = self.menuBar().addMenu(_("&View"))
        for index in range(self.tabs.count()):
            view_menu.addAction(
                self._action(
                    self.tabs.tabText(index),
                    lambda _checked=False, index=index: self.tabs.setCurrentIndex(index),
                    QKeySequence(f"Ctrl+{index + 1}"),
                )
            )
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings, self)
        view_menu.addMenu(self.language_menu)
        self.help_menu = HelpMenu(self)
        self.menuBar().addMenu(self.help_menu)

    # --- selection ---------------------------------------------------------------------------------------

    @property
    def agency_id(self) -> int | None:
        return self.agency_box.currentData()

    @property
    def year(self) -> int | None:
        return self.year_box.currentData()

    def load_agencies(self, select_id: int | None = None) -> None:
        known = agencies.list_agencies(self.store)
        self.pages.setCurrentIndex(1 if known else 0)
        self.agency_box.setEnabled(bool(known))
        self.year_box.setEnabled(bool(known))
        self.agency_box.blockSignals(True)
        self.agency_box.clear()
        labels = agencies.agency_labels(known)  # a name held by two agencies shows their districts
        for agency in known:
            self.agency_box.addItem(labels[agency.id], agency.id)
        self.agency_box.blockSignals(False)
        self.edit_agency_action.setEnabled(bool(known))
        self.delete_agency_action.setEnabled(bool(known))
        index = self.agency_box.findData(select_id) if select_id is not None else 0
        self.agency_box.setCurrentIndex(max(0, index) if known else -1)
        self._agency_changed()

    def _years_of(self, agency_id: int) -> list[int]:
        """The agency's assessment years; an agency without any shows the latest year with rules, ready to type."""
        years = assessments.assessment_years(self.store, agency_id)
        if years:
            return years
        latest = suggested_year([])
        return [latest] if latest is not None else []

    def _agency_changed(self, *_args: object, select_year: int | None = None) -> None:
        self.year_box.blockSignals(True)
        self.year_box.clear()
        if self.agency_id is not None:
            years = self._years_of(self.agency_id)
            for year in years:
                self.year_box.addItem(numerals.digits(year), year)
            wanted = select_year if select_year in years else years[-1] if years else None
            self.year_box.setCurrentIndex(self.year_box.findData(wanted))
        self.year_box.blockSignals(False)
        self._update_year_actions()
        self._year_changed()

    def _reload_years(self) -> None:
        """The year list follows what is stored: a year made by typing its first score, added or deleted."""
        if self.agency_id is None:
            return
        years = self._years_of(self.agency_id)
        if years == [self.year_box.itemData(i) for i in range(self.year_box.count())]:
            self._update_year_actions()  # the year shown may have been stored just now
            return
        current = self.year
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(numerals.digits(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(current) if current in years else len(years) - 1)
        self.year_box.blockSignals(False)
        self._update_year_actions()
        if self.year != current:
            self._year_changed()

    def _update_year_actions(self) -> None:
        has_agency = self.agency_id is not None
        stored = assessments.assessment_years(self.store, self.agency_id) if has_agency else []
        self.add_year_action.setEnabled(has_agency)
        self.delete_year_action.setEnabled(self.year in stored)

    def _year_changed(self, *_args: object) -> None:
        self._shown: set[int] = set()
        self._refresh_current_tab()

    def _refresh_current_tab(self) -> None:
        """Tabs are brought up to date when they are shown, so switching agency or year stays quick."""
        index = self.tabs.currentIndex()
        if index in getattr(self, "_shown", set()):
            return
        self._tab_at(index).show_year(self.agency_id, self.year)
        self._shown.add(index)

    def _tab_edited(self, origin: QWidget) -> None:
        """A tab saved something (or its edit was undone): the others show it when they are shown next."""
        self._shown = {self.tabs.indexOf(origin)}
        self._reload_years()
        if self.tabs.currentWidget() is not origin:  # undo pressed while another tab is in view
            self._refresh_current_tab()

    def select(self, agency_id: int, year: int | None = None) -> None:
        index = self.agency_box.findData(agency_id)
        self.agency_box.blockSignals(True)
        self.agency_box.setCurrentIndex(index)
        self.agency_box.blockSignals(False)
        self._agency_changed(select_year=year)

    def open_agency(self, agency_id: int, year: int | None = None) -> None:
        """Switch the window to an agency (from the overview): that year if it has it, its indicators in view."""
        self.select(agency_id, year)
        self.tabs.setCurrentWidget(self.indicator_tab)

    # --- remembering -------------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        size = self.settings.value("size")
        # A size remembered on a larger screen is not squeezed onto this one: it gets this screen's own default.
        fits = isinstance(size, QSize) and fitted_size(size, self) == size
        if geometry is None or not fits or not self.restoreGeometry(geometry):
            fit_window(self, DEFAULT_SIZE)
        clamp_to_screen(self)
        agency = self.settings.value("agency")
        year = self.settings.value("year")
        self.load_agencies(int(agency) if agency is not None else None)
        if agency is not None and self.agency_id == int(agency) and year is not None:
            self.select(int(agency), int(year))
        tab = self.settings.value("tab")
        if tab is not None and 0 <= int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.analysis_tab.save_text()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("size", self.size())
        self.settings.setValue("tab", self.tabs.currentIndex())
        if self.agency_id is not None:
            self.settings.setValue("agency", self.agency_id)
            self.settings.setValue("year", self.year)
        super().closeEvent(event)
