"""PyInstaller's Qt collection for one PySide6 module, keeping only the plugins that build_installer.spec lists.

Dropping a plugin here, before PyInstaller looks for the libraries it links, also leaves those libraries out
(GTK with the GTK theme plugin, QtNetwork with the TLS plugins, QtQuick with the virtual keyboard, ...).
The spec passes its choice as hooksconfig={"itadesk_qt": {"plugins": {folder: names, or None for all}}}, names
without "lib" and extension: "qwindows", "qxcb".
"""

from pathlib import PurePath
from typing import TYPE_CHECKING

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

if TYPE_CHECKING:
    from PyInstaller.depend.imphookapi import PostGraphAPI


def wanted(source: str, destination: str, plugins: dict[str, list[str] | None]) -> bool:
    """Whether a collected binary is kept: anything that is not a plugin, and the plugins listed."""
    parts = PurePath(destination.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    folder = "/".join(parts[parts.index("plugins") + 1 :])
    name = PurePath(source).name.split(".")[0].removeprefix("lib")
    return folder in plugins and (plugins[folder] is None or name in plugins[folder])


def qt_hook(hook_api: "PostGraphAPI") -> None:
    plugins = get_hook_config(hook_api, "itadesk_qt", "plugins")
    hiddenimports, binaries, datas = add_qt6_dependencies(f"hook-{hook_api.__name__}.py")
    if plugins is not None:
        binaries = [(source, destination) for source, destination in binaries if wanted(source, destination, plugins)]
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries(binaries)
    hook_api.add_datas(datas)
