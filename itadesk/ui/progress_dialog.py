"""The progress report's one question before the file: as of which day (today unless the user says otherwise)."""

from datetime import date

from babel.dates import get_month_names
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from itadesk.i18n import _, current_language
from itadesk.thai.dates import buddhist_year, fiscal_year_end, fiscal_year_start
from itadesk.ui import numerals
from itadesk.ui.measure_editor import ThaiDateEdit


def long_date(day: date) -> str:
    """๓๑ มีนาคม พ.ศ. ๒๕๖๙ in Thai, 31 March B.E. 2569 in English: the day in the window's language."""
    month = get_month_names("wide", locale=current_language())[day.month]
    text = _("{day} {month} B.E. {year}").format(day=day.day, month=month, year=buddhist_year(day.year))
    return numerals.digits(text)


class ProgressReportDialog(QDialog):
    """Asks for the as-of date of the progress report of one plan; the date is shown as the report will print it."""

    def __init__(self, agency: str, plan_year: int, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export progress report"))
        self._plan_year = plan_year
        intro = QLabel(
            _("The progress report on the plan of {agency} for fiscal year B.E. {year}.").format(
                agency=agency, year=numerals.digits(plan_year)
            )
        )
        intro.setWordWrap(True)
        self.date_edit = ThaiDateEdit()
        self.date_edit.setDate(QDate(today or date.today()))
        self.shown = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300;")
        form = QFormLayout()
        form.addRow(_("Data as of"), self.date_edit)
        form.addRow("", self.shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Save as…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.date_edit.dateChanged.connect(self._date_changed)
        self._date_changed()
        # Qt under-reports the height of wrapped Thai text: room for two lines of each
        for label in (intro, self.note):
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2)
        self.resize(520, 0)

    def as_of(self) -> date:
        return self.date_edit.date().toPython()

    def _date_changed(self, *_args: object) -> None:
        as_of = self.as_of()
        self.shown.setText(_("The report will say: data as of {date}").format(date=long_date(as_of)))
        year = numerals.digits(self._plan_year)
        if as_of < fiscal_year_start(self._plan_year):
            note = _("This day is before fiscal year B.E. {year} begins: no measure can be late yet.")
        elif as_of > fiscal_year_end(self._plan_year):
            note = _("This day is after fiscal year B.E. {year} has ended: every measure not done counts as overdue.")
        else:
            note = ""
        self.note.setText(note.format(year=year))
