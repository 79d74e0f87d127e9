"""Opening a store file: SQLite pragmas, schema migrations with a copy taken first, sessions."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlmodel import Session

from itadesk.i18n import _

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message is for the user."""


@dataclass
class Store:
    path: Path
    engine: Engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back entirely on error."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


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
    """Open (or create) the store at path and bring its schema up to date, copying the file first."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            _("Cannot create the folder for the store {path}: {error}").format(path=path, error=error.strerror or error)
        ) from None
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path)
    try:
        _migrate(engine, path, existed, target_revision)
    except SQLAlchemyDatabaseError as error:
        engine.dispose()
        raise StoreError(
            _("{path} cannot be opened as an ITA Desk store: {error}").format(path=path, error=error.orig)
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine)


def _migrate(engine: Engine, path: Path, existed: bool, target_revision: str) -> None:
    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    target = script.get_revision(target_revision)
    assert target is not None
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == target.revision:
        return
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise StoreError(
            _(
                "{path} was written by a newer version of ITA Desk (schema {revision}); "
                "install the newer version to open it."
            ).format(path=path, revision=current)
        )
    if existed:
        copy_before_migration(engine, path, current)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target.revision)


def copy_before_migration(engine: Engine, path: Path, revision: str | None) -> Path:
    """A complete copy of the store, taken with SQLite's backup API, kept beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    copy = path.with_name(f"{path.stem}.before-migration-{revision or 'none'}-{stamp}{path.suffix}")
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(copy)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        raw.close()
    return copy


def pre_migration_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.before-migration-*{path.suffix}"))
