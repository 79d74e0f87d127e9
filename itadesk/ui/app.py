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


def run(db_path: Path | str, screenshot_dir: Path | None = None, language: str | None = None) -> int:
    """Open the window on the store at db_path (or a shared store's URL); with screenshot_dir, save one PNG per tab
    there and exit.

    `language` ("th" or "en") overrides the saved choice for this run only.
    """
    _ensure_streams()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

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

    from itadesk.store import StoreError
    from itadesk.ui.store_opening import open_for_window

    try:
        # A store open in another window: the user chooses read only or nothing (screenshots take it read only).
        store = open_for_window(db_path, read_only=True if screenshot_dir is not None else None)
        if store is None:
            return 0
    except StoreError as error:
        store = _offer_latest_backup(db_path, error)
        if store is None:
            return 2

    from itadesk.ui.main_window import MainWindow

    window = MainWindow(store, settings)
    window.show()
    if screenshot_dir is not None:
        return _screenshots(app, window, screenshot_dir)
    status = app.exec()
    store.close()
    while getattr(window, "_successor", None) is not None:  # the store opened last (File → Open store…, restore)
        window = window._successor
    window.store.close()  # its backup, and its lock given back
    return status


def _offer_latest_backup(db_path: Path | str, error: Exception):  # noqa: ANN202 - a Store or None
    """The store cannot be opened: say why and offer to go back to the latest backup (the file is never changed
    unless the user says so, and then a copy of it is kept)."""
    from PySide6.QtWidgets import QMessageBox

    from itadesk.store import StoreError
    from itadesk.store.backup import latest_backup
    from itadesk.store.database import open_locked_store, restore_backup
    from itadesk.store.lock import held_elsewhere
    from itadesk.ui import messages, numerals

    if not isinstance(db_path, Path):  # a shared store (its server off, say): the store of this PC instead
        from itadesk.store.url import local_store_path
        from itadesk.ui.store_opening import open_for_window

        local = local_store_path()
        messages.fail(None, _("ITA Desk"), str(error) + "\n\n" + _("The store on this PC is opened instead."))
        try:
            return open_for_window(local)
        except StoreError as again:
            messages.fail(None, _("ITA Desk"), again)
            return None
    backup = latest_backup(db_path)
    if backup is None or held_elsewhere(db_path):  # open in another window: not to be replaced under it
        messages.fail(None, _("ITA Desk"), error)
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, _("ITA Desk"), numerals.message(str(error)))
    box.setInformativeText(
        _("The latest backup is {backup}. Restore it? A copy of the current file is kept.").format(backup=backup.name)
    )
    restore = box.addButton(_("Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        restore_backup(db_path, backup)  # refused if a window opened the store meanwhile
        return open_locked_store(db_path)
    except StoreError as again:
        messages.fail(None, _("ITA Desk"), again)
        return None


def _settle(app, seconds: float = 0.5) -> None:  # noqa: ANN001 - QApplication
    """Let what a tab does a moment after it is shown (the text checks) happen before the picture is taken."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _screenshots(app, window, folder: Path) -> int:  # noqa: ANN001 - QApplication, MainWindow
    folder.mkdir(parents=True, exist_ok=True)
    from itadesk.ui.main_window import DEFAULT_SIZE
    from itadesk.ui.screen import fit_window

    fit_window(window, DEFAULT_SIZE)
    if window.agency_id is None:  # an empty store: its greeting is what the user sees
        app.processEvents()
        window.grab().save(str(folder / "0-greeting.png"))
    else:
        for index, name in enumerate(["indicators", "comparison", "analysis", "plan", "overview"]):
            window.tabs.setCurrentIndex(index)
            _settle(app)
            window.grab().save(str(folder / f"{index + 1}-{name}.png"))
    window.close()
    window.store.close()
    return 0
