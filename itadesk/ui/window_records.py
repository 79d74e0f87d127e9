"""The main window's agencies and years: add, edit and delete them (a part of MainWindow)."""

from pathlib import Path

from PySide6.QtWidgets import (
    QMessageBox,
)

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services import agencies, assessments
from itadesk.ui import messages, numerals
from itadesk.ui.commands import push_edit
from itadesk.ui.dialogs import NewAgencyDialog
from itadesk.ui.year_dialog import AddYearDialog


class RecordActions:
    """Agencies and assessment years, for MainWindow (which has the store, the selectors and the tabs)."""

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
        if self.store.shared:
            menu = _("&File").replace("&", "") + " → " + _("Import agency…")
            warning = _(
                "The agency is written first as a JSON file into this PC's backup folder:\n{folder}\n\nDeleting "
                "cannot be undone with Undo, and the edits made before it can no longer be undone either. To get "
                "the agency back, import that file ({menu})."
            ).format(folder=self.store.backup_folder, menu=menu)
        else:
            menu = _("&File").replace("&", "") + " → " + _("Restore from a backup…")
            warning = _(
                "A copy of the whole store is put in the backup folder first:\n{folder}\n\nDeleting cannot be "
                "undone with Undo, and the edits made before it can no longer be undone either. To get the agency "
                "back, restore that copy ({menu})."
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
