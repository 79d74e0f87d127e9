"""Message catalogs: every user-visible string goes through `_` (Thai by default).

Source strings are English; i18n/<lang>/LC_MESSAGES/<domain>.po holds the translations. A frozen build ships them
compiled (`<domain>.mo`, what `pybabel compile` writes), which loads without parsing; a checkout or an installed
wheel has only the .po files: the first start reads them with Babel and keeps the compiled catalog in the user's
cache folder, named by the .po file's size and time, so later starts load that instead (no compile step is needed
to run from a checkout, and an edited .po is read again).
"""

import gettext
import io
import struct
from collections.abc import Callable
from functools import cache
from pathlib import Path

import platformdirs

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
    cached = _cached_mo(po_path, language, domain)
    try:
        return gettext.GNUTranslations(io.BytesIO(cached.read_bytes()))
    except (OSError, ValueError, struct.error):
        pass  # not compiled yet, or damaged: compiled again below
    compiled = _compile(po_path, language)
    _keep(cached, compiled)
    return gettext.GNUTranslations(io.BytesIO(compiled))


def catalog_cache_dir() -> Path:
    """Where the catalogs compiled from .po files are kept, in the user's cache folder."""
    return Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)) / "catalogs"


def _cached_mo(po_path: Path, language: str, domain: str) -> Path:
    found = po_path.stat()
    return catalog_cache_dir() / f"{language}-{domain}-{found.st_size}-{found.st_mtime_ns}.mo"


def _compile(po_path: Path, language: str) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy entries are left out, as `pybabel compile` leaves them out
    return buffer.getvalue()


def _keep(cached: Path, compiled: bytes) -> None:
    """The compiled catalog into the cache, whole or not at all; older ones of the same catalog removed. A cache
    that cannot be written (read-only, full disk) only means the .po is read again next time."""
    language, domain = cached.name.split("-")[:2]
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for old in cached.parent.glob(f"{language}-{domain}-*.mo"):
            old.unlink(missing_ok=True)
        partial = cached.with_suffix(".part")
        partial.write_bytes(compiled)
        partial.replace(cached)
    except OSError:
        pass


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
