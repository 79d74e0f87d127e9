"""About ITA Desk: the version, where the store and the data folder are (each with a button that opens its folder),
and the licences of the program and of everything it bundles (THIRD-PARTY-NOTICES, itadesk.notices)."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itadesk.i18n import _
from itadesk.notices import MissingLicenceText, Section, notices_text, program_version, sections
from itadesk.paths import default_db_path
from itadesk.ui import numerals


def data_folder() -> Path:
    """The per-user folder of the default store (and its backups)."""
    return default_db_path().parent


class AboutDialog(QDialog):
    def __init__(self, store_location: str, store_path: Path | None, parent: QWidget | None = None) -> None:
        """store_location: the store as the user is shown it; store_path: its file (None for a shared store)."""
        super().__init__(parent)
        self.setWindowTitle(_("About ITA Desk"))
        self.version = program_version()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about(store_location, store_path), _("ITA Desk"))
        self.tabs.addTab(self._licences(), _("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(900, 600)  # fits a 1024×768 screen; the licences read at their own width

    # --- the program -------------------------------------------------------------------------------------------

    def _about(self, store_location: str, store_path: Path | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        name = QLabel(_("ITA Desk"))
        name.setStyleSheet("font-size: 18pt; font-weight: bold;")
        name.setMinimumHeight(int(name.fontMetrics().height() * 1.6))
        self.version_label = QLabel(_("Version {version}").format(version=numerals.digits(self.version)))
        self.version_label.setObjectName("version")
        what = QLabel(
            _(
                "ITA results, their analysis and the plan of improvement measures of a Thai public agency, "
                "offline. ITA Desk is free software under the MIT License; the licences of the parts it bundles "
                "are under Licences."
            )
        )
        what.setWordWrap(True)
        what.setMinimumHeight(what.fontMetrics().lineSpacing() * 3)
        for label in (name, self.version_label, what):
            layout.addWidget(label)
        places = QGridLayout()
        folder = store_path.parent if store_path is not None else None  # a shared store has no folder here
        self.store_label = self._place(places, 0, _("Store"), store_location, folder)
        self.store_label.setObjectName("storePath")
        self.data_label = self._place(places, 1, _("Data folder"), data_folder(), data_folder())
        self.data_label.setObjectName("dataFolder")
        layout.addLayout(places)
        layout.addStretch(1)
        return page

    def _place(self, grid: QGridLayout, row: int, title: str, shown: str | Path, folder: Path | None) -> QLabel:
        path = QLabel(str(shown))
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setWordWrap(True)
        button = QPushButton(_("Open folder"))
        button.setObjectName(f"open-{row}")
        button.clicked.connect(lambda _checked=False: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        button.setEnabled(folder is not None and folder.is_dir())
        grid.addWidget(QLabel(title), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(path, row, 1)
        grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        return path

    # --- the licences ------------------------------------------------------------------------------------------

    def _licences(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(_("The licences of ITA Desk and of every part it bundles. Choose a part to read its licence."))
        intro.setWordWrap(True)
        intro.setMinimumHeight(intro.fontMetrics().lineSpacing() * 2)
        self.parts = QListWidget()
        self.parts.setObjectName("licenceParts")
        self.licence = QPlainTextEdit()
        self.licence.setObjectName("licenceText")
        self.licence.setReadOnly(True)
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # licences keep their own lines
        try:
            self.sections: list[Section] = sections(notices_text())[1:]
        except MissingLicenceText as problem:
            self.sections = [Section(_("Licences"), str(problem))]
        for section in self.sections:
            self.parts.addItem(section.title)
        self.parts.currentRowChanged.connect(self._show_part)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.parts)
        splitter.addWidget(self.licence)
        splitter.setSizes([220, 660])
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self.parts.setCurrentRow(0)
        return page

    def _show_part(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.licence.setPlainText(self.sections[row].body)
            self.licence.moveCursor(self.licence.textCursor().MoveOperation.Start)

    def part_titles(self) -> list[str]:
        return [self.parts.item(row).text() for row in range(self.parts.count())]
