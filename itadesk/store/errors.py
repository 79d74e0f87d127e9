"""The store's error, importable without loading the database layer."""

from pathlib import Path

from itadesk.errors import UserError
from itadesk.i18n import _


class StoreError(UserError):
    """A store that cannot be opened or used; the message is for the user."""


class StoreMissing(StoreError):
    """There is no store at the path given, and none was to be started there."""


def store_missing(path: Path | str) -> str:
    return _("There is no store at {path}; nothing was created.").format(path=path)
