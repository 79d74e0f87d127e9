"""A shared store's address: a PostgreSQL connection URL such as ``postgresql://clerk@server:5432/itadesk``.

Read without loading SQLAlchemy: the command line tells a URL from a file's path before it opens anything.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER_SCHEME = "postgresql+psycopg"

StoreLocation = Path | str  # a store file's path, or a shared store's URL


def is_store_url(location: object) -> bool:
    """Whether location names a shared store (a PostgreSQL URL) rather than a store file."""
    if not isinstance(location, str):
        return False
    scheme, separator, _rest = location.strip().partition("://")
    return bool(separator) and scheme.lower() in SCHEMES


def shown_url(url: str) -> str:
    """The URL as it is shown and remembered in messages: without its password."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url.strip()
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}@{host}{port}", parts.path, parts.query, parts.fragment))


def driver_url(url: str) -> str:
    """The URL SQLAlchemy opens with psycopg 3, whichever PostgreSQL scheme was written."""
    _scheme, _separator, rest = url.strip().partition("://")
    return f"{DRIVER_SCHEME}://{rest}"


def database_name(url: str) -> str:
    """The database's name (for the names of files written about it); "postgres" when the URL names none."""
    name = urlsplit(url.strip()).path.lstrip("/")
    return name or "postgres"


def resolve_location(explicit: str | os.PathLike[str] | None, default: Path) -> StoreLocation:
    """--db wins over ITADESK_DB, which wins over the default: a URL is kept as it is, anything else is a path."""
    from itadesk.paths import DB_ENV_VAR

    for value in (explicit, os.environ.get(DB_ENV_VAR)):
        if value:
            return str(value).strip() if is_store_url(str(value)) else Path(value)
    return default


def local_store_path() -> Path:
    """This PC's own store file: ITADESK_DB's when that names a file, else the per-user default."""
    from itadesk.paths import default_db_path

    location = resolve_location(None, default_db_path())
    return location if isinstance(location, Path) else default_db_path()
