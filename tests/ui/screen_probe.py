"""Run in a process of its own on a real X screen: open the window and its dialogs, print where each one is.

usage: python -m tests.ui.screen_probe STORE SETTINGS_INI  →  one JSON object on stdout
"""

import json
import sys
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from itadesk.i18n import set_language
    from itadesk.store import open_store
    from itadesk.ui.fonts import register_fonts
    from itadesk.ui.qt_translations import install_qt_translation

    app = QApplication(sys.argv[:1])
    set_language("th")
    install_qt_translation("th")
    register_fonts(app)
    from itadesk.ui.main_window import MainWindow
    from itadesk.ui.progress_dialog import ProgressReportDialog
    from itadesk.ui.year_dialog import AddYearDialog

    store = open_store(Path(sys.argv[1]))
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.show()
    app.processEvents()
    if window.agency_id is None:
        window.open_sample()
    app.processEvents()
    opened = [
        AddYearDialog([2567, 2568], lambda year: None, window),
        ProgressReportDialog(window.agency_box.currentText(), 2569, window),
        QMessageBox(QMessageBox.Icon.Question, "ITA Desk", "ข้อความยาว " * 80, parent=window),
    ]
    from itadesk.ui.dialogs import EditAgencyDialog, NewAgencyDialog

    opened += [NewAgencyDialog(store, window), EditAgencyDialog(store, window.agency_id, window)]
    for dialog in opened:
        dialog.show()
    preview = window.print_preview()
    for _ in range(20):
        app.processEvents()
    area = app.primaryScreen().availableGeometry()
    shown = [
        {
            "class": type(widget).__name__,
            "title": widget.windowTitle(),
            "frame": widget.frameGeometry().getRect(),
            "minimum": [widget.minimumSizeHint().width(), widget.minimumSizeHint().height()],
        }
        for widget in app.topLevelWidgets()
        if widget.isVisible()
    ]
    print(json.dumps({"available": area.getRect(), "windows": shown}, ensure_ascii=False))
    if preview is not None:
        preview.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
