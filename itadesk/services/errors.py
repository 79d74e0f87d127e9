"""Errors whose message is meant for the user as it is."""

from itadesk.errors import UserError


class ServiceError(UserError):
    """Something the user asked for cannot be done; str(error) says why, in the user's language."""


class InvalidInputError(ServiceError):
    """A value typed or imported is refused; nothing was saved."""


class NotFoundError(ServiceError):
    pass


class AmbiguousError(ServiceError):
    pass


class AlreadyExistsError(ServiceError):
    pass


class StaleEditError(ServiceError):
    """The value was changed elsewhere (another window or program) since it was shown; nothing was saved."""


UNCHECKED = object()  # "save whatever is there now": an edit not based on a value the user saw
