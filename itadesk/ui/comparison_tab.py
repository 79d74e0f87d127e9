"""The comparison tab: two assessment years of an agency side by side, a chart, and the later year's findings."""

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.comparison import Change, Comparison, ScoreChange
from itadesk.domain.findings import Finding, Severity
from itadesk.i18n import _
from itadesk.services.assessments import assessment_years, year_summary
from itadesk.store import Store
from itadesk.ui import numerals
from itadesk.ui.score_chart import ScoreChart, year_label

COL_ITEM, COL_EARLIER, COL_LATER, COL_DIFFERENCE, COL_CHANGE = range(5)
COLUMN_COUNT = 5
CHANGE_ROLE = Qt.ItemDataRole.UserRole  # the row's Change, for code that must not parse the shown text
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

UP_COLOUR = QColor("#1b7a3a")
DOWN_COLOUR = QColor("#b3261e")
_NO_VALUE = "–"

_Index = QModelIndex | QPersistentModelIndex


class RowKind(Enum):
    TOOL = "tool"
    INDICATOR = "indicator"
    OVERALL = "overall"
    LEVEL = "level"


@dataclass(frozen=True)
class ComparisonRow:
    kind: RowKind
    label: str
    earlier: str
    later: str
    difference: str
    change: Change
    tooltip: str = ""


def _score(value: Decimal | None) -> str:
    return _NO_VALUE if value is None else numerals.number(value)


def _score_row(kind: RowKind, label: str, scores: ScoreChange, tooltip: str = "") -> ComparisonRow:
    difference = scores.difference
    return ComparisonRow(
        kind,
        label,
        _score(scores.previous),
        _score(scores.current),
        _NO_VALUE if difference is None else numerals.signed(difference),
        scores.change,
        tooltip,
    )


def comparison_rows(comparison: Comparison) -> list[ComparisonRow]:
    """Each tool followed by its indicators, then the overall score and the level."""
    rows = []
    for tool in comparison.tools:
        weight = numerals.digits(f"{tool.tool.weight * 100:.0f}")
        rows.append(
            _score_row(
                RowKind.TOOL,
                f"{tool.tool.code} {tool.tool.name_th}",
                tool.scores,
                _("{tool} score (weight {percent}%)").format(tool=tool.tool.code, percent=weight),
            )
        )
        for item in comparison.indicators:
            if item.indicator.tool == tool.tool.code:
                label = _("Indicator {number} {name}").format(
                    number=numerals.digits(item.indicator.number), name=item.indicator.name_th
                )
                rows.append(_score_row(RowKind.INDICATOR, label, item.scores, label))
    rows.append(_score_row(RowKind.OVERALL, _("Overall score"), comparison.overall))
    level = comparison.level
    before, after = level.previous or _NO_VALUE, level.current or _NO_VALUE
    rows.append(ComparisonRow(RowKind.LEVEL, _("Level"), before, after, "", level.change))
    return rows


class ComparisonModel(QAbstractTableModel):
    """Read-only rows of one comparison; the years head the score columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ComparisonRow] = []
        self._years: tuple[int, int] | None = None
        # What each cell answers for each role, made once per comparison: the table sizes its rows and columns to
        # their contents, which asks every cell for every role many times over at each refresh.
        self._cells: list[list[dict[int, object]]] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self._rows, self._years = [], None
        else:
            self._rows = comparison_rows(comparison)
            self._years = (comparison.previous.figures.fiscal_year, comparison.current.figures.fiscal_year)
        bold = QFont(QGuiApplication.font())
        bold.setBold(True)
        tint = QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase)
        self._cells = [[self._roles(row, column, bold, tint) for column in range(COLUMN_COUNT)] for row in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> ComparisonRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_ITEM:
            return _("Item")
        if section in (COL_EARLIER, COL_LATER):
            if self._years is None:
                return _("Earlier year") if section == COL_EARLIER else _("Later year")
            return year_label(self._years[0 if section == COL_EARLIER else 1])
        if section == COL_DIFFERENCE:
            return _("Difference")
        if section == COL_CHANGE:
            return _("Change")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._cells):
            return None
        return self._cells[row][index.column()].get(role)

    @classmethod
    def _roles(cls, row: ComparisonRow, column: int, bold: QFont, tint: object) -> dict[int, object]:
        """What one cell shows: its text, tip, alignment, colours and font, and its change and kind for tests."""
        roles: dict[int, object] = {Qt.ItemDataRole.DisplayRole: cls._text(row, column)}
        if column == COL_ITEM and row.tooltip:
            roles[Qt.ItemDataRole.ToolTipRole] = row.tooltip
        if column in (COL_EARLIER, COL_LATER, COL_DIFFERENCE) and row.kind is not RowKind.LEVEL:
            alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elif column in (COL_EARLIER, COL_LATER):
            alignment = Qt.AlignmentFlag.AlignCenter
        else:
            alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        roles[Qt.ItemDataRole.TextAlignmentRole] = int(alignment)
        if column in (COL_DIFFERENCE, COL_CHANGE):
            colour = {Change.UP: UP_COLOUR, Change.DOWN: DOWN_COLOUR}.get(row.change)
            if colour is not None:
                roles[Qt.ItemDataRole.ForegroundRole] = colour
        if row.kind is not RowKind.INDICATOR:
            roles[Qt.ItemDataRole.FontRole] = bold
            # The palette's own tint, so the summary rows stay readable under a dark theme too.
            roles[Qt.ItemDataRole.BackgroundRole] = tint
        roles[CHANGE_ROLE] = row.change
        roles[KIND_ROLE] = row.kind
        return {int(role): value for role, value in roles.items()}

    @staticmethod
    def _text(row: ComparisonRow, column: int) -> str:
        if column == COL_ITEM:
            return row.label
        if column == COL_EARLIER:
            return row.earlier
        if column == COL_LATER:
            return row.later
        if column == COL_DIFFERENCE:
            return row.difference
        return f"{row.change.arrow} {row.change.label}"


_SEVERITY_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.NOTE: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def finding_text(finding: Finding) -> str:
    return f"{finding.severity.label}: {numerals.message(finding.message)}"


class ComparisonTab(QWidget):
    """Compares the selected year with an earlier one; both years can be changed in the tab."""

    edited = Signal()  # part of every tab's contract; this tab only reads

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo_stack = undo_stack
        self._agency_id: int | None = None
        self._later: int | None = None
        self._earlier: int | None = None  # None: the closest year before the later one

        self.earlier_label = QLabel()
        self.earlier_combo = QComboBox()
        self.later_label = QLabel()
        self.later_combo = QComboBox()
        for label, combo in ((self.earlier_label, self.earlier_combo), (self.later_label, self.later_combo)):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.earlier_combo.currentIndexChanged.connect(self._earlier_chosen)
        self.later_combo.currentIndexChanged.connect(self._later_chosen)

        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move within it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)

        self.chart_title = QLabel()
        self.chart_title.setWordWrap(True)
        self.chart = ScoreChart()
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        compared = QSplitter(Qt.Orientation.Horizontal)
        compared.setChildrenCollapsible(False)
        compared.addWidget(self.table)
        compared.addWidget(chart_box)
        compared.setStretchFactor(0, 3)
        compared.setStretchFactor(1, 2)
        compared.setSizes([600, 400])  # a ratio: the table's names need more room than the chart
        self.stack = QStackedWidget()
        self.stack.addWidget(compared)
        self.stack.addWidget(self.message)

        self.findings_title = QLabel()
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped lines re-flow when the width changes
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings_title.setBuddy(self.findings)
        findings_box = QWidget()
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addWidget(self.findings_title)
        findings_layout.addWidget(self.findings, 1)
        self._findings_box = findings_box

        years = QHBoxLayout()
        years.addWidget(self.earlier_label)
        years.addWidget(self.earlier_combo)
        years.addSpacing(16)
        years.addWidget(self.later_label)
        years.addWidget(self.later_combo)
        years.addStretch(1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.addWidget(self.stack)
        body.addWidget(findings_box)
        body.setStretchFactor(0, 4)
        body.setStretchFactor(1, 1)
        body.setSizes([600, 150])
        layout = QVBoxLayout(self)
        layout.addLayout(years)
        layout.addWidget(body, 1)

        self.refresh()

    def show_year(self, agency_id: int | None, year: int | None) -> None:
        """Compare the main window's agency and year with the closest earlier year."""
        self._agency_id = agency_id
        self._later = year
        self._earlier = None
        self.refresh()

    def refresh(self) -> None:
        self._retranslate()
        years = assessment_years(self._store, self._agency_id) if self._agency_id is not None else []
        if self._later is None and years:
            self._later = years[-1]
        later = self._later if self._later in years else None
        earlier = self._earlier_for(years, later)
        self._fill_combos(years, earlier, later)
        self._show(years, earlier, later)

    def compared_years(self) -> tuple[int | None, int | None]:
        """The (earlier, later) years shown, None where there is none."""
        return self.earlier_combo.currentData(), self.later_combo.currentData()

    def _earlier_for(self, years: list[int], later: int | None) -> int | None:
        if later is None:
            return None
        before = [y for y in years if y < later]
        if self._earlier in before:
            return self._earlier
        return before[-1] if before else None

    def _fill_combos(self, years: list[int], earlier: int | None, later: int | None) -> None:
        # Filled without signals: only the user's choices should change the selection.
        with QSignalBlocker(self.earlier_combo), QSignalBlocker(self.later_combo):
            self.later_combo.clear()
            for year in years:
                self.later_combo.addItem(year_label(year), year)
            self.later_combo.setCurrentIndex(self.later_combo.findData(later) if later is not None else -1)
            self.earlier_combo.clear()
            for year in years:
                if later is not None and year < later:
                    self.earlier_combo.addItem(year_label(year), year)
            self.earlier_combo.setCurrentIndex(self.earlier_combo.findData(earlier) if earlier is not None else -1)
        self.later_combo.setEnabled(bool(years))
        self.earlier_combo.setEnabled(self.earlier_combo.count() > 0)

    def _later_chosen(self, index: int) -> None:
        if index >= 0:
            self._later = self.later_combo.itemData(index)
            self.refresh()

    def _earlier_chosen(self, index: int) -> None:
        if index >= 0:
            self._earlier = self.earlier_combo.itemData(index)
            self.refresh()

    def _show(self, years: list[int], earlier: int | None, later: int | None) -> None:
        if self._agency_id is None or later is None:
            self._set_comparison(None)
            self._show_findings(None, [])
            self._show_message(self._no_year_message(years))
            return
        summary = year_summary(self._store, self._agency_id, later, compared_with=earlier)
        self._set_comparison(summary.comparison)
        self._show_findings(later, summary.findings)
        if summary.comparison is None:
            self._show_message(
                _(
                    "There is no assessment before fiscal year B.E. {year} to compare it with. Type the scores of "
                    "B.E. {previous} in its column on the Indicators tab, or add an earlier year with Edit → Add "
                    "year…; or choose another year above."
                ).format(year=numerals.digits(later), previous=numerals.digits(later - 1))
            )
        else:
            self.stack.setCurrentIndex(0)

    def _no_year_message(self, years: list[int]) -> str:
        if self._agency_id is None:
            return _("Choose an agency to compare its assessment years.")
        if not years:
            return _("This agency has no assessment yet. Enter the scores of a year to compare it with other years.")
        return _("There are no scores for fiscal year B.E. {year} yet. Choose a year above to compare.").format(
            year=numerals.digits(self._later)
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(numerals.message(text))
        self.stack.setCurrentIndex(1)

    def _set_comparison(self, comparison: Comparison | None) -> None:
        self.model.set_comparison(comparison)
        self.chart.set_comparison(comparison)
        if comparison is not None:
            self.chart_title.setText(self.chart.accessibleName())

    def _show_findings(self, year: int | None, findings: list[Finding]) -> None:
        self.findings.clear()
        self._findings_box.setVisible(year is not None)
        if year is None:
            return
        self.findings_title.setText(_("Findings, fiscal year B.E. {year}").format(year=numerals.digits(year)))
        if not findings:
            self.findings.addItem(_("No findings: the figures are complete and consistent."))
        # The domain lists errors first, then warnings, then notes.
        for finding in findings:
            icon = self.style().standardIcon(_SEVERITY_ICONS[finding.severity])
            item = QListWidgetItem(icon, finding_text(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.severity)
            self.findings.addItem(item)

    def _retranslate(self) -> None:
        self.earlier_label.setText(_("Earlier year"))
        self.later_label.setText(_("Later year"))
        self.earlier_combo.setPlaceholderText(_("none"))
        self.later_combo.setPlaceholderText(_("none"))
