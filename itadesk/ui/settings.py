"""The user's own settings (QSettings): the window's size, the last agency and year, the language."""

from pathlib import Path

from PySide6.QtCore import QSettings

from itadesk.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

SETTINGS_ORG = "ITA Desk"
SETTINGS_APP = "itadesk"
LANGUAGE_KEY = "language"
STORE_KEY = "store"


def user_settings() -> QSettings:
    """The settings of the user running the program (the registry on Windows, an .ini file elsewhere)."""
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def saved_language(settings: QSettings) -> str:
    """The language chosen in View → Language; Thai when none was chosen or the value is not one the program has."""
    value = settings.value(LANGUAGE_KEY)
    return value if value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()  # written at once: the choice is for the next start, which may follow a crash or a kill


def remember_store(settings: QSettings, path: Path | str) -> None:
    """The store opened with File → Open store… (or a shared store's URL), to open again at the next start."""
    settings.setValue(STORE_KEY, str(path))


def remembered_store(settings: QSettings) -> Path | str | None:
    """The store the user last opened with File → Open store…, if it is still there, or the shared store last
    opened."""
    from itadesk.store.url import is_store_url

    value = settings.value(STORE_KEY)
    if is_store_url(value):
        return value
    return Path(value) if value and Path(value).exists() else None
