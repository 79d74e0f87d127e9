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


def test_a_wrong_score_typed_is_marked_where_it_stands(qtbot, tab):
    tab.sections.setCurrentRow(7)
    text = "ผลการประเมินตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๙๖.๗๑ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ (๙๓.๘๑)"
    tab.text.setPlainText(text)
    qtbot.waitUntil(lambda: tab.findings.count() == 1)
    start = text.index("๙๖.๗๑")
    [selection] = tab.text.extraSelections()
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (start, start + 5)
    entry = tab.findings.item(0).text()
    assert entry.startswith("ข้อผิดพลาด:") and "๙๖.๑๗" in entry  # what the data says, in Thai digits
    tab.findings.itemClicked.emit(tab.findings.item(0))
    assert tab.text.textCursor().selectedText() == "๙๖.๗๑"
    assert [f.code for f in tab.marks.at(start + 2)] == ["score_mismatch"]
    assert not tab.sections.item(7).icon().isNull()
    tab.text.setPlainText(text.replace("๙๖.๗๑", "๙๖.๑๗"))  # corrected: the mark goes
    qtbot.waitUntil(lambda: tab.findings.count() == 0)
    assert tab.text.extraSelections() == [] and tab.findings.isHidden()


def test_sections_with_findings_are_flagged_and_clean_ones_are_not(qtbot, tab, sample_store):
    from itadesk.services.assessments import set_analysis

    set_analysis(sample_store, tab.agency_id, 2568, 9, "ตัวชี้วัดที่ ๙ ประสิทธิภาพการสื่อสาร ได้ ๙๗.๕๐ คะแนน")
    tab.refresh()
    tab.sections.setCurrentRow(0)

    def flagged():
        return [row for row in range(tab.sections.count()) if "ไม่ตรง" in tab.sections.item(row).toolTip()]

    qtbot.waitUntil(lambda: flagged() == [9])
    tab.sections.setCurrentRow(9)
    qtbot.waitUntil(lambda: [f.quote for f in tab.marks.findings] == ["ประสิทธิภาพการสื่อสาร"])


def test_findings_follow_the_english_ui(qtbot, open_tab):
    from itadesk import i18n

    i18n.set_language("en")
    tab = open_tab(AnalysisTab, 1100, 650)
    tab.sections.setCurrentRow(6)
    tab.text.setPlainText("ได้ 96.33 คะแนน ลดลงจากปี 2567")
    qtbot.waitUntil(lambda: tab.findings.count() == 1)
    assert tab.findings.item(0).text().startswith("error: “ลดลง” does not match indicator 6")


def test_figures_of_another_agency_named_in_the_text_are_not_marked(qtbot, tab):
    tab.sections.setCurrentRow(0)  # the overall analysis
    other = "เมื่อเทียบกับองค์การบริหารส่วนตำบลหนองบัว ซึ่งได้ ๘๘.๑๐ คะแนน (ระดับผ่าน) ในปีเดียวกัน "
    own = "อบต.โคกคอนได้ ๘๘.๑๐ คะแนน"
    tab.text.setPlainText(other + own)
    qtbot.waitUntil(lambda: tab.findings.count() == 1)
    [selection] = tab.text.extraSelections()
    start = len(other) + own.index("๘๘.๑๐")
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (start, start + 5)
    assert tab.findings.item(0).text().startswith("ข้อผิดพลาด:")
