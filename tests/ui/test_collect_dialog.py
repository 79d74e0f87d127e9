"""File → Import agency… with a file of an agency the window's store already holds: new years come in at once; years
that differ are shown with what differs, and the user keeps the store's or takes the file's, year by year, or
cancels the file."""

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from itadesk.services.assessments import load_figures
from itadesk.services.exporting import agency_document, document_json
from itadesk.services.merging import Decision
from itadesk.services.sample import sample_document
from itadesk.ui.import_dialog import YearChoicesDialog
from tests.test_collect import file_of, with_2568_changed, with_2569
from tests.test_store import dump


def answer_dialog(qtbot, act) -> list:
    """Run `act(dialog)` on the year dialog once it is shown (it is modal: the import waits for it)."""
    seen = []

    def handle():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, YearChoicesDialog):
            QTimer.singleShot(20, handle)
            return
        seen.append([label.text() for label in dialog.findChildren(QLabel)])
        act(dialog)

    QTimer.singleShot(0, handle)
    return seen


def test_a_new_year_comes_in_without_a_question(window, sample_store, tmp_path):
    path = file_of(with_2569(sample_document()), tmp_path / "โคกคอน.json")
    summary = window.import_agencies([str(path)])
    assert summary == (
        "นำเข้าได้ ๑ จาก ๑ แฟ้ม\n\n• แฟ้ม โคกคอน.json: ปรับปรุงข้อมูล องค์การบริหารส่วนตำบลโคกคอน แล้ว "
        "(เพิ่มปี ๒๕๖๙; ปีที่ข้อมูลตรงกันอยู่แล้ว ๒๕๖๗, ๒๕๖๘)"
    )
    assert [window.year_box.itemData(i) for i in range(window.year_box.count())] == [2567, 2568, 2569]


def test_the_user_replaces_a_year_that_differs(qtbot, window, sample_store, tmp_path):
    path = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.xlsx")
    agency_id = window.agency_id

    def replace_2568(dialog):
        assert list(dialog.choices) == [(agency_id, 2568)]
        keep, replace = dialog.choices[(agency_id, 2568)]
        assert keep.isChecked() and not replace.isChecked()  # nothing is overwritten unless chosen
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
        dialog.import_button.click()

    seen = answer_dialog(qtbot, replace_2568)
    summary = window.import_agencies([str(path)])

    texts = " ".join(seen[0])
    assert "ปี ๒๕๖๘: แฟ้มต่างจากที่มีอยู่ในเรื่อง คะแนนตัวชี้วัดที่ ๖; บทวิเคราะห์ตัวชี้วัดที่ ๖" in texts
    assert "ปีที่จะเพิ่มจากแฟ้ม: ๒๕๖๙" in texts and "ปีที่ข้อมูลในแฟ้มตรงกับที่มีอยู่: ๒๕๖๗" in texts
    assert "ใช้ข้อมูลจากแฟ้มแทนของปี ๒๕๖๘" in summary and "เพิ่มปี ๒๕๖๙" in summary
    assert load_figures(sample_store, agency_id, 2568).indicator_scores[6] == Decimal("90.00")
    assert load_figures(sample_store, agency_id, 2569) is not None


def test_the_user_keeps_the_stores_year(qtbot, window, sample_store, tmp_path):
    path = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.json")
    answer_dialog(qtbot, lambda dialog: dialog.import_button.click())  # keep is the default
    summary = window.import_agencies([str(path)])
    assert "คงข้อมูลเดิมของปี ๒๕๖๘" in summary
    assert load_figures(sample_store, window.agency_id, 2568).indicator_scores[6] == Decimal("96.33")
    assert load_figures(sample_store, window.agency_id, 2569) is not None


def test_cancelling_leaves_the_file_out_entirely(qtbot, window, sample_store, tmp_path):
    path = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.json")
    before = dump(sample_store)

    def cancel(dialog):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    answer_dialog(qtbot, cancel)
    summary = window.import_agencies([str(path)])
    assert summary == "นำเข้าได้ ๐ จาก ๑ แฟ้ม\n\n• แฟ้ม โคกคอน.json: ไม่ได้นำเข้า – ยกเลิกแล้ว จึงไม่ได้นำเข้าข้อมูลใดจากแฟ้มนี้"
    assert dump(sample_store) == before


def test_the_dialog_gives_each_year_its_own_choice(qtbot, sample_store):
    from itadesk.services.importing import preview_documents

    document = with_2568_changed(sample_document())
    plan = document.plans[0]
    document = document.model_copy(update={"plans": [plan.model_copy(update={"measures": plan.measures[:-1]})]})
    [preview] = preview_documents(sample_store, [document])
    dialog = YearChoicesDialog("โคกคอน.json", [preview])
    qtbot.addWidget(dialog)
    agency_id = preview.agency_id
    assert set(dialog.choices) == {(agency_id, 2568), (agency_id, 2569)}
    dialog.choose(agency_id, 2569, Decision.REPLACE)
    assert dialog.decisions() == {(agency_id, 2568): Decision.KEEP, (agency_id, 2569): Decision.REPLACE}


def test_the_english_dialog_speaks_english(qtbot, sample_store):
    from itadesk import i18n
    from itadesk.services.importing import preview_documents

    i18n.set_language("en")
    [preview] = preview_documents(sample_store, [with_2569(with_2568_changed(sample_document()))])
    dialog = YearChoicesDialog("a.json", [preview])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "2568: the file differs in indicator scores 6; the analyses of indicators 6" in texts
    assert "Years added from the file: 2569" in texts
    assert document_json(agency_document(sample_store, preview.agency_id)) == document_json(sample_document())
