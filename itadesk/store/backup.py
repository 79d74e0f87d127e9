"""Backups of a store with SQLite's online backup API: taken automatically when the store changed, kept in a
rotating set beside it, and restored without losing what they replace."""

import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from itadesk.i18n import _
from itadesk.store.errors import StoreError

BACKUP_FOLDER = "backups"
KEEP = 10


def backups_dir(store_path: Path) -> Path:
    return store_path.parent / BACKUP_FOLDER


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


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of source (the part of the WAL already committed included), written whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        reader = _read_only(source)
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
        raise StoreError(_("The backup could not be written: {error}").format(error=error)) from None
    return target


def _changed_since_last_backup(store_path: Path) -> bool:
    newest = automatic_backups(store_path)
    if not newest:
        return True
    written = newest[-1].stat().st_mtime_ns
    sources = [store_path, store_path.with_name(store_path.name + "-wal")]
    return any(path.exists() and path.stat().st_mtime_ns > written for path in sources)


def backup_if_changed(store_path: Path, keep: int = KEEP) -> Path | None:
    """Take an automatic backup when the store changed since the last one; keep the newest `keep`."""
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
        shutil.copy2(store_path, target)
        return target


def restore(store_path: Path, backup: Path, check: Callable[[Path], object]) -> Path | None:
    """Put the backup in place of the store; returns the copy kept of what was replaced.

    `check` refuses a file that is not a usable store (it raises StoreError) before anything is touched. The store
    must not be open elsewhere: the file is replaced whole, which also mends a damaged one.
    """
    check(backup)
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
        raise StoreError(_("The backup could not be restored: {error}").format(error=error)) from None
    return kept
