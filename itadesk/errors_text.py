"""Why a file or the database failed, said in the user's language instead of SQLite's or the system's English."""

import errno
import sqlite3

from itadesk.i18n import N_, _

# SQLite's primary result codes (an extended code keeps its primary one in the low byte).
_SQLITE = {
    3: N_("access to the file was refused"),  # SQLITE_PERM
    5: N_("the file is in use by another program; try again in a moment"),  # SQLITE_BUSY
    6: N_("the file is in use by another program; try again in a moment"),  # SQLITE_LOCKED
    8: N_("the file can only be read, not written"),  # SQLITE_READONLY
    10: N_("the disk could not be read or written (a removed drive, a network folder gone, or a damaged disk)"),
    11: N_("the file is damaged"),  # SQLITE_CORRUPT
    13: N_("the disk is full"),  # SQLITE_FULL
    14: N_("the file cannot be opened"),  # SQLITE_CANTOPEN
    23: N_("access to the file was refused"),  # SQLITE_AUTH
    26: N_("the file is not a database"),  # SQLITE_NOTADB
}
# The same, for an error that carries SQLite's text but not its code.
_SQLITE_TEXTS = {
    "file is not a database": 26,
    "disk i/o error": 10,
    "database is locked": 5,
    "database table is locked": 6,
    "database or disk is full": 13,
    "unable to open database file": 14,
    "attempt to write a readonly database": 8,
    "database disk image is malformed": 11,
}

# By errno's name: a name the system does not have (some are missing on Windows) is left out.
_ERRNO_NAMES = {
    "ENOSPC": N_("the disk is full"),
    "EDQUOT": N_("the disk space allowed to this user is used up"),
    "EACCES": N_("permission denied: this user may not use that file or folder"),
    "EPERM": N_("permission denied: this user may not use that file or folder"),
    "ENOENT": N_("there is no such file or folder"),
    "EISDIR": N_("that is a folder, not a file"),
    "ENOTDIR": N_("part of the path is a file, not a folder"),
    "EROFS": N_("the disk can only be read, not written"),
    "EEXIST": N_("a file of that name is already there"),
    "EIO": N_("the disk could not be read or written (a removed drive, a network folder gone, or a damaged disk)"),
    "ENAMETOOLONG": N_("the file name is too long"),
    "EBUSY": N_("the file is in use by another program; try again in a moment"),
    "ENOTEMPTY": N_("the folder is not empty"),
}
_ERRNO = {getattr(errno, name): phrase for name, phrase in _ERRNO_NAMES.items() if hasattr(errno, name)}


def sqlite_error_text(error: sqlite3.Error) -> str:
    """SQLite's reason in the user's language; its own text when it is not one of the common ones."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        code = _SQLITE_TEXTS.get(str(error).strip().casefold())
    phrase = _SQLITE.get(code & 0xFF) if code is not None else None
    return _(phrase) if phrase else str(error)


def os_error_text(error: OSError) -> str:
    """The system's reason (errno) in the user's language; its own text when it is not one of the common ones."""
    phrase = _ERRNO.get(error.errno) if error.errno is not None else None
    if phrase:
        return _(phrase)
    return error.strerror or str(error)


def error_text(error: BaseException) -> str:
    """Why something failed, for a message: SQLite's and the system's common reasons translated.

    A SQLAlchemy error is read through the driver's error it wraps (its `orig`).
    """
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException):
        error = original
    if isinstance(error, sqlite3.Error):
        return sqlite_error_text(error)
    if isinstance(error, OSError):
        return os_error_text(error)
    return str(error)
