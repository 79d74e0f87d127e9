"""Exporting the report to a file (PDF or Word): all or nothing, an existing file is replaced only by a complete one."""

import io
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from itadesk.i18n import _
from itadesk.services.errors import ServiceError
from itadesk.services.files import write_atomically

if TYPE_CHECKING:
    from itadesk.domain.summary import ReportData
    from itadesk.store import Store

ReportFormat = Literal["pdf", "docx"]
PageNumbers = Literal["official", "footer"]  # "- ๒ -" at the top from page 2, or "หน้า ๒ / ๑๒" at the foot


def _word_file(data: "ReportData", signatures: bool | None, page_numbers: PageNumbers = "official") -> bytes:
    """The .docx in memory: a file that cannot be made (a font file missing from the installation) is not written."""
    from itadesk.wordfile.builder import write_word_report

    buffer = io.BytesIO()
    try:
        write_word_report(data, buffer, signatures, page_numbers)
    except OSError as error:
        raise ServiceError(_("Cannot make the Word file: {error}").format(error=error)) from None
    return buffer.getvalue()


def write_report_file(
    path: Path,
    data: "ReportData",
    kind: ReportFormat = "pdf",
    signatures: bool | None = None,
    page_numbers: PageNumbers = "official",
) -> None:
    """The report of `data` as a PDF or a Word file at path."""
    if kind == "docx":
        made = _word_file(data, signatures, page_numbers)
        write_atomically(path, lambda out: out.write(made))
    else:
        from itadesk.report.exporter import write_report

        write_atomically(path, lambda out: write_report(data, out, signatures, page_numbers))


def export_report(
    store: "Store",
    agency_id: int,
    fiscal_year: int,
    path: Path,
    kind: ReportFormat = "pdf",
    signatures: bool | None = None,
    page_numbers: PageNumbers = "official",
) -> "ReportData":
    """The report of an agency's year written to path; what it was made from is returned."""
    from itadesk.services.report_data import report_data

    data = report_data(store, agency_id, fiscal_year)
    write_report_file(path, data, kind, signatures, page_numbers)
    return data


def export_pdf(store: "Store", agency_id: int, fiscal_year: int, path: Path, signatures: bool | None = None) -> None:
    export_report(store, agency_id, fiscal_year, path, "pdf", signatures)


def export_docx(store: "Store", agency_id: int, fiscal_year: int, path: Path, signatures: bool | None = None) -> None:
    export_report(store, agency_id, fiscal_year, path, "docx", signatures)


SAMPLE_YEAR = 2568


def export_sample_report(
    path: Path,
    kind: ReportFormat = "pdf",
    fiscal_year: int = SAMPLE_YEAR,
    signatures: bool | None = None,
    page_numbers: PageNumbers = "official",
) -> "ReportData":
    """The sample agency's report, made straight from its data file: no store is opened or changed."""
    from itadesk.services.document_report import report_data_from_document
    from itadesk.services.sample import sample_document

    data = report_data_from_document(sample_document(), fiscal_year)
    write_report_file(path, data, kind, signatures, page_numbers)
    return data


def export_sample_pdf(path: Path, fiscal_year: int = SAMPLE_YEAR, signatures: bool | None = None) -> None:
    export_sample_report(path, "pdf", fiscal_year, signatures)


def export_sample_docx(path: Path, fiscal_year: int = SAMPLE_YEAR, signatures: bool | None = None) -> None:
    export_sample_report(path, "docx", fiscal_year, signatures)
