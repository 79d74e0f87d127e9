"""The main window: agency and year always in view, the tabs below, menus of a desktop program."""

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
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
from itadesk.services.rules import suggested_year
from itadesk.store import Store
from itadesk.ui import file_actions, guards, messages, numerals
from itadesk.ui.analysis_tab import AnalysisTab
from itadesk.ui.commands import push_edit
from itadesk.ui.comparison_tab import ComparisonTab
from itadesk.ui.dialogs import NewAgencyDialog
from itadesk.ui.indicator_tab import IndicatorTab
from itadesk.ui.language_menu import LanguageMenu
from itadesk.ui.plan_tab import PlanTab
from itadesk.ui.printing import a4_printer, print_pdf
from itadesk.ui.progress_dialog import ProgressReportDialog
from itadesk.ui.screen import clamp_to_screen, fit_window, fitted_size, install_screen_fit
from itadesk.ui.settings import remember_store, user_settings
from itadesk.ui.year_dialog import AddYearDialog

PREVIEW_DPI = 150
DEFAULT_SIZE = QSize(1280, 820)  # made smaller on a smaller screen


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or user_settings()
        self.undo_stack = QUndoStack(self)
        install_screen_fit()
        guards.install_wheel_guard()
        self.setWindowTitle(
            _("ITA Desk") + " — " + str(store.path) + (" " + _("(read only)") if store.read_only else "")
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
        self.edit_agency_action = self._action(_("Edit agency…"), lambda: self.edit_agency())
        self.delete_agency_action = self._action(_("Delete agency…"), lambda: self.delete_agency())
        file_menu.addAction(self.edit_agency_action)
        file_menu.addAction(self.delete_agency_action)
        file_menu.addAction(self._action(_("Open store…"), self.open_store, QKeySequence.StandardKey.Open))
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
        self.tabs.widget(index).show_year(self.agency_id, self.year)
        self._shown.add(index)

    def _tab_edited(self, origin: QWidget) -> None:
        """A tab saved something (or its edit was undone): the others show it when they are shown next."""
        self._shown = {self.tabs.indexOf(origin)}
        self._reload_years()
        if self.tabs.currentWidget() is not origin:  # undo pressed while another tab is in view
            self._refresh_current_tab()

    # --- years --------------------------------------------------------------------------------------------

    def add_year(self, year: int | None = None) -> int | None:
        """Add an assessment year to the agency (asked for unless given) and show it; undoable while it is empty."""
        if self.agency_id is None:
            return None
        agency_id, store = self.agency_id, self.store

        def add(chosen: int) -> None:
            push_edit(
                self.undo_stack,
                _("add year {year}").format(year=numerals.digits(chosen)),
                lambda: assessments.add_assessment_year(store, agency_id, chosen),
                lambda: assessments.remove_assessment_year(store, agency_id, chosen, expected_empty=True),
                lambda: self._after_year_edit(agency_id, chosen),
            )

        if year is None:
            dialog = AddYearDialog(assessments.assessment_years(store, agency_id), add, self)
            if not dialog.exec():
                return None
            return dialog.year
        try:
            add(year)
        except UserError as error:
            messages.warn(self, _("Add an assessment year"), error)
            return None
        return year

    def _after_year_edit(self, agency_id: int, year: int) -> None:
        if self.agency_id == agency_id:
            self._agency_changed(select_year=year)

    def delete_year(self, confirm: bool = True) -> Path | None:
        """Delete the year shown, after a question and a copy of the store in the backup folder."""
        if self.agency_id is None or self.year is None:
            return None
        year = self.year
        if year not in assessments.assessment_years(self.store, self.agency_id):
            return None
        question = _(
            "Delete the assessment of {year} of {agency}: its scores, official result and analyses? "
            "A plan made from it is kept. A copy of the store is put in the backup folder first; this cannot be "
            "undone in the window."
        ).format(year=numerals.digits(year), agency=self.agency_box.currentText())
        if (
            confirm
            and QMessageBox.question(self, _("Delete year"), question, defaultButton=QMessageBox.StandardButton.No)
            != QMessageBox.StandardButton.Yes
        ):
            return None
        self.analysis_tab.save_text()
        try:
            copy = assessments.delete_assessment_year(self.store, self.agency_id, year)
        except UserError as error:
            messages.warn(self, _("Delete year"), error)
            return None
        self.undo_stack.clear()  # what was undoable referred to the deleted year
        self._agency_changed()
        self.statusBar().showMessage(
            _("Deleted the assessment of {year}; the store before it is kept in {copy}").format(
                year=numerals.digits(year), copy=copy
            ),
            10000,
        )
        return copy

    def select(self, agency_id: int, year: int | None = None) -> None:
        index = self.agency_box.findData(agency_id)
        self.agency_box.blockSignals(True)
        self.agency_box.setCurrentIndex(index)
        self.agency_box.blockSignals(False)
        self._agency_changed(select_year=year)

    # --- actions -----------------------------------------------------------------------------------------

    def new_agency(self) -> int | None:
        """Create an agency in a dialog and show it; returns its id (None when the dialog was cancelled)."""
        dialog = NewAgencyDialog(self.store, self)
        if not dialog.exec() or dialog.agency_id is None:
            return None
        self.load_agencies(dialog.agency_id)
        return dialog.agency_id

    def edit_agency(self) -> bool:
        """Edit the agency shown (name, kind, place, signers, units); the window stays on the same agency and year."""
        from itadesk.ui.dialogs import EditAgencyDialog

        agency_id, year = self.agency_id, self.year
        if agency_id is None:
            return False
        self.analysis_tab.save_text()
        try:
            dialog = EditAgencyDialog(self.store, agency_id, self)
        except UserError as error:  # deleted meanwhile by another program
            messages.warn(self, _("Edit agency"), error)
            self.load_agencies()
            return False
        if not dialog.exec():
            return False
        self.load_agencies(agency_id)
        if year is not None and self.year != year:
            self.select(agency_id, year)
        saved = _("Saved the details of {agency}").format(agency=self.agency_box.currentText())
        self.statusBar().showMessage(saved, 8000)
        return True

    def delete_agency(self, confirm: bool = True) -> Path | None:
        """Delete the agency shown with all it holds, after a question and a copy of the store in the backup folder;
        returns the copy's path."""
        from itadesk.store.backup import backups_dir

        agency_id = self.agency_id
        if agency_id is None:
            return None
        agency = self.agency_box.currentText()
        held = agencies.agency_holdings(self.store, agency_id)
        years = ", ".join(numerals.digits(year) for year in held.assessment_years)
        question = _(
            "Delete {agency} with everything it holds: assessment results of {years} years{year_list}, {plans} "
            "plans with {measures} measures, and its list of responsible units?"
        ).format(
            agency=agency,
            years=numerals.digits(len(held.assessment_years)),
            year_list=f" ({years})" if years else "",
            plans=numerals.digits(held.plans),
            measures=numerals.digits(held.measures),
        )
        menu = _("&File").replace("&", "") + " → " + _("Restore from a backup…")
        warning = _(
            "A copy of the whole store is put in the backup folder first:\n{folder}\n\nDeleting cannot be undone "
            "with Undo, and the edits made before it can no longer be undone either. To get the agency back, "
            "restore that copy ({menu})."
        ).format(folder=backups_dir(self.store.path), menu=menu)
        if (
            confirm
            and QMessageBox.question(
                self, _("Delete agency"), question + "\n\n" + warning, defaultButton=QMessageBox.StandardButton.No
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        self.analysis_tab.save_text()
        try:
            backup = agencies.delete_agency(self.store, agency_id)
        except UserError as error:
            messages.warn(self, _("Delete agency"), error)
            return None
        self.undo_stack.clear()  # what was undoable may refer to the deleted agency
        self.load_agencies()
        self.statusBar().showMessage(
            _("Deleted {agency}; a copy of the store as it was before is kept in {backup}").format(
                agency=agency, backup=backup
            ),
            15000,
        )
        return backup

    def open_sample(self) -> None:
        from itadesk.services.errors import AlreadyExistsError
        from itadesk.services.sample import load_sample, sample_document

        try:
            agency_id = load_sample(self.store).id
        except AlreadyExistsError:
            agency_id = agencies.find_agency(self.store, sample_document().agency.name).id
        except UserError as error:  # a store open read only
            messages.warn(self, _("Open the sample agency"), error)
            return
        self.load_agencies(agency_id)

    def open_store(self, path: str | None = None, read_only: bool | None = None) -> bool:
        """Open another store in place of this one; True when one was opened.

        A store open in another window is opened read only if the user says so (`read_only` answers for them).
        """
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, _("Open store"), str(self.store.path.parent), _("ITA Desk store (*.sqlite3);;All files (*)")
            )
        if not path:
            return False
        from itadesk.store import StoreError
        from itadesk.ui.store_opening import open_for_window

        chosen = Path(path)
        try:
            same = chosen.exists() and chosen.samefile(self.store.path)
        except OSError:
            same = False
        if same and not self.store.read_only:  # already open here, for writing
            remember_store(self.settings, chosen)
            return True
        try:
            store = open_for_window(chosen, self, read_only=read_only)
        except StoreError as error:
            messages.fail(self, _("Open store"), error)
            return False
        if store is None:
            return False
        remember_store(self.settings, chosen)
        self._replace_store(store)
        return True

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
            messages.warn(self, _("Back up now"), error)
            return None
        self.statusBar().showMessage(_("Backed up {path} to {backup}").format(path=self.store.path, backup=made), 8000)
        return made

    def restore_from_backup(self, path: str | None = None, confirm: bool = True) -> bool:
        """Put a backup in place of the store (a copy of the store is kept first) and show it.

        The window keeps the store's lock throughout, so no other window opens the store while it is replaced; a
        window that has the store read only (another window has it open) is refused.
        """
        from itadesk.store import StoreError, open_store
        from itadesk.store.backup import backups_dir
        from itadesk.store.database import check_store_file, restore_backup

        if self.store.read_only:
            QMessageBox.warning(
                self,
                _("Restore from a backup"),
                _(
                    "This store is open read only, because another ITA Desk window has it open; restore the backup "
                    "from that window."
                ),
            )
            return False
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
            messages.warn(self, _("Restore from a backup"), error)
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
        lock = self.store.detach_lock()  # still held: it goes to the store opened again after the restore
        self.store.close()
        try:
            restore_backup(store_path, Path(path), lock=lock)
            store = open_store(store_path, lock=lock)
        except StoreError as error:
            messages.fail(self, _("Restore from a backup"), error)
            store = open_store(store_path, lock=lock)
        self._replace_store(store)
        return True

    def _replace_store(self, store: Store) -> None:
        """Show store in a new window and close this one; this window's store is closed, which gives its lock back
        (the new store holds its own, or this one's after a restore)."""
        old = self.store
        window = MainWindow(store, self.settings)
        window.show()
        self._successor = window
        self.close()
        if old is not store:
            old.close()

    def _report_bytes(self) -> bytes | None:
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.report.exporter import render_report
        from itadesk.services.report_data import report_data

        try:
            return render_report(report_data(self.store, self.agency_id, self.year))
        except UserError as error:
            messages.warn(self, _("Report"), error)
            return None

    def export_pdf(
        self,
        path: str | None = None,
        *,
        text_errors: file_actions.TextErrorsAnswer | None = None,
        show_saved: bool | None = None,
    ) -> Path | None:
        """The report as PDF; see _export_report for text_errors and show_saved."""
        return self._export_report("pdf", _("Export PDF"), "PDF (*.pdf)", path, text_errors, show_saved)

    def export_docx(
        self,
        path: str | None = None,
        *,
        text_errors: file_actions.TextErrorsAnswer | None = None,
        show_saved: bool | None = None,
    ) -> Path | None:
        """The report as a Word file, to edit before printing."""
        return self._export_report("docx", _("Export Word file"), "Word (*.docx)", path, text_errors, show_saved)

    def _export_report(
        self,
        kind: ReportFormat,
        title: str,
        file_filter: str,
        path: str | None,
        text_errors: file_actions.TextErrorsAnswer | None = None,
        show_saved: bool | None = None,
    ) -> Path | None:
        """Write the year's report; the file written, or None.

        When the year's texts have errors the user is asked first (Review, Export anyway, Cancel) if the file is
        to be chosen; text_errors gives the answer instead. show_saved: the "file saved" message with buttons to
        open the file or its folder, by default when the file was chosen in the dialog.
        """
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.services.export import export_report
        from itadesk.services.file_names import report_file_name

        chosen = not path
        self.analysis_tab.save_text()  # the text being typed is part of the report and of the check
        answer = file_actions.before_report_export(
            self, self.store, self.agency_id, self.year, title, text_errors, ask=chosen
        )
        if answer is file_actions.TextErrorsAnswer.REVIEW:
            self.tabs.setCurrentWidget(self.analysis_tab)
            return None
        if answer is file_actions.TextErrorsAnswer.CANCEL:
            return None
        if chosen:
            name = report_file_name(self.agency_box.currentText(), self.year, kind)
            target, _filter = file_actions.ask_save_path(self, self.settings, title, name, file_filter)
        else:
            target = Path(path)
        if target is None:
            return None
        try:
            export_report(self.store, self.agency_id, self.year, target, kind)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        file_actions.announce_saved(self, self.settings, title, target, chosen if show_saved is None else show_saved)
        return target

    def export_progress(
        self, path: str | None = None, as_of: date | None = None, *, show_saved: bool | None = None
    ) -> Path | None:
        """The progress report of the plan the plan tab shows (the assessment year's next), as of a day asked for."""
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.services.file_names import progress_file_name
        from itadesk.services.progress import progress_data, require_plan, write_progress_pdf

        plan_year = self.year + 1
        title = _("Export progress report")
        try:
            require_plan(self.store, self.agency_id, plan_year)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        if as_of is None:
            dialog = ProgressReportDialog(self.agency_box.currentText(), plan_year, self)
            if not dialog.exec():
                return None
            as_of = dialog.as_of()
        chosen = not path
        if chosen:
            name = progress_file_name(self.agency_box.currentText(), plan_year)
            target, _filter = file_actions.ask_save_path(self, self.settings, title, name, "PDF (*.pdf)")
        else:
            target = Path(path)
        if target is None:
            return None
        try:
            write_progress_pdf(progress_data(self.store, self.agency_id, plan_year, as_of), target)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        file_actions.announce_saved(self, self.settings, title, target, chosen if show_saved is None else show_saved)
        return target

    def import_agencies(self, paths: list[str] | None = None, show: bool | None = None) -> str:
        """Add the agencies of JSON or Excel files made by Export agency, each file all or nothing; the summary.

        show: the summary in a message, by default when the files were chosen in the dialog.
        """
        title = _("Import agency")
        chosen = not paths
        if chosen:
            paths = file_actions.ask_open_paths(
                self, self.settings, title, _("Agency files (*.json *.xlsx);;JSON (*.json);;Excel (*.xlsx)")
            )
        if not paths:
            return ""
        self.analysis_tab.save_text()
        outcomes = file_actions.import_files(self.store, list(paths))
        added = [outcome.agency_id for outcome in outcomes if outcome.agency_id is not None]
        if added:
            self.load_agencies(added[0])
        if chosen if show is None else show:
            file_actions.show_import_summary(self, title, outcomes)
        return file_actions.import_summary(outcomes)

    def export_agency(self, path: str | None = None, *, show_saved: bool | None = None) -> Path | None:
        """The whole agency (every year and plan) as JSON or Excel, to import elsewhere: the file written, or None.

        The dialog's filter decides the format (JSON unless Excel is chosen); a path given decides by its suffix.
        """
        if self.agency_id is None:
            return None
        from itadesk.services.exporting import agency_document, write_json
        from itadesk.services.file_names import agency_file_name, with_format_suffix
        from itadesk.services.xlsx import write_xlsx

        title = _("Export agency")
        excel = "Excel (*.xlsx)"
        chosen = not path
        if chosen:
            years = assessments.assessment_years(self.store, self.agency_id)
            name = agency_file_name(self.agency_box.currentText(), years[-1] if years else self.year, "json")
            picked, file_filter = file_actions.ask_save_path(
                self, self.settings, title, name, f"JSON (*.json);;{excel}"
            )
            if picked is None:
                return None
            kind = "xlsx" if file_filter == excel else "json"
            target = with_format_suffix(picked, kind)
        else:
            target = Path(path)
            kind = "xlsx" if target.suffix.lower() == ".xlsx" else "json"
        self.analysis_tab.save_text()
        try:
            document = agency_document(self.store, self.agency_id)
            (write_xlsx if kind == "xlsx" else write_json)(document, target)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        file_actions.announce_saved(self, self.settings, title, target, chosen if show_saved is None else show_saved)
        return target

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
        fit_window(dialog, QSize(1000, 800))
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
