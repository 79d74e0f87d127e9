"""A shared store's address: told from a file's path, shown without its password, opened with psycopg 3; and a
server that cannot be reached, said plainly. None of these needs a PostgreSQL server."""

import socket
from pathlib import Path

import pytest

from itadesk.store import StoreError, open_store
from itadesk.store.url import database_name, driver_url, is_store_url, resolve_location, shown_url
from tests.cli_run import run


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("postgresql://clerk@server:5432/itadesk", True),
        ("postgres://clerk@server/itadesk", True),
        ("PostgreSQL://clerk@server/itadesk", True),
        ("postgresql+psycopg://clerk@server/itadesk", True),
        ("C:\\Users\\clerk\\itadesk.sqlite3", False),
        ("/home/clerk/postgresql/itadesk.sqlite3", False),
        ("https://example.org/itadesk", False),
        ("postgresql.sqlite3", False),
    ],
)
def test_a_url_is_told_from_a_path(text, shared):
    assert is_store_url(text) is shared
    assert is_store_url(Path("x.sqlite3")) is False


def test_the_password_is_never_shown():
    assert shown_url("postgresql://clerk:s3cr%40t@server:5432/itadesk?sslmode=require") == (
        "postgresql://clerk@server:5432/itadesk?sslmode=require"
    )
    assert shown_url("postgresql://clerk@server/itadesk") == "postgresql://clerk@server/itadesk"
    assert driver_url("postgres://clerk@server/itadesk") == "postgresql+psycopg://clerk@server/itadesk"
    assert database_name("postgresql://clerk@server:5432/ita_2568") == "ita_2568"


def test_db_and_the_environment_give_a_url_or_a_path(monkeypatch, tmp_path):
    default = tmp_path / "default.sqlite3"
    monkeypatch.delenv("ITADESK_DB")
    assert resolve_location(None, default) == default
    monkeypatch.setenv("ITADESK_DB", "postgresql://clerk@server/itadesk")
    assert resolve_location(None, default) == "postgresql://clerk@server/itadesk"
    assert resolve_location(str(tmp_path / "a.sqlite3"), default) == tmp_path / "a.sqlite3"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the socket is closed


def test_a_server_that_cannot_be_reached_is_said_plainly_and_nothing_is_made(capsys, tmp_path):
    url = f"postgresql://clerk:secret@127.0.0.1:{_closed_port()}/itadesk"
    with pytest.raises(StoreError, match="ติดต่อเครื่องแม่ข่ายไม่ได้") as refused:
        open_store(url)
    assert "secret" not in str(refused.value) and "clerk@127.0.0.1" in str(refused.value)
    status, _, err = run(capsys, "sample", "--db", url)
    assert status == 2 and "ติดต่อเครื่องแม่ข่ายไม่ได้" in err and "secret" not in err
    assert list(tmp_path.iterdir()) == []  # no store file, no backups folder
