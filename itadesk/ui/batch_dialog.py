"""Exporting the reports of many agencies from the window: a progress dialog that can be cancelled, then what was
written and what was skipped, and why."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services.batch_export import PROGRESS, BatchExport, BatchOutcome, BatchResult
from itadesk.ui import messages, numerals

STEP_MILLISECONDS = 30


class BatchRun(QObject):
    """Drives a BatchExport from the window's event loop: the window stays alive while workers draw the PDFs.

    finished carries the BatchOutcome, whether the batch ran to its end or was cancelled.
    """

    finished = Signal(object)

    def __init__(self, batch: BatchExport, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.batch = batch
        self.title = title
        self.outcome: BatchOutcome | None = None
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setCancelButtonText(_("Cancel"))
        self.dialog.setRange(0, batch.total)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(460)
        self.dialog.canceled.connect(self.cancel)
        self._say(None)
        self.timer = QTimer(self)
        self.timer.setInterval(STEP_MILLISECONDS)
        self.timer.timeout.connect(self._step)
        # the program closing while reports are drawn: they are thrown away, no temporary file stays behind
        QCoreApplication.instance().aboutToQuit.connect(self.cancel)

    def start(self) -> None:
        try:
            self.batch.start()
        except UserError as error:
            self._finish()
            messages.warn(self.parent(), self.title, error)
            return
        self.dialog.show()
        self.timer.start()

    def _say(self, last: BatchResult | None) -> None:
        text = _("{done} of {total} files").format(
            done=numerals.digits(self.batch.finished), total=numerals.digits(self.batch.total)
        )
        if last is not None:
            text += "\n" + last.item.label
        self.dialog.setLabelText(text)
        self.dialog.setValue(self.batch.finished)

    def _step(self) -> None:
        try:
            came = self.batch.step()
        except UserError as error:
            self.batch.cancel()
            self._finish()
            messages.warn(self.parent(), self.title, error)
            return
        if came:
            self._say(came[-1])
        if self.batch.done:
            self._finish()

    def cancel(self) -> None:
        """Stop: what is being drawn is waited for and thrown away, no partial file is left."""
        if self.outcome is not None:
            return
        self.dialog.setLabelText(_("Cancelling…"))
        self.dialog.repaint()  # said before waiting for the reports being drawn
        self.batch.cancel()
        self._finish()

    def _finish(self) -> None:
        self.timer.stop()
        if self.outcome is not None:
            return
        self.outcome = self.batch.outcome
        self.dialog.canceled.disconnect(self.cancel)
        QCoreApplication.instance().aboutToQuit.disconnect(self.cancel)
        self.dialog.close()
        self.finished.emit(self.outcome)


def outcome_text(outcome: BatchOutcome, folder: Path) -> str:
    """How many files were written where; that the export was cancelled; how many were skipped."""
    lines = [
        _("{count} files written into {folder}").format(count=numerals.digits(len(outcome.written)), folder=folder)
    ]
    if outcome.cancelled:
        lines.append(_("The export was cancelled; no unfinished file was left in the folder."))
    if outcome.skipped:
        lines.append(_("{count} skipped (see the details).").format(count=numerals.digits(len(outcome.skipped))))
    return numerals.message("\n".join(lines))


def skipped_text(outcome: BatchOutcome) -> str:
    lines = []
    for result in outcome.skipped:
        kind = _("progress report") if result.kind == PROGRESS else _("report")
        lines.append(f"{result.item.label} ({kind}): {result.problem}")
    return numerals.message("\n".join(lines))


def show_outcome(parent: QWidget, title: str, outcome: BatchOutcome, folder: Path) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, outcome_text(outcome, folder), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if outcome.skipped:
        box.setDetailedText(skipped_text(outcome))
    open_folder = box.addButton(_("Open folder"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(_("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return box
