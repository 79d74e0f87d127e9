"""Opening a store file: SQLite pragmas, schema migrations with a copy taken first, sessions; for a window, with the
store's lock held, or read only when another window holds it. A PostgreSQL URL opens a shared store instead
(itadesk.store.shared)."""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, QueuePool, create_engine, event
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.store.backup import backup_if_changed, read_connection, restore
from itadesk.store.errors import StoreError, StoreMissing, store_missing
from itadesk.store.handle import BUSY_TIMEOUT_MS, Store, read_only_refusal
from itadesk.store.lock import StoreInUse, StoreLock, take_lock
from itadesk.store.migrate import (
    VERSION_TABLE,
    copy_before_migration,
    create_at_head,
    known_revisions,
    known_schema,
    upgrade,
)
from itadesk.store.url import StoreLocation, is_store_url

__all__ = ["BUSY_TIMEOUT_MS", "Store", "StoreMissing", "open_store", "read_only_refusal", "store_missing"]


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """An engine whose connections cannot write the file (SQLite's mode=ro, and query_only besides)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _set_read_only_pragmas)
    return engine


def open_store(
    path: StoreLocation,
    *,
    target_revision: str = "head",
    read_only: bool = False,
    lock: StoreLock | None = None,
    create: bool = True,
    backups: bool = True,
) -> Store:
    """Open (or, with create, start) the store at path and bring its schema up to date, copying the file first.

    A file that is not an ITA Desk store, or is one from a newer version, is refused without being written to; so
    is an empty file and a folder. Without create a missing store is refused (StoreMissing) and nothing is made,
    not even its folder. `lock`, held by the caller, goes with the store and is given back when it is closed. With
    read_only the file is opened so that it cannot be written: nothing is created, migrated or backed up, and every
    edit is refused. Without backups no automatic backup is taken on opening or closing (a command that only reads).
    A PostgreSQL URL opens a shared store (itadesk.store.shared.open_shared_store).
    """
    if is_store_url(path):
        from itadesk.store.shared import open_shared_store

        return open_shared_store(str(path), target_revision=target_revision, create=create, read_only=read_only)
    path = Path(path)
    check_store_path(path, create=create and not read_only)
    if read_only:
        return _open_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            _("Cannot create the folder for the store {path}: {error}").format(path=path, error=error_text(error))
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
            _("{path} cannot be opened as an ITA Desk store: {error}").format(path=path, error=error_text(error))
        ) from None
    except BaseException:
        engine.dispose()
        raise
    if existed and backups:
        backup_if_changed(path)  # changed since the last backup, e.g. by another program or a crash
    return Store(path, engine, lock=lock, backs_up=backups)


def open_locked_store(path: StoreLocation) -> Store:
    """Open the store for a window, which holds its lock while it has it open.

    StoreInUse (nothing opened) when another window holds the lock; where the folder cannot hold a lock the store
    is opened without one. A shared store has no such lock: several windows work on it at once.
    """
    if is_store_url(path):
        return open_store(path)
    lock = take_lock(path)
    try:
        return open_store(path, lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_read_only(path: Path) -> Store:
    check_store_file(path)
    if _inspect(path, known_revisions()) != known_revisions()[-1]:
        raise StoreError(
            _(
                "{path} must be brought up to date for this version of ITA Desk before it can be opened, which "
                "cannot be done while another window has it open; close that window and open the store again."
            ).format(path=path)
        )
    engine = make_read_only_engine(path)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except SQLAlchemyDatabaseError as error:
        engine.dispose()
        raise StoreError(
            _("{path} cannot be opened as an ITA Desk store: {error}").format(path=path, error=error_text(error))
        ) from None
    return Store(path, engine, read_only=True)


def check_store_file(path: Path) -> None:
    """Raise StoreError unless path is an ITA Desk store this version can open; the file is only read."""
    _refuse_folder(path)
    if not path.exists() or path.stat().st_size == 0:
        raise StoreError(_("{path} is empty or missing.").format(path=path))
    _inspect(path, known_revisions())


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise StoreError(
            _("{path} is a folder, not a store file; give the path of the store file itself.").format(path=path)
        )


def check_store_path(path: Path, *, create: bool) -> None:
    """Refuse (StoreError) a folder, an empty file, and a missing store unless one may be started there (StoreMissing);
    nothing is made or changed. An empty file is never taken for a new store: it is not one, and a store put in its
    place would hide whatever was meant to be there."""
    _refuse_folder(path)
    if not path.exists():
        if not create:
            raise StoreMissing(store_missing(path))
    elif path.stat().st_size == 0:
        raise StoreError(
            _(
                "{path} is an empty file, not an ITA Desk store; nothing was changed. To start a new store, delete "
                "this empty file, or give the name of a file that does not exist yet."
            ).format(path=path)
        )


def shared_restore_refusal() -> str:
    return _(
        "A shared store is not restored from a copy of a file. To bring back agencies from a JSON backup, import "
        "it (itadesk import FILE --db URL, or File → Import agency…); a copy made with pg_dump is restored with "
        "PostgreSQL's own tools."
    )


def restore_backup(store_path: StoreLocation, backup: Path, *, lock: StoreLock | None = None) -> Path | None:
    """Replace the store's content with a backup's; returns the copy kept of what was there.

    Refused (StoreInUse) while a window, or any other program, has the store open, since the file is replaced whole
    under it; `lock` is the store's lock when the caller holds it (the window restoring its own store, which it has
    closed first). A shared store is not a file to replace: it is refused (its backups are put back by importing
    them, or with PostgreSQL's own tools).
    """
    if is_store_url(store_path):
        raise StoreError(shared_restore_refusal())
    store_path = Path(store_path)
    _refuse_folder(store_path)
    if lock is not None and lock.held:
        return restore(store_path, backup, check_store_file)
    try:
        taken = take_lock(store_path)
    except StoreInUse:
        raise StoreInUse(
            _("{path} is open in an ITA Desk window; close that window first, then restore the backup.").format(
                path=store_path
            )
        ) from None
    try:
        return restore(store_path, backup, check_store_file)
    finally:
        if taken is not None:
            taken.release()


def _inspect(path: Path, revisions: list[str]) -> str | None:
    """The schema revision of an existing file, read without writing to it; StoreError if it is not ours."""
    try:
        connection = read_connection(path)  # removes, when closed, the files SQLite adds beside the file
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
            _("{path} cannot be opened as an ITA Desk store: {error}").format(path=path, error=error_text(error))
        ) from None
    return known_schema(path, current, tables, revisions)
