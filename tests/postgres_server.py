"""The PostgreSQL server the tests of a shared store run on: ITADESK_TEST_POSTGRES's, or a throwaway cluster started
in a temporary folder when PostgreSQL's programs are installed (Debian's `postgresql` package), stopped at the end.

A test's store is a database at the current schema, emptied for each test (at_head); a test that needs an empty
database gets one of its own, dropped afterwards (create, drop).

`python -m tests.postgres_server` starts a throwaway cluster, prints its URL and waits for Enter (to try the window
or the command line on a shared store by hand).
"""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV_VAR = "ITADESK_TEST_POSTGRES"
SERVICE_USER = "postgres"  # the system user a cluster is run as when the tests run as root (initdb refuses root)


def postgres_bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else PATH's."""
    candidates = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted((p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True)
        candidates.extend(p / "bin" for p in versions)
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_cluster_user(command: list[str]) -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", SERVICE_USER, "--", *command]
    return command


class Cluster:
    """A PostgreSQL cluster of its own in a temporary folder, on a free port of 127.0.0.1, trusting local users."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="itadesk-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        done = subprocess.run(_as_cluster_user(list(command)), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> str:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            shutil.chown(self.folder, SERVICE_USER)
        initdb = self.bin_dir / "initdb"
        self._run(str(initdb), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self._run(str(initdb.parent / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start")  # fmt: skip
        return self.url

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def postgres_server() -> Iterator[str | None]:
    """The URL of a server to test on (its maintenance database), or None when there is none."""
    given = os.environ.get(ENV_VAR)
    if given:
        yield given
        return
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        yield None
        return
    cluster = Cluster(bin_dir)
    try:
        url = cluster.start()
    except (OSError, RuntimeError, subprocess.SubprocessError) as error:
        cluster.stop()
        raise RuntimeError(f"a throwaway PostgreSQL cluster could not be started: {error}") from None
    try:
        yield url
    finally:
        cluster.stop()


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


class Databases:
    """Databases made and dropped on the server, one for each test that asks."""

    def __init__(self, server_url: str) -> None:
        import psycopg

        self.server_url = server_url
        self._admin = psycopg.connect(server_url, autocommit=True)
        self._count = 0
        self._heads: dict[int, str] = {}
        self._prefix = f"itadesk_test_{os.getpid()}_{int(time.time())}"

    def create(self) -> str:
        self._count += 1
        name = f"{self._prefix}_{self._count}"
        self._admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return with_database(self.server_url, name)

    def at_head(self, slot: int = 0) -> str:
        """An empty store at the current schema: a database made once in the session for each slot (a test's
        store, its second store) and emptied, its counters reset, each time it is asked for again. One that a test
        left with another schema is made anew."""
        url = self._heads.get(slot)
        if url is not None and not self._empty_at_head(url):
            self.drop(url)
            url = None
        if url is None:
            from itadesk.store import open_store

            url = self.create()
            open_store(url).close()
            self._heads[slot] = url
        return url

    def _empty_at_head(self, url: str) -> bool:
        import psycopg
        from sqlmodel import SQLModel

        import itadesk.store.tables  # noqa: F401 - the store's tables on the metadata
        from itadesk.store.migrate import head_revision

        wanted = {table.name for table in SQLModel.metadata.sorted_tables}
        with psycopg.connect(url, autocommit=True) as connection:
            found = {
                row[0] for row in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            }
            if found != wanted | {"alembic_version"}:
                return False
            if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [(head_revision(),)]:
                return False
            names = ", ".join(f'"{name}"' for name in sorted(wanted))
            connection.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
        return True

    def drop(self, url: str) -> None:
        name = urlsplit(url).path.lstrip("/")
        self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for url in self._heads.values():
            self.drop(url)
        self._admin.close()


if __name__ == "__main__":
    with postgres_server() as server:
        if server is None:
            raise SystemExit("PostgreSQL's programs (initdb, pg_ctl) are not installed")
        databases = Databases(server)
        print(databases.create(), flush=True)
        input("Press Enter to stop the server. ")
