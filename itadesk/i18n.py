"""Message catalogs: every user-visible string goes through `_` (Thai by default).

Source strings are English; the catalogs under i18n/<lang>/LC_MESSAGES/messages.po hold the translations and are
read with Babel when the language is chosen, so no compile step is needed to run from a checkout.
"""

import gettext
import io
from collections.abc import Callable
from functools import cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from itadesk.paths import catalogs_dir

DEFAULT_LANGUAGE = "th"
SUPPORTED_LANGUAGES = ("th", "en")

_active: gettext.NullTranslations = gettext.NullTranslations()


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog of one language; English source strings when the language has no catalog."""
    po_path = catalogs_dir() / language / "LC_MESSAGES" / "messages.po"
    if not po_path.exists():
        return gettext.NullTranslations()
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def set_language(language: str) -> None:
    global _active
    _active = translations(language)


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
