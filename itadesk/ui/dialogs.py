"""Small dialogs: a new agency."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services.agencies import create_agency
from itadesk.store import Store


class NewAgencyDialog(QDialog):
    """Name, district and province of a new agency; refused input keeps the dialog open with the reason."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("New agency"))
        self._store = store
        self.agency_id: int | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("e.g. องค์การบริหารส่วนตำบลโคกคอน"))
        self.district = QLineEdit()
        self.province = QLineEdit()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(_("Agency name"), self.name)
        form.addRow(_("District"), self.district)
        form.addRow(_("Province"), self.province)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def accept(self) -> None:
        try:
            agency = create_agency(self._store, self.name.text(), self.district.text(), self.province.text())
        except UserError as error:
            self.message.setText(str(error))
            return
        self.agency_id = agency.id
        super().accept()
