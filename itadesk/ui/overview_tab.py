"""The overview tab: every agency of the store in one assessment year, at a glance — filtered by district, province
and kind, sorted by any column; an agency opens with a double click or Enter. From here the district summary is
exported (PDF or Excel), and the reports of the agencies shown or selected, one file each."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.overview import OverviewFilter, OverviewRow, choices, filter_rows
from itadesk.errors import UserError
from itadesk.i18n import _, th
from itadesk.services.batch_export import BatchExport, items_of
from itadesk.services.file_names import safe_file_name
from itadesk.services.overview import (
    Overview,
    data_version,
    overview,
    overview_years,
    summary_of,
    write_district_file,
)
from itadesk.services.rules import years_with_rules
from itadesk.store import Store
from itadesk.thai.text import display_width
from itadesk.ui import file_actions, messages, numerals
from itadesk.ui.batch_dialog import BatchRun, show_outcome
from itadesk.ui.overview_model import AGENCY_ID_ROLE, OverviewModel, cell_text
from itadesk.ui.progress_dialog import long_date
from itadesk.ui.settings import user_settings


class OverviewTable(QTableView):
    """The table; Enter opens the agency of the current row, as a double click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 - Qt's name
        """The width the column's widest cell needs, as Qt's own would find it, but only the cells whose texts
        could be the widest are measured: measuring every cell of some hundred agencies takes a noticeable moment.
        """
        model = self.model()
        if not isinstance(model, OverviewModel) or not model.rowCount() or not 0 <= column < len(model.columns):
            return super().sizeHintForColumn(column)
        shown = model.columns[column]
        first_row: dict[str, int] = {}
        for number, row in enumerate(model.rows()):
            first_row.setdefault(cell_text(row, shown), number)
        columns = {text: display_width(text) for text in first_row}
        longest = max(columns.values())
        metrics = QFontMetricsF(self.font())
        advances = {text: metrics.horizontalAdvance(text) for text, n in columns.items() if n >= longest * _LIKELY}
        widest = max(advances.values())
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        cells = [model.index(first_row[t], column) for t, advance in advances.items() if advance >= widest - _SLACK]
        hint = max(self.itemDelegateForIndex(cell).sizeHint(option, cell).width() for cell in cells)
        return hint + 1 if self.showGrid() else hint


_LIKELY = 0.8  # a text with fewer columns than this share of the longest one's is narrower than it
_SLACK = 1.0  # pixels: the delegate's width of a text is its advance rounded up, within a pixel of each other


class OverviewTab(QWidget):
    edited = Signal()  # part of every tab's contract; this tab only reads
    open_agency = Signal(int, int)  # agency number, assessment year

    def __init__(
        self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._year_chosen = False  # the user picked a year here: the window's year no longer leads
        self._overview: Overview | None = None
        self._read: tuple[object, ...] | None = None  # the year, day and data version of the rows shown
        self.as_of: date | None = None  # the day the plans' progress is counted at: today unless set
        self.run: BatchRun | None = None

        self.year_combo = QComboBox()
        self.district_combo = QComboBox()
        self.province_combo = QComboBox()
        self.kind_combo = QComboBox()
        filters = QHBoxLayout()
        year_label = QLabel(_("Assessment year"))
        year_label.setBuddy(self.year_combo)
        filters.addWidget(year_label)
        for combo, tip in (
            (self.year_combo, _("Assessment year")),
            (self.district_combo, _("District")),
            (self.province_combo, _("Province")),
            (self.kind_combo, _("Kind")),
        ):
            # a long kind or place name does not widen the window: the list shows it whole when opened
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5 if combo is self.year_combo else 9)
            combo.setToolTip(tip)
            combo.setAccessibleName(tip)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.summary_button = QPushButton(_("Export summary…"))
        self.summary_button.setToolTip(_("The district summary of the agencies shown, as PDF or Excel"))
        self.summary_button.clicked.connect(lambda: self.export_summary())
        self.reports_button = QPushButton(_("Export reports…"))
        self.reports_menu = QMenu(self.reports_button)
        self.selected_action = self.reports_menu.addAction("")
        self.selected_action.triggered.connect(lambda: self.export_reports(selected_only=True))
        self.shown_action = self.reports_menu.addAction("")
        self.shown_action.triggered.connect(lambda: self.export_reports())
        self.reports_menu.addSeparator()
        self.progress_action = self.reports_menu.addAction(_("with progress reports (O26)"))
        self.progress_action.setCheckable(True)
        self.progress_action.setToolTip(
            _("Also each agency's progress report on its plan for the next fiscal year, as of today")
        )
        self.reports_menu.aboutToShow.connect(self._name_report_actions)
        self.reports_button.setMenu(self.reports_menu)
        exports = QHBoxLayout()
        exports.addWidget(self.summary_button)
        exports.addWidget(self.reports_button)
        exports.addStretch(1)

        self.model = OverviewModel(self)
        self.table = OverviewTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # columns fit their contents when rows are set (_show), not again at every sort
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.open_requested.connect(self._open)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(exports)

        self.year_combo.currentIndexChanged.connect(self._year_picked)
        for combo in (self.district_combo, self.province_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._apply_filter)

    # --- what the window calls ----------------------------------------------------------------------------

    @property
    def year(self) -> int | None:
        return self.year_combo.currentData()

    def show_year(self, agency_id: int | None, year: int | None) -> None:
        """Brought up to date; the window's year until the user picks one here, the window's agency selected.

        The rows are read again only when the year or the day shown changed, or the store changed since they were
        read (here or on another PC): switching agency elsewhere and coming back only selects the agency."""
        self.model.wrap_headers()
        self._fill_years(self.year if self._year_chosen else year)
        version = self._store_version()
        if version is None or self._read != (self.year, self._day(), version):
            self._reload(version)
        row = self.model.row_of(agency_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def reload(self) -> None:
        """Read every agency's row of the year again, keeping the filters chosen."""
        self._reload(self._store_version())

    def _reload(self, version: tuple[object, ...] | None) -> None:
        """version: the store's data version for the year, read before the rows (so that a change made meanwhile
        is read at the next showing)."""
        year = self.year
        self._read = (year, self._day(), version) if version is not None else None
        if year is None:
            self._overview = None
            self._show([])
            return
        try:
            self._overview = overview(self._store, year, self.as_of)
        except UserError as error:
            self._overview = None
            self._read = None
            self._show([])
            self.status.setText(numerals.message(str(error)))
            return
        self._fill_filters()
        self._apply_filter()

    def _day(self) -> date:
        return self.as_of or date.today()

    def _store_version(self) -> tuple[object, ...] | None:
        """The store's data version for the year shown; None when there is none or it cannot be read (the rows are
        then read, and say why)."""
        if self.year is None:
            return None
        try:
            return data_version(self._store, self.year)
        except UserError:
            return None

    def filter(self) -> OverviewFilter:
        return OverviewFilter(
            self.district_combo.currentData() or "",
            self.province_combo.currentData() or "",
            self.kind_combo.currentData() or "",
        )

    def shown_rows(self) -> list[OverviewRow]:
        """The rows in the table, in its order."""
        return self.model.rows()

    def selected_rows(self) -> list[OverviewRow]:
        chosen = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in chosen]

    # --- years and filters --------------------------------------------------------------------------------

    def _fill_years(self, wanted: int | None) -> None:
        years = sorted(set(overview_years(self._store)) | ({wanted} if wanted else set()))
        with_rules = set(years_with_rules())
        years = [year for year in years if year in with_rules] or years
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(numerals.digits(year), year)
        index = self.year_combo.findData(wanted)
        self.year_combo.setCurrentIndex(index if index >= 0 else self.year_combo.count() - 1)
        self.year_combo.blockSignals(False)

    def _year_picked(self, *_args: object) -> None:
        self._year_chosen = True
        self.reload()

    def _fill_filters(self) -> None:
        found = choices(self._overview.rows if self._overview else [])
        for combo, name, everything in (
            (self.district_combo, "district", _("Every district")),
            (self.province_combo, "province", _("Every province")),
            (self.kind_combo, "kind", _("Every kind")),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in found[name]:
                combo.addItem(value, value)
            index = combo.findData(kept)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _apply_filter(self, *_args: object) -> None:
        rows = filter_rows(self._overview.rows, self.filter()) if self._overview else []
        self._show(rows)

    def _show(self, rows: list[OverviewRow]) -> None:
        codes = self._overview.tool_codes if self._overview else ("IIT", "EIT", "OIT")
        current = self.table.currentIndex().data(AGENCY_ID_ROLE) if self.table.currentIndex().isValid() else None
        self.model.set_rows(rows, codes)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.resizeColumnsToContents()
        self.summary_button.setEnabled(bool(rows))
        self.reports_button.setEnabled(bool(rows))
        self.status.setText(self._status_text(rows))

    def _status_text(self, rows: list[OverviewRow]) -> str:
        if self._overview is None:
            return ""
        total = len(self._overview.rows)
        text = _("{shown} of {total} agencies; plans as of {date}. Double-click or press Enter to open an agency.")
        return numerals.message(text.format(shown=len(rows), total=total, date=long_date(self._overview.as_of)))

    # --- opening an agency --------------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or self.year is None:
            return
        agency_id = self.model.row_at(index.row()).agency.id
        if agency_id is not None:
            self.open_agency.emit(agency_id, self.year)

    # --- exports ------------------------------------------------------------------------------------------

    def _settings_or_user(self) -> QSettings:
        return self._settings if self._settings is not None else user_settings()

    def summary_name(self, kind: str) -> str:
        """ITA-2568-สรุป-อำเภอท่าบ่อ.pdf: the year and the area chosen."""
        wanted = self.filter()
        area = [
            th("District {name}").format(name=wanted.district) if wanted.district else "",
            th("Province {name}").format(name=wanted.province) if wanted.province else "",
            wanted.kind,
        ]
        place = " ".join(part for part in area if part)
        parts = ["ITA", str(self.year), th("summary"), place]
        return "-".join(safe_file_name(part) for part in parts if part) + f".{kind}"

    def export_summary(self, path: str | None = None, *, show_saved: bool | None = None) -> Path | None:
        """The district summary of the rows shown (the filters chosen) as PDF or Excel; the file written, or None."""
        if self._overview is None or not self.model.rowCount():
            return None
        title = _("Export summary")
        chosen = not path
        if chosen:
            excel = "Excel (*.xlsx)"
            picked, file_filter = file_actions.ask_save_path(
                self, self._settings_or_user(), title, self.summary_name("pdf"), f"PDF (*.pdf);;{excel}"
            )
            if picked is None:
                return None
            kind = ".xlsx" if file_filter == excel else ".pdf"
            target = picked if picked.suffix.lower() in (".pdf", ".xlsx") else picked.with_name(picked.name + kind)
        else:
            target = Path(path)
        made = Overview(
            self._overview.fiscal_year, self._overview.as_of, self._overview.framework, tuple(self.shown_rows())
        )
        try:
            write_district_file(summary_of(made, self.filter()), target)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        file_actions.announce_saved(
            self.window(), self._settings_or_user(), title, target, chosen if show_saved is None else show_saved
        )
        return target

    def _name_report_actions(self) -> None:
        selected, shown = len(self.selected_rows()), self.model.rowCount()
        self.selected_action.setText(_("The selected agencies ({count})…").format(count=numerals.digits(selected)))
        self.selected_action.setEnabled(bool(selected))
        self.shown_action.setText(_("Every agency shown ({count})…").format(count=numerals.digits(shown)))

    def export_reports(
        self,
        folder: str | None = None,
        *,
        selected_only: bool = False,
        progress: bool | None = None,
        show_outcome_box: bool | None = None,
        workers: int | None = None,
    ) -> BatchRun | None:
        """The O25 report (and the progress report, if asked) of each agency shown, or selected, into a folder, one
        file each; the run, whose finished signal says what was written. The folder is asked for unless given."""
        if self.year is None:
            return None
        rows = self.selected_rows() if selected_only else self.shown_rows()
        if not rows:
            return None
        title = _("Export reports")
        chosen = not folder
        if chosen:
            settings = self._settings_or_user()
            picked = QFileDialog.getExistingDirectory(self, title, str(file_actions.offered_folder(settings)))
            if not picked:
                return None
            folder = picked
            settings.setValue(file_actions.FOLDER_KEY, picked)
        target = Path(folder)
        with_progress = self.progress_action.isChecked() if progress is None else progress
        batch = BatchExport(
            self._store, self.year, items_of(rows), target, progress=with_progress, as_of=self.as_of, workers=workers
        )
        self.run = BatchRun(batch, self, title)
        if chosen if show_outcome_box is None else show_outcome_box:
            self.run.finished.connect(lambda outcome: show_outcome(self, title, outcome, target))
        self.run.start()
        return self.run
