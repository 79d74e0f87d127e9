"""The bundled rules files, one per assessment year."""

from functools import cache
from pathlib import Path

from itadesk.domain.framework import Framework
from itadesk.domain.rules_file import load_framework
from itadesk.i18n import _


class UnknownFrameworkError(LookupError):
    pass


@cache
def frameworks(directory: Path) -> dict[int, Framework]:
    """Every rules file (ita-YYYY.toml) in a folder, by year."""
    loaded = {}
    for path in sorted(directory.glob("ita-*.toml")):
        framework = load_framework(path)
        loaded[framework.year] = framework
    return loaded


def framework_for(directory: Path, year: int) -> Framework:
    found = frameworks(directory)
    if year not in found:
        raise UnknownFrameworkError(
            _("There are no ITA rules for {year}; rules exist for {years}.").format(
                year=year, years=", ".join(str(y) for y in sorted(found))
            )
        )
    return found[year]
