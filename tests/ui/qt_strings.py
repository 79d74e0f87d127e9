"""Which of Qt's own strings the window can show: a recording translator, and the dialogs and menus that ask for them.

Qt asks for its strings when it builds a dialog or a menu, so they are found by opening them all offscreen with a
translator that notes every (context, source text, disambiguation) asked for. A new Qt version may ask for new ones:

    QT_QPA_PLATFORM=offscreen python -m tests.ui.qt_strings

prints, as entries for i18n/th/LC_MESSAGES/qt.po, every string asked for that the Thai catalog lacks.
"""

import io
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from itadesk.ui.printing import a4_printer
from itadesk.ui.qt_translations import _balance_none_reference, catalog_context

Asked = tuple[str, str, str]  # context, source text, disambiguation ("" for none)

# Print and page setup dialogs are the system's own on Windows and macOS (they speak its language and cannot be
# closed from here); Qt's widgets draw them elsewhere.
QT_DRAWS_PRINT_DIALOGS = sys.platform.startswith("linux")


class RecordingTranslator(QTranslator):
    """Notes every string Qt asks for, and answers as `inner` does (Qt's English when there is none)."""

    def __init__(self, inner: QTranslator | None = None) -> None:
        super().__init__()
        self.inner = inner
        self.asked: set[Asked] = set()

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if disambiguation is None:
            _balance_none_reference()
        self.asked.add((context, source_text, disambiguation or ""))
        if self.inner is not None:
            return self.inner.translate(context, source_text, disambiguation, n)
        return source_text


@contextmanager
def recording(inner: QTranslator | None = None) -> Iterator[RecordingTranslator]:
    recorder = RecordingTranslator(inner)
    QCoreApplication.installTranslator(recorder)  # the last installed is asked first
    try:
        yield recorder
    finally:
        QCoreApplication.removeTranslator(recorder)


def settle(ms: int = 50) -> None:
    """Let Qt run for a while: file dialogs list folders in a thread, and dialogs are built when first shown."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Closer:
    """Closes whatever popup menu or modal dialog comes up (except those in `keep`), so that exec() returns."""

    def __init__(self) -> None:
        self.keep: list[QWidget] = []
        self.closed: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._close_one)
        self._timer.start()

    def _close_one(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or widget in self.keep:
            return
        self.closed.append(type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def stop(self) -> None:
        self._timer.stop()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()


def _right_click(widget: QWidget) -> None:
    """Most widgets build their context menu when asked for it, and run it (the Closer closes it)."""
    point = QPoint(2, 2)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point)))
    settle()


def _context_menu(widget: QWidget) -> None:
    widget.show()
    settle()
    _right_click(widget)
    widget.close()


def _every_standard_button(kind: type) -> object:
    buttons = kind.StandardButton.NoButton
    for button in kind.StandardButton:
        if button.name not in {"NoButton", "FirstButton", "LastButton", "Default", "Escape", "FlagMask", "ButtonMask"}:
            buttons |= button
    return buttons


def message_boxes() -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "ITA Desk", "?", _every_standard_button(QMessageBox))
    box.setDetailedText("details")
    box.show()
    settle()
    for button in box.buttons():  # the details button says "Hide Details..." once pressed
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()
    settle()
    box.close()
    QDialogButtonBox(_every_standard_button(QDialogButtonBox))


def context_menus() -> None:
    QLineEdit("text").createStandardContextMenu()
    QPlainTextEdit("text").createStandardContextMenu()
    QTextEdit("text").createStandardContextMenu()
    label = QLabel("text <a href='https://itas.nacc.go.th'>link</a>")
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(label.textInteractionFlags().TextBrowserInteraction)
    bars = [QScrollBar(orientation) for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal)]
    for widget in (label, QSpinBox(), QDateEdit(), *bars):
        _context_menu(widget)


def print_preview(window: QWidget, closer: Closer) -> None:
    """The main window's print preview (the report is made first, behind a busy dialog the Closer leaves open); its
    print button opens Qt's print dialog."""
    closer.pause()
    dialog = window.print_preview()
    closer.resume()
    closer.keep.append(dialog)
    settle(100)
    if QT_DRAWS_PRINT_DIALOGS:
        dialog.print_action.trigger()  # the print dialog: the Closer closes it
        settle()
    dialog.close()
    closer.keep.remove(dialog)


def _qt(context: str, source_text: str) -> str:
    """What Qt shows for one of its strings now (in Thai while the Thai catalog is installed)."""
    return QCoreApplication.translate(context, source_text)


def _button(parent: QWidget, text: str) -> QAbstractButton | None:
    return next((b for b in parent.findChildren(QAbstractButton) if b.text() == text), None)


def print_dialogs(folder: Path, closer: Closer) -> None:
    """Qt's print dialog (Linux): its options, the printer's properties, and printing over an existing file."""
    if not QT_DRAWS_PRINT_DIALOGS:
        return
    printer = a4_printer()  # the dialog does not own its printer
    dialog = QPrintDialog(printer)
    closer.keep.append(dialog)
    dialog.show()  # QPrintDialog.open() wants a slot in PySide
    settle(200)
    # The options button turns into "Options <<"; the printer's properties come up in a modal dialog.
    for text in (_qt("QPrintDialog", "&Options >>"), _qt("QPrintWidget", "P&roperties")):
        button = _button(dialog, text)
        if button is not None:
            button.click()
            settle(100)
    existing = folder / "report.pdf"
    existing.write_bytes(b"%PDF")
    output = dialog.findChild(QLineEdit, "filename")
    if output is not None:
        output.setText(str(existing))
    print_button = _button(dialog, _qt("QPrintDialog", "&Print"))
    if print_button is not None:
        print_button.click()  # asks whether to overwrite the file; the Closer says no
        settle(200)
    dialog.close()
    closer.keep.remove(dialog)


def file_dialogs(folder: Path, closer: Closer) -> None:
    """Qt's own file dialog (Windows and macOS use theirs): its menus, saving over a file, opening a missing one."""
    (folder / "report.pdf").write_bytes(b"%PDF")
    for mode, typed in (
        (QFileDialog.AcceptMode.AcceptSave, ("report.pdf", str(folder / "no such folder" / "x.pdf"))),
        (QFileDialog.AcceptMode.AcceptOpen, ("missing.pdf", str(folder / "no such folder" / "x.pdf"))),
    ):
        dialog = QFileDialog(None, "ITA Desk", str(folder), "PDF (*.pdf);;All files (*)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        if mode == QFileDialog.AcceptMode.AcceptOpen:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        closer.keep.append(dialog)
        dialog.open()
        settle(300)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        settle()
        dialog.grab()  # paints the file list: sizes, kinds and dates
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        for text in typed:  # "already exists", "file not found", "directory not found": the Closer answers
            name_field.setText(text)
            settle()
            dialog.accept()
            settle(100)
        for view in dialog.findChildren(QListView):  # the file list's menu and the sidebar's
            model = view.model()
            if model is not None and model.rowCount(view.rootIndex()):
                view.setCurrentIndex(model.index(0, 0, view.rootIndex()))
            view.customContextMenuRequested.emit(QPoint(2, 2))
            settle()
        # after the typed names: a new folder would take the selection
        for name in ("qt_new_folder_action", "qt_delete_action"):  # deleting asks first, and the Closer says no
            action = next((a for a in dialog.findChildren(QAction) if a.objectName() == name), None)
            if action is not None:
                action.trigger()
                settle(100)
        dialog.close()
        closer.keep.remove(dialog)


def exercise(window: QWidget) -> list[str]:
    """Open every Qt dialog and menu the window can show; returns the names of the modal ones closed on the way."""
    closer = Closer()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            message_boxes()
            context_menus()
            print_preview(window, closer)
            print_dialogs(Path(scratch), closer)
            file_dialogs(Path(scratch), closer)
    finally:
        closer.stop()
    return closer.closed


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as po_file:
        return read_po(po_file, locale="th")


def missing_from(catalog: Catalog, asked: set[Asked]) -> list[Asked]:
    """What was asked for that the catalog has no translation of (fuzzy entries count as none)."""
    missing = []
    for context, source, disambiguation in asked:
        message = catalog.get(source, context=catalog_context(context, disambiguation or None))
        if message is None or not message.string or message.fuzzy:
            missing.append((context, source, disambiguation))
    return sorted(missing)


def as_po_entries(missing: list[Asked]) -> str:
    catalog = Catalog(locale="th")
    for context, source, disambiguation in missing:
        catalog.add(source, "", context=catalog_context(context, disambiguation or None))
    out = io.BytesIO()
    write_po(out, catalog, omit_header=True, width=0)
    return out.getvalue().decode("utf-8")


def main() -> int:
    from itadesk.paths import catalogs_dir
    from itadesk.services.sample import load_sample
    from itadesk.store import open_store
    from itadesk.ui.fonts import register_fonts
    from itadesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts(app)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "store.sqlite3")
        load_sample(store)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        window.show()
        with recording() as recorder:
            exercise(window)
        window.close()
        store.close()
    missing = missing_from(read_catalog(catalogs_dir() / "th" / "LC_MESSAGES" / "qt.po"), recorder.asked)
    print(as_po_entries(missing), end="")
    print(f"# {len(recorder.asked)} strings asked for, {len(missing)} missing", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
