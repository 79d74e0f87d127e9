"""The main window's files: reports exported, previewed and printed; agencies imported and exported (a part of
MainWindow)."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services import assessments
from itadesk.ui import file_actions, messages

if TYPE_CHECKING:
    from itadesk.services.export import ReportFormat
    from itadesk.ui.preview import ReportPreview

G = TypeVar("G")  # what is read from the store for the work
T = TypeVar("T")  # what the work makes


class FileActions:
    """Files in and out, for MainWindow."""

    def _made_in_background(self, title: str, label: str, gather: Callable[[], G], make: Callable[[G], T]) -> T | None:
        """gather() on the window's thread (it reads the store), then make(gathered) in the background while a busy
        dialog with Cancel is shown; None when cancelled or refused (the reason shown)."""
        from itadesk.ui.background import Cancelled, run_in_background

        try:
            gathered = gather()
            return run_in_background(self, title, label, lambda: make(gathered))
        except Cancelled:
            self.statusBar().showMessage(_("Cancelled."), file_actions.STATUS_SECONDS * 1000)
            return None
        except UserError as error:
            messages.warn(self, title, error)
            return None

    def _write_made(self, title: str, target: Path, gather: Callable[[], G], make: Callable[[G], bytes]) -> bool:
        """The file made off the window's thread, then written whole at target; False when cancelled (target is
        left as it was) or refused (the reason shown)."""
        from itadesk.ui.report_files import making_label, write_whole

        made = self._made_in_background(title, making_label(target), gather, make)
        if made is None:
            return False
        try:
            write_whole(target, made)
        except UserError as error:
            messages.warn(self, title, error)
            return False
        return True

    def _report_bytes(self, title: str | None = None) -> bytes | None:
        """The year's report as PDF bytes, made off the window's thread (None when cancelled or refused)."""
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.services.report_data import report_data
        from itadesk.ui.report_files import report_file

        agency_id, year = self.agency_id, self.year
        return self._made_in_background(
            title or _("Report"),
            _("Preparing the report…"),
            lambda: report_data(self.store, agency_id, year),
            report_file,
        )

    def export_pdf(
        self,
        path: str | None = None,
        *,
        text_errors: file_actions.TextErrorsAnswer | None = None,
        show_saved: bool | None = None,
    ) -> Path | None:
        """The report as PDF; see _export_report for text_errors and show_saved."""
        return self._export_report("pdf", _("Export PDF"), "PDF (*.pdf)", path, text_errors, show_saved)

    def export_docx(
        self,
        path: str | None = None,
        *,
        text_errors: file_actions.TextErrorsAnswer | None = None,
        show_saved: bool | None = None,
    ) -> Path | None:
        """The report as a Word file, to edit before printing."""
        return self._export_report("docx", _("Export Word file"), "Word (*.docx)", path, text_errors, show_saved)

    def _export_report(
        self,
        kind: "ReportFormat",
        title: str,
        file_filter: str,
        path: str | None,
        text_errors: file_actions.TextErrorsAnswer | None = None,
        show_saved: bool | None = None,
    ) -> Path | None:
        """Write the year's report; the file written, or None.

        When the year's texts have errors the user is asked first (Review, Export anyway, Cancel) if the file is
        to be chosen; text_errors gives the answer instead. show_saved: the "file saved" message with buttons to
        open the file or its folder, by default when the file was chosen in the dialog.
        """
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.services.file_names import report_file_name
        from itadesk.services.report_data import report_data
        from itadesk.ui.report_files import report_file

        chosen = not path
        self.analysis_tab.save_text()  # the text being typed is part of the report and of the check
        agency_id, year = self.agency_id, self.year
        count = self._made_in_background(
            title,
            _("Checking the texts…"),
            lambda: file_actions.texts_to_check(self.store, agency_id, year),
            file_actions.error_count,
        )
        if count is None:  # cancelled, or refused (the reason shown)
            return None
        answer = file_actions.before_report_export(self, count, title, text_errors, ask=chosen)
        if answer is file_actions.TextErrorsAnswer.REVIEW:
            self.tabs.setCurrentWidget(self.analysis_tab)
            return None
        if answer is file_actions.TextErrorsAnswer.CANCEL:
            return None
        if chosen:
            name = report_file_name(self.agency_box.currentText(), self.year, kind)
            target, _filter = file_actions.ask_save_path(self, self.settings, title, name, file_filter)
        else:
            target = Path(path)
        if target is None:
            return None
        if not self._write_made(
            title, target, lambda: report_data(self.store, agency_id, year), lambda data: report_file(data, kind)
        ):
            return None
        file_actions.announce_saved(self, self.settings, title, target, chosen if show_saved is None else show_saved)
        return target

    def export_progress(
        self, path: str | None = None, as_of: date | None = None, *, show_saved: bool | None = None
    ) -> Path | None:
        """The progress report of the plan the plan tab shows (the assessment year's next), as of a day asked for."""
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.services.file_names import progress_file_name
        from itadesk.services.progress import progress_data, require_plan
        from itadesk.ui.progress_dialog import ProgressReportDialog
        from itadesk.ui.report_files import progress_file

        plan_year = self.year + 1
        title = _("Export progress report")
        try:
            require_plan(self.store, self.agency_id, plan_year)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        if as_of is None:
            dialog = ProgressReportDialog(self.agency_box.currentText(), plan_year, self)
            if not dialog.exec():
                return None
            as_of = dialog.as_of()
        chosen = not path
        if chosen:
            name = progress_file_name(self.agency_box.currentText(), plan_year)
            target, _filter = file_actions.ask_save_path(self, self.settings, title, name, "PDF (*.pdf)")
        else:
            target = Path(path)
        if target is None:
            return None
        agency_id = self.agency_id
        if not self._write_made(
            title, target, lambda: progress_data(self.store, agency_id, plan_year, as_of), progress_file
        ):
            return None
        file_actions.announce_saved(self, self.settings, title, target, chosen if show_saved is None else show_saved)
        return target

    def import_agencies(self, paths: list[str] | None = None, show: bool | None = None) -> str:
        """Add the agencies of JSON or Excel files made by Export agency (or a whole store's JSON backup), each file
        all or nothing; an agency already in the store gets the file's new years, and for years that differ the user
        chooses to keep the store's or take the file's. Returns the summary.

        show: the summary in a message, by default when the files were chosen in the dialog.
        """
        title = _("Import agency")
        chosen = not paths
        if chosen:
            paths = file_actions.ask_open_paths(
                self, self.settings, title, _("Agency files (*.json *.xlsx);;JSON (*.json);;Excel (*.xlsx)")
            )
        if not paths:
            return ""
        self.analysis_tab.save_text()
        from itadesk.ui.import_dialog import ask_year_choices

        outcomes = file_actions.import_files(
            self.store, list(paths), lambda file, previews: ask_year_choices(self, file, previews)
        )
        added = [outcome.agency_id for outcome in outcomes if outcome.agency_id is not None]
        if added:
            self.load_agencies(added[0])
        if chosen if show is None else show:
            file_actions.show_import_summary(self, title, outcomes)
        return file_actions.import_summary(outcomes)

    def export_agency(self, path: str | None = None, *, show_saved: bool | None = None) -> Path | None:
        """The whole agency (every year and plan) as JSON or Excel, to import elsewhere: the file written, or None.

        The dialog's filter decides the format (JSON unless Excel is chosen); a path given decides by its suffix.
        """
        if self.agency_id is None:
            return None
        from itadesk.services.exporting import agency_document, write_json
        from itadesk.services.file_names import agency_file_name, with_format_suffix
        from itadesk.services.xlsx import write_xlsx

        title = _("Export agency")
        excel = "Excel (*.xlsx)"
        chosen = not path
        if chosen:
            years = assessments.assessment_years(self.store, self.agency_id)
            name = agency_file_name(self.agency_box.currentText(), years[-1] if years else self.year, "json")
            picked, file_filter = file_actions.ask_save_path(
                self, self.settings, title, name, f"JSON (*.json);;{excel}"
            )
            if picked is None:
                return None
            kind = "xlsx" if file_filter == excel else "json"
            target = with_format_suffix(picked, kind)
        else:
            target = Path(path)
            kind = "xlsx" if target.suffix.lower() == ".xlsx" else "json"
        self.analysis_tab.save_text()
        try:
            document = agency_document(self.store, self.agency_id)
            (write_xlsx if kind == "xlsx" else write_json)(document, target)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        file_actions.announce_saved(self, self.settings, title, target, chosen if show_saved is None else show_saved)
        return target

    def print_preview(self) -> "ReportPreview | None":
        """The report's PDF, made off the window's thread, in a preview that draws its pages as they are scrolled to."""
        pdf = self._report_bytes(_("Print preview"))
        if pdf is None:
            return None
        from itadesk.ui.preview import ReportPreview

        dialog = ReportPreview(pdf, self)
        dialog.open()
        return dialog

    def print_report(self) -> None:
        pdf = self._report_bytes(_("Print"))
        if pdf is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog

        from itadesk.ui.preview import print_with_progress
        from itadesk.ui.printing import a4_printer

        printer = a4_printer()
        if QPrintDialog(printer, self).exec():
            print_with_progress(self, pdf, printer)
