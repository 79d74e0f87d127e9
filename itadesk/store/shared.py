"""A shared store: the same tables and migrations on a PostgreSQL server, for an office whose PCs work on one store.

What a store file needs and a server does not is left out: no lock file (many windows work on it at once, each
edit checked as on a file), no automatic copies of a file (the office backs the server up: pg_dump, or the JSON
backup of `itadesk backup --json`), no copy before a migration (PostgreSQL runs a migration in one transaction:
one that fails leaves the store as it was). Writers take turns with an advisory lock (take_writer_lock), as they do
with SQLite's write lock on a file.
"""

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import DatabaseError, InterfaceError

from itadesk.i18n import _
from itadesk.store.errors import StoreError, StoreMissing
from itadesk.store.handle import Store, failure_text, take_writer_lock
from itadesk.store.migrate import VERSION_TABLE, create_at_head, known_revisions, known_schema, upgrade_in
from itadesk.store.url import driver_url, shown_url

CONNECT_TIMEOUT_SECONDS = 10
# Opening waits this long for another PC that is bringing the store's schema up to date.
MIGRATION_WAIT_MS = 60_000


def driver_missing() -> str:
    return _(
        "Opening a shared store needs the PostgreSQL driver, which is not installed: install ITA Desk with its "
        'postgres extra (pip install "itadesk[postgres]").'
    )


def make_shared_engine(url: str) -> Engine:
    """An engine on the server with psycopg 3; times are written in UTC, as the store file keeps them."""
    try:
        import psycopg  # noqa: F401 - checked here, where its absence can be said plainly
    except ImportError:
        raise StoreError(driver_missing()) from None
    return create_engine(
        driver_url(url),
        pool_pre_ping=True,  # a server restarted, or a PC woken from sleep, gets a fresh connection
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "options": "-c TimeZone=UTC",
            "application_name": "ITA Desk",
        },
    )


def shared_revision(connection: Connection, url: str) -> str | None:
    """The schema revision of the database; None when it is empty. StoreError when it holds another program's
    tables, or was written by a newer version."""
    revisions = known_revisions()
    tables = inspect(connection).get_table_names()
    current = None
    if VERSION_TABLE in tables:
        current = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    return known_schema(shown_url(url), current, tables, revisions)


def open_shared_store(
    url: str, *, target_revision: str = "head", create: bool = True, read_only: bool = False
) -> Store:
    """The store in the database at url, its schema brought up to date (or, with create, started in an empty
    database); the database itself is made by the office's administrator. One PC at a time starts or migrates it.

    StoreMissing when the database is empty and create is false; StoreError when the server cannot be reached, or
    the database is not an ITA Desk store this version can open.
    """
    revisions = known_revisions()
    target = revisions[-1] if target_revision == "head" else target_revision
    engine = make_shared_engine(url)
    try:
        with engine.connect() as connection:
            current = shared_revision(connection, url)
            connection.rollback()
            if current is None and not (create and not read_only):
                raise StoreMissing(
                    _("There is no ITA Desk store in the database {path}; nothing was created.").format(
                        path=shown_url(url)
                    )
                )
            if read_only and current != revisions[-1]:
                raise StoreError(
                    _(
                        "{path} must be brought up to date for this version of ITA Desk before it can be opened "
                        "read only; open it once for writing."
                    ).format(path=shown_url(url))
                )
            if current != target and not read_only:
                with connection.begin():
                    take_writer_lock(connection, MIGRATION_WAIT_MS)
                    current = shared_revision(connection, url)  # another PC may have done it meanwhile
                    if current is None and target == revisions[-1]:
                        create_at_head(connection)
                    elif current != target:
                        upgrade_in(connection, target)
    except (DatabaseError, InterfaceError) as error:
        engine.dispose()
        raise StoreError(
            _("The shared store {path} cannot be opened: {error}").format(
                path=shown_url(url), error=failure_text(error)
            )
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return Store(None, engine, read_only=read_only, backs_up=False, url=url)
