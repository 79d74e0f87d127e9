"""The mouse wheel changes a field only when the user is in it, and a measure's period outside its plan's fiscal
year is pointed out beside the dates (and kept: the clerk may mean it)."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from itadesk import i18n
from itadesk.services.plans import plan_for
from itadesk.ui.guards import WheelGuard, install_wheel_guard
from itadesk.ui.main_window import MainWindow
from itadesk.ui.plan_tab import PlanTab
from tests.test_store import dump


def turn_wheel(widget, notches: int = -1) -> QWheelEvent:
    """One turn of the mouse wheel over `widget` (a negative turn scrolls a page down)."""
    where = QPointF(widget.rect().center())
    event = QWheelEvent(
        where,
        QPointF(widget.mapToGlobal(where.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


@pytest.fixture
def plan(qtbot, window):
    """The main window on its plan tab, the first measure shown, the keyboard in the tree."""
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.plan_tab)
    assert window.plan_tab.editor.measure() is not None
    focus(qtbot, window.plan_tab.tree)
    return window


def fields(window: MainWindow) -> dict:
    editor = window.plan_tab.editor
    return {
        "period start": (editor.period_start, editor.period_start.date),
        "period end": (editor.period_end, editor.period_end.date),
        "progress": (editor.progress, editor.progress.value),
        "status": (editor.status, editor.status.currentIndex),
        "indicator": (editor.indicator, editor.indicator.currentIndex),
        "assessment year": (window.year_box, window.year_box.currentIndex),
    }


def test_the_wheel_over_a_field_the_user_is_not_in_changes_nothing_and_saves_nothing(qtbot, plan):
    before = dump(plan.store.path)
    for name, (field, value) in fields(plan).items():
        shown = value()
        for notches in (-1, 1, 3, -3):
            turn_wheel(field, notches)
            assert value() == shown, name
        assert not field.hasFocus(), name
    editor = plan.plan_tab.editor
    for edit in (editor.period_start, editor.period_end, editor.progress):
        edit.editingFinished.emit()  # what leaving the field does: nothing has changed, so nothing is saved
    editor.flush()
    assert dump(plan.store.path) == before
    assert plan.undo_stack.count() == 0


def test_the_wheel_changes_the_field_the_user_is_in(qtbot, plan):
    editor = plan.plan_tab.editor
    measure = editor.measure()
    focus(qtbot, editor.period_start)
    shown = editor.period_start.date()
    turn_wheel(editor.period_start, 1)
    assert editor.period_start.date() != shown
    changed = editor.period_start.date().toPython()
    focus(qtbot, plan.plan_tab.tree)  # leaving the field saves it
    saved = next(m for m in plan_for(plan.store, measure_agency(plan), 2569).measures if m.id == measure.id)
    assert saved.period_start == changed
    assert plan.undo_stack.count() == 1

    focus(qtbot, editor.progress)
    turn_wheel(editor.progress, 2)
    assert editor.progress.value() == measure.progress + 2
    focus(qtbot, editor.status)
    index = editor.status.currentIndex()
    turn_wheel(editor.status, -1)
    assert editor.status.currentIndex() == index + 1


def measure_agency(window: MainWindow) -> int:
    return window.agency_box.currentData()


def test_the_wheel_over_a_field_scrolls_the_form_around_it(qtbot, plan):
    plan.resize(1000, 480)
    editor = plan.plan_tab.editor
    area = next(a for a in plan.plan_tab.findChildren(QScrollArea) if a.widget() is editor)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    bar = area.verticalScrollBar()
    bar.setValue(0)
    shown = editor.period_start.date()
    event = turn_wheel(editor.period_start, -1)
    assert event.isAccepted()
    assert bar.value() > 0
    assert editor.period_start.date() == shown


def test_the_fields_take_the_focus_from_a_click_or_tab_only(qtbot, plan):
    for name, (field, _value) in fields(plan).items():
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, name


def test_the_guard_is_installed_once_for_the_whole_application(qtbot, sample_store, settings, window):
    again = MainWindow(sample_store, settings)
    qtbot.addWidget(again)
    app = QApplication.instance()
    assert len(app.findChildren(WheelGuard)) == 1
    assert install_wheel_guard() is app.findChild(WheelGuard)


# --- a period outside the plan's fiscal year ------------------------------------------------------------------


@pytest.fixture
def tab(open_tab):
    return open_tab(PlanTab, 1280, 800)


def stored(tab):
    measure = tab.editor.measure()
    return next(m for m in plan_for(tab.store, tab.agency_id, 2569).measures if m.id == measure.id)


def set_period_start(tab, day: date) -> None:
    tab.editor.period_start.setDate(QDate(day))
    tab.editor.period_start.editingFinished.emit()


def test_a_period_outside_the_fiscal_year_is_flagged_and_still_saved(qtbot, tab):
    flag = tab.editor.period_flag
    assert (stored(tab).period_start, stored(tab).period_end) == (date(2025, 10, 1), date(2026, 9, 30))
    assert not flag.isVisible() and not tab.editor.period_outside_year()
    set_period_start(tab, date(2025, 9, 1))  # a month before FY 2569 starts
    assert stored(tab).period_start == date(2025, 9, 1)
    assert flag.isVisible()
    assert flag.text() == (
        "ช่วงเวลานี้อยู่นอกปีงบประมาณ พ.ศ. ๒๕๖๙ (๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙) ระบบบันทึกไว้ตามที่กรอก หากไม่ได้ตั้งใจ โปรดแก้ไขวันที่"
    )
    assert not tab.error.isVisible()
    tab.undo.undo()
    assert stored(tab).period_start == date(2025, 10, 1)
    assert not flag.isVisible()
    tab.editor.period_end.setDate(QDate(2026, 10, 1))  # the day after the year ends: flagged as it is chosen
    assert flag.isVisible()
    tab.editor.period_end.setDate(QDate(2026, 9, 30))
    assert not flag.isVisible()


def test_a_period_inside_the_fiscal_year_is_not_flagged(qtbot, tab):
    set_period_start(tab, date(2026, 3, 1))
    assert stored(tab).period_start == date(2026, 3, 1)
    assert not tab.editor.period_flag.isVisible()
    set_period_start(tab, date(2025, 10, 1))  # the first day of the year is in it
    assert not tab.editor.period_flag.isVisible()


def test_the_flag_is_in_english_in_an_english_window(qtbot, open_tab):
    i18n.set_language("en")
    tab = open_tab(PlanTab)
    set_period_start(tab, date(2025, 9, 30))
    assert tab.editor.period_flag.text() == (
        "This period is outside fiscal year B.E. 2569 (1 October 2568 – 30 September 2569). It is kept as entered; "
        "if that is not what you meant, correct the dates."
    )
