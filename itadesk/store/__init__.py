"""The local SQLite store: tables, opening with migrations, sessions.

Loaded on first use (SQLAlchemy takes a quarter of a second to import): `from itadesk.store import open_store`.
"""

from typing import TYPE_CHECKING, Any

from itadesk.store.errors import StoreError

if TYPE_CHECKING:
    from itadesk.store.database import Store, open_store

__all__ = ["Store", "StoreError", "open_store"]


def __getattr__(name: str) -> Any:
    if name in ("Store", "open_store"):
        from itadesk.store import database

        return getattr(database, name)
    raise AttributeError(name)
