"""The main window's store: open another, back up, restore (a part of MainWindow)."""

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from itadesk.i18n import _
from itadesk.store import Store
from itadesk.ui import messages
from itadesk.ui.settings import remember_store


class StoreActions:
    """The store as a whole, for MainWindow."""

    def open_store(self, path: str | None = None, read_only: bool | None = None) -> bool:
        """Open another store in place of this one; True when one was opened.

        A store open in another window is opened read only if the user says so (`read_only` answers for them).
        """
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, _("Open store"), str(self._store_folder()), _("ITA Desk store (*.sqlite3);;All files (*)")
            )
        if not path:
            return False
        from itadesk.store import StoreError
        from itadesk.ui.store_opening import open_for_window

        chosen = Path(path)
        try:
            same = self.store.path is not None and chosen.exists() and chosen.samefile(self.store.path)
        except OSError:
            same = False
        if same and not self.store.read_only:  # already open here, for writing
            remember_store(self.settings, chosen)
            return True
        try:
            store = open_for_window(chosen, self, read_only=read_only)
        except StoreError as error:
            messages.fail(self, _("Open store"), error)
            return False
        if store is None:
            return False
        remember_store(self.settings, chosen)
        self._replace_store(store)
        return True

    def _store_folder(self) -> Path:
        """The folder offered for store files: the open store's, or this PC's own store's beside a shared store."""
        from itadesk.store.url import local_store_path

        return (self.store.path or local_store_path()).parent

    def open_shared_store(self, url: str | None = None) -> bool:
        """Open a shared store on the office's PostgreSQL server in place of this one (its address asked for, the
        last one offered); True when one was opened."""
        from itadesk.store import StoreError
        from itadesk.store.url import is_store_url, shown_url
        from itadesk.ui.store_opening import SHARED_URL_KEY, ask_for_shared_url, open_for_window

        title = _("Open a shared store")
        if not url:
            url = ask_for_shared_url(self, str(self.settings.value(SHARED_URL_KEY) or ""))
        if not url:
            return False
        if not is_store_url(url):
            messages.warn(self, title, _("The address of a shared store starts with postgresql://"))
            return False
        try:
            store = open_for_window(url, self)
        except StoreError as error:
            messages.fail(self, title, error)
            return False
        self.settings.setValue(SHARED_URL_KEY, shown_url(url))
        remember_store(self.settings, url)  # opened again at the next start
        self._replace_store(store)
        return True

    def back_up(self, path: str | None = None) -> Path | None:
        """Copy the store now, to a file the user chooses (the backups folder is offered); of a shared store, every
        agency into one JSON file, which Import agency brings back."""
        from itadesk.store import StoreError
        from itadesk.store.backup import backup_now, backups_dir

        if self.store.shared:
            return self._back_up_shared(path)
        if not path:
            suggested = backups_dir(self.store.path) / f"{self.store.path.stem}-{datetime.now():%Y%m%d-%H%M}.sqlite3"
            path, _filter = QFileDialog.getSaveFileName(
                self, _("Back up now"), str(suggested), _("ITA Desk store (*.sqlite3);;All files (*)")
            )
        if not path:
            return None
        self.analysis_tab.save_text()
        try:
            made = backup_now(self.store.path, Path(path))
        except StoreError as error:
            messages.warn(self, _("Back up now"), error)
            return None
        self.statusBar().showMessage(_("Backed up {path} to {backup}").format(path=self.store.path, backup=made), 8000)
        return made

    def _back_up_shared(self, path: str | None) -> Path | None:
        from itadesk.errors import UserError
        from itadesk.services.store_backup import shared_backup_name, write_store_json

        title = _("Back up now")
        if not path:
            suggested = self.store.backup_folder / shared_backup_name(self.store)
            path, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), "JSON (*.json)")
        if not path:
            return None
        self.analysis_tab.save_text()
        try:
            write_store_json(self.store, Path(path))
        except UserError as error:
            messages.warn(self, title, error)
            return None
        message = _("Backed up {path} to {backup}").format(path=self.store.location, backup=path)
        self.statusBar().showMessage(message, 8000)
        return Path(path)

    def restore_from_backup(self, path: str | None = None, confirm: bool = True) -> bool:
        """Put a backup in place of the store (a copy of the store is kept first) and show it.

        The window keeps the store's lock throughout, so no other window opens the store while it is replaced; a
        window that has the store read only (another window has it open) is refused.
        """
        from itadesk.store import StoreError, open_store
        from itadesk.store.backup import backups_dir
        from itadesk.store.database import check_store_file, restore_backup, shared_restore_refusal

        if self.store.shared:
            messages.warn(self, _("Restore from a backup"), shared_restore_refusal())
            return False
        if self.store.read_only:
            QMessageBox.warning(
                self,
                _("Restore from a backup"),
                _(
                    "This store is open read only, because another ITA Desk window has it open; restore the backup "
                    "from that window."
                ),
            )
            return False
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                _("Restore from a backup"),
                str(backups_dir(self.store.path)),
                _("ITA Desk store (*.sqlite3);;All files (*)"),
            )
        if not path:
            return False
        try:
            check_store_file(Path(path))
        except StoreError as error:
            messages.warn(self, _("Restore from a backup"), error)
            return False
        question = _(
            "Replace everything in {store} with the backup {backup}? A copy of the store as it is now is kept."
        )
        if (
            confirm
            and QMessageBox.question(
                self, _("Restore from a backup"), question.format(store=self.store.path.name, backup=Path(path).name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        self.analysis_tab.save_text()
        store_path = self.store.path
        lock = self.store.detach_lock()  # still held: it goes to the store opened again after the restore
        self.store.close()
        try:
            restore_backup(store_path, Path(path), lock=lock)
            store = open_store(store_path, lock=lock)
        except StoreError as error:
            messages.fail(self, _("Restore from a backup"), error)
            store = open_store(store_path, lock=lock)
        self._replace_store(store)
        return True

    def _replace_store(self, store: Store) -> None:
        """Show store in a new window and close this one; this window's store is closed, which gives its lock back
        (the new store holds its own, or this one's after a restore)."""
        old = self.store
        window = type(self)(store, self.settings)
        window.show()
        self._successor = window
        self.close()
        if old is not store:
            old.close()
