"""An open store, a file or a shared PostgreSQL database: its transactions, reads and closing."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.store.backup import backup_if_changed, backups_dir, shared_store_backups_dir
from itadesk.store.errors import StoreError
from itadesk.store.lock import StoreLock
from itadesk.store.url import database_name, shown_url

BUSY_TIMEOUT_MS = 5000
# The key of the PostgreSQL advisory lock every writing transaction of ITA Desk takes: one writer at a time on a
# shared store, as SQLite's write lock gives on a file (a number of ITA Desk's own, "ITADESK1" in ASCII).
WRITER_LOCK_KEY = 0x4954414445534B31


def read_only_refusal() -> str:
    """Why an edit in a store opened read only was not saved."""
    return _("This store is open read only: another ITA Desk window has it open, so nothing was saved.")


def failure_text(error: BaseException) -> str:
    """Why the store failed, in the user's language: a PostgreSQL server's common reasons, else error_text's."""
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None)
    reasons = {
        "55P03": _("another PC was writing to the store for too long; try again in a moment"),
        "3D000": _("the server has no database of that name"),
        "28P01": _("the server refused this user name or password"),
        "28000": _("the server refused this user name or password"),
        "42501": _("this user may not use that database"),
    }
    if state in reasons:
        return reasons[state]
    said = str(original)
    # A connection refused by the server carries no SQLSTATE, only the server's words after FATAL.
    for words, meant in (
        ('database "', "3D000"),
        ('role "', "28P01"),
        ("password authentication failed", "28P01"),
        ("no password supplied", "28P01"),
        ("permission denied", "42501"),
    ):
        if "FATAL" in said and words in said and (meant != "3D000" or "does not exist" in said):
            return reasons[meant]
    if "FATAL" in said and "pg_hba.conf" in said:
        return _("the server does not accept connections from this PC or this user")
    if state is None and type(original).__module__.startswith("psycopg"):
        first_line = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
        return _("the server cannot be reached ({reason}); check the address and that the server is running").format(
            reason=first_line
        )
    return error_text(error)


def take_writer_lock(connection: Connection, timeout_ms: int | None = None) -> None:
    """On a shared store, wait (at most timeout_ms, by default BUSY_TIMEOUT_MS) until no other ITA Desk program is
    writing, and keep that turn until the transaction ends. Every statement after it sees what the others committed
    before it (PostgreSQL's READ COMMITTED), so an edit checks the value it replaces against the latest one."""
    wait = BUSY_TIMEOUT_MS if timeout_ms is None else timeout_ms
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait)}")
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


@dataclass
class Store:
    """A store file (path) or a shared store (url, with path None)."""

    path: Path | None
    engine: Engine
    read_only: bool = False
    # The lock of a window's store, given back when the store is closed.
    lock: StoreLock | None = None
    # Whether closing it takes an automatic backup when it changed (not for a command that only reads).
    backs_up: bool = True
    url: str | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def shared(self) -> bool:
        """A shared store on a PostgreSQL server, rather than a file."""
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the store is, as the user is shown it: the file's path, or the URL without its password."""
        return shown_url(self.url) if self.url is not None else str(self.path)

    @property
    def name(self) -> str:
        """A short name for the files written about the store: the file's name without suffix, or the database's."""
        return database_name(self.url) if self.url is not None else Path(self.path or "").stem

    @property
    def backup_folder(self) -> Path:
        """Where copies of the store are kept: the backups folder beside the file; for a shared store, this PC's."""
        return shared_store_backups_dir() if self.path is None else backups_dir(self.path)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back entirely on error.

        It takes the write lock at once (SQLite's BEGIN IMMEDIATE; on a shared store ITA Desk's advisory lock), so
        what it reads to check an edit cannot change under it before it writes: another program on the same store
        waits (at most five seconds) instead of being overwritten. A store opened read only refuses (StoreError)
        before anything is written.
        """
        if self.read_only:
            raise StoreError(read_only_refusal())
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                connection = session.connection()
                if self.shared:
                    take_writer_lock(connection)
                else:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield session
        except OperationalError as error:  # a full disk, a store locked too long by another program, a lost drive
            raise StoreError(
                _("The store could not be written ({error}); nothing of this edit was saved.").format(
                    error=failure_text(error)
                )
            ) from None

    def read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Close the store, taking an automatic backup if it changed since the last one, then give its lock back.

        A store opened read only, opened without backups, or shared (its server is backed up as a whole) takes
        none. Closing a closed store does nothing.
        """
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        try:
            if not self.read_only and self.backs_up and self.path is not None:
                backup_if_changed(self.path)
        except StoreError:
            pass  # an automatic copy that cannot be made (full disk, damaged file) must not stop the program closing
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def detach_lock(self) -> StoreLock | None:
        """Take the store's lock away from it, still held (for a restore, which reopens the store with it)."""
        lock, self.lock = self.lock, None
        return lock
