from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from itadesk.services.assessments import load_figures
from itadesk.ui.indicator_model import COL_PREVIOUS, COL_SCORE
from itadesk.ui.indicator_tab import IndicatorTab
from tests.test_store import dump


@pytest.fixture
def tab(open_tab):
    return open_tab(IndicatorTab, 1200, 700)


def type_score(qtbot, tab, row: int, text: str) -> None:
    index = tab.model.index(row, COL_SCORE)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.viewport().findChild(QLineEdit)
    editor.setFocus()
    editor.selectAll()
    editor.insert(text)  # as a keyboard or input method delivers Thai digits (QTest types Latin keys only)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the delegate commits the editor on the next turn of the event loop


def test_typing_a_score_updates_the_computed_overall_and_level(qtbot, tab, sample_store):
    assert "98.27" not in tab.computed.text() and "๙๘.๒๗" in tab.computed.text()
    assert "ผ่านดีเยี่ยม" in tab.computed.text()
    type_score(qtbot, tab, 7, "๘๕.๑๗")  # EIT falls below 95: the computed level drops
    figures = load_figures(sample_store, tab.agency_id, 2568)
    assert figures.indicator_scores[8] == Decimal("85.17")
    assert tab.model.index(7, COL_SCORE).data() == "๘๕.๑๗"
    assert "๙๒.๕๖" in tab.computed.text() and "๙๗.๒๗" in tab.computed.text()  # 30 + 0.3 × 92.56 + 39.5
    assert "มากเกินกว่าความคลาดเคลื่อน" in tab.computed.text()  # 1.00 from the official 98.27: marked, reason given
    assert "ผ่านดีเยี่ยม" not in tab.computed.text().split("<p")[0]
    assert tab.message.text() == ""


@pytest.mark.parametrize("bad", ["100.01", "abc", "-5"])
def test_a_bad_score_shows_a_message_and_saves_nothing(qtbot, tab, sample_store, bad):
    before = dump(sample_store.path)
    type_score(qtbot, tab, 5, bad)
    assert "คะแนน" in tab.message.text()
    assert dump(sample_store.path) == before
    assert tab.model.index(5, COL_SCORE).data() == "๙๖.๓๓"
    assert tab.undo.count() == 0


def test_undo_and_redo_a_score(qtbot, tab, sample_store):
    type_score(qtbot, tab, 0, "90")
    assert load_figures(sample_store, tab.agency_id, 2568).indicator_scores[1] == Decimal("90.00")
    tab.undo.undo()
    assert load_figures(sample_store, tab.agency_id, 2568).indicator_scores[1] == Decimal("100.00")
    assert tab.model.index(0, COL_SCORE).data() == "๑๐๐.๐๐"
    tab.undo.redo()
    assert load_figures(sample_store, tab.agency_id, 2568).indicator_scores[1] == Decimal("90.00")
    assert tab.model.index(0, COL_SCORE).data() == "๙๐.๐๐"


def test_first_score_of_a_new_year_undoes_to_nothing(qtbot, tab, sample_store):
    tab.show_year(tab.agency_id, 2569)
    type_score(qtbot, tab, 2, "97.5")
    assert load_figures(sample_store, tab.agency_id, 2569).indicator_scores == {3: Decimal("97.50")}
    tab.undo.undo()
    assert load_figures(sample_store, tab.agency_id, 2569).indicator_scores == {}


def test_official_result(qtbot, tab, sample_store):
    tab.official_overall.setText("๙๘.๓๐")
    tab.official_overall.editingFinished.emit()
    assert load_figures(sample_store, tab.agency_id, 2568).official_overall == Decimal("98.30")
    tab.official_overall.setText("101")
    tab.official_overall.editingFinished.emit()
    assert "๐ ถึง ๑๐๐ แต่ ๑๐๑" in tab.message.text()  # said in Thai digits, as the window writes numbers
    assert load_figures(sample_store, tab.agency_id, 2568).official_overall == Decimal("98.30")
    tab.undo.undo()
    assert load_figures(sample_store, tab.agency_id, 2568).official_overall == Decimal("98.27")


def test_paste_a_column_of_ten_scores(qtbot, tab, sample_store):
    tab.show_year(tab.agency_id, 2569)
    tab.table.setCurrentIndex(tab.model.index(0, COL_SCORE))
    QGuiApplication.clipboard().setText(
        "\n".join(["99.10", "98", "๙๗.๕๐", "100", "95.5", "90", "91", "92", "93", "94"])
    )
    tab.paste_scores()
    scores = load_figures(sample_store, tab.agency_id, 2569).indicator_scores
    assert [scores[n] for n in range(1, 11)][:3] == [Decimal("99.10"), Decimal("98.00"), Decimal("97.50")]
    assert len(scores) == 10
    tab.undo.undo()
    assert load_figures(sample_store, tab.agency_id, 2569).indicator_scores == {}


def test_a_paste_with_one_bad_value_saves_nothing(qtbot, tab, sample_store):
    before = dump(sample_store.path)
    tab.table.setCurrentIndex(tab.model.index(0, COL_SCORE))
    QGuiApplication.clipboard().setText("99\n98\nเก้าสิบ\n100")
    tab.paste_scores()
    assert "เก้าสิบ" in tab.message.text()
    assert dump(sample_store.path) == before


def _scores(store, agency_id, year):
    figures = load_figures(store, agency_id, year)
    return figures.indicator_scores if figures else {}


def test_ten_scores_typed_down_a_column_with_the_keyboard_alone(qtbot, store, settings):
    from itadesk.services.agencies import create_agency
    from itadesk.ui.main_window import MainWindow
    from tests.ui.keys import press, type_text

    agency = create_agency(store, "เทศบาลตำบลท่าช้าง", "เมือง", "จันทบุรี")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_agencies(agency.id)
    window.add_year(2568)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.indicator_tab
    tab.table.setFocus()
    assert tab.table.currentIndex().row() == 0 and tab.table.currentIndex().column() == COL_SCORE
    typed = ["๘๕.๑", "90", "๗๗.๒๕", "100", "66.6", "๙๙", "80.01", "๗๐", "91.5", "88"]
    for number, text in enumerate(typed):
        type_text(None, text)
        press(None, Qt.Key.Key_Down if number % 2 else Qt.Key.Key_Return)  # Enter and Down alike
    qtbot.wait(1)
    saved = _scores(store, agency.id, 2568)
    assert [str(saved[n]) for n in range(1, 11)] == [
        "85.10",
        "90.00",
        "77.25",
        "100.00",
        "66.60",
        "99.00",
        "80.01",
        "70.00",
        "91.50",
        "88.00",
    ]
    # Tab goes to the previous year's column; a refused value keeps its cell and says why under the table.
    tab.table.setCurrentIndex(tab.model.index(0, COL_SCORE))
    press(None, Qt.Key.Key_Tab)
    assert (tab.table.currentIndex().row(), tab.table.currentIndex().column()) == (0, COL_PREVIOUS)
    type_text(None, "105")
    press(None, Qt.Key.Key_Return)
    qtbot.wait(1)
    assert tab.table.currentIndex().row() == 0
    assert "๑๐๕" in tab.message.text() or "105" in tab.message.text()
    assert _scores(store, agency.id, 2567) == {}
    type_text(None, "๙๕")
    press(None, Qt.Key.Key_Return)
    qtbot.wait(1)
    assert _scores(store, agency.id, 2567) == {1: Decimal("95.00")}
    assert tab.table.currentIndex().row() == 1 and tab.message.text() == ""
    # Undo keeps the current cell where it is.
    window.undo_stack.undo()
    assert tab.table.currentIndex().row() == 1
