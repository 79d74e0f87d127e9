"""The year's work in six steps, one a line, each with a button that goes there: on the greeting of an empty store,
and from Help → First steps."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itadesk.i18n import N_, _
from itadesk.ui import numerals


class StepsWindow(Protocol):
    """What the steps ask of the main window."""

    agency_id: int | None
    tabs: QTabWidget

    def new_agency(self) -> int | None: ...
    def add_year(self) -> int | None: ...
    def export_pdf(self) -> object: ...


@dataclass(frozen=True)
class Step:
    name: str
    text: str  # a message id
    button: str  # a message id


STEPS = (
    Step("agency", N_("Create your agency: its name, place, signers and responsible units."), N_("Create my agency…")),
    Step("year", N_("Add the assessment years: this year and the year before."), N_("Add year…")),
    Step("scores", N_("Type or paste the scores of both years, and the official result."), N_("Enter the scores")),
    Step("analysis", N_("Read the comparison and write the analysis of each indicator."), N_("Write the analysis")),
    Step("plan", N_("Plan the improvement measures for the next fiscal year."), N_("Make the plan")),
    Step("export", N_("Export the report as PDF or Word, and print it."), N_("Export PDF…")),
)
STEP_TABS = {"scores": "indicator_tab", "analysis": "analysis_tab", "plan": "plan_tab"}  # the window's tabs


def go_to_step(window: StepsWindow, name: str) -> bool:
    """Do what the step's button says; a later step first creates the agency when there is none. False when the
    user cancelled the agency it needs."""
    if name == "agency":
        return window.new_agency() is not None
    if window.agency_id is None and window.new_agency() is None:
        return False
    if name == "year":
        window.add_year()
    elif name == "export":
        window.export_pdf()
    else:
        window.tabs.setCurrentWidget(getattr(window, STEP_TABS[name]))
    return True


class FirstSteps(QWidget):
    """The steps as a grid: number, what to do, the button that goes there (buttons[name])."""

    def __init__(self, window: StepsWindow, parent: QWidget | None = None, done: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setObjectName("firstSteps")
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        for row, step in enumerate(STEPS):
            number = QLabel(numerals.digits(row + 1) + ".")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QLabel(_(step.text))
            text.setWordWrap(True)
            # Qt under-reports the height of wrapped Thai text and of marks below the line: give it room.
            text.setMinimumHeight(int(text.fontMetrics().lineSpacing() * 1.6))
            button = QPushButton(_(step.button))
            button.setObjectName(f"step-{step.name}")
            button.clicked.connect(lambda _checked=False, name=step.name: self._go(window, name, done))
            self.buttons[step.name] = button
            grid.addWidget(number, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2)

    @staticmethod
    def _go(window: StepsWindow, name: str, done: Callable[[], None] | None) -> None:
        if done is not None:
            done()
        go_to_step(window, name)


class FirstStepsDialog(QDialog):
    """Help → First steps: the same steps, for a store that has an agency already."""

    def __init__(self, window: StepsWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("First steps"))
        layout = QVBoxLayout(self)
        self.steps = FirstSteps(window, self, done=self.accept)
        layout.addWidget(self.steps)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(700)  # a step on one line, as on the greeting
