"""Exporting the report to a file: all or nothing, an existing file is replaced only by a complete one."""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from itadesk.i18n import _
from itadesk.services.errors import ServiceError

if TYPE_CHECKING:
    from itadesk.store import Store


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write to a temporary file beside path, then move it over path; on failure path is untouched."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    except OSError as error:
        raise ServiceError(_("Cannot write {path}: {error}").format(path=path, error=error.strerror or error)) from None
    try:
        os.chmod(temporary, _file_mode(path))
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise ServiceError(_("Cannot write {path}: {error}").format(path=path, error=error.strerror or error)) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _file_mode(path: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets the usual mode (mkstemp makes it private)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def export_pdf(store: "Store", agency_id: int, fiscal_year: int, path: Path, signatures: bool | None = None) -> None:
    from itadesk.report.exporter import write_report
    from itadesk.services.report_data import report_data

    data = report_data(store, agency_id, fiscal_year)
    write_atomically(path, lambda out: write_report(data, out, signatures))


SAMPLE_YEAR = 2568


def export_sample_pdf(path: Path, fiscal_year: int = SAMPLE_YEAR, signatures: bool | None = None) -> None:
    """The sample agency's report, made straight from its data file: no store is opened or changed."""
    from itadesk.report.exporter import write_report
    from itadesk.services.document_report import report_data_from_document
    from itadesk.services.sample import sample_document

    data = report_data_from_document(sample_document(), fiscal_year)
    write_atomically(path, lambda out: write_report(data, out, signatures))
