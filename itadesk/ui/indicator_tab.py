"""The indicator tab: the year's scores, the official result, and what the program computes beside them."""

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.findings import Finding, Severity, check_assessment
from itadesk.domain.scores import ScoreError, parse_score
from itadesk.domain.scoring import AssessmentFigures, AssessmentResult, evaluate
from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services import assessments
from itadesk.services.rules import framework, years_with_rules
from itadesk.store import Store
from itadesk.ui import numerals
from itadesk.ui.commands import push_edit
from itadesk.ui.indicator_model import COL_SCORE, IndicatorModel
from itadesk.ui.score_table import ScoreTable

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
ERROR_STYLE = f"color: {ERROR_COLOUR};"


def _text(value: Decimal | None) -> str:
    return "–" if value is None else numerals.number(value)


class IndicatorTab(QWidget):
    edited = Signal()

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo_stack
        self._agency_id: int | None = None
        self._year: int | None = None
        self._figures: AssessmentFigures | None = None
        self._previous: dict[int, Decimal] = {}

        self.model = IndicatorModel()
        self.model.score_entered.connect(self._save_score)
        self.model.refused.connect(self.show_refusal)
        self.table = ScoreTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(True)
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste_scores)

        self.message = QLabel()  # under the table: a refused value is said beside where it was typed
        self.message.setObjectName("refusal")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)

        self.official_overall = QLineEdit()
        self.official_overall.setPlaceholderText(numerals.message(_("as published, e.g. 98.27")))
        self.official_overall.editingFinished.connect(self._save_official)
        self.official_level = QComboBox()
        self.official_level.activated.connect(lambda _index: self._save_official())
        official = QGroupBox(_("Official result (as the NACC published it)"))
        form = QFormLayout(official)
        form.addRow(_("Overall score"), self.official_overall)
        form.addRow(_("Level"), self.official_level)

        self.computed = QLabel()
        self.computed.setWordWrap(True)
        self.computed.setTextFormat(Qt.TextFormat.RichText)
        self.computed.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        computed = QGroupBox(_("Computed by the program"))
        QVBoxLayout(computed).addWidget(self.computed)

        side = QVBoxLayout()
        side.addWidget(official)
        side.addWidget(computed, 1)
        scores = QVBoxLayout()
        scores.addWidget(self.table, 1)
        scores.addWidget(self.message)
        body = QHBoxLayout()
        body.addLayout(scores, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        hint = QLabel(
            _(
                "Type each indicator's score and press Enter to go to the next; Tab goes to the year before. "
                "Paste a column of ten numbers from a spreadsheet with Ctrl+V."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(body, 1)

    # --- showing -------------------------------------------------------------------------------------------

    def show_year(self, agency_id: int | None, year: int | None) -> None:
        self._agency_id, self._year = agency_id, year
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        if self._agency_id is None or self._year is None:
            self.model.show(None, 0, {}, {})
            self.setEnabled(False)
            return
        self.setEnabled(True)
        figures = assessments.load_figures(self._store, self._agency_id, self._year)
        previous = assessments.load_figures(self._store, self._agency_id, self._year - 1)
        try:
            rules = figures.framework if figures else framework(self._year)
        except UserError as error:  # a year without rules: nothing of another year stays on screen
            self.model.show(None, self._year, {}, {})
            self._figures = None
            self.official_overall.clear()
            self.official_level.clear()
            self.computed.clear()
            self.show_refusal(str(error))
            return
        if figures is None:
            figures = AssessmentFigures(fiscal_year=self._year, framework=rules)
        self._figures = figures
        self._previous = previous.indicator_scores if previous else {}
        self.model.show(
            rules,
            self._year,
            dict(figures.indicator_scores),
            dict(self._previous),
            previous_editable=self._year - 1 in years_with_rules(),
        )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if not self.table.currentIndex().isValid():  # a year just shown: ready to type its first score
            self.table.setCurrentIndex(self.model.index(0, COL_SCORE))
        self._show_official(figures)
        self._show_computed(figures)

    def _show_official(self, figures: AssessmentFigures) -> None:
        self.official_overall.setText(_text(figures.official_overall) if figures.official_overall is not None else "")
        self.official_level.clear()
        self.official_level.addItem(_("(not entered)"), "")
        for rule in figures.framework.levels:
            self.official_level.addItem(rule.name_th, rule.name_th)
        self.official_level.setCurrentIndex(max(0, self.official_level.findData(figures.official_level or "")))

    def _show_computed(self, figures: AssessmentFigures) -> None:
        result = evaluate(figures)
        rows = []
        official_word = _("official")
        for tool in result.tools:
            official = f" ({official_word} {_text(tool.official)})" if tool.official is not None else ""
            rows.append(f"<tr><td>{tool.tool.code}</td><td align='right'>{_text(tool.computed)}{official}</td></tr>")
        level = result.computed_level.name_th if result.computed_level else "–"
        overall_label = _("Overall score")
        rows.append(
            f"<tr><td><b>{overall_label}</b></td><td align='right'><b>{_text(result.computed_overall)}</b></td></tr>"
        )
        level_label = _("Level")
        rows.append(f"<tr><td><b>{level_label}</b></td><td align='right'><b>{level}</b></td></tr>")
        notes = "".join(
            f"<p style='color:{ERROR_COLOUR if f.severity is Severity.ERROR else WARNING_COLOUR}'>"
            f"• {numerals.message(f.message)}</p>"
            for f in self._differences(result)
        )
        self.computed.setText(f"<table width='100%' cellpadding='3'>{''.join(rows)}</table>{notes}")

    @staticmethod
    def _differences(result: AssessmentResult) -> list[Finding]:
        """What differs from the computed values, and why; missing scores show as empty cells already."""
        return [f for f in check_assessment(result) if f.code != "missing_score"]

    def show_refusal(self, message: str) -> None:
        self.message.setText(numerals.message(message))

    # --- editing -------------------------------------------------------------------------------------------

    def _after_edit(self) -> None:
        self.refresh()
        self.edited.emit()

    def _save_score(self, year: int, indicator: int, score: Decimal) -> None:
        agency_id, store = self._agency_id, self._store
        shown = self._figures.indicator_scores if self._figures and year == self._year else self._previous
        old = shown.get(indicator)
        self._push(
            _("score of indicator {number}, {year}").format(
                number=numerals.digits(indicator), year=numerals.digits(year)
            ),
            lambda: assessments.set_indicator_scores(store, agency_id, year, {indicator: score}, {indicator: old}),
            lambda: assessments.set_indicator_scores(store, agency_id, year, {indicator: old}, {indicator: score}),
        )

    def _save_official(self) -> None:
        if self._figures is None or self._agency_id is None or self._year is None:
            return
        text = self.official_overall.text().strip()
        level = self.official_level.currentData() or None
        try:
            overall = parse_score(text) if text else None
        except ScoreError as error:
            self.show_refusal(str(error))
            return
        old = (self._figures.official_overall, self._figures.official_level)
        if (overall, level) == old:
            return
        agency_id, year = self._agency_id, self._year
        self._push(
            _("official result"),
            lambda: assessments.set_official_result(self._store, agency_id, year, overall, level, expected=old),
            lambda: assessments.set_official_result(self._store, agency_id, year, *old, expected=(overall, level)),
        )

    def paste_scores(self) -> None:
        """Scores pasted from a spreadsheet column, from the selected row down: all or nothing."""
        if self._figures is None or self._agency_id is None:
            return
        lines = [line.split("\t")[0].strip() for line in QGuiApplication.clipboard().text().splitlines()]
        lines = [line for line in lines if line]
        start = max(0, self.table.currentIndex().row())
        numbers = [self.model.indicator_at(row) for row in range(start, self.model.rowCount())]
        if not lines:
            return
        if len(lines) > len(numbers):
            self.show_refusal(
                _("{count} values were pasted but only {rows} indicators follow the selected row.").format(
                    count=len(lines), rows=len(numbers)
                )
            )
            return
        try:
            values = [parse_score(line) for line in lines]
        except ScoreError as error:
            self.show_refusal(_("Nothing was pasted: {problem}").format(problem=error))
            return
        agency_id, year, store = self._agency_id, self._year, self._store
        old = {number: self._figures.indicator_scores.get(number) for number in numbers[: len(values)]}
        new = dict(zip(numbers, values, strict=False))

        def redo() -> None:
            assessments.set_indicator_scores(store, agency_id, year, new, old)

        def undo() -> None:
            assessments.set_indicator_scores(store, agency_id, year, old, new)

        self._push(_("pasted scores"), redo, undo)

    def _push(self, text: str, redo, undo) -> None:  # noqa: ANN001 - two callables
        try:
            push_edit(self._undo, text, redo, undo, self._after_edit)
        except UserError as error:
            self.show_refusal(str(error))
            self.refresh()
            return
        self.message.clear()
