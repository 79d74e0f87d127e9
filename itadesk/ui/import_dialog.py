"""The question asked when an imported file holds an agency the store already has, with years that differ: what
the file would change, and for each such year whether to keep the store's or take the file's."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from itadesk.i18n import _
from itadesk.services.merging import Decision, MergePreview, YearState
from itadesk.ui import numerals
from itadesk.ui.screen import fit_window

Choice = tuple[int, int]  # (agency id, fiscal year)


def _years(years: tuple[int, ...]) -> str:
    return ", ".join(numerals.digits(year) for year in years)


class YearChoicesDialog(QDialog):
    """Keep or replace, year by year; Import brings the file in as chosen, Cancel leaves it out entirely."""

    def __init__(self, file_name: str, previews: list[MergePreview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import agency"))
        self.choices: dict[Choice, tuple[QRadioButton, QRadioButton]] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            _(
                "The file {file} holds agencies that are already in this store, with years that differ from the "
                "store's. Choose for each such year whether to keep what the store holds or to take the file's. "
                "Nothing is imported from the file if you cancel."
            ).format(file=file_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        inner = QWidget()
        rows = QVBoxLayout(inner)
        for preview in previews:
            rows.addWidget(self._agency_box(preview))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(_("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, QSize(760, 520))

    def _agency_box(self, preview: MergePreview) -> QGroupBox:
        box = QGroupBox(preview.name)
        grid = QGridLayout(box)
        notes = []
        added = preview.in_state(YearState.NEW)
        if added:
            notes.append(_("Years added from the file: {years}").format(years=_years(added)))
        same = preview.in_state(YearState.SAME)
        if same:
            notes.append(_("Years the same in the file and the store: {years}").format(years=_years(same)))
        if preview.units_added:
            notes.append(_("Units added to the agency's list: {units}").format(units=", ".join(preview.units_added)))
        row = 0
        for note in notes:
            label = QLabel(note)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, 1, 3)
            row += 1
        for change in preview.years:
            if change.state is not YearState.DIFFERS:
                continue
            what = QLabel(
                _("{year}: the file differs in {differences}").format(
                    year=numerals.digits(change.year), differences=numerals.message("; ".join(change.differences))
                )
            )
            what.setWordWrap(True)
            keep = QRadioButton(_("Keep the store's"))
            replace = QRadioButton(_("Take the file's"))
            keep.setChecked(True)  # nothing is overwritten unless the user says so
            group = QButtonGroup(box)
            group.addButton(keep)
            group.addButton(replace)
            grid.addWidget(what, row, 0)
            grid.addWidget(keep, row, 1)
            grid.addWidget(replace, row, 2)
            grid.setColumnStretch(0, 1)
            self.choices[(preview.agency_id, change.year)] = (keep, replace)
            row += 1
        return box

    def choose(self, agency_id: int, year: int, decision: Decision) -> None:
        keep, replace = self.choices[(agency_id, year)]
        (replace if decision is Decision.REPLACE else keep).setChecked(True)

    def decisions(self) -> dict[Choice, Decision]:
        return {
            choice: Decision.REPLACE if replace.isChecked() else Decision.KEEP
            for choice, (_keep, replace) in self.choices.items()
        }


def ask_year_choices(parent: QWidget | None, file_name: str, previews: list[MergePreview]) -> dict | None:
    """The user's keep or replace for each conflicting year of the file's agencies; None when they cancel."""
    dialog = YearChoicesDialog(file_name, previews, parent)
    try:
        return dialog.decisions() if dialog.exec() else None
    finally:
        dialog.deleteLater()
