"""Message catalogs: every user-visible string goes through `_` (Thai by default).

Source strings are English; i18n/<lang>/LC_MESSAGES/<domain>.po holds the translations. A frozen build ships them
compiled (`<domain>.mo`, what `pybabel compile` writes), which loads without parsing; a checkout has only the .po
files, which are read with Babel when the language is chosen, so no compile step is needed to run from a checkout.
"""

import gettext
import io
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from itadesk import paths

DEFAULT_LANGUAGE = "th"
SUPPORTED_LANGUAGES = ("th", "en")
APP_DOMAIN = "messages"
QT_DOMAIN = "qt"  # Qt's own strings (dialog buttons, print preview, context menus), for itadesk.ui.qt_translations

_active: gettext.NullTranslations = gettext.NullTranslations()
_active_language = DEFAULT_LANGUAGE


def catalog_files(language: str, domain: str = APP_DOMAIN) -> tuple[Path, Path]:
    """The (.po, .mo) files of one language and domain; either may be missing."""
    folder = paths.catalogs_dir() / language / "LC_MESSAGES"
    return folder / f"{domain}.po", folder / f"{domain}.mo"


def _compiled_is_current(po_path: Path, mo_path: Path) -> bool:
    # A .mo older than its .po was compiled before the last edit of the translations: reading it would hide them.
    if not mo_path.exists():
        return False
    return not po_path.exists() or mo_path.stat().st_mtime >= po_path.stat().st_mtime


@cache
def translations(language: str, domain: str = APP_DOMAIN) -> gettext.NullTranslations:
    """The catalog of one language; English source strings when the language has no catalog."""
    po_path, mo_path = catalog_files(language, domain)
    if _compiled_is_current(po_path, mo_path):
        with mo_path.open("rb") as mo_file:
            return gettext.GNUTranslations(mo_file)
    if not po_path.exists():
        return gettext.NullTranslations()
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy entries are left out, as `pybabel compile` leaves them out
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def set_language(language: str) -> None:
    """Make `_` speak `language` ("th" or "en") from now on."""
    global _active, _active_language
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {SUPPORTED_LANGUAGES}")
    _active = translations(language)
    _active_language = language


def current_language() -> str:
    return _active_language


def translator(language: str) -> Callable[[str], str]:
    """A `_` bound to one language, for output that must stay in it (printed reports stay Thai)."""
    return translations(language).gettext


def _(message: str) -> str:
    return _active.gettext(message)


def th(message: str) -> str:
    """The Thai translation whatever the active language: printed reports are always Thai."""
    return translations("th").gettext(message)


def N_(message: str) -> str:
    """Marks a string for extraction; translated later, where it is shown."""
    return message


set_language(DEFAULT_LANGUAGE)
