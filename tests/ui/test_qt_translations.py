"""Qt's own strings in Thai: every string the window's dialogs and menus ask Qt for is in the Thai catalog."""

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from itadesk.paths import catalogs_dir
from itadesk.ui.main_window import MainWindow
from itadesk.ui.qt_translations import QtCatalogTranslator, install_qt_translation
from tests.ui.qt_strings import exercise, missing_from, read_catalog, recording


@pytest.fixture
def window(qtbot, sample_store, tmp_path):
    made = MainWindow(sample_store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(made)
    made.show()
    return made


def test_every_string_qt_asks_for_has_a_thai_translation(window):
    with recording(QtCatalogTranslator("th")) as recorder:
        exercise(window)
    contexts = {context for context, _source, _disambiguation in recorder.asked}
    # What the window can show: standard buttons, message boxes, context menus, file dialog.
    assert {"QPlatformTheme", "QMessageBox", "QLineEdit", "QWidgetTextControl"} <= contexts
    assert {"QAbstractSpinBox", "QScrollBar", "QFileDialog", "QFileSystemModel"} <= contexts
    missing = missing_from(read_catalog(catalogs_dir() / "th" / "LC_MESSAGES" / "qt.po"), recorder.asked)
    assert missing == [], "add them to i18n/th/LC_MESSAGES/qt.po (python -m tests.ui.qt_strings prints them)"


def test_standard_buttons_and_context_menus_speak_thai(qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert [button.text() for button in buttons.buttons()] == ["ตกลง", "ยกเลิก"]
    field = QLineEdit("คำ")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert texts == ["เ&ลิกทำ", "ทำ&ซ้ำ", "&ตัด", "&คัดลอก", "&วาง", "ลบ", "เลือกทั้งหมด"]


def test_strings_the_catalog_lacks_stay_in_qts_english():
    translator = QtCatalogTranslator("th")
    assert translator.translate("QNoSuchWidget", "Frobnicate") == "Frobnicate"
    assert translator.translate("QPlatformTheme", "OK") == "ตกลง"
    # A disambiguation is part of the key: the same source text may read differently elsewhere.
    assert translator.translate("QFileSystemModel", "Type", "All other platforms") == "ชนิด"


def test_english_needs_no_translator():
    assert install_qt_translation("en") is None
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert install_qt_translation("th") is install_qt_translation("th")  # installed once


def test_many_translations_leave_none_alive():
    # PySide hands Qt's null disambiguation to Python without a reference of its own; the translator makes up for
    # it, or each call would take one reference from None until the interpreter aborts.
    install_qt_translation("th")
    before = sys.getrefcount(None)
    for _ in range(20_000):
        QCoreApplication.translate("QPlatformTheme", "OK")
    assert sys.getrefcount(None) >= before - 10
