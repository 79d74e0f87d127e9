# PySide6.QtWidgets as PyInstaller collects it, with only the Qt plugins that build_installer.spec keeps.
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from itadesk_qt import qt_hook as hook  # noqa: E402, F401 - PyInstaller calls hook(hook_api)
