"""The ITA rules of a year, for the services: an unknown year is the user's input error."""

from itadesk.domain.catalog import UnknownFrameworkError, framework_for
from itadesk.domain.framework import Framework
from itadesk.paths import frameworks_dir
from itadesk.services.errors import InvalidInputError


def framework(year: int) -> Framework:
    try:
        return framework_for(frameworks_dir(), year)
    except UnknownFrameworkError as error:
        raise InvalidInputError(str(error)) from None
