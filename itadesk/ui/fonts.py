"""The bundled Sarabun, registered with Qt before any window is shown (a bare machine has no Thai font)."""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from itadesk.thai.fonts import FAMILY, STYLES, font_path

UI_POINT_SIZE = 11


def register_fonts(app: QApplication) -> str:
    """Register every bundled style and make Sarabun the application font; returns the family name."""
    family = FAMILY
    for style in STYLES:
        font_id = QFontDatabase.addApplicationFont(str(font_path(style)))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    app.setFont(QFont(family, UI_POINT_SIZE))
    return family
