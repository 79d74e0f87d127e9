"""Numbers on screen in the window's digits: Thai digits in a Thai window (addresses, paths and codes aside), 0–9 in
an English one, wherever they come from: the program's labels, a refusal from the domain, a service's error, a date."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from itadesk import i18n
from itadesk.errors import UserError
from itadesk.services.plans import plan_for
from itadesk.ui import numerals
from itadesk.ui.indicator_model import COL_SCORE
from itadesk.ui.main_window import MainWindow
from itadesk.ui.measure_editor import PercentBox, ThaiDateEdit, date_text
from itadesk.ui.plan_tab import PlanTab
from tests.ui.shown_text import data_texts, foreign_digits


def open_window(qtbot, store, settings) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def refuse_a_score(window: MainWindow, text: str) -> None:
    tab = window.indicator_tab
    assert not tab.model.setData(tab.model.index(0, COL_SCORE), text, Qt.ItemDataRole.EditRole)


def test_every_tab_shows_numbers_in_the_windows_digits(language, qtbot, sample_store, settings):
    window = open_window(qtbot, sample_store, settings)
    data = data_texts()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert foreign_digits(window, language, data, str(sample_store.path)) == [], window.tabs.tabText(index)
    window.tabs.setCurrentWidget(window.plan_tab)
    editor = window.plan_tab.editor
    assert editor.measure() is not None and editor.period_start.isVisible()  # a measure is shown, dates and all
    assert foreign_digits(window, language, data, str(sample_store.path)) == []
    window.tabs.setCurrentWidget(window.indicator_tab)
    refuse_a_score(window, "105")
    assert window.indicator_tab.message.text()
    assert foreign_digits(window, language, data, str(sample_store.path)) == []


def test_a_refused_score_is_said_in_thai_digits(qtbot, sample_store, settings):
    window = open_window(qtbot, sample_store, settings)
    refuse_a_score(window, "105")
    assert window.indicator_tab.message.text() == "คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ แต่ ๑๐๕ อยู่นอกช่วงนี้"
    refuse_a_score(window, "๑๐๐.๐๐๑")  # typed in Thai digits: said back in them
    assert "๑๐๐.๐๐๑" in window.indicator_tab.message.text()


def test_a_refused_score_is_said_in_arabic_digits_in_english(qtbot, sample_store, settings):
    i18n.set_language("en")
    window = open_window(qtbot, sample_store, settings)
    refuse_a_score(window, "๑๐๕")
    assert window.indicator_tab.message.text() == "A score must be from 0 to 100; 105 is outside that range."


def test_the_check_finds_digits_of_the_other_language(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel(box)
    label.setObjectName("heading")
    progress = PercentBox(box)
    progress.setObjectName("progress")
    progress.setSuffix(" %")
    data = data_texts()
    for text in ("ดูคู่มือที่ https://itas.nacc.go.th/go/2568", "ไฟล์ ita-2568.json", "ข้อ O12 และ O36", "/tmp/a1/b2"):
        label.setText(text)
        assert foreign_digits(box, "th", data) == [], text
    label.setText("แผนปี 2570")
    assert foreign_digits(box, "th", data) == ["QLabel(heading): «แผนปี 2570»"]
    label.setText("Plan ๒๕๗๐")
    progress.setValue(40)  # a field's value is checked too
    assert foreign_digits(box, "en", data) == ["PercentBox(progress) value: «๔๐ %»", "QLabel(heading): «Plan ๒๕๗๐»"]
    label.setText("สำนักปลัด")  # the agency's own data keeps its digits: not the program's to write
    i18n.set_language("en")
    progress.setValue(41)
    assert foreign_digits(box, "en", data) == []


def test_a_service_error_is_shown_in_thai_digits_but_paths_and_codes_keep_theirs(qtbot, open_tab, monkeypatch):
    tab = open_tab(PlanTab)

    def refuse(*_args, **_kwargs):
        raise UserError("บันทึกไม่ได้ ปี 2570 ข้อ O12 ดูไฟล์ C:\\ITA 2568\\แผน 2569.docx หรือ https://itas.nacc.go.th/2568")

    monkeypatch.setattr("itadesk.ui.plan_tab.update_measure", refuse)
    tab.editor.progress.setValue(55)
    tab.editor.progress.editingFinished.emit()
    assert tab.error.isVisible()
    assert tab.error.text() == (
        "บันทึกไม่ได้ ปี ๒๕๗๐ ข้อ O12 ดูไฟล์ C:\\ITA 2568\\แผน 2569.docx หรือ https://itas.nacc.go.th/2568"
    )


@pytest.mark.parametrize(
    ("text", "thai"),
    [
        ("0 ถึง 100 แต่ 105", "๐ ถึง ๑๐๐ แต่ ๑๐๕"),
        ("ปี 2570 ดู www.nacc.go.th/ita2568 ครั้งที่ 2", "ปี ๒๕๗๐ ดู www.nacc.go.th/ita2568 ครั้งที่ ๒"),
        ("ส่งถึง clerk68@khokkhon.go.th ภายใน 3 วัน", "ส่งถึง clerk68@khokkhon.go.th ภายใน ๓ วัน"),
        ("/home/u/ITA 2568/แผน 2569.pdf: Permission denied 13", "/home/u/ITA 2568/แผน 2569.pdf: Permission denied ๑๓"),
        ("เขียน reports\\2568 ไม่ได้ 2 ครั้ง", "เขียน reports\\2568 ไม่ได้ ๒ ครั้ง"),
        ("อ่าน ita-2568.json บรรทัด 12 ไม่ได้", "อ่าน ita-2568.json บรรทัด ๑๒ ไม่ได้"),
        ("ข้อ O1–O36 ของ IIT ได้ 96.33", "ข้อ O1–O36 ของ IIT ได้ ๙๖.๓๓"),
        ("วันที่ 31/3/2569 ไม่มีจริง", "วันที่ ๓๑/๓/๒๕๖๙ ไม่มีจริง"),
    ],
)
def test_a_message_is_shown_in_thai_digits_except_where_0_to_9_must_stay(text, thai):
    assert numerals.message(text) == thai
    i18n.set_language("en")
    assert numerals.message(thai) == numerals.message(text) == text


def type_keys(widget, text):
    """Type as the keyboard does, one character at a time (QTest only knows Latin keys, not Thai ones)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_the_date_fields_show_thai_digits_and_read_both(qtbot):
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2025, 10, 1))
    edit.show()
    qtbot.waitExposed(edit)
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert edit.text() == "๑ ตุลาคม ๒๕๖๘" == date_text(date(2025, 10, 1))
    edit.setCurrentSection(edit.Section.MonthSection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # a longer month name: the year moves along
    assert edit.text() == "๑ พฤศจิกายน ๒๕๖๘"
    edit.setCurrentSection(edit.Section.YearSection)
    assert edit.sectionText(edit.Section.YearSection) == "๒๕๖๘"
    qtbot.keyClicks(edit, "2569")  # Arabic digits from the keyboard, shown as Thai ones at once
    assert edit.text() == "๑ พฤศจิกายน ๒๕๖๙"
    edit.setCurrentSection(edit.Section.DaySection)
    type_keys(edit, "๑๕")  # Thai digits, as a Thai keyboard sends them: both go into the day
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2026, 11, 15)
    assert edit.text() == "๑๕ พฤศจิกายน ๒๕๖๙"
    edit.setCurrentSection(edit.Section.DaySection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # stepping the day
    assert edit.date() == QDate(2026, 11, 16) and edit.text() == "๑๖ พฤศจิกายน ๒๕๖๙"


def test_the_date_fields_show_arabic_digits_in_english(qtbot):
    i18n.set_language("en")
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2025, 10, 1))
    assert edit.text() == "1 October 2568"


def test_progress_is_shown_in_thai_digits_and_typed_in_either(qtbot, open_tab):
    tab = open_tab(PlanTab)
    spin = tab.editor.progress
    assert spin.text() == "๐ %"
    spin.setFocus()
    spin.selectAll()
    spin.lineEdit().insert("๔๕")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 45 and spin.text() == "๔๕ %"
    spin.selectAll()
    qtbot.keyClicks(spin, "60")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.text() == "๖๐ %"
    measure = plan_for(tab.store, tab.agency_id, 2569).measures[0]
    assert measure.progress == 60


def test_the_plan_tab_labels_are_all_thai_digits(qtbot, open_tab):
    tab = open_tab(PlanTab)
    shown = [label.text() for label in tab.findChildren(QLabel) if label.isVisible()]
    assert any("๒๕๖๙" in text for text in shown)
    assert foreign_digits(tab, "th", data_texts()) == []
