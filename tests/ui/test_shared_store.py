"""File → Open a shared store…: the address asked for (the last one offered), the window on the PostgreSQL store,
its title without the password, remembered for the next start; backing up writes every agency as JSON, and a
restore is refused with the reason. Two windows on the same shared store both write, each edit checked."""

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton

from itadesk.services.agencies import find_agency
from itadesk.services.assessments import load_figures, set_indicator_score
from itadesk.services.importing import read_exchange_documents
from itadesk.services.sample import load_sample
from itadesk.store import open_store
from itadesk.ui import messages, store_opening
from itadesk.ui.main_window import MainWindow
from itadesk.ui.settings import remembered_store
from itadesk.ui.store_opening import SHARED_URL_KEY, SharedStoreDialog


@pytest.fixture
def shared_url(postgres_url):
    store = open_store(postgres_url)
    load_sample(store)
    store.close()
    return postgres_url


def with_password(url: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.replace('@', ':' + password + '@', 1)}"


@pytest.mark.postgres
def test_the_menu_opens_a_shared_store_and_remembers_it(qtbot, window, settings, shared_url, monkeypatch):
    asked = []
    typed = with_password(shared_url, "not-needed")  # the throwaway server trusts local users

    def answer(parent, offered):
        asked.append(offered)
        return typed

    monkeypatch.setattr(store_opening, "ask_shared_url", answer)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert texts[texts.index("เปิดแฟ้มข้อมูล…") + 1] == "เปิดที่เก็บข้อมูลที่ใช้ร่วมกัน…"
    next(a for a in file_menu.actions() if a.text() == "เปิดที่เก็บข้อมูลที่ใช้ร่วมกัน…").trigger()

    shared = window._successor
    qtbot.addWidget(shared)
    try:
        assert asked == [""]
        assert shared.store.shared and shared.windowTitle() == "ITA Desk — " + shared_url  # no password shown
        assert shared.agency_box.currentText() == "องค์การบริหารส่วนตำบลโคกคอน"
        about = shared.help_menu.show_about()  # the store's address, without a password; no folder to open
        qtbot.addWidget(about)
        assert about.store_label.text() == shared_url
        assert not about.findChild(QPushButton, "open-0").isEnabled()
        about.close()
        assert settings.value(SHARED_URL_KEY) == shared_url
        assert remembered_store(settings) == typed  # opened again at the next start
        shared.open_shared_store()  # the last address is offered
        assert asked[-1] == shared_url
        shared._successor.store.close()
    finally:
        shared.store.close()


@pytest.mark.postgres
def test_backing_up_a_shared_store_writes_every_agency_and_a_restore_is_refused(
    qtbot, settings, shared_url, tmp_path, monkeypatch
):
    store = open_store(shared_url)
    made = MainWindow(store, settings)
    qtbot.addWidget(made)
    try:
        path = made.back_up(str(tmp_path / "สำรอง.json"))
        [document] = read_exchange_documents(path)
        assert document.agency.name == "องค์การบริหารส่วนตำบลโคกคอน"
        warned = []
        monkeypatch.setattr(messages, "warn", lambda parent, title, problem: warned.append(str(problem)))
        assert made.restore_from_backup(str(path), confirm=False) is False
        assert "pg_dump" in warned[0]
    finally:
        store.close()


@pytest.mark.postgres
def test_two_windows_on_one_shared_store_both_write_and_a_stale_edit_is_refused(qtbot, settings, shared_url):
    first, second = open_store(shared_url), open_store(shared_url)
    one, two = MainWindow(first, settings), MainWindow(second, settings)
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    try:
        assert not one.store.read_only and not two.store.read_only  # no lock, no read-only question
        agency_id = find_agency(first, "โคกคอน").id
        seen = load_figures(second, agency_id, 2568).indicator_scores[1]
        set_indicator_score(first, agency_id, 2568, 1, "99.00", expected=seen)
        from itadesk.services.errors import StaleEditError

        with pytest.raises(StaleEditError):
            set_indicator_score(second, agency_id, 2568, 1, "98.00", expected=seen)
        assert load_figures(second, agency_id, 2568).indicator_scores[1] == Decimal("99.00")
    finally:
        first.close()
        second.close()


def test_the_dialog_puts_the_password_into_the_address(qtbot):
    dialog = SharedStoreDialog("postgresql://clerk@server:5432/itadesk")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("p@ss word")
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.url() == "postgresql://clerk:p%40ss%20word@server:5432/itadesk"
    dialog.url_edit.setText("C:/itadesk.sqlite3")
    dialog._accept_if_url()
    assert dialog.result() == 0 and "postgresql://" in dialog.problem.text()
