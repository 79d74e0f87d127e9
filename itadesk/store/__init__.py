"""The local SQLite store: tables, opening with migrations, sessions."""

from itadesk.store.database import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
