"""The editor of one plan measure: every field says when the user has finished it, and the editor says what changed.

The editor never touches the store: it emits the measure as it would be with the finished field changed, and the
plan tab saves it (or shows why it was refused) and hands back what the store holds.
"""

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QRect, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.plan import MeasureStatus, PlanMeasure
from itadesk.i18n import N_, _, current_language
from itadesk.thai.dates import BE_OFFSET, fiscal_year_of
from itadesk.thai.digits import from_thai_digits
from itadesk.ui import numerals
from itadesk.ui.text_marks import FindingMarks, FindingsList

if TYPE_CHECKING:  # the checks are loaded when a text is first checked
    from itadesk.domain.textcheck import TextFinding

# checks a measure's analysis as typed: (measure, indicator chosen, text) → findings
TextCheck = Callable[[PlanMeasure, int, str], "list[TextFinding]"]

# Typing pauses longer than this save the text field, so nothing typed is lost if the program is closed.
IDLE_SAVE_MS = 1200
FLAG_COLOUR = "#b3261e"

FIELD_LABELS = {
    "indicator": N_("Indicator"),
    "title": N_("Measure, project or activity"),
    "analysis": N_("Analysis findings"),
    "steps": N_("Steps or method"),
    "period": N_("Period"),
    "responsible": N_("Responsible"),
    "status": N_("Status"),
    "progress": N_("Progress (%)"),
    "evidence": N_("Evidence"),
}


def field_label(key: str) -> str:
    return _(FIELD_LABELS[key])


def steps_of(text: str) -> tuple[str, ...]:
    """One step per non-empty line, as the store keeps them."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class TextField(QPlainTextEdit):
    """A multi-line field that reports `finished` when it loses focus or the typing pauses."""

    finished = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as in a paper form
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_SAVE_MS)
        self._idle.timeout.connect(self.finished)
        self._quiet = False
        self.textChanged.connect(self._typed)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def _height(self) -> int:
        # Whole lines only: a sliver of the next line would look like clipped text. The text layout rounds each
        # line up to whole pixels; the bottom margin is left out so the line after the last one is not peeking.
        line = math.ceil(QFontMetricsF(self.font()).lineSpacing())
        return self._lines * line + int(self.document().documentMargin()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def set_text_quietly(self, text: str) -> None:
        """Show a stored value: not an edit, so nothing is scheduled to be saved."""
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False
        self._idle.stop()

    def finish_now(self) -> None:
        if self._idle.isActive():
            self._idle.stop()
            self.finished.emit()

    def _typed(self) -> None:
        if not self._quiet:
            self._idle.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._idle.stop()
        self.finished.emit()


class _Gutter(QWidget):
    def __init__(self, field: "StepsField") -> None:
        super().__init__(field)
        self._field = field

    def paintEvent(self, event: QPaintEvent) -> None:
        self._field.paint_gutter(self, event)


class StepsField(TextField):
    """The steps, one per line, numbered in a margin as on the printed plan.

    A long step wraps onto several lines; the numbers show where each step starts. Blank lines get no number
    because they are not saved.
    """

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(lines, parent)
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(self._fit_gutter)
        self.textChanged.connect(self._gutter.update)
        self.updateRequest.connect(self._scroll_gutter)
        self._fit_gutter()

    def _gutter_width(self) -> int:
        digits = len(str(max(self.blockCount(), 1)))
        return self.fontMetrics().horizontalAdvance("๙" * digits + ".") + 10

    def _fit_gutter(self) -> None:
        self.setViewportMargins(self._gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        inside = self.contentsRect()
        self._gutter.setGeometry(QRect(inside.left(), inside.top(), self._gutter_width(), inside.height()))

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        block = self.document().firstBlock()
        first = self.firstVisibleBlock()
        number = 0
        while block.isValid() and block != first:
            number += bool(block.text().strip())
            block = block.next()
        offset = self.contentOffset()
        line = math.ceil(QFontMetricsF(self.font()).lineSpacing())
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > event.rect().bottom():
                break
            if block.text().strip():
                number += 1
                painter.drawText(
                    QRect(0, round(top), gutter.width() - 4, line),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    f"{numerals.digits(number)}.",
                )
            block = block.next()
        painter.end()


def _date_locale() -> QLocale:
    """Month names in the window's language; the year is Buddhist-era in both, as the plan's fiscal years are."""
    if current_language() == "th":
        return QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def date_text(day: date) -> str:
    """A date as the date fields show it: ๑ ตุลาคม ๒๕๖๘ in Thai, 1 October 2568 in English."""
    month = _date_locale().monthName(day.month)
    return numerals.digits(f"{day.day} {month} {day.year + BE_OFFSET}")


def _rewrite(edit: QLineEdit, convert: Callable[[str], str]) -> None:
    """The same text with its digits converted, the cursor and selection where they were; Qt is not told."""
    text = convert(edit.text())
    if text == edit.text():
        return
    cursor, start, length = edit.cursorPosition(), edit.selectionStart(), len(edit.selectedText())
    with QSignalBlocker(edit):
        edit.setText(text)
        if start < 0:
            edit.setCursorPosition(cursor)
        elif cursor == start:  # selected from right to left
            edit.setSelection(start + length, -length)
        else:
            edit.setSelection(start, length)


class ThaiDateEdit(QDateEdit):
    """A date written with its Buddhist-era year (๑ ตุลาคม ๒๕๖๘, or 1 October 2568 in English), as on the plan.

    Qt has no Buddhist calendar, so the year is shifted only in the text; the BE and CE years both have four
    digits, which keeps Qt's day, month and year sections where it expects them. Qt cannot read Thai digits: it
    finds its sections in the same text written with Arabic digits, one character for one (`_locate_sections`).
    Thai and Arabic digits can both be typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = _date_locale()
        self._months = [locale.monthName(month) for month in range(1, 13)]
        self.setLocale(locale)
        self.setDisplayFormat("d MMMM yyyy")
        self.setDateRange(QDate(1990, 1, 1), QDate(2200, 12, 31))
        self._typing_in: QDateEdit.Section | None = None
        self.dateTimeChanged.connect(self._locate_sections)

    def _locate_sections(self) -> None:
        """Let Qt read the text as shown, with Arabic digits, so that it knows where the day, month and year are.

        Qt reads the text again before it looks for a section; reading Thai digits it stops at the day, which is
        always first, and keeps the month and year where this reading put them.
        """
        QDateEdit.validate(self, from_thai_digits(self.text()), 0)

    def _parse(self, text: str) -> QDate | None:
        match = re.fullmatch(r"\s*(\d{1,2})\s+(\S+)\s+(\d{4})\s*", from_thai_digits(text))
        if not match:
            return None
        folded = [name.casefold() for name in self._months]  # "october" as well as "October"
        if match[2].casefold() in folded:
            month = folded.index(match[2].casefold()) + 1
        elif match[2].isdigit():  # a month typed as a number
            month = int(match[2])
        else:
            return None
        day = QDate(int(match[3]) - BE_OFFSET, month, int(match[1]))
        return day if day.isValid() and self.minimumDate() <= day <= self.maximumDate() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt handles the key on the text in Arabic digits, which it can read: whether a digit typed into the day
        # may be followed by another, or moves on to the month, depends on reading it.
        typed = from_thai_digits(event.text())
        if typed != event.text():
            key = Qt.Key(ord(typed)) if len(typed) == 1 else event.key()
            arabic = QKeyEvent(event.type(), key, event.modifiers(), typed, event.isAutoRepeat(), event.count())
        else:
            arabic = event
        edit = self.lineEdit()
        _rewrite(edit, from_thai_digits)
        try:
            self._locate_sections()
            self._key(arabic)
        finally:
            _rewrite(edit, numerals.digits)
        event.setAccepted(arabic.isAccepted())

    def _key(self, event: QKeyEvent) -> None:
        # The first digit typed into a section replaces it, as in any date field; the text validation that
        # makes Qt do this on its own is the one replaced here, so it is done by hand.
        digit = event.text().isdigit() if event.text() else False
        if not digit:
            self._typing_in = None
        elif self.currentSection() != self._typing_in:
            self._typing_in = self.currentSection()
            self.setSelectedSection(self._typing_in)
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typing_in = None
        self._locate_sections()
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._typing_in = None
        self._locate_sections()
        super().mousePressEvent(event)

    def textFromDateTime(self, value: QDateTime) -> str:
        return date_text(value.date().toPython())

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = self._parse(text)
        return QDateTime(day, self.dateTime().time()) if day else self.dateTime()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        QDateEdit.validate(self, from_thai_digits(text), position)  # where the sections of the text typed are
        if self._parse(text):
            return QValidator.State.Acceptable, text, position
        if re.fullmatch(r"\s*\d{0,2}\s*\S*\s*\d{0,4}\s*", from_thai_digits(text)):
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Invalid, text, position

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())


class PercentBox(QSpinBox):
    """A percentage in the window's digits (๔๐ % in Thai); Thai or Arabic digits can be typed."""

    def textFromValue(self, value: int) -> str:
        return numerals.digits(value)

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(from_thai_digits(text))

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        state = super().validate(from_thai_digits(text), position)
        return (state[0] if isinstance(state, tuple) else state), text, position


class UnitsField(QWidget):
    """The units responsible for a measure: picked from the agency's list or typed, shown as a list."""

    changed = Signal()
    unit_typed = Signal(str)  # a unit the agency's list did not have yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known: list[str] = []
        self.list = QListWidget()
        self.list.setObjectName("responsibleList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(math.ceil(QFontMetricsF(self.font()).lineSpacing()) * 3 + 8)
        self.combo = QComboBox()
        self.combo.setObjectName("responsibleInput")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(_("Choose a unit or type a new one"))
        self.combo.completer().setCompletionMode(self.combo.completer().CompletionMode.PopupCompletion)
        self.combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_button = QPushButton(_("Add unit"))
        self.add_button.setObjectName("addUnit")
        self.remove_button = QPushButton(_("Remove unit"))
        self.remove_button.setObjectName("removeUnit")
        self.remove_button.setEnabled(False)

        entry = QHBoxLayout()
        entry.addWidget(self.combo, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(entry)

        self.add_button.clicked.connect(self._add_typed)
        self.combo.lineEdit().returnPressed.connect(self._add_typed)
        self.combo.activated.connect(lambda _index: self._add_typed())
        self.remove_button.clicked.connect(self._remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()) and self.isEnabled())
        )
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._remove_selected)

    def set_known(self, units: list[str]) -> None:
        self._known = list(units)
        typed = self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(self._known)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(typed)
        self.combo.blockSignals(False)

    def set_units(self, units: tuple[str, ...]) -> None:
        self.list.clear()
        self.list.addItems(list(units))
        self.remove_button.setEnabled(False)

    def units(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count()))

    def _add_typed(self) -> None:
        name = self.combo.currentText().strip()
        if not name:
            return
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")
        if name not in self._known:
            self.unit_typed.emit(name)
        if name not in self.units():
            self.list.addItem(name)
            self.changed.emit()

    def _remove_selected(self) -> None:
        rows = [self.list.row(item) for item in self.list.selectedItems()]
        for row in sorted(rows, reverse=True):
            self.list.takeItem(row)
        if rows:
            self.changed.emit()


def _titled(label: str, *widgets: QWidget) -> QWidget:
    """A label above its widgets, used where two fields share a row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(label))
    for widget in widgets:
        layout.addWidget(widget)
    return box


class MeasureEditor(QWidget):
    """The fields of one measure. `changed(field, measure)`: the user finished `field`; `measure` is the result."""

    changed = Signal(str, object)
    unit_typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measure: PlanMeasure | None = None
        self._loading = False
        self._period_touched = False

        self.hint = QLabel()
        self.hint.setObjectName("editorHint")
        self.hint.setWordWrap(True)
        self.indicator = QComboBox()
        self.indicator.setObjectName("indicatorInput")
        self.title = TextField(3)
        self.title.setObjectName("titleInput")
        self.analysis = TextField(4)
        self.analysis.setObjectName("analysisInput")
        self.analysis_marks = FindingMarks(self.analysis)
        self.analysis_findings = FindingsList(self.analysis_marks)
        self.analysis_findings.setMaximumHeight(90)
        self.analysis_findings.setVisible(False)
        self._text_check: TextCheck | None = None
        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self.check_analysis)
        self.analysis.textChanged.connect(self._check_timer.start)
        self.steps = StepsField(5)
        self.steps.setObjectName("stepsInput")
        self.steps.setPlaceholderText(_("One step per line"))
        self.period_start = ThaiDateEdit()
        self.period_start.setObjectName("periodStartInput")
        self.period_end = ThaiDateEdit()
        self.period_end.setObjectName("periodEndInput")
        self.period_flag = QLabel()  # a period outside the plan's fiscal year: kept, but the clerk is told
        self.period_flag.setObjectName("periodOutsideYear")
        self.period_flag.setWordWrap(True)
        self.period_flag.setStyleSheet(f"color: {FLAG_COLOUR};")
        self.period_flag.hide()
        self._fiscal_year: tuple[date, date] | None = None
        self.responsible = UnitsField()
        self.status = QComboBox()
        self.status.setObjectName("statusInput")
        for status in MeasureStatus:
            self.status.addItem(status.label, status)
        self.progress = PercentBox()
        self.progress.setObjectName("progressInput")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.evidence = TextField(2)
        self.evidence.setObjectName("evidenceInput")
        self.evidence.setPlaceholderText(_("Documents, photos or web addresses that show the work was done"))
        for field, key in (
            (self.indicator, "indicator"),
            (self.title, "title"),
            (self.analysis, "analysis"),
            (self.steps, "steps"),
            (self.status, "status"),
            (self.progress, "progress"),
            (self.evidence, "evidence"),
        ):
            field.setAccessibleName(field_label(key))
        self.period_start.setAccessibleName(_("Period from"))
        self.period_end.setAccessibleName(_("Period to"))
        self.responsible.list.setAccessibleName(field_label("responsible"))

        self._fields = QWidget()
        form = QFormLayout(self._fields)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        # Where the measure belongs and how far it has come share the first row, so the form fits a laptop screen.
        state = QHBoxLayout()
        state.addWidget(_titled(field_label("indicator"), self.indicator), 3)
        state.addWidget(_titled(field_label("status"), self.status), 2)
        state.addWidget(_titled(field_label("progress"), self.progress), 1)
        form.addRow(state)
        form.addRow(field_label("title"), self.title)
        analysis_box = QWidget()
        analysis_layout = QVBoxLayout(analysis_box)
        analysis_layout.setContentsMargins(0, 0, 0, 0)
        analysis_layout.addWidget(self.analysis)
        analysis_layout.addWidget(self.analysis_findings)
        form.addRow(field_label("analysis"), analysis_box)
        form.addRow(_("{label} (one step per line)").format(label=field_label("steps")), self.steps)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(_("from")))
        dates.addWidget(self.period_start, 1)
        dates.addWidget(QLabel(_("to")))
        dates.addWidget(self.period_end, 1)
        period = QVBoxLayout()
        period.addLayout(dates)
        period.addWidget(self.period_flag)
        form.addRow(field_label("period"), period)
        form.addRow(field_label("responsible"), self.responsible)
        form.addRow(field_label("evidence"), self.evidence)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self._fields)
        layout.addStretch(1)

        self.indicator.activated.connect(lambda _index: self._finish("indicator"))
        self.title.finished.connect(lambda: self._finish("title"))
        self.analysis.finished.connect(lambda: self._finish("analysis"))
        self.steps.finished.connect(lambda: self._finish("steps"))
        self.evidence.finished.connect(lambda: self._finish("evidence"))
        for edit in (self.period_start, self.period_end):
            edit.dateChanged.connect(self._period_typed)
            edit.dateChanged.connect(self._flag_period)
            edit.editingFinished.connect(lambda: self._finish("period"))
        self.responsible.changed.connect(lambda: self._finish("responsible"))
        self.responsible.unit_typed.connect(self.unit_typed)
        self.status.activated.connect(lambda _index: self._finish("status"))
        self.progress.editingFinished.connect(lambda: self._finish("progress"))
        self.show_measure(None)

    # --- what the tab tells the editor ----------------------------------------------------------------------

    def set_indicators(self, indicators: list[tuple[int, str]]) -> None:
        """The indicators a measure may belong to, as (number, label)."""
        current = self.indicator.currentData()
        self.indicator.clear()
        for number, label in indicators:
            self.indicator.addItem(label, number)
        self._select_data(self.indicator, current)

    def set_known_units(self, units: list[str]) -> None:
        self.responsible.set_known(units)

    def set_text_check(self, check: TextCheck | None) -> None:
        """How to check the analysis against the assessment's figures; None when there are no figures."""
        self._text_check = check
        self._check_timer.start()

    def check_analysis(self) -> "list[TextFinding]":
        """Mark what the analysis, as typed, says against the figures."""
        self._check_timer.stop()
        findings: list[TextFinding] = []
        measure = self._measure
        if not self.isVisible():
            measure = None  # checked again when shown
        if self._text_check is not None and measure is not None:
            indicator = self.indicator.currentData()
            findings = self._text_check(
                measure, indicator if indicator is not None else measure.indicator, self.analysis.toPlainText()
            )
        self.analysis_marks.mark(findings)
        self.analysis_findings.show_findings(findings)
        return findings

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's
        super().showEvent(event)
        self._check_timer.start()  # what was typed or changed while hidden is checked now

    def measure(self) -> PlanMeasure | None:
        """The measure as last shown (what the store holds), without edits still being typed."""
        return self._measure

    def show_measure(
        self, measure: PlanMeasure | None, default_period: tuple[date, date] | None = None, hint: str = ""
    ) -> None:
        """Show a stored measure; fields the user is typing in keep their text when it already says the same.

        `default_period` is the plan's fiscal year: the dates of a measure without any, and the bounds its period is
        flagged outside of.
        """
        other = measure is None or self._measure is None or measure.id != self._measure.id
        self._fiscal_year = default_period
        self._loading = True
        try:
            self.hint.setText(hint)
            self.hint.setVisible(bool(hint))
            self._fields.setVisible(measure is not None)
            if measure is not None:
                self._load(measure, default_period, other)
        finally:
            self._loading = False
        self._measure = measure
        self._flag_period()
        self.analysis_marks.mark([])
        self.analysis_findings.show_findings([])
        self._check_timer.start()

    def flush(self) -> None:
        """Save whatever is still waiting for a typing pause."""
        for field in (self.title, self.analysis, self.steps, self.evidence):
            field.finish_now()

    def focus_title(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    # --- loading --------------------------------------------------------------------------------------------

    def _load(self, measure: PlanMeasure, default_period: tuple[date, date] | None, other: bool) -> None:
        self._select_data(self.indicator, measure.indicator)
        for field, text, same in (
            (self.title, measure.title, self.title.toPlainText().strip() == measure.title),
            (self.analysis, measure.analysis, self.analysis.toPlainText() == measure.analysis),
            (self.steps, "\n".join(measure.steps), steps_of(self.steps.toPlainText()) == measure.steps),
            (self.evidence, measure.evidence, self.evidence.toPlainText() == measure.evidence),
        ):
            if other or not same:
                field.set_text_quietly(text)
        fallback = default_period or (date.today(), date.today())
        self.period_start.setDate(QDate(measure.period_start or fallback[0]))
        self.period_end.setDate(QDate(measure.period_end or fallback[1]))
        self._period_touched = False
        if other or self.responsible.units() != measure.responsible:
            self.responsible.set_units(measure.responsible)
        self._select_data(self.status, measure.status)
        self.progress.setValue(measure.progress)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == value:
                combo.setCurrentIndex(index)
                return

    # --- finishing a field ----------------------------------------------------------------------------------

    def _period_typed(self) -> None:
        if not self._loading:
            self._period_touched = True

    def period_outside_year(self) -> bool:
        """The dates shown are not both within the plan's fiscal year."""
        if self._measure is None or self._fiscal_year is None:
            return False
        first, last = self._fiscal_year
        start, end = self.period_start.date().toPython(), self.period_end.date().toPython()
        return not (first <= start <= last and first <= end <= last)

    def _flag_period(self) -> None:
        outside = self.period_outside_year()
        if outside and self._fiscal_year is not None:
            first, last = self._fiscal_year
            self.period_flag.setText(
                _(
                    "This period is outside fiscal year B.E. {year} ({start} – {end}). It is kept as entered; "
                    "if that is not what you meant, correct the dates."
                ).format(year=numerals.digits(fiscal_year_of(first)), start=date_text(first), end=date_text(last))
            )
        self.period_flag.setVisible(outside)

    def _edited(self, key: str) -> PlanMeasure | None:
        """The measure with field `key` as the user left it, or None when that says what is stored."""
        measure = self._measure
        if measure is None:
            return None
        if key == "period":
            if not self._period_touched:
                return None
            changes: dict[str, object] = {
                "period_start": self.period_start.date().toPython(),
                "period_end": self.period_end.date().toPython(),
            }
        else:
            changes = {key: self._value(key)}
        edited = replace(measure, **changes)
        if key == "title" and edited.title.strip() == measure.title:
            return None
        return None if edited == measure else edited

    def _value(self, key: str) -> object:
        match key:
            case "indicator":
                return self.indicator.currentData()
            case "title":
                return self.title.toPlainText()
            case "analysis":
                return self.analysis.toPlainText()
            case "steps":
                return steps_of(self.steps.toPlainText())
            case "responsible":
                return self.responsible.units()
            case "status":
                return self.status.currentData()
            case "progress":
                return self.progress.value()
            case "evidence":
                return self.evidence.toPlainText()
        raise KeyError(key)

    def _finish(self, key: str) -> None:
        if self._loading:
            return
        edited = self._edited(key)
        if edited is not None:
            self.changed.emit(key, edited)
