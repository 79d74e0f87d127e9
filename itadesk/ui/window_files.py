"""The main window's files: reports exported, previewed and printed; agencies imported and exported (a part of
MainWindow)."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services import assessments
from itadesk.services.export import ReportFormat
from itadesk.ui import file_actions, messages
from itadesk.ui.printing import a4_printer, print_pdf
from itadesk.ui.progress_dialog import ProgressReportDialog
from itadesk.ui.screen import fit_window

PREVIEW_DPI = 150


class FileActions:
    """Files in and out, for MainWindow."""

    def _report_bytes(self) -> bytes | None:
        if self.agency_id is None or self.year is None:
            return None
        from itadesk.report.exporter import render_report
        from itadesk.services.report_data import report_data

        try:
            return render_report(report_data(self.store, self.agency_id, self.year))
        except UserError as error:
            messages.warn(self, _("Report"), error)
            return None

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
        kind: ReportFormat,
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
        from itadesk.services.export import export_report
        from itadesk.services.file_names import report_file_name

        chosen = not path
        self.analysis_tab.save_text()  # the text being typed is part of the report and of the check
        answer = file_actions.before_report_export(
            self, self.store, self.agency_id, self.year, title, text_errors, ask=chosen
        )
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
        try:
            export_report(self.store, self.agency_id, self.year, target, kind)
        except UserError as error:
            messages.warn(self, title, error)
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
        from itadesk.services.progress import progress_data, require_plan, write_progress_pdf

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
        try:
            write_progress_pdf(progress_data(self.store, self.agency_id, plan_year, as_of), target)
        except UserError as error:
            messages.warn(self, title, error)
            return None
        file_actions.announce_saved(self, self.settings, title, target, chosen if show_saved is None else show_saved)
        return target

    def import_agencies(self, paths: list[str] | None = None, show: bool | None = None) -> str:
        """Add the agencies of JSON or Excel files made by Export agency, each file all or nothing; the summary.

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
        outcomes = file_actions.import_files(self.store, list(paths))
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

    def print_preview(self) -> QPrintPreviewDialog | None:
        pdf = self._report_bytes()
        if pdf is None:
            return None
        printer = a4_printer()
        printer.setResolution(PREVIEW_DPI)  # thirty pages at full printer resolution take seconds to show
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer_in_use = printer  # the dialog does not own the printer: keep it alive as long as the dialog
        dialog.setWindowTitle(_("Print preview"))
        dialog.paintRequested.connect(lambda printer: print_pdf(pdf, printer))
        fit_window(dialog, QSize(1000, 800))
        dialog.open()
        return dialog

    def print_report(self) -> None:
        pdf = self._report_bytes()
        if pdf is None:
            return
        printer = a4_printer()
        if QPrintDialog(printer, self).exec():
            print_pdf(pdf, printer)
