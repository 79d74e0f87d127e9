"""Writing a file all or nothing: an existing file is replaced only by a complete one."""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.services.errors import ServiceError


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write to a temporary file beside path, then move it over path; on failure path is untouched."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    except OSError as error:
        raise ServiceError(_("Cannot write {path}: {error}").format(path=path, error=error_text(error))) from None
    try:
        os.chmod(temporary, _file_mode(path))
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise ServiceError(_("Cannot write {path}: {error}").format(path=path, error=error_text(error))) from None
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
