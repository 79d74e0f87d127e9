import pytest

from itadesk.services.assessments import analyses, set_indicator_score
from itadesk.ui.analysis_tab import AnalysisTab


@pytest.fixture
def tab(open_tab):
    return open_tab(AnalysisTab, 1100, 650)


def test_each_indicator_has_a_drafted_sentence_and_the_clerks_text(tab, sample_store):
    assert tab.sections.count() == 11  # the overall analysis and ten indicators
    tab.sections.setCurrentRow(7)  # indicator 7
    assert tab.drafted.text().startswith("ผลการประเมินตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๙๖.๑๗ คะแนน")
    assert "เพิ่มขึ้น ๒.๓๖ คะแนน" in tab.drafted.text()
    assert tab.text.toPlainText() == analyses(sample_store, tab.agency_id, 2568)[1][7]
    tab.sections.setCurrentRow(0)
    assert "คิดเป็นร้อยละ ๐.๗๕" in tab.drafted.text()


def test_typing_saves_and_undo_restores(qtbot, tab, sample_store):
    tab.sections.setCurrentRow(3)
    old = tab.text.toPlainText()
    tab.text.setPlainText("หน่วยงานปฏิบัติตามระเบียบอย่างเคร่งครัด")
    qtbot.waitUntil(lambda: analyses(sample_store, tab.agency_id, 2568)[1][3].startswith("หน่วยงานปฏิบัติ"))
    tab.undo.undo()
    assert analyses(sample_store, tab.agency_id, 2568)[1][3] == old
    assert tab.text.toPlainText() == old
    tab.undo.redo()
    assert analyses(sample_store, tab.agency_id, 2568)[1][3] == "หน่วยงานปฏิบัติตามระเบียบอย่างเคร่งครัด"


def test_switching_section_saves_what_was_typed(tab, sample_store):
    tab.sections.setCurrentRow(1)
    tab.text.setPlainText("ข้อความใหม่")
    tab.sections.setCurrentRow(2)  # before the pause has passed
    assert analyses(sample_store, tab.agency_id, 2568)[1][1] == "ข้อความใหม่"


def test_redraft_follows_new_figures(tab, sample_store):
    tab.sections.setCurrentRow(6)
    set_indicator_score(sample_store, tab.agency_id, 2568, 6, "90")
    tab.redraft.click()
    assert "ลดลง ๕.๕๑ คะแนน" in tab.drafted.text()
