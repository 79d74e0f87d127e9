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


@pytest.fixture
def store(db_path) -> Store:
    opened = open_store(db_path)
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
