from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from itadesk.services.assessments import load_figures
from itadesk.ui.indicator_model import COL_SCORE
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
    assert "0 ถึง 100" in tab.message.text()
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
