"""The store's error, importable without loading the database layer."""

from itadesk.errors import UserError


class StoreError(UserError):
    """A store that cannot be opened or used; the message is for the user."""
