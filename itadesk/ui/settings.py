"""The user's own settings (QSettings): the window's size, the last agency and year, the language."""

from PySide6.QtCore import QSettings

from itadesk.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

SETTINGS_ORG = "ITA Desk"
SETTINGS_APP = "itadesk"
LANGUAGE_KEY = "language"


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
