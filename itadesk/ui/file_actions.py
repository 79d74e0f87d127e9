"""What the window's imports and exports share: the folder offered and remembered, the file dialogs, the message
that a file is saved (with buttons to open it or its folder), the import summary, and the question asked when the
texts of a report have errors."""

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.store import Store
from itadesk.ui import numerals

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
    """One file of an import: the agency it added, or why nothing was added."""

    file: str
    agency_id: int | None = None
    name: str = ""
    years: list[int] = field(default_factory=list)
    problem: str = ""


def import_files(store: Store, paths: list[str]) -> list[ImportOutcome]:
    """Each file read whole, then added in one transaction: a refused file changes nothing, the others come in."""
    from itadesk.services.importing import import_document, read_exchange_file

    outcomes = []
    for path in paths:
        outcome = ImportOutcome(Path(path).name)
        try:
            document = read_exchange_file(Path(path))
            agency = import_document(store, document)
        except UserError as error:
            outcome.problem = numerals.message(str(error))
        else:
            outcome.agency_id, outcome.name = agency.id, agency.name
            outcome.years = sorted(part.fiscal_year for part in document.assessments)
        outcomes.append(outcome)
    return outcomes


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
            line = _("{file}: not imported. {problem}").format(file=outcome.file, problem=outcome.problem)
        elif outcome.years:
            years = ", ".join(numerals.digits(year) for year in outcome.years)
            line = _("{file}: added {name}, assessment years {years}.").format(
                file=outcome.file, name=outcome.name, years=years
            )
        else:
            line = _("{file}: added {name}, without assessment results.").format(file=outcome.file, name=outcome.name)
        lines.append("• " + line)
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


def text_error_count(store: Store, agency_id: int, fiscal_year: int) -> int:
    """Errors (not warnings) in the year's overall and indicator analyses and the analyses of its plan's measures."""
    from itadesk.domain.findings import Severity
    from itadesk.services.assessments import assessment_years
    from itadesk.services.text_checks import check_year_texts

    if fiscal_year not in assessment_years(store, agency_id):
        return 0  # no results, no texts
    return sum(1 for finding in check_year_texts(store, agency_id, fiscal_year) if finding.severity is Severity.ERROR)


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
    parent: QWidget,
    store: Store,
    agency_id: int,
    fiscal_year: int,
    title: str,
    answer: TextErrorsAnswer | None,
    ask: bool,
) -> TextErrorsAnswer:
    """EXPORT when the texts have no error; otherwise answer, else the user's answer when ask, else EXPORT."""
    count = text_error_count(store, agency_id, fiscal_year)
    if not count:
        return TextErrorsAnswer.EXPORT
    if answer is not None:
        return answer
    return ask_about_text_errors(parent, title, count) if ask else TextErrorsAnswer.EXPORT
