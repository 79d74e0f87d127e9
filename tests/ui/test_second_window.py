"""A second window on a store another window has open: asked, then read only or nothing; and the lock follows the
window through File → Open store… and a restore."""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from itadesk import i18n
from itadesk.services.agencies import find_agency
from itadesk.services.assessments import load_figures
from itadesk.store import open_store
from itadesk.store.backup import backup_now
from itadesk.store.database import open_locked_store
from itadesk.store.lock import StoreInUse, held_elsewhere, lock_path
from itadesk.ui import app, store_opening
from itadesk.ui.main_window import MainWindow

READ_ONLY_TH = "แฟ้มข้อมูลนี้เปิดแบบอ่านอย่างเดียว เนื่องจากมีหน้าต่าง ITA Desk อื่นเปิดแฟ้มนี้อยู่ จึงไม่ได้บันทึกการแก้ไขนี้"


@pytest.fixture
def first(qtbot, sample_db, settings):
    """The first window on the sample store, opened as the program opens it: with the store's lock."""
    store = store_opening.open_for_window(Path(sample_db))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.store.close()


@pytest.fixture
def elsewhere(qtbot, tmp_path, settings):
    """A window on a store of its own, from which the sample store is opened with File → Open store…"""
    store = store_opening.open_for_window(tmp_path / "elsewhere.sqlite3")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.store.close()
    successor = getattr(window, "_successor", None)
    if successor is not None:
        successor.store.close()


def test_open_store_on_a_store_open_elsewhere_gives_a_read_only_window(qtbot, first, elsewhere, sample_db):
    path = Path(sample_db)
    assert first.store.lock is not None and not first.store.read_only
    assert "อ่านอย่างเดียว" not in first.windowTitle()
    assert elsewhere.open_store(sample_db, read_only=True)
    second = elsewhere._successor
    qtbot.addWidget(second)
    assert second.store.read_only and second.store.lock is None
    assert second.windowTitle().endswith(str(path) + " (อ่านอย่างเดียว)")
    assert not lock_path(elsewhere.store.path).exists()  # the store it left is closed, its lock given back

    tab = second.indicator_tab
    agency = find_agency(second.store, "โคกคอน").id
    assert second.agency_id == agency and second.year == 2568
    before = load_figures(first.store, agency, 2568).indicator_scores[6]
    tab.model.setData(tab.model.index(5, 2), "90")  # a score typed in the read-only window
    assert tab.message.text() == READ_ONLY_TH
    assert not second.undo_stack.canUndo()  # nothing to undo: nothing was done
    assert load_figures(first.store, agency, 2568).indicator_scores[6] == before == Decimal("96.33")
    assert tab.model.index(5, 2).data() == "๙๖.๓๓"  # the table shows what is saved, not what was typed

    tab2 = first.indicator_tab  # the first window still writes
    tab2.model.setData(tab2.model.index(5, 2), "91")
    assert load_figures(second.store, agency, 2568).indicator_scores[6] == Decimal("91.00")


def test_cancel_opens_nothing(qtbot, first, elsewhere, sample_db):
    own = elsewhere.store
    assert not elsewhere.open_store(sample_db, read_only=False)
    assert getattr(elsewhere, "_successor", None) is None
    assert elsewhere.store is own and elsewhere.isVisible() and own.lock.held


def test_at_start_up_the_user_is_asked_and_read_only_is_opened(qtbot, first, sample_db, settings, monkeypatch):
    asked, shown = [], []
    monkeypatch.setattr(store_opening, "ask_read_only", lambda parent, path: asked.append(path) or True)
    monkeypatch.setattr(app, "user_settings", lambda: settings)
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    assert app.run(Path(sample_db)) == 0
    assert asked == [Path(sample_db)]
    [window] = shown
    qtbot.addWidget(window)
    assert window.store.read_only and window.windowTitle().endswith("(อ่านอย่างเดียว)")
    assert first.store.lock.held  # the first window keeps its lock


def test_at_start_up_cancel_opens_no_window(first, sample_db, settings, monkeypatch):
    shown = []
    monkeypatch.setattr(store_opening, "ask_read_only", lambda parent, path: False)
    monkeypatch.setattr(app, "user_settings", lambda: settings)
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))
    monkeypatch.setattr(QApplication, "exec", lambda _app: pytest.fail("no window, no event loop"))
    assert app.run(Path(sample_db)) == 0
    assert shown == []


def test_the_question_and_its_two_answers(qtbot, first, sample_db):
    seen = {}

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        [chosen] = [button for button in box.buttons() if button.text() == button_text]
        chosen.click()

    QTimer.singleShot(0, lambda: answer("ยกเลิก"))
    assert store_opening.open_for_window(Path(sample_db)) is None
    assert seen["text"] == ("แฟ้มข้อมูลนี้เปิดอยู่ในหน้าต่าง ITA Desk อื่น (ในเครื่องนี้หรือเครื่องอื่น) ต้องการเปิดแบบอ่านอย่างเดียว หรือยกเลิก")
    assert seen["buttons"] == sorted(["เปิดแบบอ่านอย่างเดียว", "ยกเลิก"])

    QTimer.singleShot(0, lambda: answer("เปิดแบบอ่านอย่างเดียว"))
    store = store_opening.open_for_window(Path(sample_db))
    assert store is not None and store.read_only
    store.close()


def test_the_english_ui_says_it_in_english(qtbot, first, elsewhere, sample_db):
    i18n.set_language("en")
    assert store_opening.read_only_question() == (
        "This store is open in another ITA Desk window (on this PC or another). Open it read only, or cancel?"
    )
    assert elsewhere.open_store(sample_db, read_only=True)
    second = elsewhere._successor
    qtbot.addWidget(second)
    assert second.windowTitle().endswith("(read only)")
    tab = second.indicator_tab
    tab.model.setData(tab.model.index(5, 2), "90")
    assert tab.message.text().startswith("This store is open read only:")
    assert tab.message.text().endswith("nothing was saved.")


def test_open_store_moves_the_lock_to_the_store_opened(qtbot, elsewhere, sample_db):
    left = elsewhere.store.path
    assert held_elsewhere(left)
    assert elsewhere.open_store(sample_db)
    successor = elsewhere._successor
    qtbot.addWidget(successor)
    assert successor.store.lock.held and not successor.store.read_only
    assert not held_elsewhere(left) and not lock_path(left).exists()
    with pytest.raises(StoreInUse):
        open_locked_store(Path(sample_db))
    assert successor.open_store(sample_db)  # the same store again: nothing to do, and no question
    assert getattr(successor, "_successor", None) is None and successor.store.lock.held


def test_a_restore_from_the_window_keeps_its_lock(qtbot, first, tmp_path):
    path = first.store.path
    lock = first.store.lock
    copy = backup_now(path, tmp_path / "copy.sqlite3")
    tab = first.indicator_tab
    tab.model.setData(tab.model.index(5, 2), "50")
    assert first.restore_from_backup(str(copy), confirm=False)
    successor = first._successor
    qtbot.addWidget(successor)
    assert successor.store.lock is lock and lock.held  # held throughout, and now the restored store's
    assert first.store.lock is None
    with pytest.raises(StoreInUse):
        open_locked_store(path)
    agency = successor.agency_id
    assert load_figures(successor.store, agency, 2568).indicator_scores[6] == Decimal("96.33")
    successor.store.close()
    assert not lock.held and not lock_path(path).exists()


def test_a_read_only_window_does_not_restore(qtbot, first, elsewhere, sample_db, tmp_path, monkeypatch):
    copy = backup_now(Path(sample_db), tmp_path / "copy.sqlite3")
    assert elsewhere.open_store(sample_db, read_only=True)
    second = elsewhere._successor
    qtbot.addWidget(second)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert not second.restore_from_backup(str(copy), confirm=False)
    assert warned and "อ่านอย่างเดียว" in warned[0]
    assert getattr(second, "_successor", None) is None
    reader = open_store(Path(sample_db), read_only=True)
    assert reader.read_only
    reader.close()
