"""The overview tab of the window, on a store of invented agencies: its rows, sorting by a click on a header,
filtering, opening an agency with Enter or a double click, and the exports started from it."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from itadesk.domain.overview import SortColumn
from itadesk.services.assessments import set_official_result
from itadesk.services.sample import load_sample
from itadesk.ui import overview_tab
from itadesk.ui.main_window import MainWindow
from itadesk.ui.overview_model import AGENCY_ID_ROLE
from tests.overview_agencies import AS_OF, LABELS, make_district
from tests.report_text import pdf_text, squeeze


@pytest.fixture
def ids(store):
    return make_district(store)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"  # the store is in tmp_path
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot, store, ids, settings):
    made = MainWindow(store, settings)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    made.overview_tab.as_of = AS_OF
    return made


@pytest.fixture
def tab(window):
    window.tabs.setCurrentWidget(window.overview_tab)
    return window.overview_tab


def labels(tab) -> list[str]:
    model = tab.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def column_of(tab, sort: SortColumn, tool: str = "") -> int:
    return next(n for n, column in enumerate(tab.model.columns) if column.sort is sort and column.tool == tool)


def cell(tab, label: str, sort: SortColumn, tool: str = "") -> str:
    row = labels(tab).index(label)
    return tab.model.index(row, column_of(tab, sort, tool)).data()


def click_header(qtbot, tab, column: int) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_tab_is_the_fifth_and_ctrl_5_shows_it(window):
    assert window.tabs.tabText(4) == "ภาพรวม"
    action = next(a for a in window.menuBar().actions()[2].menu().actions() if a.shortcut() == QKeySequence("Ctrl+5"))
    action.trigger()
    assert window.tabs.currentWidget() is window.overview_tab


def test_a_row_per_agency_with_its_figures_in_thai_digits(tab):
    assert sorted(labels(tab)) == sorted(LABELS.values())
    assert tab.year == 2568
    a, c = LABELS["A"], LABELS["C"]
    assert cell(tab, a, SortColumn.OVERALL) == "๙๖.๐๐"
    assert cell(tab, a, SortColumn.LEVEL) == "ผ่านดีเยี่ยม"
    assert cell(tab, a, SortColumn.CHANGE) == "+๖.๐๐ ▲"
    assert cell(tab, c, SortColumn.OVERALL) == "๙๓.๒๐*"  # computed: marked
    assert cell(tab, c, SortColumn.TOOL, "EIT") == "๘๔.๐๐*"
    assert cell(tab, LABELS["B"], SortColumn.WEAKEST) == "๙, ๑๐"
    assert cell(tab, a, SortColumn.O25) == "ครบ"
    assert cell(tab, LABELS["B"], SortColumn.O25) == "ขาด: บทวิเคราะห์, แผน"
    assert [cell(tab, a, column) for column in (SortColumn.DONE, SortColumn.IN_PROGRESS, SortColumn.OVERDUE)] == [
        "๑",
        "๑",
        "๑",
    ]
    assert cell(tab, LABELS["B"], SortColumn.DONE) == "–"
    assert "๓๑ มีนาคม พ.ศ. ๒๕๖๙" in tab.status.text()


def test_a_click_on_a_header_sorts_and_a_second_reverses(qtbot, tab):
    overall = column_of(tab, SortColumn.OVERALL)
    click_header(qtbot, tab, overall)
    first = labels(tab)
    click_header(qtbot, tab, overall)
    second = labels(tab)
    scored = [LABELS[k] for k in "EBCA"]
    assert {first[:4] == scored, second[:4] == scored[::-1]} == {True}
    assert [first[4:], second[4:]] == [[LABELS["F"], LABELS["D"]]] * 2  # no overall score: last either way


def test_filters_by_district_province_and_kind(qtbot, tab):
    tab.district_combo.setCurrentIndex(tab.district_combo.findData("ท่าบ่อ"))
    assert sorted(labels(tab)) == sorted(LABELS[k] for k in "ABC")
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("เทศบาลตำบล"))
    assert labels(tab) == [LABELS["B"]]
    tab.district_combo.setCurrentIndex(0)  # ทุกอำเภอ
    tab.province_combo.setCurrentIndex(tab.province_combo.findData("อุดรธานี"))
    assert labels(tab) == [LABELS["E"]]
    assert tab.province_combo.itemText(0) == "ทุกจังหวัด"
    assert "แสดง ๑ จาก ๖ หน่วยงาน" in tab.status.text()


def test_enter_opens_the_agency_in_the_window(qtbot, window, tab, ids):
    row = labels(tab).index(LABELS["C"])
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, 2))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert window.agency_id == ids["C"]
    assert window.year == 2568
    assert window.tabs.currentWidget() is window.indicator_tab


def test_a_double_click_opens_the_agency_and_the_year_chosen_in_the_tab(qtbot, window, tab, ids):
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2567))
    assert sorted(labels(tab)) == sorted(LABELS.values())
    assert cell(tab, LABELS["D"], SortColumn.OVERALL) == "๘๘.๐๐*"
    row = labels(tab).index(LABELS["D"])
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand does
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (window.agency_id, window.year) == (ids["D"], 2567)
    window.tabs.setCurrentWidget(tab)
    assert tab.year == 2567  # the year picked here stays
    current = tab.table.currentIndex()
    assert current.data(AGENCY_ID_ROLE) == ids["D"]  # the window's agency is the one selected


def test_the_summary_of_the_rows_shown(tab, tmp_path):
    tab.district_combo.setCurrentIndex(tab.district_combo.findData("ท่าบ่อ"))
    pdf = tab.export_summary(str(tmp_path / "s.pdf"), show_saved=False)
    text = squeeze(pdf_text(pdf))
    assert squeeze("อำเภอท่าบ่อ จังหวัดหนองคาย") in text and squeeze("หน่วยงาน ๓ แห่ง") in text
    book = load_workbook(tab.export_summary(str(tmp_path / "s.xlsx"), show_saved=False))
    assert {row[0] for row in book["ทุกหน่วยงาน"].iter_rows(min_row=2, values_only=True)} == {LABELS[k] for k in "ABC"}
    assert tab.summary_name("pdf") == "ITA-2568-สรุป-อำเภอท่าบ่อ.pdf"


def test_the_reports_of_the_selected_agencies(qtbot, tab, out):
    rows = [labels(tab).index(LABELS[k]) for k in "BE"]
    selection = tab.table.selectionModel()
    tab.table.clearSelection()
    for row in rows:
        selection.select(tab.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    tab._name_report_actions()
    assert tab.selected_action.text() == "หน่วยงานที่เลือก (๒)…"
    run = tab.export_reports(str(out), selected_only=True, progress=True, workers=1)
    with qtbot.waitSignal(run.finished, timeout=60_000) as finished:
        pass
    outcome = finished.args[0]
    assert not outcome.cancelled, outcome
    names = sorted(path.name for path in Path(out).glob("*.pdf"))
    assert names == ["ITA-2568-ทต.ท่าบ่อ.pdf", "ITA-2568-ทต.เพ็ญ.pdf", "ITA-O26-2569-ทต.เพ็ญ.pdf"], outcome
    assert [result.item.label for result in outcome.skipped] == [LABELS["B"]]  # no plan to report on
    assert not list(Path(out).glob(".*"))


def test_cancelling_the_reports_leaves_no_partial_file(qtbot, tab, out):
    run = tab.export_reports(str(out), progress=True, workers=2)
    qtbot.waitUntil(lambda: bool(run.batch._running), timeout=10_000)  # reports are being drawn
    assert list(Path(out).glob(".*.part"))
    cancel = run.dialog.findChild(QPushButton)
    assert cancel.text() == "ยกเลิก"
    with qtbot.waitSignal(run.finished, timeout=30_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert run.outcome.cancelled
    assert not list(Path(out).glob(".*"))
    for path in Path(out).iterdir():
        assert path.read_bytes().startswith(b"%PDF-")


def test_the_sample_among_them(qtbot, store, ids, settings):
    load_sample(store)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.overview_tab)
    assert "อบต.โคกคอน" in labels(window.overview_tab)
    assert cell(window.overview_tab, "อบต.โคกคอน", SortColumn.OVERALL) == "๙๘.๒๗"


def choose_agency(window, agency_id: int) -> None:
    """As the clerk does, in the list at the top of the window."""
    window.agency_box.setCurrentIndex(window.agency_box.findData(agency_id))


def test_an_edit_made_in_the_store_shows_when_the_tab_is_shown_again(qtbot, window, tab, ids, store):
    assert cell(tab, LABELS["B"], SortColumn.OVERALL) == "๗๙.๐๐"
    window.tabs.setCurrentWidget(window.indicator_tab)
    set_official_result(store, ids["B"], 2568, "81.50", "ต้องปรับปรุง")  # as another PC on a shared store would
    choose_agency(window, ids["C"])
    window.tabs.setCurrentWidget(tab)
    assert cell(tab, LABELS["B"], SortColumn.OVERALL) == "๘๑.๕๐"
    assert tab.table.currentIndex().data(AGENCY_ID_ROLE) == ids["C"]


def test_switching_agency_and_coming_back_does_not_read_the_rows_again(qtbot, monkeypatch, window, tab, ids):
    reads = []
    read = overview_tab.overview
    monkeypatch.setattr(overview_tab, "overview", lambda *args, **kwargs: reads.append(args) or read(*args, **kwargs))
    for key in "CEAB":
        window.tabs.setCurrentWidget(window.indicator_tab)
        choose_agency(window, ids[key])
        window.tabs.setCurrentWidget(tab)
        assert tab.table.currentIndex().data(AGENCY_ID_ROLE) == ids[key]  # the window's agency selected
    choose_agency(window, ids["F"])  # with the overview in view
    assert tab.table.currentIndex().data(AGENCY_ID_ROLE) == ids["F"]
    assert reads == []
    choose_agency(window, ids["D"])  # no 2568: the window shows its 2567, and so does the tab
    assert tab.year == 2567
    assert [year for _store, year, *_rest in reads] == [2567]
