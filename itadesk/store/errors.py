"""The store's error, importable without loading the database layer."""


class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message is for the user."""
