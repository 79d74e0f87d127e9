"""Where the program finds its bundled files and the user's store."""

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ITA Desk"
DB_ENV_VAR = "ITADESK_DB"
DB_FILE_NAME = "itadesk.sqlite3"


# Where the data files sit:
#  - a PyInstaller build: resources/ and i18n/ at sys._MEIPASS (see build_installer.spec);
#  - an installed wheel: itadesk/resources/ and itadesk/i18n_files/ (pyproject.toml maps the checkout's folders there);
#  - a checkout or an editable install: resources/ and i18n/ beside the itadesk/ folder.
_WHEEL_RESOURCES = "resources"
_WHEEL_CATALOGS = "i18n_files"


def _bundle_root() -> Path:
    # In a PyInstaller build the data files sit beside the unpacked modules.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def _installed_package() -> Path | None:
    """The itadesk folder of an installed wheel, which holds the data files itself; None otherwise."""
    if getattr(sys, "_MEIPASS", None):
        return None
    package = Path(__file__).resolve().parent
    return package if (package / _WHEEL_RESOURCES).is_dir() else None


def resources_dir() -> Path:
    package = _installed_package()
    return package / _WHEEL_RESOURCES if package else _bundle_root() / "resources"


def frameworks_dir() -> Path:
    return resources_dir() / "frameworks"


def sample_file() -> Path:
    return resources_dir() / "sample" / "khokkhon.json"


def catalogs_dir() -> Path:
    package = _installed_package()
    return package / _WHEEL_CATALOGS if package else _bundle_root() / "i18n"


def default_db_path() -> Path:
    """The store used when neither --db nor ITADESK_DB names one."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins over ITADESK_DB, which wins over the per-user default."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env)
    return default_db_path()
