from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from itadesk.domain.plan import MeasureStatus
from itadesk.services.agencies import responsible_units
from itadesk.services.plans import plan_for, update_measure
from itadesk.ui.plan_tab import PlanTab
from tests.test_store import dump
from tests.ui.keys import type_text


@pytest.fixture
def tab(open_tab):
    return open_tab(PlanTab, 1280, 800)


def measures(tab, year=2569, indicator=None):
    plan = plan_for(tab.store, tab.agency_id, year)
    found = list(plan.measures) if plan else []
    return [m for m in found if indicator is None or m.indicator == indicator]


def titles(tab, indicator, year=2569):
    return [m.title for m in measures(tab, year, indicator)]


def button(tab, name):
    return tab.findChild(QPushButton, name)


def tree_rows(tab):
    tree = tab.tree
    return [
        (
            tree.topLevelItem(i).text(0),
            [tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())],
        )
        for i in range(tree.topLevelItemCount())
    ]


def click_row(qtbot, tab, indicator, index=None):
    """Click the row of an indicator (index None) or of its index-th measure."""
    item = tab.tree.topLevelItem(indicator - 1)
    if index is not None:
        item = item.child(index)
    tab.tree.scrollToItem(item)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=tab.tree.visualItemRect(item).center())
    assert tab.tree.currentItem() is item


def test_the_tree_shows_every_indicator_with_its_measures_in_order(qtbot, tab):
    rows = tree_rows(tab)
    assert len(rows) == 10
    assert sum(len(children) for _label, children in rows) == 20
    assert rows[0][0] == "๑ การปฏิบัติหน้าที่"
    assert rows[9][0] == "๑๐ การป้องกันการทุจริต"
    assert [len(children) for _label, children in rows] == [3, 2, 1, 1, 4, 2, 1, 1, 2, 3]
    first = titles(tab, 1)
    assert rows[0][1] == [f"{digit}. {' '.join(title.split())}" for digit, title in zip("๑๒๓", first, strict=True)]
    assert "๒๕๖๙" in tab.heading.text() and "๒๕๖๘" in tab.heading.text()
    # the first measure is selected and shown
    assert tab.editor.title.toPlainText() == first[0]


def test_keyboard_moves_through_the_measures(qtbot, tab):
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    assert tab.editor.title.toPlainText() == titles(tab, 1)[1]
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)  # onto indicator 2's row: nothing to edit, a hint instead
    assert not tab.editor.title.isVisible()
    assert tab.editor.hint.isVisible()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    assert tab.editor.title.isVisible()
    assert tab.editor.title.toPlainText() == titles(tab, 2)[0]
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)  # adds to this measure's indicator, ready for its title
    assert len(titles(tab, 2)) == 3
    assert tab.editor.title.hasFocus()
    qtbot.keyClick(
        tab.editor.title, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(titles(tab, 2)) == 4


def test_add_a_measure_to_an_indicator_and_type_its_title(qtbot, tab):
    click_row(qtbot, tab, 3)
    qtbot.mouseClick(button(tab, "addMeasureButton"), Qt.MouseButton.LeftButton)
    assert len(titles(tab, 3)) == 2
    added = measures(tab, indicator=3)[-1]
    assert (added.period_start, added.period_end) == (date(2025, 10, 1), date(2026, 9, 30))  # all of FY 2569
    assert tab.editor.title.textCursor().selectedText() == added.title  # typing replaces the placeholder title
    type_text(tab.editor.title, "อบรมการใช้อำนาจตามระเบียบ")
    qtbot.waitUntil(lambda: titles(tab, 3)[-1] == "อบรมการใช้อำนาจตามระเบียบ")
    assert tab.tree.topLevelItem(2).child(1).text(0) == "๒. อบรมการใช้อำนาจตามระเบียบ"
    assert tab.undo.count() == 2  # the add, and the title
    tab.undo.undo()
    assert titles(tab, 3)[-1] == added.title
    tab.undo.undo()
    assert len(titles(tab, 3)) == 1
    assert tab.tree.topLevelItem(2).childCount() == 1
    tab.undo.redo()
    tab.undo.redo()  # the title is typed into the measure made again, whatever id it has now
    assert titles(tab, 3)[-1] == "อบรมการใช้อำนาจตามระเบียบ"


def test_progress_is_saved_and_undo_redo_follow(qtbot, tab):
    click_row(qtbot, tab, 1, 1)
    spin = tab.editor.progress
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "40")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert measures(tab, indicator=1)[1].progress == 40
    assert tab.tree.topLevelItem(0).child(1).text(2) == "๔๐"
    tab.undo.undo()
    assert measures(tab, indicator=1)[1].progress == 0
    assert spin.value() == 0
    tab.undo.redo()
    assert measures(tab, indicator=1)[1].progress == 40
    assert spin.value() == 40


def test_status_and_a_new_responsible_unit_are_saved(qtbot, tab):
    click_row(qtbot, tab, 2, 0)
    status = tab.editor.status
    status.setCurrentIndex(status.findData(MeasureStatus.IN_PROGRESS))
    status.activated.emit(status.currentIndex())  # what choosing from the list does
    assert measures(tab, indicator=2)[0].status is MeasureStatus.IN_PROGRESS
    unit = tab.editor.responsible.combo.lineEdit()
    unit.setFocus()
    type_text(unit, "กองช่าง")
    qtbot.keyClick(unit, Qt.Key.Key_Return)
    assert measures(tab, indicator=2)[0].responsible[-1] == "กองช่าง"
    assert "กองช่าง" in responsible_units(tab.store, tab.agency_id)
    tab.undo.undo()
    assert "กองช่าง" not in measures(tab, indicator=2)[0].responsible
    assert tab.editor.responsible.units() == measures(tab, indicator=2)[0].responsible


def test_move_down_and_up_and_undo(qtbot, tab):
    before = titles(tab, 5)
    click_row(qtbot, tab, 5, 0)
    qtbot.mouseClick(button(tab, "moveDownButton"), Qt.MouseButton.LeftButton)
    assert titles(tab, 5) == [before[1], before[0], *before[2:]]
    assert tab.editor.title.toPlainText() == before[0]  # the moved measure stays selected
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(tab, 5) == [before[1], before[2], before[0], before[3]]
    qtbot.mouseClick(button(tab, "moveUpButton"), Qt.MouseButton.LeftButton)
    assert titles(tab, 5) == [before[1], before[0], *before[2:]]
    tab.undo.undo()
    tab.undo.undo()
    tab.undo.undo()
    assert titles(tab, 5) == before
    assert not button(tab, "moveUpButton").isEnabled()  # first of its indicator again


def answer_delete(tab, confirm):
    """Press the dialog's Delete (or Cancel) button once the question is shown."""

    def press():
        boxes = [box for box in tab.findChildren(QMessageBox) if box.isVisible()]
        if not boxes:
            QTimer.singleShot(10, press)
            return
        box = boxes[0]
        wanted = QMessageBox.ButtonRole.DestructiveRole if confirm else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()

    QTimer.singleShot(0, press)


def test_delete_asks_first_and_undo_puts_the_measure_back_in_its_place(qtbot, tab):
    before = measures(tab, indicator=1)
    click_row(qtbot, tab, 1, 1)
    answer_delete(tab, confirm=False)
    qtbot.mouseClick(button(tab, "deleteMeasureButton"), Qt.MouseButton.LeftButton)
    assert measures(tab, indicator=1) == before

    spin = tab.editor.progress
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    answer_delete(tab, confirm=True)
    qtbot.mouseClick(button(tab, "deleteMeasureButton"), Qt.MouseButton.LeftButton)
    assert [m.title for m in measures(tab, indicator=1)] == [before[0].title, before[2].title]
    assert tab.editor.title.toPlainText() == before[2].title  # its neighbour is selected
    assert tab.tree.topLevelItem(0).childCount() == 2

    def restored():
        back = measures(tab, indicator=1)
        assert [m.title for m in back] == [m.title for m in before]
        return back[1]

    tab.undo.undo()
    assert restored() == replace(before[1], progress=30, id=restored().id)
    assert tab.editor.title.toPlainText() == before[1].title
    tab.undo.redo()
    assert len(measures(tab, indicator=1)) == 2
    tab.undo.undo()  # back again, with yet another id
    assert restored().analysis == before[1].analysis and restored().steps == before[1].steps
    tab.undo.undo()  # the progress edit made before the delete still finds the measure
    assert restored() == replace(before[1], id=restored().id)
    assert tab.editor.progress.value() == 0


def test_delete_key_in_the_tree_deletes_after_asking(qtbot, tab):
    click_row(qtbot, tab, 10, 2)
    answer_delete(tab, confirm=True)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert len(titles(tab, 10)) == 2


def test_copy_last_years_plan_into_an_empty_plan_and_undo(qtbot, tab):
    started = measures(tab)[0]
    update_measure(tab.store, replace(started, status=MeasureStatus.DONE, progress=100, evidence="รายงานผล"))
    tab.show_year(tab.agency_id, 2569)
    assert "๒๕๗๐" in tab.heading.text()
    rows = tree_rows(tab)
    assert len(rows) == 10 and all(children == [] for _label, children in rows)
    copy = button(tab, "copyPlanButton")
    assert copy.isEnabled()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = measures(tab, year=2570)
    assert len(copied) == 20
    assert [m.title for m in copied] == [m.title for m in measures(tab, year=2569)]
    assert all(m.status is MeasureStatus.NOT_STARTED and m.progress == 0 and m.evidence == "" for m in copied)
    assert copied[0].period_start == date(2026, 10, 1)
    assert sum(len(children) for _label, children in tree_rows(tab)) == 20
    assert not copy.isEnabled()  # the plan is no longer empty
    tab.undo.undo()
    assert measures(tab, year=2570) == []
    assert copy.isEnabled()
    assert len(measures(tab, year=2569)) == 20  # last year's plan is untouched
    tab.undo.redo()
    assert len(measures(tab, year=2570)) == 20
    tab.undo.undo()
    assert measures(tab, year=2570) == []


def test_an_empty_title_is_refused_with_a_thai_message_and_nothing_saved(qtbot, tab):
    click_row(qtbot, tab, 4, 0)
    before = dump(tab.store.path)
    title = tab.editor.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: tab.error.isVisible())
    assert tab.error.text() == "มาตรการต้องมีชื่อ"
    assert dump(tab.store.path) == before
    assert tab.undo.count() == 0
    type_text(title, "ทบทวนแนวทางการใช้ทรัพย์สินของราชการ")
    qtbot.waitUntil(lambda: titles(tab, 4) == ["ทบทวนแนวทางการใช้ทรัพย์สินของราชการ"])
    assert not tab.error.isVisible()


def test_a_period_ending_before_it_starts_is_refused(qtbot, tab):
    click_row(qtbot, tab, 6, 0)
    end = tab.editor.period_end
    end.setFocus()
    end.setCurrentSection(end.Section.YearSection)
    qtbot.keyClicks(end, "2567")  # a Buddhist-era year, as printed on the plan
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert tab.error.text() == "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น"
    assert measures(tab, indicator=6)[0].period_end == date(2026, 9, 30)
    end.setCurrentSection(end.Section.MonthSection)
    end.setCurrentSection(end.Section.YearSection)
    qtbot.keyClicks(end, "2569")
    end.setCurrentSection(end.Section.MonthSection)
    qtbot.keyClick(end, Qt.Key.Key_Down)  # a month earlier: 30 August 2569
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert measures(tab, indicator=6)[0].period_end == date(2026, 8, 30)
    assert not tab.error.isVisible()


def test_refresh_keeps_the_selected_measure(qtbot, tab):
    click_row(qtbot, tab, 9, 1)
    chosen = measures(tab, indicator=9)[1]
    update_measure(tab.store, replace(chosen, title="เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกไตรมาส"))  # edited elsewhere
    tab.refresh()
    assert tab.tree.currentItem() is tab.tree.topLevelItem(8).child(1)
    assert tab.editor.title.toPlainText() == "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกไตรมาส"


def test_changing_the_indicator_moves_the_measure_and_undo_puts_it_back(qtbot, tab):
    before = {n: titles(tab, n) for n in (1, 7)}
    click_row(qtbot, tab, 1, 0)
    combo = tab.editor.indicator
    combo.setCurrentIndex(combo.findData(7))
    combo.activated.emit(combo.currentIndex())
    assert titles(tab, 7) == [*before[7], before[1][0]]
    assert titles(tab, 1) == before[1][1:]
    assert tab.tree.currentItem() is tab.tree.topLevelItem(6).child(1)
    tab.undo.undo()
    assert {n: titles(tab, n) for n in (1, 7)} == before


def test_a_measures_analysis_is_checked_against_the_figures_as_it_is_typed(qtbot, tab):
    click_row(qtbot, tab, 8, 0)
    editor = tab.editor
    assert editor.analysis_findings.isHidden()  # the sample's own analysis raises nothing
    editor.analysis.setPlainText("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ได้ ๘๕.๐๓ คะแนน ลดลงจากปีที่แล้ว")
    qtbot.waitUntil(lambda: editor.analysis_findings.count() == 2)
    assert [(f.code, f.quote) for f in editor.analysis_marks.findings] == [
        ("score_mismatch", "๘๕.๐๓"),
        ("change_contradicts", "ลดลง"),
    ]
    assert "๙๕.๑๗" in editor.analysis_findings.item(0).text()
    assert len(editor.analysis.extraSelections()) == 2


def test_a_measures_analysis_pasted_from_another_indicator_is_pointed_out(qtbot, tab):
    from itadesk.services.assessments import analyses

    click_row(qtbot, tab, 1, 0)
    tab.editor.analysis.setPlainText(analyses(tab.store, tab.agency_id, 2568)[1][9])
    qtbot.waitUntil(lambda: tab.editor.analysis_findings.count() == 1)
    [finding] = tab.editor.analysis_marks.findings
    assert finding.code == "pasted_text" and "ตัวชี้วัดที่ ๙" in tab.editor.analysis_findings.item(0).text()
