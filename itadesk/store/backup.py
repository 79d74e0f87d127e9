"""Backups of a store with SQLite's online backup API: taken automatically when what the store holds changed, kept
in a rotating set beside it, and restored without losing what they replace.

Whether the store changed is judged by its content (a digest of its schema and rows, compared with the newest
automatic backup's), never by file times: opening a store touches its files even when nothing is written.
"""

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.store.errors import StoreError
from itadesk.store.lock import StoreInUse, open_elsewhere

BACKUP_FOLDER = "backups"
KEEP = 10


def backups_dir(store_path: Path) -> Path:
    return store_path.parent / BACKUP_FOLDER


def shared_store_backups_dir() -> Path:
    """Where this PC keeps the copies it writes of a shared store's agencies (before deleting one): the backups
    folder of its own store file (ITADESK_DB's, when that names a file, else the per-user default)."""
    from itadesk.store.url import local_store_path

    return backups_dir(local_store_path())


def automatic_backups(store_path: Path) -> list[Path]:
    """The rotating set, oldest first."""
    return sorted(backups_dir(store_path).glob(f"{store_path.stem}-auto-*{store_path.suffix}"))


def all_backups(store_path: Path) -> list[Path]:
    """Every backup of the store in its backup folder, newest last."""
    folder = backups_dir(store_path)
    found = folder.glob(f"{store_path.stem}-*{store_path.suffix}") if folder.exists() else []
    return sorted(found, key=lambda path: path.stat().st_mtime_ns)


def latest_backup(store_path: Path) -> Path | None:
    found = all_backups(store_path)
    return found[-1] if found else None


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def read_connection(path: Path) -> sqlite3.Connection:
    """A connection that only reads an existing file (never creates it). Opened for writing where the file allows
    it, with writes refused, so that the files SQLite adds beside a store in WAL mode go away when it is closed."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        connection.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _backup_reader(path: Path) -> sqlite3.Connection:
    """A connection to a backup, which nothing writes: read as it is, leaving nothing beside it."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def content_digest(connection: sqlite3.Connection) -> bytes:
    """A digest of what a store holds: its schema, every row of every table, and its version numbers.

    The same for a store and a backup-API copy of it, whatever the state of its WAL, its file times or the order of
    its pages; different as soon as a row or the schema differs.
    """
    digest = hashlib.blake2b(digest_size=32)
    for pragma in ("user_version", "application_id"):
        digest.update(repr(connection.execute(f"PRAGMA {pragma}").fetchone()).encode())
    schema = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    digest.update(repr(schema).encode())
    for kind, name, _table, _sql in schema:
        if kind != "table":
            continue
        try:
            rows = connection.execute(f"SELECT * FROM {_quoted(name)} ORDER BY rowid")
        except sqlite3.OperationalError:  # a table WITHOUT ROWID: read in its key's order
            rows = connection.execute(f"SELECT * FROM {_quoted(name)}")
        digest.update(_quoted(name).encode())
        while batch := rows.fetchmany(500):
            digest.update(repr(batch).encode())
    return digest.digest()


def _digest_of(path: Path, connect: Callable[[Path], sqlite3.Connection]) -> bytes | None:
    """The content digest of the file at path; None when it cannot be read as a database."""
    try:
        connection = connect(path)
        try:
            return content_digest(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of source (the part of the WAL already committed included), written whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        reader = read_connection(source)
        try:
            writer = sqlite3.connect(partial)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(_("The backup could not be written: {error}").format(error=error_text(error))) from None
    return target


def _changed_since_last_backup(store_path: Path) -> bool:
    """Whether the store holds something else than the newest automatic backup (True when there is none, or either
    cannot be read: a copy is then attempted, which says what is wrong)."""
    newest = automatic_backups(store_path)
    if not newest:
        return True
    now = _digest_of(store_path, read_connection)
    return now is None or now != _digest_of(newest[-1], _backup_reader)


def backup_if_changed(store_path: Path, keep: int = KEEP) -> Path | None:
    """Take an automatic backup when what the store holds changed since the last one; keep the newest `keep`.

    An unchanged store, however often it was opened, adds nothing to the backup folder.
    """
    if not store_path.exists() or not _changed_since_last_backup(store_path):
        return None
    made = copy_store(store_path, backups_dir(store_path) / f"{store_path.stem}-auto-{_stamp()}{store_path.suffix}")
    for old in automatic_backups(store_path)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def backup_now(store_path: Path, target: Path | None = None) -> Path:
    """A backup asked for by the user, to target or into the backup folder."""
    if not store_path.exists():
        raise StoreError(_("There is no store at {path} to back up.").format(path=store_path))
    target = target or backups_dir(store_path) / f"{store_path.stem}-manual-{_stamp()}{store_path.suffix}"
    return copy_store(store_path, target)


def _keep_copy(store_path: Path) -> Path:
    """A copy of the store about to be replaced: through SQLite when it can read it, else its bytes as they are
    (a damaged file is kept too, for whoever wants to look at it)."""
    target = backups_dir(store_path) / f"{store_path.stem}-before-restore-{_stamp()}{store_path.suffix}"
    try:
        return copy_store(store_path, target)
    except StoreError:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(store_path, target)
        return target


def restore(store_path: Path, backup: Path, check: Callable[[Path], object]) -> Path | None:
    """Put the backup in place of the store; returns the copy kept of what was replaced.

    `check` refuses a file that is not a usable store (it raises StoreError) before anything is touched. The file is
    replaced whole, which also mends a damaged one; so it is refused (StoreInUse, nothing touched) while any program
    has the store open.
    """
    check(backup)
    if open_elsewhere(store_path):
        raise StoreInUse(
            _(
                "{path} is open in another program (an ITA Desk command or window, or a database tool); close it "
                "first, then restore the backup. Nothing was changed."
            ).format(path=store_path)
        )
    kept = _keep_copy(store_path) if store_path.exists() and store_path.stat().st_size > 0 else None
    fresh = copy_store(backup, store_path.with_name(store_path.name + ".restoring"))
    try:
        for leftover in (
            store_path.with_name(store_path.name + "-wal"),
            store_path.with_name(store_path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)  # they belong to the file being replaced
        os.replace(fresh, store_path)
    except OSError as error:
        fresh.unlink(missing_ok=True)
        raise StoreError(_("The backup could not be restored: {error}").format(error=error_text(error))) from None
    return kept
