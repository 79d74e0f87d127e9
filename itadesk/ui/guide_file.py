"""`itadesk guide`: the user guide made with pictures of a window drawn off the screen."""

import os
import sys
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication

from itadesk.guide import Stamp, make_guide
from itadesk.i18n import current_language
from itadesk.ui.fonts import register_fonts
from itadesk.ui.guide_shots import take_pictures
from itadesk.ui.main_window import MainWindow
from itadesk.ui.qt_translations import install_qt_translation


def make_guide_file(output: Path, shots: Path | None = None) -> Stamp:
    """The guide in the language of this run, with pictures of a window drawn off the screen (Qt's offscreen
    platform, unless a QApplication is running already); the pictures are kept in `shots` if given."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([sys.argv[0] if sys.argv else "itadesk"])
        app.setApplicationName("ITA Desk")
        app.setOrganizationName("ITA Desk")
    install_qt_translation(current_language())
    register_fonts(app)
    return make_guide(output, partial(take_pictures, window_class=MainWindow), shots=shots)
