"""Starting the window: Qt application, bundled font, language, store; or saving screenshots and exiting."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.i18n import DEFAULT_LANGUAGE, _, set_language
from itadesk.ui.settings import saved_language, user_settings

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings


def _ensure_streams() -> None:
    # A windowed build has no console: sys.stdout and sys.stderr are None, and anything printed would fail.
    import io

    if sys.stdout is None:
        sys.stdout = io.StringIO()
    if sys.stderr is None:
        sys.stderr = io.StringIO()


def startup_language(explicit: str | None, settings: "QSettings | None") -> str:
    """--language wins for this run; else the language saved with View → Language; else Thai."""
    if explicit:
        return explicit
    return saved_language(settings) if settings is not None else DEFAULT_LANGUAGE


def run(db_path: Path, screenshot_dir: Path | None = None, language: str | None = None) -> int:
    """Open the window on the store at db_path; with screenshot_dir, save one PNG per tab there and exit.

    `language` ("th" or "en") overrides the saved choice for this run only.
    """
    _ensure_streams()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from itadesk.ui.fonts import register_fonts
    from itadesk.ui.qt_translations import install_qt_translation

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ITA Desk")
    app.setOrganizationName("ITA Desk")
    if screenshot_dir is not None:
        # Screenshots start from the same state every time, whatever the user's own settings hold.
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="itadesk-screenshot-"))
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = user_settings()
    # Before any widget is built: every label is translated once, when it is made.
    chosen = startup_language(language, settings)
    set_language(chosen)
    install_qt_translation(chosen)
    register_fonts(app)  # before any window: a bare machine has no Thai font
    from PySide6.QtGui import QIcon

    from itadesk.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "itadesk.png")))

    from itadesk.store import StoreError, open_store

    try:
        store = open_store(db_path)
    except StoreError as error:
        QMessageBox.critical(None, _("ITA Desk"), str(error))
        return 2

    from itadesk.ui.main_window import MainWindow

    window = MainWindow(store, settings)
    window.show()
    if screenshot_dir is not None:
        return _screenshots(app, window, screenshot_dir)
    status = app.exec()
    store.close()
    return status


def _screenshots(app, window, folder: Path) -> int:  # noqa: ANN001 - QApplication, MainWindow
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 820)
    if window.agency_id is None:  # an empty store: its greeting is what the user sees
        app.processEvents()
        window.grab().save(str(folder / "0-greeting.png"))
    else:
        for index, name in enumerate(["indicators", "comparison", "analysis", "plan"]):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(folder / f"{index + 1}-{name}.png"))
    window.close()
    window.store.close()
    return 0
