"""The agency dialog (new and edit) and the window's File → New / Edit / Delete agency."""

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QScrollArea

from itadesk import i18n
from itadesk.services.agencies import (
    AgencyDetails,
    agency_details,
    agency_holdings,
    create_agency,
    find_agency,
    list_agencies,
    responsible_units,
)
from itadesk.store.backup import backups_dir
from itadesk.thai.digits import to_thai_digits
from itadesk.ui.dialogs import EditAgencyDialog, NewAgencyDialog
from itadesk.ui.qt_translations import install_qt_translation
from tests.test_store import dump
from tests.ui.shown_text import data_texts, untranslated

SAMPLE = "องค์การบริหารส่วนตำบลโคกคอน"


def type_text(widget, text):
    """Type as the keyboard does, one character at a time (QTest only knows Latin keys, not Thai ones)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()  # an item editor commits and closes through the event loop


def when_modal(kind, handler, tries: int = 500) -> list[str]:
    """Run handler on the modal window of `kind` once it is shown (closing it if the handler leaves it open); the
    list it returns fills with "done" when the handler ran, so a test can check that the window did appear."""
    ran: list[str] = []

    def check(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            if left:
                QTimer.singleShot(10, lambda: check(left - 1))
            return
        try:
            handler(widget)
            ran.append("done")
        finally:
            if widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, check)
    return ran


def show_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_new_agency_is_made_with_the_keyboard_alone(qtbot, store):
    dialog = show_dialog(qtbot, NewAgencyDialog(store))
    assert focused() is dialog.name
    for text in (
        "เทศบาลตำบลบ้านใหม่",  # name
        "เทศบาลตำบล",  # kind, typed as shown in the list
        "เมืองขอนแก่น",  # district
        "ขอนแก่น",  # province
        "นางสาวสมใจ ใจดี",
        "นักวิเคราะห์นโยบายและแผน",
        "นายสมชาย รักงาน",
        "ปลัดเทศบาล",
        "นายวิชัย มั่นคง",
        "นายกเทศมนตรีตำบลบ้านใหม่",
    ):
        type_text(focused(), text)
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.units.list
    for unit in ("สำนักปลัด", "กองช่าง", "กองคลัง"):
        press(qtbot, Qt.Key.Key_Insert)
        type_text(focused(), unit)
        press(qtbot, Qt.Key.Key_Return)  # ends typing the unit; the dialog stays open
        assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # กองคลัง before กองช่าง
    press(qtbot, Qt.Key.Key_Return)  # Enter = OK
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert agency_details(store, dialog.agency_id) == AgencyDetails(
        name="เทศบาลตำบลบ้านใหม่",
        kind="เทศบาลตำบล",
        district="เมืองขอนแก่น",
        province="ขอนแก่น",
        prepared_by_name="นางสาวสมใจ ใจดี",
        prepared_by_position="นักวิเคราะห์นโยบายและแผน",
        checked_by_name="นายสมชาย รักงาน",
        checked_by_position="ปลัดเทศบาล",
        approved_by_name="นายวิชัย มั่นคง",
        approved_by_position="นายกเทศมนตรีตำบลบ้านใหม่",
        responsible_units=("สำนักปลัด", "กองคลัง", "กองช่าง"),
    )


def test_units_are_renamed_removed_and_moved_in_the_list(qtbot, sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    dialog = show_dialog(qtbot, EditAgencyDialog(sample_store, agency.id))
    units = dialog.units
    units.list.setFocus()
    units.list.setCurrentRow(4)  # กองคลัง
    press(qtbot, Qt.Key.Key_F2)
    focused().selectAll()
    type_text(focused(), "กองคลัง (งานการเงิน)")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    units.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)  # ทุกสำนัก/กอง
    units.up_button.click()  # already first: stays
    assert units.units() == ("สำนักปลัด", "งานพัสดุ กองคลัง", "กองคลัง (งานการเงิน)", "ตรวจสอบภายใน")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert responsible_units(sample_store, agency.id) == list(units.units())


def test_a_refusal_is_shown_in_red_and_the_dialog_keeps_what_was_typed(qtbot, sample_store):
    before = dump(sample_store.path)
    dialog = show_dialog(qtbot, NewAgencyDialog(sample_store))
    type_text(dialog.name, f" {SAMPLE}")
    type_text(dialog.district, "ท่าบ่อ")
    type_text(dialog.province, "อุดรธานี")
    dialog.province.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.message.isVisible() and "#b00020" in dialog.message.styleSheet()
    assert dialog.message.text().startswith(f"มีหน่วยงานชื่อ {SAMPLE} อำเภอท่าบ่อ อยู่ในแฟ้มข้อมูลนี้แล้ว")
    assert (dialog.name.text(), dialog.province.text()) == (f" {SAMPLE}", "อุดรธานี")
    assert dump(sample_store.path) == before
    dialog.name.clear()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == "โปรดระบุชื่อหน่วยงาน" and dialog.isVisible()


def test_the_kind_is_stored_in_thai_whatever_the_windows_language(qtbot, store):
    i18n.set_language("en")
    dialog = show_dialog(qtbot, NewAgencyDialog(store))
    dialog.kind.setCurrentIndex(dialog.kind.findText("Town municipality"))
    assert dialog.details().kind == "เทศบาลเมือง"
    dialog.kind.setEditText("town MUNICIPALITY")
    assert dialog.details().kind == "เทศบาลเมือง"
    dialog.kind.setEditText("เมืองพัทยา")  # a kind not in the list is kept as typed
    assert dialog.details().kind == "เมืองพัทยา"


def test_the_dialog_fits_a_small_screen_and_scrolls_when_made_smaller(qtbot, sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    dialog = show_dialog(qtbot, EditAgencyDialog(sample_store, agency.id))
    assert dialog.width() <= 900 and dialog.height() <= 650
    assert dialog.minimumSizeHint().width() <= 600 and dialog.minimumSizeHint().height() <= 400
    assert dialog.windowTitle() == "แก้ไขข้อมูลหน่วยงาน" and dialog.ok_button.text() == "บันทึก"
    dialog.resize(600, 360)
    qtbot.waitUntil(lambda: dialog.height() == 360)
    area = dialog.findChild(QScrollArea)
    assert area.verticalScrollBar().maximum() > 0  # the form scrolls instead of pushing OK off the screen
    assert dialog.ok_button.isVisible()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_dialog_shows_nothing_in_another_language(qtbot, sample_store, language):
    i18n.set_language(language)
    install_qt_translation(language)
    agency = find_agency(sample_store, "โคกคอน")
    dialog = show_dialog(qtbot, EditAgencyDialog(sample_store, agency.id))
    dialog.show_refusal(i18n._("The agency needs a name."))
    assert untranslated(dialog, language, data_texts()) == []


# --- the window ----------------------------------------------------------------------------------------------


def file_action(window, text):
    menu = window.menuBar().actions()[0].menu()
    return next(action for action in menu.actions() if action.text() == text)


def combo_texts(window):
    return [window.agency_box.itemText(i) for i in range(window.agency_box.count())]


def test_the_file_menu_offers_edit_and_delete_after_new(window):
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    start = texts.index("หน่วยงานใหม่…")
    assert texts[start : start + 3] == ["หน่วยงานใหม่…", "แก้ไขข้อมูลหน่วยงาน…", "ลบหน่วยงาน…"]


def test_a_second_agency_of_the_same_name_in_another_district_shows_the_districts(qtbot, window, sample_store):
    def fill(dialog):
        type_text(dialog.name, SAMPLE)
        type_text(dialog.district, "ท่าบ่อ")
        dialog.district.setFocus()
        qtbot.keyClick(dialog.district, Qt.Key.Key_Return)
        assert dialog.isVisible() and "อำเภอท่าบ่อ" in dialog.message.text()  # refused: the same agency
        dialog.district.clear()
        type_text(dialog.district, "โพนพิสัย")
        qtbot.keyClick(dialog.district, Qt.Key.Key_Return)

    ran = when_modal(NewAgencyDialog, fill)
    file_action(window, "หน่วยงานใหม่…").trigger()
    assert ran == ["done"]
    assert combo_texts(window) == [f"{SAMPLE} (ท่าบ่อ)", f"{SAMPLE} (โพนพิสัย)"]
    assert window.agency_box.currentText() == f"{SAMPLE} (โพนพิสัย)"  # the new one is shown
    assert len(list_agencies(sample_store)) == 2


def test_editing_keeps_the_agency_and_year_and_shows_the_new_name(qtbot, window, sample_store):
    agency = window.agency_id
    window.select(agency, 2567)
    window.tabs.setCurrentWidget(window.plan_tab)

    def edit(dialog):
        assert dialog.name.text() == SAMPLE and dialog.kind.currentText() == "องค์การบริหารส่วนตำบล"
        dialog.name.setFocus()
        dialog.name.selectAll()
        type_text(dialog.name, "องค์การบริหารส่วนตำบลโคกคอนใหม่")
        name, position = dialog.signer_fields["approved_by"]
        type_text(name, "นายก อบต.")
        type_text(position, "นายกองค์การบริหารส่วนตำบลโคกคอน")
        dialog.units.list.setCurrentRow(0)
        dialog.units.remove_button.click()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    ran = when_modal(EditAgencyDialog, edit)
    file_action(window, "แก้ไขข้อมูลหน่วยงาน…").trigger()
    assert ran == ["done"]
    assert (window.agency_id, window.year) == (agency, 2567)
    assert window.agency_box.currentText() == "องค์การบริหารส่วนตำบลโคกคอนใหม่"
    saved = agency_details(sample_store, agency)
    assert (saved.approved_by_name, saved.approved_by_position) == ("นายก อบต.", "นายกองค์การบริหารส่วนตำบลโคกคอน")
    assert "ทุกสำนัก/กอง" not in saved.responsible_units
    offered = window.plan_tab.editor.responsible.combo
    assert [offered.itemText(i) for i in range(offered.count())] == list(saved.responsible_units)  # the new list


def test_a_cancelled_edit_changes_nothing(qtbot, window, sample_store):
    before = dump(sample_store.path)

    def cancel(dialog):
        type_text(dialog.name, "ใหม่")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)

    ran = when_modal(EditAgencyDialog, cancel)
    assert window.edit_agency() is False
    assert ran == ["done"] and dump(sample_store.path) == before
    assert window.agency_box.currentText() == SAMPLE


def test_delete_asks_first_naming_what_goes_and_where_the_backup_is(qtbot, window, sample_store):
    agency = window.agency_id
    held = agency_holdings(sample_store, agency)
    before = dump(sample_store.path)
    seen = []

    def answer(button):
        def handler(box):
            seen.append(box.text())
            box.button(button).click()

        return handler

    ran = when_modal(QMessageBox, answer(QMessageBox.StandardButton.No))
    file_action(window, "ลบหน่วยงาน…").trigger()
    assert ran == ["done"] and dump(sample_store.path) == before
    question = seen[0]
    assert question.startswith(f"ลบ {SAMPLE} พร้อมข้อมูลทั้งหมดของหน่วยงานนี้ ได้แก่ ผลการประเมิน ๒ ปี (๒๕๖๗, ๒๕๖๘)")
    assert f"แผน ๑ แผน รวม {to_thai_digits(held.measures)} มาตรการ" in question
    assert str(backups_dir(sample_store.path)) in question and "เลิกทำไม่ได้" in question
    assert "แฟ้ม → นำสำเนาสำรองกลับมาใช้…" in question

    ran = when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    file_action(window, "ลบหน่วยงาน…").trigger()
    assert ran == ["done"]
    assert list_agencies(sample_store) == []
    assert window.pages.currentIndex() == 0  # the greeting of an empty store
    assert not file_action(window, "ลบหน่วยงาน…").isEnabled()


def test_delete_without_the_question_returns_the_backup_and_shows_the_other_agency(qtbot, window, sample_store):
    other = create_agency(sample_store, "เทศบาลตำบลบ้านใหม่", "เมือง", "ขอนแก่น")
    window.load_agencies(find_agency(sample_store, "โคกคอน").id)
    window.indicator_tab.model.setData(window.indicator_tab.model.index(5, 2), "90")
    assert window.undo_stack.count() == 1
    backup = window.delete_agency(confirm=False)
    assert backup is not None and backup.exists() and backup.parent == backups_dir(sample_store.path)
    assert [a.id for a in list_agencies(sample_store)] == [other.id]
    assert combo_texts(window) == ["เทศบาลตำบลบ้านใหม่"] and window.agency_id == other.id
    assert window.undo_stack.count() == 0  # nothing left to undo that named the deleted agency
    assert str(backup) in window.statusBar().currentMessage()
