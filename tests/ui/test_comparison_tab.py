from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from itadesk.domain.comparison import Change
from itadesk.domain.findings import Severity
from itadesk.i18n import _
from itadesk.services.agencies import create_agency, find_agency
from itadesk.services.assessments import set_indicator_score, set_official_result
from itadesk.ui.comparison_tab import (
    CHANGE_ROLE,
    COL_CHANGE,
    COL_DIFFERENCE,
    COL_EARLIER,
    COL_ITEM,
    COL_LATER,
    ComparisonTab,
)
from itadesk.ui.score_chart import LATER_COLOUR, ScoreChart


@pytest.fixture
def sample_id(sample_store) -> int:
    return find_agency(sample_store, "โคกคอน").id


@pytest.fixture
def tab(qtbot, sample_store):
    widget = ComparisonTab(sample_store, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def texts(tab: ComparisonTab) -> dict[str, list[str]]:
    """Each row's shown texts, keyed by the text of its first column."""
    model = tab.model
    rows = {}
    for row in range(model.rowCount()):
        cells = [model.index(row, column).data() for column in range(model.columnCount())]
        rows[cells[COL_ITEM]] = cells
    return rows


def row_of(tab: ComparisonTab, starts: str) -> list[str]:
    matches = [cells for label, cells in texts(tab).items() if label.startswith(starts)]
    assert len(matches) == 1, (starts, list(texts(tab)))
    return matches[0]


def row_index(tab: ComparisonTab, starts: str) -> int:
    model = tab.model
    return next(r for r in range(model.rowCount()) if model.index(r, COL_ITEM).data().startswith(starts))


def header(tab: ComparisonTab, column: int) -> str:
    return tab.model.headerData(column, Qt.Orientation.Horizontal)


def add_2566(store, agency_id: int) -> None:
    for number in range(1, 11):
        set_indicator_score(store, agency_id, 2566, number, "99.00" if number == 6 else "90.00")
    set_official_result(store, agency_id, 2566, "91.00", "A")


def test_2568_is_compared_with_2567(tab, sample_id):
    tab.show_year(sample_id, 2568)

    assert tab.stack.currentWidget() is not tab.message
    assert (header(tab, COL_EARLIER), header(tab, COL_LATER)) == ("พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๘")
    assert tab.compared_years() == (2567, 2568)
    assert row_of(tab, "ตัวชี้วัดที่ ๖ ")[1:] == ["๙๕.๕๑", "๙๖.๓๓", "+๐.๘๒", "▲ เพิ่มขึ้น"]
    assert row_of(tab, "ตัวชี้วัดที่ ๙ ")[1:] == ["๑๐๐.๐๐", "๙๗.๕๐", "-๒.๕๐", "▼ ลดลง"]
    assert row_of(tab, "ตัวชี้วัดที่ ๑ ")[COL_CHANGE] == "= เท่าเดิม"
    assert row_of(tab, "คะแนนรวม")[1:] == ["๙๗.๕๔", "๙๘.๒๗", "+๐.๗๓", "▲ เพิ่มขึ้น"]
    assert row_of(tab, "ระดับผลการประเมิน")[1:] == ["ผ่านดี", "ผ่านดี", "", "= เท่าเดิม"]
    assert row_of(tab, "EIT")[1:4] == ["๙๑.๔๕", "๙๕.๘๙", "+๔.๔๔"]


def test_rows_are_grouped_by_tool(tab, sample_id):
    tab.show_year(sample_id, 2568)

    labels = list(texts(tab))
    assert [label.split()[0] for label in labels if not label.startswith("ตัวชี้วัด")] == [
        "IIT",
        "EIT",
        "OIT",
        "คะแนนรวม",
        "ระดับผลการประเมิน",
    ]
    assert labels.index(next(label for label in labels if label.startswith("OIT"))) < labels.index(
        next(label for label in labels if label.startswith("ตัวชี้วัดที่ ๙ "))
    )


def test_rises_are_green_and_falls_red(tab, sample_id):
    tab.show_year(sample_id, 2568)
    model = tab.model

    up = model.index(row_index(tab, "ตัวชี้วัดที่ ๖ "), COL_DIFFERENCE)
    down = model.index(row_index(tab, "ตัวชี้วัดที่ ๙ "), COL_CHANGE)
    same = model.index(row_index(tab, "ตัวชี้วัดที่ ๑ "), COL_CHANGE)
    green, red = up.data(Qt.ItemDataRole.ForegroundRole), down.data(Qt.ItemDataRole.ForegroundRole)
    assert green.green() > green.red()
    assert red.red() > red.green()
    assert same.data(Qt.ItemDataRole.ForegroundRole) is None
    assert (up.data(CHANGE_ROLE), down.data(CHANGE_ROLE), same.data(CHANGE_ROLE)) == (
        Change.UP,
        Change.DOWN,
        Change.SAME,
    )


def test_table_is_read_only_and_keyboard_navigable(qtbot, tab, sample_id):
    tab.show_year(sample_id, 2568)
    table = tab.table

    assert not tab.model.flags(tab.model.index(0, COL_LATER)) & Qt.ItemFlag.ItemIsEditable
    table.setFocus()
    table.setCurrentIndex(tab.model.index(0, COL_ITEM))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 2


def test_choosing_an_earlier_year_changes_the_comparison(qtbot, tab, sample_store, sample_id):
    add_2566(sample_store, sample_id)
    tab.show_year(sample_id, 2568)
    combo = tab.earlier_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["พ.ศ. ๒๕๖๖", "พ.ศ. ๒๕๖๗"]
    assert combo.currentData() == 2567

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)

    assert tab.compared_years() == (2566, 2568)
    assert header(tab, COL_EARLIER) == "พ.ศ. ๒๕๖๖"
    assert row_of(tab, "ตัวชี้วัดที่ ๖ ")[1:] == ["๙๙.๐๐", "๙๖.๓๓", "-๒.๖๗", "▼ ลดลง"]
    assert row_of(tab, "คะแนนรวม")[1:3] == ["๙๑.๐๐", "๙๘.๒๗"]
    # Letter grades (2566) and levels (2568) do not compare.
    assert row_of(tab, "ระดับผลการประเมิน")[1:] == ["A", "ผ่านดี", "", "– เทียบไม่ได้"]
    assert {bar.number: bar.earlier for bar in tab.chart.bars()}[6] == Decimal("99.00")


def test_choosing_a_later_year_keeps_the_earlier_one_before_it(qtbot, tab, sample_store, sample_id):
    add_2566(sample_store, sample_id)
    tab.show_year(sample_id, 2568)

    tab.later_combo.setCurrentIndex(tab.later_combo.findData(2567))

    assert tab.compared_years() == (2566, 2567)
    assert tab.earlier_combo.count() == 1
    assert row_of(tab, "ตัวชี้วัดที่ ๖ ")[1:3] == ["๙๙.๐๐", "๙๕.๕๑"]
    assert "๒๕๖๗" in tab.findings_title.text()


def test_a_new_main_window_year_resets_the_earlier_year(tab, sample_store, sample_id):
    add_2566(sample_store, sample_id)
    tab.show_year(sample_id, 2568)
    tab.earlier_combo.setCurrentIndex(tab.earlier_combo.findData(2566))
    assert tab.compared_years() == (2566, 2568)

    tab.show_year(sample_id, 2568)

    assert tab.compared_years() == (2567, 2568)


def test_refresh_reads_edits_made_elsewhere(tab, sample_store, sample_id):
    tab.show_year(sample_id, 2568)
    set_indicator_score(sample_store, sample_id, 2568, 6, "90.00")

    tab.refresh()

    assert row_of(tab, "ตัวชี้วัดที่ ๖ ")[1:] == ["๙๕.๕๑", "๙๐.๐๐", "-๕.๕๑", "▼ ลดลง"]


def test_findings_of_the_later_year(tab, sample_id):
    tab.show_year(sample_id, 2568)

    items = [tab.findings.item(i).text() for i in range(tab.findings.count())]
    assert tab.findings_title.text().endswith("๒๕๖๘")
    assert any(
        text.startswith("คำเตือน: ") and "ระดับผลการประเมินทางการ ผ่านดี ต่างจากระดับตามเกณฑ์ปี ๒๕๖๘ (ผ่านดีเยี่ยม)" in text
        for text in items
    ), items


def test_errors_are_listed_first(qtbot, store):
    agency = create_agency(store, "เทศบาลตำบลทดสอบ")
    for number in range(1, 11):
        set_indicator_score(store, agency.id, 2568, number, "50.00")
    # An overall score far from the indicators' is an error; the level left out is a warning.
    set_official_result(store, agency.id, 2568, "99.00", None)
    tab = ComparisonTab(store, QUndoStack())
    qtbot.addWidget(tab)

    tab.show_year(agency.id, 2568)

    severities = [tab.findings.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.findings.count())]
    assert severities[0] is Severity.ERROR
    assert Severity.WARNING in severities
    assert severities == sorted(severities, key=[Severity.ERROR, Severity.WARNING, Severity.NOTE].index)


def test_a_single_year_shows_why_nothing_is_compared(qtbot, store):
    agency = create_agency(store, "เทศบาลตำบลทดสอบ")
    set_indicator_score(store, agency.id, 2568, 1, "80.00")
    tab = ComparisonTab(store, QUndoStack())
    qtbot.addWidget(tab)

    tab.show_year(agency.id, 2568)

    assert tab.stack.currentWidget() is tab.message
    assert "๒๕๖๘" in tab.message.text()
    assert tab.model.rowCount() == 0
    assert not tab.earlier_combo.isEnabled()
    assert tab.compared_years() == (None, 2568)
    assert tab.findings.count() > 0  # the year's own findings still show: nine scores are missing
    assert not tab.chart.grab().isNull()


def test_nothing_to_show(qtbot, store):
    agency = create_agency(store, "เทศบาลตำบลทดสอบ")
    tab = ComparisonTab(store, QUndoStack())
    qtbot.addWidget(tab)

    tab.show_year(None, None)
    assert tab.message.text() == _("Choose an agency to compare its assessment years.")
    assert not tab.later_combo.isEnabled()

    tab.show_year(agency.id, 2568)
    assert tab.stack.currentWidget() is tab.message
    assert tab.message.text() == _(
        "This agency has no assessment yet. Enter the scores of a year to compare it with other years."
    )
    assert tab.findings.count() == 0


def test_a_year_without_scores_leaves_the_years_to_choose(tab, sample_id):
    tab.show_year(sample_id, 2569)

    assert tab.stack.currentWidget() is tab.message
    assert "๒๕๖๙" in tab.message.text()
    assert tab.later_combo.count() == 2
    tab.later_combo.setCurrentIndex(tab.later_combo.findData(2568))
    assert tab.compared_years() == (2567, 2568)
    assert tab.stack.currentWidget() is not tab.message


def _bar_pixels(chart: ScoreChart) -> int:
    """Pixels of the later year's colour in the chart's lower half, where bars are and the legend is not."""
    image = chart.grab().toImage()
    wanted = LATER_COLOUR.rgb()
    rows = range(image.height() // 2, image.height(), 2)
    return sum(1 for y in rows for x in range(0, image.width(), 2) if image.pixel(x, y) == wanted)


def test_chart_paints_both_years(tab, sample_id):
    tab.show_year(sample_id, 2568)
    chart = tab.chart

    assert chart.sizeHint().width() > 0 and chart.sizeHint().height() > 0
    assert [bar.number for bar in chart.bars()] == list(range(1, 11))
    assert chart.accessibleName() == "คะแนนรายตัวชี้วัด พ.ศ. ๒๕๖๗ และ พ.ศ. ๒๕๖๘"
    assert _bar_pixels(chart) > 0

    chart.set_comparison(None)
    assert _bar_pixels(chart) == 0


def test_edited_signal_exists(tab):
    assert hasattr(ComparisonTab, "edited")
    tab.edited.emit()
