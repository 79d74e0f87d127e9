"""The reports the window makes, off its thread: their data is read from the store on the window's thread, the file
is made from it in the background (itadesk.ui.background) while the window keeps answering, then written whole
beside its target and moved over it, or not at all when the user cancels."""

import io
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.i18n import _
from itadesk.services.errors import ServiceError

if TYPE_CHECKING:
    from itadesk.domain.progress import ProgressReportData
    from itadesk.domain.summary import ReportData
    from itadesk.services.export import ReportFormat


def report_file(data: "ReportData", kind: "ReportFormat" = "pdf") -> bytes:
    """The year's report as the bytes of a PDF or a Word file (what `itadesk export` writes)."""
    buffer = io.BytesIO()
    if kind == "docx":
        from itadesk.wordfile.builder import write_word_report

        try:
            write_word_report(data, buffer)
        except OSError as error:  # a font file missing from the installation
            raise ServiceError(_("Cannot make the Word file: {error}").format(error=error)) from None
    else:
        from itadesk.report.exporter import write_report

        write_report(data, buffer)
    return buffer.getvalue()


def progress_file(data: "ProgressReportData") -> bytes:
    """The progress report (ITA item O26) as the bytes of a PDF."""
    from itadesk.report.progress import write_progress_report

    buffer = io.BytesIO()
    write_progress_report(data, buffer)
    return buffer.getvalue()


def write_whole(path: Path, made: bytes) -> None:
    """The file written beside path, then moved over it: path is untouched unless the whole file is there."""
    from itadesk.services.files import write_atomically

    write_atomically(Path(path), lambda out: out.write(made))


def making_label(path: Path) -> str:
    return _("Making {file}…").format(file=Path(path).name)
