"""Adding an assessment year to an agency: the years that have rules are offered, another typed year is refused."""

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services.rules import suggested_year, years_with_rules
from itadesk.thai.digits import from_thai_digits
from itadesk.ui import numerals


def typed_year(text: str) -> int | None:
    """A Buddhist-era year typed with Thai or Arabic digits (an optional พ.ศ. before it), else None."""
    digits = from_thai_digits(text.replace("พ.ศ.", "").replace("B.E.", "")).strip()
    return int(digits) if digits.isdigit() and len(digits) == 4 else None


class AddYearDialog(QDialog):
    """Asks for the year to add; `add` saves it (raising UserError to refuse), and the dialog stays open then."""

    def __init__(self, entered: list[int], add: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add an assessment year"))
        self._add = add
        self.year: int | None = None
        self.choice = QComboBox()
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for year in reversed(years_with_rules()):
            if year not in entered:
                self.choice.addItem(numerals.digits(year), year)
        suggested = suggested_year(entered)
        if suggested is not None:
            self.choice.setCurrentIndex(self.choice.findData(suggested))
        else:
            self.choice.setCurrentText("")
        hint = QLabel(
            _("The ITA rules of these years are in the program: {years}.").format(
                years=", ".join(numerals.digits(year) for year in years_with_rules())
            )
        )
        hint.setWordWrap(True)
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 3)  # Qt under-reports wrapped Thai's height
        self.message = QLabel()
        self.message.setObjectName("refusal")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Assessment year (B.E.)"), self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, 0)
        self.choice.lineEdit().selectAll()  # typing replaces the year offered
        self.choice.setFocus()

    def accept(self) -> None:
        text = self.choice.currentText()
        index = self.choice.findText(text)
        year = self.choice.itemData(index) if index >= 0 else typed_year(text)
        if year is None:
            self.message.setText(
                _("“{text}” is not a year. Type a Buddhist-era year such as {example}.").format(
                    text=text, example=numerals.digits(years_with_rules()[-1])
                )
            )
            return
        try:
            self._add(year)
        except UserError as error:
            self.message.setText(numerals.message(str(error)))
            return
        self.year = year
        super().accept()
