"""The main window: agency and year always in view, the tabs below, menus of a desktop program."""

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services import agencies, assessments
from itadesk.services.export import ReportFormat
from itadesk.store import Store
from itadesk.thai.dates import fiscal_year_of
from itadesk.ui import numerals
from itadesk.ui.analysis_tab import AnalysisTab
from itadesk.ui.comparison_tab import ComparisonTab
from itadesk.ui.dialogs import NewAgencyDialog
from itadesk.ui.indicator_tab import IndicatorTab
from itadesk.ui.language_menu import LanguageMenu
from itadesk.ui.plan_tab import PlanTab
from itadesk.ui.printing import a4_printer, print_pdf
from itadesk.ui.progress_dialog import ProgressReportDialog
from itadesk.ui.settings import remember_store, user_settings

PREVIEW_DPI = 150


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or user_settings()
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(_("ITA Desk") + " — " + str(store.path))

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
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current_tab())

        self.pages = QStackedWidget()
        self.pages.addWidget(self._greeting())
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self._make_menus()
        self._restore()

    # --- the empty store's greeting ----------------------------------------------------------------------

    def _greeting(self) -> QWidget:
        box = QWidget()
        box.setFixedWidth(600)  # a fixed width lets the wrapped text take the height it needs
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
        create = QPushButton(_("Create my agency…"))
        create.clicked.connect(self.new_agency)
        sample = QPushButton(_("Open the sample agency"))
        sample.clicked.connect(self.open_sample)
        for button in (create, sample):
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
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
        file_menu.addAction(self._action(_("Open store…"), self.open_store, QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(_("Open the sample agency"), self.open_sample))
        file_menu.addSeparator()
        file_menu.addAction(self._action(_("Back up now…"), self.back_up))
        file_menu.addAction(self._action(_("Restore from a backup…"), self.restore_from_backup))
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
        view_menu = self.menuBar().addMenu(_("&View"))
        self.language_menu = LanguageMenu(self.settings, self)
        view_menu.addMenu(self.language_menu)

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
        for agency in known:
            self.agency_box.addItem(agency.name, agency.id)
        self.agency_box.blockSignals(False)
        index = self.agency_box.findData(select_id) if select_id is not None else 0
        self.agency_box.setCurrentIndex(max(0, index) if known else -1)
        self._agency_changed()

    def _years_of(self, agency_id: int) -> list[int]:
        years = assessments.assessment_years(self.store, agency_id)
        if not years:
            return [fiscal_year_of(date.today()) - 1]
        return [*years, years[-1] + 1]  # the next year, to start entering its results

    def _agency_changed(self, *_args: object, select_year: int | None = None) -> None:
        self.year_box.blockSignals(True)
        self.year_box.clear()
        if self.agency_id is not None:
            years = self._years_of(self.agency_id)
            for year in years:
                self.year_box.addItem(numerals.digits(year), year)
            wanted = select_year if select_year in years else years[-2] if len(years) > 1 else years[-1]
            self.year_box.setCurrentIndex(self.year_box.findData(wanted))
        self.year_box.blockSignals(False)
        self._year_changed()

    def _year_changed(self, *_args: object) -> None:
        self._shown: set[int] = set()
        self._refresh_current_tab()

    def _refresh_current_tab(self) -> None:
        """Tabs are brought up to date when they are shown, so switching agency or year stays quick."""
        index = self.tabs.currentIndex()
        if index in getattr(self, "_shown", set()):
            return
        self.tabs.widget(index).show_year(self.agency_id, self.year)
        self._shown.add(index)

    def _tab_edited(self, origin: QWidget) -> None:
        """A tab saved something (or its edit was undone): the others show it when they are shown next."""
        self._shown = {self.tabs.indexOf(origin)}
        if self.tabs.currentWidget() is not origin:  # undo pressed while another tab is in view
            self._refresh_current_tab()

    def select(self, agency_id: int, year: int | None = None) -> None:
        index = self.agency_box.findData(agency_id)
        self.agency_box.blockSignals(True)
        self.agency_box.setCurrentIndex(index)
        self.agency_box.blockSignals(False)
        self._agency_changed(select_year=year)

    # --- actions -----------------------------------------------------------------------------------------

    def new_agency(self) -> None:
        dialog = NewAgencyDialog(self.store, self)
        if dialog.exec() and dialog.agency_id is not None:
            self.load_agencies(dialog.agency_id)

    def open_sample(self) -> None:
        from itadesk.services.errors import AlreadyExistsError
        from itadesk.services.sample import load_sample, sample_document

        try:
            agency_id = load_sample(self.store).id
        except AlreadyExistsError:
            agency_id = agencies.find_agency(self.store, sample_document().agency.name).id
        self.load_agencies(agency_id)

    def open_store(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Open store"), str(self.store.path.parent), _("ITA Desk store (*.sqlite3);;All files (*)")
        )
        if not path:
            return
        from itadesk.store import StoreError, open_store

        try:
            store = open_store(Path(path))
        except StoreError as error:
            QMessageBox.critical(self, _("Open store"), str(error))
            return
        remember_store(self.settings, Path(path))
        self._replace_store(store)

    def back_up(self, path: str | None = None) -> Path | None:
        """Copy the store now, to a file the user chooses (the backups folder is offered)."""
        from itadesk.store import StoreError
        from itadesk.store.backup import backup_now, backups_dir

        if not path:
            suggested = backups_dir(self.store.path) / f"{self.store.path.stem}-{datetime.now():%Y%m%d-%H%M}.sqlite3"
            path, _filter = QFileDialog.getSaveFileName(
                self, _("Back up now"), str(suggested), _("ITA Desk store (*.sqlite3);;All files (*)")
            )
        if not path:
            return None
        self.analysis_tab.save_text()
        try:
            made = backup_now(self.store.path, Path(path))
        except StoreError as error:
            QMessageBox.warning(self, _("Back up now"), str(error))
            return None
        self.statusBar().showMessage(_("Backed up {path} to {backup}").format(path=self.store.path, backup=made), 8000)
        return made

    def restore_from_backup(self, path: str | None = None, confirm: bool = True) -> bool:
        """Put a backup in place of the store (a copy of the store is kept first) and show it."""
        from itadesk.store import StoreError, open_store
        from itadesk.store.backup import backups_dir
        from itadesk.store.database import check_store_file, restore_backup

        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                _("Restore from a backup"),
                str(backups_dir(self.store.path)),
                _("ITA Desk store (*.sqlite3);;All files (*)"),
            )
        if not path:
            return False
        try:
            check_store_file(Path(path))
        except StoreError as error:
            QMessageBox.warning(self, _("Restore from a backup"), str(error))
            return False
        question = _(
            "Replace everything in {store} with the backup {backup}? A copy of the store as it is now is kept."
        )
        if (
            confirm
            and QMessageBox.question(
                self, _("Restore from a backup"), question.format(store=self.store.path.name, backup=Path(path).name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        self.analysis_tab.save_text()
        store_path = self.store.path
        self.store.close()
        try:
            restore_backup(store_path, Path(path))
            store = open_store(store_path)
        except StoreError as error:
            QMessageBox.critical(self, _("Restore from a backup"), str(error))
            store = open_store(store_path)
        self._replace_store(store)
        return True

    def _replace_store(self, store: Store) -> None:
        window = MainWindow(store, self.settings)
        window.show()
        self._successor = window
        self.close()

    def _report_bytes(self) -> bytes | None:
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.report.exporter import render_report
        from itadesk.services.report_data import report_data

        try:
            return render_report(report_data(self.store, self.agency_id, self.year))
        except UserError as error:
            QMessageBox.warning(self, _("Report"), str(error))
            return None

    def export_pdf(self, path: str | None = None) -> None:
        self._export_report("pdf", _("Export PDF"), "PDF (*.pdf)", path)

    def export_docx(self, path: str | None = None) -> None:
        """The report as a Word file, to edit before printing."""
        self._export_report("docx", _("Export Word file"), "Word (*.docx)", path)

    def _export_report(self, kind: ReportFormat, title: str, file_filter: str, path: str | None) -> None:
        if self.agency_id is None or self.year is None:
            return
        if not path:
            suggested = Path.home() / f"ITA-{self.year}.{kind}"
            path, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        if not path:
            return
        from itadesk.services.export import export_report

        try:
            export_report(self.store, self.agency_id, self.year, Path(path), kind)
        except UserError as error:
            QMessageBox.warning(self, title, str(error))
            return
        self.statusBar().showMessage(_("Wrote {path}").format(path=path), 8000)

    def export_progress(self, path: str | None = None, as_of: date | None = None) -> None:
        """The progress report of the plan the plan tab shows (the assessment year's next), as of a day asked for."""
        if self.agency_id is None or self.year is None:
            return
        from itadesk.services.progress import progress_data, require_plan, write_progress_pdf

        plan_year = self.year + 1
        title = _("Export progress report")
        try:
            require_plan(self.store, self.agency_id, plan_year)
        except UserError as error:
            QMessageBox.warning(self, title, str(error))
            return
        if as_of is None:
            dialog = ProgressReportDialog(self.agency_box.currentText(), plan_year, self)
            if not dialog.exec():
                return
            as_of = dialog.as_of()
        if not path:
            suggested = Path.home() / f"ITA-O26-{plan_year}.pdf"
            path, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), "PDF (*.pdf)")
        if not path:
            return
        try:
            write_progress_pdf(progress_data(self.store, self.agency_id, plan_year, as_of), Path(path))
        except UserError as error:
            QMessageBox.warning(self, title, str(error))
            return
        self.statusBar().showMessage(_("Wrote {path}").format(path=path), 8000)

    def print_preview(self) -> QPrintPreviewDialog | None:
        pdf = self._report_bytes()
        if pdf is None:
            return None
        printer = a4_printer()
        printer.setResolution(PREVIEW_DPI)  # thirty pages at full printer resolution take seconds to show
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer_in_use = printer  # the dialog does not own the printer: keep it alive as long as the dialog
        dialog.setWindowTitle(_("Print preview"))
        dialog.paintRequested.connect(lambda printer: print_pdf(pdf, printer))
        dialog.resize(1000, 800)
        dialog.open()
        return dialog

    def print_report(self) -> None:
        pdf = self._report_bytes()
        if pdf is None:
            return
        printer = a4_printer()
        if QPrintDialog(printer, self).exec():
            print_pdf(pdf, printer)

    # --- remembering -------------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        agency = self.settings.value("agency")
        year = self.settings.value("year")
        self.load_agencies(int(agency) if agency is not None else None)
        if agency is not None and self.agency_id == int(agency) and year is not None:
            self.select(int(agency), int(year))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.analysis_tab.save_text()
        self.settings.setValue("geometry", self.saveGeometry())
        if self.agency_id is not None:
            self.settings.setValue("agency", self.agency_id)
            self.settings.setValue("year", self.year)
        super().closeEvent(event)
