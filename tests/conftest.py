import contextlib
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings  # noqa: E402

# CI runs the same examples every time (a red run must mean a change broke something); locally they vary.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from itadesk import i18n  # noqa: E402
from itadesk.services.sample import load_sample  # noqa: E402
from itadesk.store import Store, open_store  # noqa: E402
from tests.postgres_server import ENV_VAR as POSTGRES_ENV_VAR  # noqa: E402
from tests.postgres_server import Databases, postgres_server  # noqa: E402


def pytest_generate_tests(metafunc):
    """A test of a module marked both_stores that uses a store runs on a store file and on a shared PostgreSQL
    store (that variant marked postgres: `-m "not postgres"` leaves it out), unless it is marked sqlite_only."""
    definition = metafunc.definition
    if (
        "store_kind" in metafunc.fixturenames
        and definition.get_closest_marker("both_stores")
        and not definition.get_closest_marker("sqlite_only")
    ):
        metafunc.parametrize(
            "store_kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
        )


@pytest.fixture(autouse=True)
def _thai_and_isolated(monkeypatch, tmp_path):
    """Every test speaks Thai and can never touch the user's real store."""
    i18n.set_language("th")
    monkeypatch.setenv("ITADESK_DB", str(tmp_path / "env-default.sqlite3"))
    yield
    i18n.set_language("th")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "store.sqlite3"


def _no_postgres(reason: str):
    """Without a PostgreSQL server the shared-store variants are skipped, except in CI, where they must run."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must run the tests of a shared store)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_databases():
    """Databases on ITADESK_TEST_POSTGRES's server, or on a throwaway cluster started for the session (None when
    there is neither; the error when the cluster would not start)."""
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(postgres_server())
        except RuntimeError as error:
            yield error
            return
        if url is None:
            yield None
            return
        try:
            databases = Databases(url)
        except Exception as error:  # noqa: BLE001 - a server given but not reachable: said as the reason to skip
            yield RuntimeError(f"the PostgreSQL server {url} cannot be used: {error}")
            return
        stack.callback(databases.close)
        yield databases


def _databases(postgres_databases) -> Databases:
    if postgres_databases is None:
        _no_postgres(f"no PostgreSQL server: set {POSTGRES_ENV_VAR} or install PostgreSQL (initdb, pg_ctl)")
    if isinstance(postgres_databases, RuntimeError):
        _no_postgres(str(postgres_databases))
    return postgres_databases


@pytest.fixture
def postgres_url(postgres_databases) -> str:
    """An empty database of the test's own on the PostgreSQL server, dropped afterwards."""
    databases = _databases(postgres_databases)
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture
def store_kind(request) -> str:
    """sqlite, or postgres for the shared-store variant of a test (see pytest_generate_tests)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store_location(request, store_kind, db_path):
    """Where the test's store is: the file db_path, or the URL of an empty store at the current schema."""
    if store_kind != "postgres":
        return db_path
    return _databases(request.getfixturevalue("postgres_databases")).at_head(0)


@pytest.fixture
def other_location(request, store_kind, tmp_path):
    """A second store of the same kind: another file, or another empty database."""
    if store_kind != "postgres":
        return tmp_path / "other.sqlite3"
    return _databases(request.getfixturevalue("postgres_databases")).at_head(1)


@pytest.fixture
def store(store_location) -> Store:
    opened = open_store(store_location)
    yield opened
    opened.close()


@pytest.fixture
def sample_store(store):
    load_sample(store)
    return store


@pytest.fixture
def sample_db(capsys, db_path) -> str:
    """A store file holding the sample agency, made with the command line."""
    from tests.cli_run import run

    run(capsys, "sample", "--db", str(db_path))
    return str(db_path)
