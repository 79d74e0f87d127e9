"""Schema versions: the revisions in migrations/versions, and upgrading a store with Alembic.

Alembic is imported only when a store has to be migrated: opening an up-to-date or a new store does not need it.
"""

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from itadesk.i18n import _
from itadesk.store.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def known_revisions() -> list[str]:
    """Revision ids in order, from the migration files' names (NNNN_what_it_does.py)."""
    return sorted(
        path.name.split("_", 1)[0] for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def known_schema(where: str, current: str | None, tables: list[str], revisions: list[str]) -> str | None:
    """A store's schema revision (None for an empty store); StoreError when the database at `where` holds another
    program's tables or was written by a newer version."""
    if current is None and tables:
        raise StoreError(
            _("{path} is a database of another program (tables: {tables}); ITA Desk leaves it as it is.").format(
                path=where, tables=", ".join(sorted(tables)[:5])
            )
        )
    if current is not None and current not in revisions:
        raise StoreError(
            _(
                "{path} was written by a newer version of ITA Desk (schema {revision}); "
                "install the newer version to open it."
            ).format(path=where, revision=current)
        )
    return current


def head_revision() -> str:
    return known_revisions()[-1]


def upgrade(engine: Engine, revision: str) -> None:
    """Run the migrations up to revision, in one transaction (SQLite's DDL is transactional)."""
    with engine.begin() as connection:
        upgrade_in(connection, revision)


def upgrade_in(connection: Connection, revision: str) -> None:
    """Run the migrations up to revision in the connection's transaction (PostgreSQL's DDL is transactional too:
    a migration that fails leaves the store as it was)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def create_at_head(connection: Connection) -> None:
    """A new store: the current tables at once, stamped with the head revision (Alembic's advice for new
    databases); a test checks that this gives the same schema as running every migration."""
    from sqlmodel import SQLModel

    import itadesk.store.tables  # noqa: F401 - registers the tables on the metadata

    SQLModel.metadata.create_all(connection)
    connection.exec_driver_sql(
        f"CREATE TABLE {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL, "
        f"CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num))"
    )
    connection.execute(
        text(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (:revision)"), {"revision": head_revision()}
    )


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
