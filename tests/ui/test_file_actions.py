"""File → Import agency… / Export agency…, the suggested file names and folder, the "file saved" message, and the
question asked before exporting a report whose texts have errors."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import func, select

from itadesk.services.agencies import create_agency, list_agencies
from itadesk.services.assessments import analyses, set_analysis, set_indicator_score
from itadesk.services.exporting import agency_document, document_json, write_json
from itadesk.services.file_names import (
    agency_file_name,
    progress_file_name,
    report_file_name,
    safe_file_name,
    short_agency_name,
    with_format_suffix,
)
from itadesk.services.importing import import_document
from itadesk.services.sample import sample_document
from itadesk.services.xlsx import SCORES, SCORES_COLUMNS, read_xlsx, write_xlsx
from itadesk.store import open_store
from itadesk.store.tables import Assessment
from itadesk.ui import file_actions
from itadesk.ui.file_actions import FOLDER_KEY, SavedMessage, TextErrorsAnswer, offered_folder, saved_text
from itadesk.ui.main_window import MainWindow
from tests.report_text import pdf_text

SAMPLE = "องค์การบริหารส่วนตำบลโคกคอน"
WRONG_OVERALL = "ผลการประเมินได้คะแนนรวม ๕๐.๐๐ คะแนน"  # the sample's overall score in 2568 is 98.27


def invented_from_sample(name: str, district: str):
    """The sample's years and plan under another agency's name: an agency of its own, with a plan."""
    document = sample_document()
    agency = document.agency.model_copy(update={"name": name, "district": district})
    return document.model_copy(update={"agency": agency})


@pytest.fixture
def ban_na(tmp_path):
    """An agency typed into a store of its own (no plan): two years of scores and an analysis, as JSON."""
    source = open_store(tmp_path / "ban-na.sqlite3")
    try:
        agency = create_agency(source, "เทศบาลตำบลบ้านนา", "เมืองขอนแก่น", "ขอนแก่น", "เทศบาลตำบล")
        set_indicator_score(source, agency.id, 2567, 1, "80.50")
        set_indicator_score(source, agency.id, 2568, 1, "91")
        set_indicator_score(source, agency.id, 2568, 2, "88.25")
        set_analysis(source, agency.id, 2568, 1, "คะแนนตัวชี้วัดที่ ๑ ดีขึ้นจากปีก่อน")
        document = agency_document(source, agency.id)
    finally:
        source.close()
    path = tmp_path / "บ้านนา.json"
    write_json(document, path)
    return path, document


def assessment_count(store) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(Assessment)).one()


def saved_boxes(window) -> list[SavedMessage]:
    return [box for box in window.findChildren(SavedMessage) if box.isVisible()]


# --- importing -----------------------------------------------------------------------------------------------


def test_import_takes_the_good_files_and_refuses_the_broken_one_with_its_place(window, sample_store, ban_na, tmp_path):
    ban_na_path, ban_na_document = ban_na
    nong_bua = invented_from_sample("องค์การบริหารส่วนตำบลหนองบัว", "หนองบัวแดง")
    nong_bua_path = tmp_path / "หนองบัว.xlsx"
    write_xlsx(nong_bua, nong_bua_path)
    broken_path = tmp_path / "ท่าช้าง.xlsx"
    write_xlsx(invented_from_sample("เทศบาลเมืองท่าช้าง", "ท่าช้าง"), broken_path)
    book = load_workbook(broken_path)
    book[SCORES].cell(row=3, column=SCORES_COLUMNS.index("คะแนน") + 1).value = "เก้าสิบ"
    book.save(broken_path)
    before = assessment_count(sample_store)

    summary = window.import_agencies([str(ban_na_path), str(broken_path), str(nong_bua_path)])

    names = [agency.name for agency in list_agencies(sample_store)]
    assert sorted(names) == sorted([SAMPLE, "เทศบาลตำบลบ้านนา", "องค์การบริหารส่วนตำบลหนองบัว"])
    assert assessment_count(sample_store) == before + 2 + 2  # nothing of the broken file's three years
    assert summary.startswith("นำเข้าได้ ๒ จาก ๓ แฟ้ม")
    assert "แฟ้ม บ้านนา.json: นำเข้าข้อมูล เทศบาลตำบลบ้านนา แล้ว (ผลการประเมินปี ๒๕๖๗, ๒๕๖๘)" in summary
    assert "แฟ้ม หนองบัว.xlsx: นำเข้าข้อมูล องค์การบริหารส่วนตำบลหนองบัว แล้ว (ผลการประเมินปี ๒๕๖๗, ๒๕๖๘)" in summary
    assert "แฟ้ม ท่าช้าง.xlsx: ไม่ได้นำเข้า – แผ่นงาน คะแนน แถว ๓ คอลัมน์ คะแนน:" in summary
    # The first agency that came in is the one shown, and it is the agency that was exported, whole.
    assert window.agency_box.currentText() == "เทศบาลตำบลบ้านนา"
    assert document_json(agency_document(sample_store, window.agency_id)) == document_json(ban_na_document)
    imported = next(a for a in list_agencies(sample_store) if a.name == "องค์การบริหารส่วนตำบลหนองบัว")
    assert document_json(agency_document(sample_store, imported.id)) == document_json(nong_bua)
    assert saved_boxes(window) == [] and window.findChildren(QMessageBox) == []  # paths given: no message


def test_an_agency_already_in_the_store_as_the_file_has_it_changes_nothing(window, sample_store, tmp_path):
    path = tmp_path / "sample.json"
    write_json(sample_document(), path)
    before = document_json(agency_document(sample_store, window.agency_id))
    summary = window.import_agencies([str(path)])
    assert summary == (
        "นำเข้าได้ ๑ จาก ๑ แฟ้ม\n\n• แฟ้ม sample.json: องค์การบริหารส่วนตำบลโคกคอน มีข้อมูลตรงตามแฟ้มอยู่แล้ว ไม่มีอะไรเปลี่ยนแปลง"
    )
    assert document_json(agency_document(sample_store, window.agency_id)) == before
    assert len(list_agencies(sample_store)) == 1


def test_the_menu_asks_for_files_and_shows_the_summary(window, sample_store, ban_na, monkeypatch, tmp_path):
    path, _document = ban_na
    asked = []

    def open_files(parent, title, folder, filters):
        asked.append((title, folder, filters))
        return [str(path)], filters

    monkeypatch.setattr(file_actions.QFileDialog, "getOpenFileNames", open_files)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    start = texts.index("นำเข้าข้อมูลหน่วยงาน…")
    assert texts[start - 2 : start + 3] == [
        "นำสำเนาสำรองกลับมาใช้…",
        "",  # a group of their own
        "นำเข้าข้อมูลหน่วยงาน…",
        "ส่งออกข้อมูลหน่วยงาน…",
        "",
    ]
    next(a for a in file_menu.actions() if a.text() == "นำเข้าข้อมูลหน่วยงาน…").trigger()
    [(title, folder, filters)] = asked
    assert title == "นำเข้าข้อมูลหน่วยงาน" and Path(folder) == offered_folder(window.settings)
    assert "*.json *.xlsx" in filters
    [box] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert "นำเข้าข้อมูล เทศบาลตำบลบ้านนา แล้ว" in box.text()
    assert window.agency_box.currentText() == "เทศบาลตำบลบ้านนา"
    box.close()


def test_cancelling_the_file_dialog_imports_nothing(window, sample_store, monkeypatch):
    monkeypatch.setattr(file_actions.QFileDialog, "getOpenFileNames", lambda *args: ([], ""))
    assert window.import_agencies() == ""
    assert len(list_agencies(sample_store)) == 1


# --- exporting the agency ------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["json", "xlsx"])
def test_export_agency_round_trip(qtbot, window, sample_store, settings, tmp_path, suffix):
    path = window.export_agency(str(tmp_path / f"โคกคอน.{suffix}"))
    assert path == tmp_path / f"โคกคอน.{suffix}" and path.exists()
    other = open_store(tmp_path / "other.sqlite3")
    try:
        elsewhere = MainWindow(other, settings)
        qtbot.addWidget(elsewhere)
        summary = elsewhere.import_agencies([str(path)])
        assert "นำเข้าข้อมูล องค์การบริหารส่วนตำบลโคกคอน แล้ว" in summary
        assert document_json(agency_document(other, elsewhere.agency_id)) == document_json(
            agency_document(sample_store, window.agency_id)
        )
    finally:
        other.close()


def test_export_agency_lets_the_dialog_filter_choose_excel(window, sample_store, monkeypatch, tmp_path):
    asked = []

    def save_file(parent, title, suggested, filters):
        asked.append((suggested, filters))
        return str(tmp_path / "ข้อมูล ITA.json"), "Excel (*.xlsx)"

    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", save_file)
    path = window.export_agency()
    [(suggested, filters)] = asked
    assert Path(suggested).name == "ITA-อบต.โคกคอน-2568.json"  # JSON unless the user picks Excel
    assert filters.split(";;")[0] == "JSON (*.json)"
    assert path == tmp_path / "ข้อมูล ITA.xlsx" and not (tmp_path / "ข้อมูล ITA.json").exists()
    assert read_xlsx(path) == agency_document(sample_store, window.agency_id)
    [box] = saved_boxes(window)  # chosen in the dialog: the message is shown
    assert str(path) in box.text()
    box.close()


# --- names and folder ----------------------------------------------------------------------------------------


def test_suggested_names():
    assert short_agency_name(SAMPLE) == "อบต.โคกคอน"
    assert short_agency_name("เทศบาลตำบล บ้านนา") == "ทต.บ้านนา"
    assert short_agency_name("เทศบาลเมืองท่าช้าง") == "ทม.ท่าช้าง"
    assert short_agency_name("เทศบาลนครขอนแก่น") == "ทน.ขอนแก่น"
    assert short_agency_name("องค์การบริหารส่วนจังหวัดขอนแก่น") == "อบจ.ขอนแก่น"
    assert short_agency_name("กรมส่งเสริมการปกครองท้องถิ่น") == "กรมส่งเสริมการปกครองท้องถิ่น"
    assert report_file_name(SAMPLE, 2568, "pdf") == "ITA-2568-อบต.โคกคอน.pdf"
    assert report_file_name("เทศบาลตำบลบ้านนา", 2568, "docx") == "ITA-2568-ทต.บ้านนา.docx"
    assert progress_file_name(SAMPLE, 2569) == "ITA-O26-2569-อบต.โคกคอน.pdf"
    assert agency_file_name("เทศบาลตำบลบ้านนา", 2568, "xlsx") == "ITA-ทต.บ้านนา-2568.xlsx"
    assert safe_file_name('เทศบาลตำบล "หนอง/ตะ:ไคร้" <ใหม่>?*|\\ ') == "เทศบาลตำบล หนองตะไคร้ ใหม่"
    assert report_file_name("เทศบาลตำบลหนอง/ตะ?ไคร้.", 2568, "pdf") == "ITA-2568-ทต.หนองตะไคร้.pdf"
    assert with_format_suffix(Path("a/อบต.โคกคอน"), "xlsx") == Path("a/อบต.โคกคอน.xlsx")
    assert with_format_suffix(Path("a/b.JSON"), "xlsx") == Path("a/b.xlsx")
    assert with_format_suffix(Path("a/b.xlsx"), "xlsx") == Path("a/b.xlsx")


@pytest.fixture
def save_dialog(monkeypatch):
    """The save dialog answered with the path in record["answer"] ("" = cancelled); what it offered is kept."""
    record = {"offered": [], "answer": ""}

    def save_file(parent, title, suggested, filters):
        record["offered"].append(suggested)
        return record["answer"], filters

    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", save_file)
    return record


def test_the_window_offers_names_of_the_agency_and_the_last_folder(window, sample_store, save_dialog, tmp_path):
    assert window.export_pdf() is None  # cancelled
    first = Path(save_dialog["offered"][-1])
    assert first.name == "ITA-2568-อบต.โคกคอน.pdf" and first.parent == offered_folder(window.settings)
    assert window.settings.value(FOLDER_KEY) is None

    reports = tmp_path / "รายงาน"
    reports.mkdir()
    window.export_pdf(str(reports / "ฉบับแรก.pdf"))
    assert Path(window.settings.value(FOLDER_KEY)) == reports

    agency = import_document(sample_store, invented_from_sample("เทศบาลตำบลนาดี", "นาดี"))
    window.load_agencies(agency.id)
    window.export_docx()
    window.export_progress(as_of=sample_document().plans[0].measures[0].period.start)
    window.export_agency()
    assert [Path(p) for p in save_dialog["offered"][1:]] == [
        reports / "ITA-2568-ทต.นาดี.docx",
        reports / "ITA-O26-2569-ทต.นาดี.pdf",
        reports / "ITA-ทต.นาดี-2568.json",
    ]


def test_a_remembered_folder_that_is_gone_is_not_offered(settings, tmp_path):
    settings.setValue(FOLDER_KEY, str(tmp_path / "gone"))
    assert offered_folder(settings) != tmp_path / "gone" and offered_folder(settings).is_dir()


# --- the message after an export -----------------------------------------------------------------------------


def test_the_done_message_carries_the_full_path_and_opens_the_file_or_folder(window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(file_actions.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    path = tmp_path / "รายงาน ITA.pdf"
    assert window.export_pdf(str(path)) == path
    assert saved_boxes(window) == []  # a path given: no message unless asked for
    assert str(path) in window.statusBar().currentMessage()

    window.export_pdf(str(path), show_saved=True)
    [box] = saved_boxes(window)
    assert box.text() == saved_text(path) == f"บันทึกแฟ้มเรียบร้อยแล้ว ที่\n{path}"
    assert box.windowTitle() == "ส่งออก PDF"
    assert sorted(b.text() for b in box.buttons()) == sorted(["เปิดแฟ้ม", "เปิดโฟลเดอร์", "ปิด"])
    box.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert saved_boxes(window) == []  # a button closes it

    window.export_progress(str(tmp_path / "o26.pdf"), as_of=sample_document().plans[0].measures[0].period.start)
    assert saved_boxes(window) == []
    window.export_agency(str(tmp_path / "agency.json"), show_saved=True)
    [box] = saved_boxes(window)
    assert box.windowTitle() == "ส่งออกข้อมูลหน่วยงาน" and str(tmp_path / "agency.json") in box.text()
    box.open_file_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path / "agency.json"))


# --- errors in the texts -------------------------------------------------------------------------------------


def test_errors_in_the_texts_are_offered_for_review_before_exporting(window, sample_store, tmp_path):
    set_analysis(sample_store, window.agency_id, 2568, None, WRONG_OVERALL)
    window.tabs.setCurrentWidget(window.indicator_tab)
    path = tmp_path / "report.pdf"
    assert window.export_pdf(str(path), text_errors=TextErrorsAnswer.REVIEW) is None
    assert not path.exists() and window.tabs.currentWidget() is window.analysis_tab

    window.tabs.setCurrentWidget(window.indicator_tab)
    assert window.export_docx(str(tmp_path / "report.docx"), text_errors=TextErrorsAnswer.CANCEL) is None
    assert not (tmp_path / "report.docx").exists() and window.tabs.currentWidget() is window.indicator_tab

    assert window.export_pdf(str(path), text_errors=TextErrorsAnswer.EXPORT) == path
    assert "๕๐.๐๐" in pdf_text(path)


def test_only_errors_are_counted(sample_store):
    agency = list_agencies(sample_store)[0]
    _overall, texts = analyses(sample_store, agency.id, 2568)
    set_analysis(sample_store, agency.id, 2568, 1, texts[1] + "\nควรพิจารณาร่วมกับตัวชี้วัดที่ ๒")  # a warning
    assert file_actions.text_error_count(sample_store, agency.id, 2568) == 0
    set_analysis(sample_store, agency.id, 2568, None, WRONG_OVERALL)
    assert file_actions.text_error_count(sample_store, agency.id, 2568) == 1


def answer_question(button_text: str, seen: list[str]) -> None:
    """Press a button of the question once it is up (it is modal: the test goes on when it closes)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, press)


def test_the_question_is_asked_when_the_file_is_to_be_chosen(window, sample_store, save_dialog, tmp_path):
    set_analysis(sample_store, window.agency_id, 2568, None, WRONG_OVERALL)
    window.tabs.setCurrentWidget(window.comparison_tab)
    seen: list[str] = []
    answer_question("ตรวจทาน", seen)
    assert window.export_pdf() is None
    assert seen == ["พบข้อผิดพลาด ๑ จุดในบทวิเคราะห์ของรายงานนี้ ต้องการตรวจทานก่อนหรือไม่"]
    assert save_dialog["offered"] == [] and window.tabs.currentWidget() is window.analysis_tab

    answer_question("ยกเลิก", seen)
    assert window.export_docx() is None and save_dialog["offered"] == []

    save_dialog["answer"] = str(tmp_path / "anyway.pdf")
    answer_question("ส่งออกโดยไม่แก้ไข", seen)
    assert window.export_pdf() == tmp_path / "anyway.pdf"
    assert len(seen) == 3 and len(save_dialog["offered"]) == 1 and (tmp_path / "anyway.pdf").exists()
    [box] = saved_boxes(window)
    assert str(tmp_path / "anyway.pdf") in box.text()
    box.close()


def test_the_text_being_typed_is_checked_too(window, sample_store, tmp_path):
    window.tabs.setCurrentWidget(window.analysis_tab)
    window.analysis_tab.sections.setCurrentRow(0)  # the overall analysis
    window.analysis_tab.text.setPlainText(WRONG_OVERALL)  # typed, not yet saved
    path = tmp_path / "report.pdf"
    assert window.export_pdf(str(path), text_errors=TextErrorsAnswer.CANCEL) is None
    assert not path.exists()
    assert analyses(sample_store, window.agency_id, 2568)[0] == WRONG_OVERALL


def test_the_english_window_speaks_english(qtbot, sample_store, settings, tmp_path):
    from itadesk import i18n

    i18n.set_language("en")
    made = MainWindow(sample_store, settings)
    qtbot.addWidget(made)
    texts = [action.text() for action in made.menuBar().actions()[0].menu().actions()]
    assert "Import agency…" in texts and "Export agency…" in texts
    path = tmp_path / "sample.json"
    write_json(sample_document(), path)
    assert made.import_agencies([str(path)]) == (
        "Imported 1 of 1 files.\n\n• sample.json: "
        "องค์การบริหารส่วนตำบลโคกคอน is already in this store as the file has it; nothing changed."
    )
    assert saved_text(tmp_path / "x.pdf") == f"The file is saved:\n{tmp_path / 'x.pdf'}"
