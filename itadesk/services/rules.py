"""The ITA rules of a year, for the services: an unknown year is the user's input error."""

from itadesk.domain.catalog import UnknownFrameworkError, framework_for, frameworks
from itadesk.domain.framework import Framework
from itadesk.paths import frameworks_dir
from itadesk.services.errors import InvalidInputError


def framework(year: int) -> Framework:
    try:
        return framework_for(frameworks_dir(), year)
    except UnknownFrameworkError as error:
        raise InvalidInputError(str(error)) from None


def years_with_rules() -> list[int]:
    """The assessment years whose rules the program has, oldest first."""
    return sorted(frameworks(frameworks_dir()))


def suggested_year(entered: list[int]) -> int | None:
    """The year to offer when a year is added: the latest year with rules not yet entered (then the one before)."""
    missing = [year for year in years_with_rules() if year not in entered]
    return missing[-1] if missing else None
