"""What the window's imports and exports share: the folder offered and remembered, the file dialogs, the message
that a file is saved (with buttons to open it or its folder), the import summary, and the question asked when the
texts of a report have errors."""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.store import Store
from itadesk.ui import numerals

if TYPE_CHECKING:
    from itadesk.domain.scoring import AssessmentResult
    from itadesk.domain.textcheck import WrittenText
    from itadesk.services.merging import Decision, MergePreview, MergeResult

FOLDER_KEY = "export_folder"
STATUS_SECONDS = 8


# --- folders and file dialogs --------------------------------------------------------------------------------


def offered_folder(settings: QSettings) -> Path:
    """The folder the user last exported to, while it exists; else Documents; else the home folder."""
    value = settings.value(FOLDER_KEY)
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(FOLDER_KEY, str(Path(path).absolute().parent))


def ask_save_path(
    parent: QWidget, settings: QSettings, title: str, file_name: str, file_filter: str
) -> tuple[Path | None, str]:
    """The file the user chose to write (None when cancelled) and the filter chosen, file_name offered."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(offered_folder(settings) / file_name), file_filter)
    return (Path(path) if path else None), chosen


def ask_open_paths(parent: QWidget, settings: QSettings, title: str, file_filter: str) -> list[str]:
    paths, _chosen = QFileDialog.getOpenFileNames(parent, title, str(offered_folder(settings)), file_filter)
    return list(paths)


# --- a file written ------------------------------------------------------------------------------------------


def saved_text(path: Path) -> str:
    return _("The file is saved:\n{path}").format(path=Path(path).absolute())


class SavedMessage(QMessageBox):
    """The file just written, with its full path and buttons to open it or the folder that holds it."""

    def __init__(self, parent: QWidget | None, title: str, path: Path) -> None:
        super().__init__(
            QMessageBox.Icon.Information, title, saved_text(path), QMessageBox.StandardButton.NoButton, parent
        )
        self.setTextFormat(Qt.TextFormat.PlainText)  # a path is text, whatever characters it holds
        self.path = Path(path).absolute()
        self.open_file_button = self.addButton(_("Open file"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder_button = self.addButton(_("Open folder"), QMessageBox.ButtonRole.ActionRole)
        self.close_button = self.addButton(_("Close"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_file_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        elif button is self.open_folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def announce_saved(window: QMainWindow, settings: QSettings, title: str, path: Path, show: bool) -> SavedMessage | None:
    """Remember the folder, say so in the status bar and, when show, in a message that stays until closed."""
    remember_folder(settings, path)
    window.statusBar().showMessage(_("Wrote {path}").format(path=path), STATUS_SECONDS * 1000)
    if not show:
        return None
    box = SavedMessage(window, title, path)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # modal to the window, without stopping the caller
    return box


# --- importing -----------------------------------------------------------------------------------------------


@dataclass
class ImportOutcome:
    """One file of an import: what came in from it (an agency added, or years brought into one the store holds),
    or why nothing did."""

    file: str
    agency_id: int | None = None  # the first agency of the file, shown after the import
    name: str = ""
    years: list[int] = field(default_factory=list)
    problem: str = ""
    results: "list[MergeResult]" = field(default_factory=list)


# Given the file's name and the previews of its agencies that have conflicting years: the decision for each
# (agency id, year), or None to leave the file out.
YearsDecider = Callable[[str, "list[MergePreview]"], "dict[tuple[int, int], Decision] | None"]


def import_files(store: Store, paths: list[str], decide: YearsDecider | None = None) -> list[ImportOutcome]:
    """Each file read whole, then brought in with one transaction: a refused file changes nothing, the others come
    in. An agency the store holds gets the file's new years; for years that differ, `decide` is asked (without it,
    the file is refused)."""
    from itadesk.services.importing import import_documents, preview_documents, read_exchange_documents

    outcomes = []
    for path in paths:
        outcome = ImportOutcome(Path(path).name)
        outcomes.append(outcome)
        try:
            documents = read_exchange_documents(Path(path))
            previews = preview_documents(store, documents)
            conflicting = [preview for preview in previews if preview is not None and preview.conflicts]
            decisions: dict[tuple[int, int], Decision] | None = {}
            if conflicting and decide is not None:
                decisions = decide(outcome.file, conflicting)
                if decisions is None:
                    outcome.problem = _("Cancelled; nothing of it was imported.")
                    continue
            results = import_documents(store, documents, decisions, expected=previews)
        except UserError as error:
            outcome.problem = numerals.message(str(error))
            continue
        if not results:
            outcome.problem = _("The file holds no agency.")
            continue
        outcome.results = results
        outcome.agency_id, outcome.name = results[0].agency_id, results[0].name
        outcome.years = sorted(results[0].added) if results[0].created else []
    return outcomes


def _result_line(file: str, result: "MergeResult") -> str:
    if result.created:
        if result.added:
            return _("{file}: added {name}, assessment years {years}.").format(
                file=file, name=result.name, years=", ".join(numerals.digits(year) for year in result.added)
            )
        return _("{file}: added {name}, without assessment results.").format(file=file, name=result.name)
    parts = result.parts(numerals.digits)
    if not result.changed:
        return _("{file}: {name} is already in this store as the file has it; nothing changed.").format(
            file=file, name=result.name
        )
    return _("{file}: updated {name}: {changes}.").format(file=file, name=result.name, changes="; ".join(parts))


def import_summary(outcomes: list[ImportOutcome]) -> str:
    """What came in from each file (agency, assessment years) or why it was refused."""
    added = sum(1 for outcome in outcomes if outcome.agency_id is not None)
    lines = [
        _("Imported {added} of {total} files.").format(
            added=numerals.digits(added), total=numerals.digits(len(outcomes))
        )
    ]
    for outcome in outcomes:
        if outcome.agency_id is None:
            lines.append("• " + _("{file}: not imported. {problem}").format(file=outcome.file, problem=outcome.problem))
        for result in outcome.results:
            lines.append("• " + _result_line(outcome.file, result))
    return "\n\n".join(lines)


def show_import_summary(parent: QWidget, title: str, outcomes: list[ImportOutcome]) -> QMessageBox:
    refused = any(outcome.agency_id is None for outcome in outcomes)
    icon = QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, import_summary(outcomes), QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# --- errors in the texts of a report -------------------------------------------------------------------------


class TextErrorsAnswer(Enum):
    REVIEW = "review"  # show the analysis tab, export nothing
    EXPORT = "export"  # export anyway
    CANCEL = "cancel"


@dataclass
class TextsToCheck:
    """A year's written texts and the figures they are checked against, read from the store (on the window's
    thread) as itadesk.services.text_checks reads them: checking them reads nothing more, so it may run off it."""

    texts: "list[WrittenText]"
    current: "AssessmentResult"
    previous: "AssessmentResult | None"
    previous_texts: "list[WrittenText]"
    agency: str


def texts_to_check(store: Store, agency_id: int, fiscal_year: int) -> TextsToCheck | None:
    """The year's overall and indicator analyses and the analyses of its plan's measures, with last year's analyses;
    None when the year has no results (and so no texts)."""
    from itadesk.domain.textcheck.texts import year_texts
    from itadesk.services.assessments import analyses, assessment_years
    from itadesk.services.report_data import report_data

    if fiscal_year not in assessment_years(store, agency_id):
        return None
    data = report_data(store, agency_id, fiscal_year)
    summary = data.summary
    measures = data.plan.measures if data.plan else ()
    previous_texts = []
    if summary.previous is not None:
        _overall, previous = analyses(store, agency_id, fiscal_year - 1)
        previous_texts = year_texts("", previous, fiscal_year=fiscal_year - 1)
    texts = year_texts(data.overall_analysis, data.indicator_analyses, measures)
    return TextsToCheck(texts, summary.current, summary.previous, previous_texts, summary.agency.name)


def error_count(texts: TextsToCheck | None) -> int:
    """Errors (not warnings) the checks find in the texts; computation only (it may run off the window's thread)."""
    if texts is None:
        return 0
    from itadesk.domain.findings import Severity
    from itadesk.domain.textcheck import check_texts

    findings = check_texts(texts.texts, texts.current, texts.previous, texts.previous_texts, texts.agency)
    return sum(1 for finding in findings if finding.severity is Severity.ERROR)


def text_error_count(store: Store, agency_id: int, fiscal_year: int) -> int:
    """Errors (not warnings) in the year's overall and indicator analyses and the analyses of its plan's measures."""
    return error_count(texts_to_check(store, agency_id, fiscal_year))


def ask_about_text_errors(parent: QWidget, title: str, count: int) -> TextErrorsAnswer:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        _("{count} errors were found in the texts of this report. Review them first?").format(
            count=numerals.digits(count)
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    review = box.addButton(_("Review"), QMessageBox.ButtonRole.AcceptRole)
    export = box.addButton(_("Export anyway"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(review)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is review:
        return TextErrorsAnswer.REVIEW
    if clicked is export:
        return TextErrorsAnswer.EXPORT
    return TextErrorsAnswer.CANCEL


def before_report_export(
    parent: QWidget, count: int, title: str, answer: TextErrorsAnswer | None, ask: bool
) -> TextErrorsAnswer:
    """EXPORT when the texts have no error (count); otherwise answer, else the user's answer when ask, else
    EXPORT."""
    if not count:
        return TextErrorsAnswer.EXPORT
    if answer is not None:
        return answer
    return ask_about_text_errors(parent, title, count) if ask else TextErrorsAnswer.EXPORT
