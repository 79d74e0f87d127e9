"""Opening a store for a window: with its lock held, or read only, when the user says so, if another window has it;
and asking for the address of a shared store."""

from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from itadesk.i18n import _
from itadesk.store import Store
from itadesk.store.url import is_store_url

# Answers the question instead of asking it (tests): given the parent and the store's path, True opens read only.
ask_read_only: Callable[[QWidget | None, Path], bool] | None = None


def read_only_question() -> str:
    return _("This store is open in another ITA Desk window (on this PC or another). Open it read only, or cancel?")


def _ask(parent: QWidget | None, path: Path) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, _("ITA Desk"), read_only_question(), parent=parent)
    box.setInformativeText(str(path))
    read_only = box.addButton(_("Open read only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def open_for_window(path: Path | str, parent: QWidget | None = None, *, read_only: bool | None = None) -> Store | None:
    """The store at path for a window, holding its lock; when another window holds it, the user is asked whether to
    open it read only (`read_only` answers for them). None when they cancel; StoreError when it cannot be opened.
    A shared store (a URL) has no lock: every window opens it for writing."""
    from itadesk.store.database import open_locked_store, open_store
    from itadesk.store.lock import StoreInUse

    if is_store_url(path):
        return open_store(str(path))
    path = Path(path)
    try:
        return open_locked_store(path)
    except StoreInUse:
        pass
    if read_only is None:
        read_only = (ask_read_only or _ask)(parent, path)
    if not read_only:
        return None
    return open_store(path, read_only=True)


# --- a shared store ------------------------------------------------------------------------------------------

SHARED_URL_KEY = "shared_store_url"
# Answers the dialog instead of showing it (tests): given the parent and the URL offered, the URL to open or None.
ask_shared_url: Callable[[QWidget | None, str], str | None] | None = None


class SharedStoreDialog(QDialog):
    """Asks for the address of a shared store on the office's PostgreSQL server (the last one is offered)."""

    def __init__(self, offered: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Open a shared store"))
        layout = QVBoxLayout(self)
        note = QLabel(
            _(
                "A store on the office's PostgreSQL server, which several PCs use at once. Give its address as "
                "your administrator wrote it, for example:"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        example = QLabel("postgresql://clerk@server:5432/itadesk")
        example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(example)
        form = QFormLayout()
        self.url_edit = QLineEdit(offered)
        self.url_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)
        self.url_edit.setPlaceholderText("postgresql://user@server:5432/database")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(_("if the server asks for one"))
        form.addRow(_("Address (URL)"), self.url_edit)
        form.addRow(_("Password"), self.password_edit)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_url)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def url(self) -> str:
        """The URL typed, with the password given beside it put into it."""
        url = self.url_edit.text().strip()
        password = self.password_edit.text()
        if not password or not is_store_url(url):
            return url
        scheme, _separator, rest = url.partition("://")
        user_and_host, slash, path = rest.partition("/")
        user, at, host = user_and_host.rpartition("@")
        if not at:
            return url
        user = user.split(":", 1)[0]
        return f"{scheme}://{user}:{quote(password, safe='')}@{host}{slash}{path}"

    def _accept_if_url(self) -> None:
        if not is_store_url(self.url_edit.text()):
            self.problem.setText(_("The address of a shared store starts with postgresql://"))
            return
        self.accept()


def ask_for_shared_url(parent: QWidget | None, offered: str) -> str | None:
    """The URL of the shared store to open, asked in a dialog (None when cancelled)."""
    if ask_shared_url is not None:
        return ask_shared_url(parent, offered)
    dialog = SharedStoreDialog(offered, parent)
    if not dialog.exec():
        return None
    return dialog.url()
