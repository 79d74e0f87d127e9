"""A clerk's yearly job from an empty store, with the keyboard and the menus only (no service calls)."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMenu

from itadesk.ui.main_window import MainWindow
from tests.report_text import pdf_text
from tests.ui.keys import press, type_text

# An invented agency: other figures and another level than the sample's.
SCORES_2567 = ["๗๘.๕", "81.25", "๗๐", "66.4", "๙๐", "72", "๘๔.๗๕", "60", "๕๕.๕", "70.1"]
SCORES_2568 = ["๘๘", "90.5", "๘๒.๒๕", "79", "๙๕", "84.4", "๘๘.๘๘", "71", "๖๘", "80"]


def menu_action(window: MainWindow, text: str):
    """The action of a menu entry, found by its text as the user reads it."""
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def answer_dialog(qtbot, keys, problems: list[str]):
    """When the next dialog is open, type into it: a list of text (typed where the focus is) and Qt keys.

    A dialog still open after the keys is closed and noted in `problems`, so that a test never hangs on it."""

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            problems.append("no dialog opened")
            return
        try:
            qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))  # as a person waits to see it
            for key in keys:
                if isinstance(key, str):
                    type_text(None, key)
                else:
                    press(None, key)
        finally:
            if dialog.isVisible():
                problems.append(f"{type(dialog).__name__} still open: {dialog.findChild(QLabel, 'refusal')}")
                dialog.reject()

    QTimer.singleShot(0, act)


def focus(qtbot, widget):
    """Put the keyboard in a field, as a click or the Tab key does (after a dialog, its window is active again)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_clerks_year_from_an_empty_store(qtbot, store, settings, tmp_path, monkeypatch):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # 1. Her agency: name, Tab, district, Tab, province, Enter.
    problems: list[str] = []
    answer_dialog(
        qtbot,
        ["เทศบาลตำบลบ้านเหล่า", Qt.Key.Key_Tab, "เมือง", Qt.Key.Key_Tab, "อุดรธานี", Qt.Key.Key_Return],
        problems,
    )
    menu_action(window, "หน่วยงานใหม่…").trigger()
    assert not problems
    assert window.agency_box.currentText().startswith("เทศบาลตำบลบ้านเหล่า")

    # 2. Two years: 2568, then 2567 (typed over what is offered).
    for year in ("๒๕๖๘", "2567"):
        answer_dialog(qtbot, [year, Qt.Key.Key_Return], problems)  # typed over the year offered, which is selected
        menu_action(window, "เพิ่มปี…").trigger()
        assert not problems
    assert [window.year_box.itemData(i) for i in range(window.year_box.count())] == [2567, 2568]

    # 3. Show 2568 from the year list with the keyboard, then type both years' scores down their columns.
    focus(qtbot, window.year_box)
    press(None, Qt.Key.Key_Down)
    assert window.year == 2568
    menu_action(window, "ตัวชี้วัด").trigger()
    table = window.indicator_tab.table
    focus(qtbot, table)
    for text in SCORES_2568:
        type_text(None, text)
        press(None, Qt.Key.Key_Return)
    for _ in range(10):
        press(None, Qt.Key.Key_Up)
    press(None, Qt.Key.Key_Tab)  # to the column of 2567
    for text in SCORES_2567:
        type_text(None, text)
        press(None, Qt.Key.Key_Down)
    qtbot.wait(1)
    model = window.indicator_tab.model
    assert [model.index(r, 2).data() for r in (0, 9)] == ["๘๘.๐๐", "๘๐.๐๐"]
    assert [model.index(r, 3).data() for r in (0, 9)] == ["๗๘.๕๐", "๗๐.๑๐"]

    # 4. The official result as published.
    focus(qtbot, window.indicator_tab.official_overall)
    type_text(None, "๘๓.๔๗")
    press(None, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.indicator_tab.official_level
    press(None, Qt.Key.Key_Down)  # the first level after "(not entered)"
    qtbot.wait(1)

    # 5. The overall analysis, in her own words.
    menu_action(window, "การวิเคราะห์").trigger()
    focus(qtbot, window.analysis_tab.text)
    type_text(None, "ปีนี้หน่วยงานพัฒนาการเปิดเผยข้อมูลต่อสาธารณะให้ครบถ้วนมากขึ้น")
    menu_action(window, "แผนปฏิบัติการ").trigger()  # leaving the tab saves the text

    # 6. Two measures for indicator 1.
    plan = window.plan_tab
    focus(qtbot, plan.tree)
    plan.tree.setCurrentItem(plan.tree.topLevelItem(0))
    for title in ("จัดอบรมเจ้าหน้าที่เรื่องการปฏิบัติหน้าที่อย่างโปร่งใส", "ประกาศผลการปฏิบัติงานทุกไตรมาส"):
        focus(qtbot, plan.tree)
        press(None, Qt.Key.Key_Insert)
        type_text(None, title)
        press(None, Qt.Key.Key_Tab)  # leaving the title saves it
    qtbot.wait(1)
    tree_titles = [plan.tree.topLevelItem(0).child(i).text(0) for i in range(plan.tree.topLevelItem(0).childCount())]
    assert len(tree_titles) == 2 and "จัดอบรม" in tree_titles[0] and "ประกาศผล" in tree_titles[1]

    # 7. The PDF and the Word file, through the File menu (the file dialog answered with a name).
    written = {}
    for entry, name in (("ส่งออก PDF…", "report.pdf"), ("ส่งออกแฟ้ม Word…", "report.docx")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), ""))
        menu_action(window, entry).trigger()
        assert target.exists() and target.stat().st_size > 0, entry
        written[name] = target
    for box in QApplication.topLevelWidgets():  # the "saved" messages
        if box.isVisible() and box is not window:
            box.close()

    # 8. The comparison, read back from the PDF.
    text = pdf_text(written["report.pdf"])
    for shown in ("เทศบาลตำบลบ้านเหล่า", "๒๕๖๗", "๒๕๖๘", "๘๘.๐๐", "๗๘.๕๐", "๙.๕๐", "๘๓.๔๗"):
        assert shown in text, shown
    joined = "".join(text.split())  # table cells wrap their text over lines
    assert "ปีนี้หน่วยงานพัฒนาการเปิดเผยข้อมูลต่อสาธารณะให้ครบถ้วนมากขึ้น" in joined
    assert "จัดอบรมเจ้าหน้าที่เรื่องการปฏิบัติหน้าที่อย่างโปร่งใส" in joined
    assert "ประกาศผลการปฏิบัติงานทุกไตรมาส" in joined
    assert Path(written["report.docx"]).read_bytes()[:2] == b"PK"
