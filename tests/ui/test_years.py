"""Assessment years in the window: added, chosen, deleted; years without rules refused; the list follows edits."""

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from itadesk.services.agencies import create_agency
from itadesk.services.assessments import add_assessment_year, assessment_years, load_figures
from itadesk.services.errors import InvalidInputError
from itadesk.services.rules import suggested_year, years_with_rules
from itadesk.ui.indicator_model import COL_PREVIOUS, COL_SCORE
from itadesk.ui.main_window import MainWindow
from itadesk.ui.year_dialog import AddYearDialog, typed_year
from tests.ui.keys import type_text


def years_listed(window) -> list[int]:
    return [window.year_box.itemData(i) for i in range(window.year_box.count())]


def new_window(qtbot, store, settings) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_years_offered_are_those_with_rules():
    assert years_with_rules() == [2566, 2567, 2568, 2569]
    assert suggested_year([]) == 2569
    assert suggested_year([2569]) == 2568
    assert suggested_year([2568, 2569]) == 2567
    assert suggested_year(years_with_rules()) is None
    assert typed_year("๒๕๖๗") == 2567
    assert typed_year("พ.ศ. 2568") == 2568
    assert typed_year("25x8") is None


def test_a_year_without_rules_is_refused_with_the_years_that_have_rules(store):
    agency = create_agency(store, "เทศบาลตำบลหนองบัว", "เมือง", "ขอนแก่น")
    try:
        add_assessment_year(store, agency.id, 2570)
    except InvalidInputError as error:
        assert "2570" in str(error) and "2566" in str(error) and "2569" in str(error)
    else:
        raise AssertionError("2570 has no rules and must be refused")
    assert assessment_years(store, agency.id) == []


def test_a_new_agency_adds_earlier_years_and_types_both_columns(qtbot, store, settings):
    agency = create_agency(store, "เทศบาลตำบลหนองบัว", "เมือง", "ขอนแก่น")
    window = new_window(qtbot, store, settings)
    window.load_agencies(agency.id)
    assert years_listed(window) == [2569]  # ready to type the latest year with rules
    assert window.add_year(2568) == 2568
    assert years_listed(window) == [2568] and window.year == 2568  # the shown 2569 held nothing yet
    assert window.add_year(2567) == 2567
    assert years_listed(window) == [2567, 2568]
    window.year_box.setCurrentIndex(window.year_box.findData(2568))
    tab = window.indicator_tab
    # The previous year's column takes scores too.
    assert tab.model.setData(tab.model.index(0, COL_PREVIOUS), "๘๘.๕")
    assert tab.model.setData(tab.model.index(0, COL_SCORE), "91")
    assert load_figures(store, agency.id, 2567).indicator_scores == {1: Decimal("88.50")}
    assert load_figures(store, agency.id, 2568).indicator_scores == {1: Decimal("91.00")}
    assert tab.model.index(0, COL_PREVIOUS).data() == "๘๘.๕๐"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert load_figures(store, agency.id, 2567).indicator_scores == {}


def test_a_first_score_puts_its_year_in_the_list_at_once(qtbot, store, settings):
    agency = create_agency(store, "องค์การบริหารส่วนตำบลนาดี", "นาดี", "ปราจีนบุรี")
    window = new_window(qtbot, store, settings)
    window.load_agencies(agency.id)
    tab = window.indicator_tab
    tab.model.setData(tab.model.index(2, COL_SCORE), "90")
    assert assessment_years(store, agency.id) == [2569]
    assert window.delete_year_action.isEnabled()
    # A score typed in the previous year's column makes that year: the list shows it without a restart.
    tab.model.setData(tab.model.index(2, COL_PREVIOUS), "80")
    assert years_listed(window) == [2568, 2569] and window.year == 2569


def test_adding_a_year_is_undone_while_empty(qtbot, store, settings):
    agency = create_agency(store, "องค์การบริหารส่วนตำบลนาดี", "นาดี", "ปราจีนบุรี")
    window = new_window(qtbot, store, settings)
    window.load_agencies(agency.id)
    window.add_year(2566)
    assert assessment_years(store, agency.id) == [2566]
    assert window.undo_stack.undoText().endswith("๒๕๖๖")
    window.undo_stack.undo()
    assert assessment_years(store, agency.id) == []
    window.undo_stack.redo()
    assert assessment_years(store, agency.id) == [2566]


def test_the_dialog_refuses_2570_and_a_year_already_there(qtbot, store):
    agency = create_agency(store, "เทศบาลเมืองบ้านไผ่", "บ้านไผ่", "ขอนแก่น")
    add_assessment_year(store, agency.id, 2569)
    added = []

    def add(year):
        add_assessment_year(store, agency.id, year)
        added.append(year)

    dialog = AddYearDialog(assessment_years(store, agency.id), add)
    qtbot.addWidget(dialog)
    offered = [dialog.choice.itemData(i) for i in range(dialog.choice.count())]
    assert offered == [2568, 2567, 2566] and dialog.choice.currentData() == 2568
    dialog.choice.setCurrentText("๒๕๗๐")
    dialog.accept()
    assert dialog.result() == 0 and not added
    message = dialog.message.text()
    assert "๒๕๗๐" in message and "๒๕๖๖" in message and "๒๕๖๙" in message
    dialog.choice.setCurrentText("2569")
    dialog.accept()
    assert "๒๕๖๙" in dialog.message.text() and not added
    dialog.choice.setCurrentText("๒๕๖๗")
    dialog.accept()
    assert added == [2567] and dialog.year == 2567


def test_the_add_year_dialog_works_from_the_keyboard(qtbot, store, settings):
    agency = create_agency(store, "เทศบาลตำบลหนองบัว", "เมือง", "ขอนแก่น")
    window = new_window(qtbot, store, settings)
    window.load_agencies(agency.id)

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AddYearDialog)
        dialog.choice.lineEdit().selectAll()
        type_text(dialog.choice.lineEdit(), "๒๕๖๗")
        qtbot.keyClick(dialog.choice.lineEdit(), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    assert window.add_year() == 2567
    assert assessment_years(store, agency.id) == [2567]


def test_deleting_a_year_keeps_a_copy_and_updates_the_list(qtbot, sample_store, settings):
    window = new_window(qtbot, sample_store, settings)
    agency = window.agency_id
    window.year_box.setCurrentIndex(window.year_box.findData(2567))
    copy = window.delete_year(confirm=False)
    assert copy is not None and copy.exists()
    assert assessment_years(sample_store, agency) == [2568]
    assert years_listed(window) == [2568]
    from itadesk.store import open_store

    kept = open_store(copy)
    try:
        assert assessment_years(kept, agency) == [2567, 2568]
    finally:
        kept.close()


def test_deleting_asks_first_and_no_changes_nothing(qtbot, sample_store, settings, monkeypatch):
    window = new_window(qtbot, sample_store, settings)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    assert window.delete_year() is None
    assert assessment_years(sample_store, window.agency_id) == [2567, 2568]


def test_a_remembered_year_without_rules_is_not_shown(qtbot, sample_store, settings):
    settings.setValue("agency", 1)
    settings.setValue("year", 2570)
    window = new_window(qtbot, sample_store, settings)
    assert window.year == 2568
    assert 2570 not in years_listed(window)
    tab = window.indicator_tab
    tab.show_year(window.agency_id, 2570)  # asked for directly: refused, nothing of another year stays
    assert tab.model.rowCount() == 0
    assert "๒๕๗๐" in tab.message.text() or "2570" in tab.message.text()
    assert tab.official_overall.text() == "" and tab.computed.text() == ""


def test_ctrl_z_in_a_text_box_undoes_typing_and_elsewhere_the_last_edit(qtbot, sample_store, settings):
    from itadesk.ui.indicator_model import COL_SCORE

    window = new_window(qtbot, sample_store, settings)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.indicator_tab
    tab.model.setData(tab.model.index(0, COL_SCORE), "90")
    assert window.undo_stack.count() == 1
    undo_entry = next(a for a in window.menuBar().actions()[1].menu().actions() if "๑" in a.text())
    assert undo_entry.text().startswith("เลิกทำ") and "คะแนนตัวชี้วัดที่ ๑" in undo_entry.text()  # says which edit
    # In a text box, Ctrl+Z takes back the typing there, not the score.
    tab.official_overall.setFocus()
    qtbot.waitUntil(tab.official_overall.hasFocus)
    before = tab.official_overall.text()
    qtbot.keyClicks(tab.official_overall, "12")
    assert tab.official_overall.text() == before + "12"
    qtbot.keyClick(tab.official_overall, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.official_overall.text() == before
    assert window.undo_stack.index() == 1
    assert load_figures(sample_store, window.agency_id, 2568).indicator_scores[1] == Decimal("90.00")
    # In the table, Ctrl+Z is the window's undo: the score goes back.
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.index() == 0
    assert load_figures(sample_store, window.agency_id, 2568).indicator_scores[1] == Decimal("100.00")
