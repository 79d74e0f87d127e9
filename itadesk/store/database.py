"""Opening a store file: SQLite pragmas, schema migrations with a copy taken first, sessions."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from itadesk.i18n import _
from itadesk.store.backup import backup_if_changed, restore
from itadesk.store.errors import StoreError
from itadesk.store.migrate import VERSION_TABLE, copy_before_migration, create_at_head, known_revisions, upgrade

BUSY_TIMEOUT_MS = 5000


@dataclass
class Store:
    path: Path
    engine: Engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back entirely on error.

        It takes the write lock at once (BEGIN IMMEDIATE), so what it reads to check an edit cannot change under it
        before it writes: another program on the same store waits (busy timeout) instead of being overwritten.
        """
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
        except OperationalError as error:  # a full disk, a store locked too long by another program, a lost drive
            raise StoreError(
                _("The store could not be written ({error}); nothing of this edit was saved.").format(error=error.orig)
            ) from None

    def read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Close the store, taking an automatic backup if it changed since the last one."""
        self.engine.dispose()
        try:
            backup_if_changed(self.path)
        except StoreError:
            pass  # an automatic copy that cannot be made (full disk, damaged file) must not stop the program closing


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_store(path: Path, *, target_revision: str = "head") -> Store:
    """Open (or create) the store at path and bring its schema up to date, copying the file first.

    A file that is not an ITA Desk store, or is one from a newer version, is refused without being written to.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            _("Cannot create the folder for the store {path}: {error}").format(path=path, error=error.strerror or error)
        ) from None
    revisions = known_revisions()
    target = revisions[-1] if target_revision == "head" else target_revision
    existed = path.exists() and path.stat().st_size > 0
    current = _inspect(path, revisions) if existed else None
    engine = make_engine(path)
    try:
        if not existed and target == revisions[-1]:
            with engine.begin() as connection:
                create_at_head(connection)
        elif current != target:
            if existed:
                copy_before_migration(engine, path, current)
            upgrade(engine, target)
    except SQLAlchemyDatabaseError as error:
        engine.dispose()
        raise StoreError(
            _("{path} cannot be opened as an ITA Desk store: {error}").format(path=path, error=error.orig)
        ) from None
    except BaseException:
        engine.dispose()
        raise
    if existed:
        backup_if_changed(path)  # changed since the last backup, e.g. by another program or a crash
    return Store(path, engine)


def check_store_file(path: Path) -> None:
    """Raise StoreError unless path is an ITA Desk store this version can open; the file is only read."""
    if not path.exists() or path.stat().st_size == 0:
        raise StoreError(_("{path} is empty or missing.").format(path=path))
    _inspect(path, known_revisions())


def restore_backup(store_path: Path, backup: Path) -> Path | None:
    """Replace the store's content with a backup's; returns the copy kept of what was there."""
    return restore(store_path, backup, check_store_file)


def _inspect(path: Path, revisions: list[str]) -> str | None:
    """The schema revision of an existing file, read without writing to it; StoreError if it is not ours."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            current = None
            if VERSION_TABLE in tables:
                row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                current = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StoreError(
            _("{path} cannot be opened as an ITA Desk store: {error}").format(path=path, error=error)
        ) from None
    if current is None and tables:
        raise StoreError(
            _("{path} is a database of another program (tables: {tables}); ITA Desk leaves it as it is.").format(
                path=path, tables=", ".join(sorted(tables)[:5])
            )
        )
    if current is not None and current not in revisions:
        raise StoreError(
            _(
                "{path} was written by a newer version of ITA Desk (schema {revision}); "
                "install the newer version to open it."
            ).format(path=path, revision=current)
        )
    return current
