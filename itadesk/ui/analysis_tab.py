"""The analysis tab: for each indicator, the factual sentence drafted from the figures and the clerk's text."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.comparison import ScoreChange
from itadesk.domain.drafting import indicator_sentence, summary_sentence
from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services import assessments
from itadesk.services.errors import NotFoundError
from itadesk.store import Store
from itadesk.ui import numerals
from itadesk.ui.commands import push_edit
from itadesk.ui.text_marks import FindingMarks, FindingsList

if TYPE_CHECKING:  # the checks (and the Thai word list they read) are loaded when a text is first checked
    from itadesk.domain.textcheck import TextFinding

OVERALL = -1  # the list entry of the overall analysis
SAVE_AFTER_MS = 800
CHECK_AFTER_MS = 300


def _section_of(finding: "TextFinding") -> int:
    return OVERALL if finding.text.indicator is None else finding.text.indicator


class AnalysisTab(QWidget):
    edited = Signal()

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo_stack
        self._agency_id: int | None = None
        self._year: int | None = None
        self._texts: dict[int, str] = {}
        self._previous_texts: dict[int, str] = {}
        self._summary = None
        self._check_pending = False

        self.sections = QListWidget()
        self.sections.currentRowChanged.connect(self._switch_section)
        self.sections.setIconSize(QSize(16, 16))
        self.drafted = QLabel()
        self.drafted.setObjectName("draftedSentence")  # the report's own sentence: Thai in either language
        self.drafted.setWordWrap(True)
        self.drafted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drafted.setStyleSheet("background: #f3f5f8; padding: 8px;")
        self.redraft = QPushButton(_("Draft again from the figures"))
        self.redraft.clicked.connect(self.redraft_sentence)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(_("The analysis in your own words: what the result shows and why."))
        self.text.textChanged.connect(self._text_changed)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.marks = FindingMarks(self.text)
        self.findings = FindingsList(self.marks)
        self.findings.setMaximumHeight(130)
        self.findings.setVisible(False)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_text)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_AFTER_MS)
        self._check_timer.timeout.connect(self.check_texts)

        right = QVBoxLayout()
        right.addWidget(QLabel(_("Drafted from the figures (printed first):")))
        right.addWidget(self.drafted)
        right.addWidget(self.redraft, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(QLabel(_("Your analysis (printed after it):")))
        right.addWidget(self.text, 1)
        right.addWidget(self.findings)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections, 1)
        layout.addLayout(right, 3)

    def show_year(self, agency_id: int | None, year: int | None) -> None:
        self.save_text()
        self._agency_id, self._year = agency_id, year
        self.refresh()

    def refresh(self) -> None:
        row = max(0, self.sections.currentRow())
        self.sections.blockSignals(True)
        self.sections.clear()
        self._summary = None
        if self._agency_id is None or self._year is None:
            self.sections.blockSignals(False)
            self.setEnabled(False)
            return
        self.setEnabled(True)
        overall, per_indicator = assessments.analyses(self._store, self._agency_id, self._year)
        self._texts = {OVERALL: overall, **per_indicator}
        self._previous_texts = assessments.analyses(self._store, self._agency_id, self._year - 1)[1]
        self._load_summary()
        item = QListWidgetItem(_("Overall"))
        item.setData(Qt.ItemDataRole.UserRole, OVERALL)
        self.sections.addItem(item)
        from itadesk.services.rules import framework

        rules = self._summary.current.framework if self._summary else framework(self._year)
        for indicator in rules.indicators:
            item = QListWidgetItem(f"{numerals.digits(indicator.number)} {indicator.name_th}")
            item.setData(Qt.ItemDataRole.UserRole, indicator.number)
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        self.sections.setCurrentRow(min(row, self.sections.count() - 1))
        self._show_section()

    def _load_summary(self) -> None:
        try:
            self._summary = assessments.year_summary(self._store, self._agency_id, self._year)
        except NotFoundError:
            self._summary = None

    def redraft_sentence(self) -> None:
        """Draft the sentence again from the figures as they are in the store now."""
        section = self.current_section()
        if section is None or self._agency_id is None or self._year is None:
            return
        self._load_summary()
        self.drafted.setText(self._draft(section))

    def _switch_section(self, _row: int) -> None:
        self.save_text()  # what was typed belongs to the section it was typed in
        self._show_section()

    def current_section(self) -> int | None:
        item = self.sections.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _show_section(self) -> None:
        section = self.current_section()
        if section is None:
            return
        self.drafted.setText(self._draft(section))
        self.text.blockSignals(True)
        self.text.setPlainText(self._texts.get(section, ""))
        self.text.blockSignals(False)
        self._editing = section
        self.marks.mark([])  # the marks of the section left; this one's follow after a moment
        self.findings.show_findings([])
        self._check_timer.start()

    def _draft(self, section: int) -> str:
        summary = self._summary
        if summary is None:
            return _("Enter this year's scores first: the sentence is drafted from them.")
        year = summary.current.figures.fiscal_year
        previous = summary.previous.figures.indicator_scores if summary.previous else {}
        if section == OVERALL:
            return summary_sentence(summary)
        indicator = summary.current.framework.indicator(section)
        scores = ScoreChange(previous.get(section), summary.current.figures.indicator_scores.get(section))
        return indicator_sentence(indicator, scores, year)

    def _text_changed(self) -> None:
        self._timer.start()
        self._check_timer.start()

    def check_texts(self) -> "list[TextFinding]":
        """Check every section's text (the one being typed as it stands) against the figures; mark the findings
        on the text shown and flag the sections that have some. Returns the shown text's findings."""
        self._check_timer.stop()
        if not self.isVisible():
            self._check_pending = True  # checked when the tab is shown: switching years stays quick
            return []
        self._check_pending = False
        section = self.current_section()
        findings: list[TextFinding] = []
        if self._summary is not None and section is not None:
            from itadesk.domain.textcheck import check_texts
            from itadesk.domain.textcheck.texts import year_texts

            texts = dict(self._texts)
            texts[section] = self.text.toPlainText()
            overall = texts.pop(OVERALL, "")
            written = year_texts(overall, texts)
            previous = year_texts("", self._previous_texts, fiscal_year=self._year - 1) if self._year else []
            summary = self._summary
            findings = check_texts(written, summary.current, summary.previous, previous, summary.agency.name)
        self._flag_sections(findings)
        shown = [f for f in findings if _section_of(f) == section]
        self.marks.mark(shown)
        self.findings.show_findings(shown)
        return shown

    def _flag_sections(self, findings: "list[TextFinding]") -> None:
        counts: dict[int, int] = {}
        for finding in findings:
            counts[_section_of(finding)] = counts.get(_section_of(finding), 0) + 1
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        blank = QPixmap(self.sections.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            count = counts.get(item.data(Qt.ItemDataRole.UserRole), 0)
            item.setIcon(icon if count else QIcon(blank))  # a blank icon keeps the names in line
            item.setToolTip(
                _("{count} things in this text do not agree with the figures.").format(count=numerals.digits(count))
                if count
                else ""
            )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's
        super().showEvent(event)
        if self._check_pending:
            self._check_timer.start()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's
        self.save_text()
        super().focusOutEvent(event)

    def save_text(self) -> None:
        """Save what was typed in the section being edited, as one undoable edit."""
        self._timer.stop()
        section = getattr(self, "_editing", None)
        if section is None or self._agency_id is None or self._year is None:
            return
        new = self.text.toPlainText()
        old = self._texts.get(section, "")
        if new == old:
            return
        agency_id, year = self._agency_id, self._year
        indicator = None if section == OVERALL else section
        self._texts[section] = new

        def after() -> None:
            overall, per_indicator = assessments.analyses(self._store, agency_id, year)
            self._texts = {OVERALL: overall, **per_indicator}
            if self.current_section() == section and self.text.toPlainText() != self._texts.get(section, ""):
                self._show_section()
            self.edited.emit()

        try:
            push_edit(
                self._undo,
                _("analysis"),
                lambda: assessments.set_analysis(self._store, agency_id, year, indicator, new, expected=old),
                lambda: assessments.set_analysis(self._store, agency_id, year, indicator, old, expected=new),
                after,
            )
            self.message.clear()
        except UserError as error:
            self.message.setText(numerals.message(str(error)))
