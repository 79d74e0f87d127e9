"""Small dialogs: an agency's details, for a new agency and for editing one."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from itadesk.errors import UserError
from itadesk.i18n import N_, _
from itadesk.services.agencies import AGENCY_KINDS, AgencyDetails, add_agency, agency_details, update_agency
from itadesk.store import Store
from itadesk.ui import numerals

ERROR_STYLE = "color: #b00020;"
SIGNERS = (
    ("prepared_by", N_("Prepared by")),
    ("checked_by", N_("Checked by")),
    ("approved_by", N_("Approved by")),
)


class UnitList(QWidget):
    """The agency's responsible units in order: typed in place, added, removed and moved with buttons or keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("units")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setToolTip(_("Double-click a unit to rename it"))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 6)
        self.add_button = QPushButton(_("Add a unit"))
        self.remove_button = QPushButton(_("Remove unit"))
        self.up_button = QPushButton(_("Move up"))
        self.down_button = QPushButton(_("Move down"))
        for button, slot, keys, tip in (
            (self.add_button, self.add, "Ins", _("Add a unit at the end of the list (Insert)")),
            (self.remove_button, self.remove, "Del", _("Remove the selected unit from the list (Delete)")),
            (self.up_button, lambda: self.move(-1), "Alt+Up", _("Move the selected unit up (Alt+Up)")),
            (self.down_button, lambda: self.move(1), "Alt+Down", _("Move the selected unit down (Alt+Down)")),
        ):
            button.clicked.connect(slot)
            button.setAutoDefault(False)  # Enter anywhere in the dialog means OK
            button.setToolTip(tip)
            action = QAction(button.text(), self.list)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def set_units(self, units: tuple[str, ...]) -> None:
        self.list.clear()
        for unit in units:
            self.list.addItem(self._item(unit))
        self._enable()

    def units(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count()))

    def add(self) -> None:
        item = self._item("")
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._enable()

    def move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _enable(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def commit_typing(self) -> None:
        """A unit still being typed counts as typed."""
        if self.list.state() == QAbstractItemView.State.EditingState:
            editor = self.list.indexWidget(self.list.currentIndex())
            if editor is not None:
                self.list.commitData(editor)


class AgencyDialog(QDialog):
    """An agency's name, kind, place, report signers and responsible units.

    The dialog collects the values; `save` stores them and returns the agency's id. A refusal (UserError) is shown
    in red and the dialog stays open with everything typed; it closes only once `save` succeeds.
    """

    def __init__(
        self,
        save: Callable[[AgencyDetails], int | None],
        shown: AgencyDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.agency_id: int | None = None
        self.setWindowTitle(_("New agency") if shown is None else _("Edit agency"))

        self.name = QLineEdit()
        self.name.setPlaceholderText(_("e.g. องค์การบริหารส่วนตำบลโคกคอน"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value, label in AGENCY_KINDS.items():
            self.kind.addItem(_(label), value)
        self.kind.setCurrentIndex(-1)
        self.district = QLineEdit()
        self.province = QLineEdit()
        place = QGroupBox(_("Agency"))
        form = QGridLayout(place)
        form.addWidget(QLabel(_("Agency name")), 0, 0)
        form.addWidget(self.name, 0, 1, 1, 3)
        form.addWidget(QLabel(_("Kind of agency")), 1, 0)
        form.addWidget(self.kind, 1, 1, 1, 3)
        form.addWidget(QLabel(_("District")), 2, 0)
        form.addWidget(self.district, 2, 1)
        form.addWidget(QLabel(_("Province")), 2, 2)
        form.addWidget(self.province, 2, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.signer_fields: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        signers = QGroupBox(_("Signers of the report"))
        grid = QGridLayout(signers)
        grid.addWidget(QLabel(_("Full name")), 0, 1)
        grid.addWidget(QLabel(_("Position")), 0, 2)
        for row, (key, title) in enumerate(SIGNERS, start=1):
            name, position = QLineEdit(), QLineEdit()
            name.setObjectName(f"{key}_name")
            position.setObjectName(f"{key}_position")
            self.signer_fields[key] = (name, position)
            grid.addWidget(QLabel(_(title)), row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(position, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        units = QGroupBox(_("Responsible units"))
        units_layout = QVBoxLayout(units)
        hint = QLabel(
            _(
                "The offices and divisions a measure can be given to, in the order they are offered. Measures keep "
                "the unit names they already have."
            )
        )
        hint.setWordWrap(True)
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 2)  # wrapped Thai needs the room
        self.units = UnitList()
        units_layout.addWidget(hint)
        units_layout.addWidget(self.units)

        content = QWidget()
        inner = QVBoxLayout(content)
        for group in (place, signers, units):
            inner.addWidget(group)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_("Create") if shown is None else _("Save"))
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        order = [self.name, self.kind, self.district, self.province]
        for name, position in self.signer_fields.values():
            order += [name, position]
        order += [self.units.list, self.units.add_button, self.units.remove_button]
        order += [self.units.up_button, self.units.down_button, self.ok_button]
        order.append(buttons.button(QDialogButtonBox.StandardButton.Cancel))
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        if shown is not None:
            self.set_details(shown)
        self.name.setFocus()
        self.resize(680, 650)  # fits a 1024×768 screen; the form scrolls when the window is made smaller

    def set_details(self, details: AgencyDetails) -> None:
        self.name.setText(details.name)
        index = self.kind.findData(details.kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        else:
            self.kind.setCurrentIndex(-1)
            self.kind.setEditText(details.kind)
        self.district.setText(details.district)
        self.province.setText(details.province)
        for key, (name, position) in self.signer_fields.items():
            name.setText(getattr(details, f"{key}_name"))
            position.setText(getattr(details, f"{key}_position"))
        self.units.set_units(details.responsible_units)

    def _kind(self) -> str:
        """The stored value of a kind chosen from the list (its label is the window's language), else as typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.kind.itemData(index) if index >= 0 else text

    def details(self) -> AgencyDetails:
        """The values as typed (saving checks and tidies them)."""
        signers = {}
        for key, (name, position) in self.signer_fields.items():
            signers[f"{key}_name"] = name.text()
            signers[f"{key}_position"] = position.text()
        return AgencyDetails(
            name=self.name.text(),
            kind=self._kind(),
            district=self.district.text(),
            province=self.province.text(),
            responsible_units=self.units.units(),
            **signers,
        )

    def show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        self.units.commit_typing()
        try:
            self.agency_id = self._save(self.details())
        except UserError as error:
            self.show_refusal(numerals.message(str(error)))
            return
        super().accept()


class NewAgencyDialog(AgencyDialog):
    """A new agency: saved with `add_agency`."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(lambda details: add_agency(store, details).id, None, parent)


class EditAgencyDialog(AgencyDialog):
    """An agency's details as stored; saving is refused when they changed elsewhere since the dialog opened."""

    def __init__(self, store: Store, agency_id: int, parent: QWidget | None = None) -> None:
        shown = agency_details(store, agency_id)

        def save(details: AgencyDetails) -> int:
            update_agency(store, agency_id, details, expected=shown)
            return agency_id

        super().__init__(save, shown, parent)
