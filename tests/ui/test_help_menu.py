"""Help (วิธีใช้) walked offscreen: the user guide made and opened, the shortcuts read from the window's actions,
About with the version, the store and the licences; and the first steps of the greeting, each going where it says."""

import subprocess
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton

from itadesk.guide import manual
from itadesk.notices import normalized
from itadesk.services import agencies
from itadesk.thai.digits import to_thai_digits
from itadesk.ui.main_window import MainWindow
from tests.linux_tools import poppler
from tests.test_notices import installed_from_dependencies

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What the window asked the system to open, instead of opening it."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(str(Path(url.toLocalFile())))  # in the system's own form (backslashes on Windows)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def help_menu(window: MainWindow) -> QMenu:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    assert menus[-1].title().replace("&", "") == "วิธีใช้"
    return menus[-1]


def test_the_help_menu_has_the_guide_the_shortcuts_and_about(window):
    entries = [action.text() for action in help_menu(window).actions() if not action.isSeparator()]
    assert entries == ["คู่มือการใช้งาน", "ขั้นตอนการทำงาน…", "แป้นพิมพ์ลัด", "เกี่ยวกับ ITA Desk"]
    assert window.help_menu.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_user_guide_is_made_once_and_opened(window, opened, tmp_path, monkeypatch):
    monkeypatch.setattr(manual, "cache_dir", lambda: tmp_path / "cache")
    # what it is made from, held still while the test runs (tests/test_guide.py checks that it follows the sources)
    monkeypatch.setattr(manual, "guide_fingerprint", lambda language: f"{language}-sources")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "manual-th-0.0.9-older.pdf").write_bytes(b"%PDF an older guide")
    window.help_menu.guide_action.trigger()
    assert len(opened) == 1
    guide = Path(opened[0])
    assert guide.parent == tmp_path / "cache" and guide.suffix == ".pdf"
    info = subprocess.run([poppler("pdfinfo"), str(guide)], capture_output=True, text=True, check=True).stdout
    assert f"version {VERSION}" in info and "Pages:" in info
    made = guide.stat().st_mtime_ns
    window.help_menu.guide_action.trigger()  # the same version and sources: the same file, not made again
    assert opened == [str(guide), str(guide)] and guide.stat().st_mtime_ns == made
    assert [path.name for path in (tmp_path / "cache").iterdir()] == [guide.name]  # the older one is gone
    assert window.statusBar().currentMessage() == ""


def test_a_bundled_guide_is_opened_as_it_is(window, opened, tmp_path, monkeypatch):
    bundled = tmp_path / "guide" / "manual-th.pdf"
    bundled.parent.mkdir()
    bundled.write_bytes(b"%PDF-1.4 bundled")
    monkeypatch.setattr(manual.sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(manual, "make_guide", lambda *args, **kwargs: pytest.fail("a bundled guide is not made"))
    assert window.help_menu.open_guide() == bundled
    assert opened == [str(bundled)]


def menu_shortcuts(window: MainWindow) -> dict[str, str]:
    found = {}
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.shortcuts():
                found[action.text().replace("&", "")] = action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                )
    return found


def test_the_shortcuts_are_read_from_the_windows_actions(window, qtbot):
    rename = next(a for a in window.findChildren(QAction) if a.text() == "ส่งออก PDF…")
    rename.setShortcut(QKeySequence("Ctrl+Alt+J"))  # whatever the window has, the list has
    dialog = window.help_menu.show_shortcuts()
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }
    for text, keys in menu_shortcuts(window).items():
        assert rows[text][0] == keys, text
    assert rows["ส่งออก PDF…"] == ("Ctrl+Alt+J", "แฟ้ม")
    assert rows["คู่มือการใช้งาน"] == ("F1", "วิธีใช้")
    assert rows["เพิ่มมาตรการ"] == ("Ins", "แผนปฏิบัติการ")  # the plan tab's own actions, with where they work
    assert rows["ตัวชี้วัด"] == ("Ctrl+1", "มุมมอง")


def test_about_shows_the_version_the_store_and_the_data_folder(window, qtbot, opened, sample_store):
    dialog = window.help_menu.show_about()
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"รุ่น {to_thai_digits(VERSION)}"
    assert dialog.store_label.text() == str(sample_store.path)
    from itadesk.paths import default_db_path

    assert dialog.data_label.text() == str(default_db_path().parent)
    dialog.findChild(QPushButton, "open-0").click()
    assert opened == [str(sample_store.path.parent)]


def test_about_lists_the_licence_of_every_bundled_distribution(window, qtbot):
    dialog = window.help_menu.show_about()
    qtbot.addWidget(dialog)
    titles = dialog.part_titles()
    assert titles[0] == f"ITA Desk {VERSION}"
    named = {normalized(title.rsplit(" ", 1)[0]) for title in titles}
    assert set(installed_from_dependencies()) <= named
    assert any(title.startswith("Sarabun") for title in titles) and any("words_th" in title for title in titles)
    dialog.parts.setCurrentRow(titles.index(next(t for t in titles if t.startswith("PySide6"))))
    shown = dialog.licence.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown and "https://download.qt.io/official_releases/qt/" in shown


# --- the first steps ------------------------------------------------------------------------------------------------


@pytest.fixture
def empty_window(qtbot, store, settings, monkeypatch):
    """The window of an empty store; creating the agency (the dialog's work, tested elsewhere) is done directly."""
    made = MainWindow(store, settings)
    qtbot.addWidget(made)
    made.show()
    asked: list[str] = []

    def new_agency():
        asked.append("agency")
        agency_id = agencies.create_agency(store, "เทศบาลตำบลบ้านเหล่า", "เมือง", "อุดรธานี").id
        made.load_agencies(agency_id)
        return agency_id

    monkeypatch.setattr(made, "new_agency", new_agency)
    monkeypatch.setattr(made, "add_year", lambda: asked.append("year"))
    monkeypatch.setattr(made, "export_pdf", lambda: asked.append("export"))
    made.asked = asked
    return made


def test_the_greeting_shows_the_six_steps(empty_window):
    assert empty_window.pages.currentIndex() == 0
    buttons = empty_window.first_steps.buttons
    assert [buttons[name].text() for name in buttons] == [
        "สร้างหน่วยงานของฉัน…",
        "เพิ่มปี…",
        "กรอกคะแนน",
        "เขียนการวิเคราะห์",
        "จัดทำแผน",
        "ส่งออก PDF…",
    ]


@pytest.mark.parametrize(
    ("step", "tab"), [("scores", "indicator_tab"), ("analysis", "analysis_tab"), ("plan", "plan_tab")]
)
def test_a_later_step_creates_the_agency_first_then_goes_there(empty_window, step, tab):
    empty_window.tabs.setCurrentIndex(1)
    empty_window.first_steps.buttons[step].click()
    assert empty_window.asked == ["agency"]
    assert empty_window.pages.currentIndex() == 1
    assert empty_window.tabs.currentWidget() is getattr(empty_window, tab)


def test_the_year_and_export_steps_open_their_dialogs(empty_window):
    empty_window.first_steps.buttons["year"].click()
    empty_window.first_steps.buttons["export"].click()
    assert empty_window.asked == ["agency", "year", "export"]  # the agency only once


def test_first_steps_from_the_help_menu_go_there_and_close(window, qtbot):
    dialog = window.help_menu.show_first_steps()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.steps.buttons["plan"].click()
    assert not dialog.isVisible()
    assert window.tabs.currentWidget() is window.plan_tab


def test_first_steps_and_the_help_menu_show_nothing_in_another_language(language, qtbot, store, settings):
    from tests.ui.shown_text import data_texts, untranslated

    made = MainWindow(store, settings)
    qtbot.addWidget(made)
    dialog = made.help_menu.show_first_steps()
    qtbot.addWidget(dialog)
    assert untranslated(dialog, language, data_texts()) == []
    assert untranslated(made.first_steps, language, data_texts()) == []
    assert untranslated(made.help_menu, language, data_texts()) == []


def test_a_guide_that_cannot_be_made_is_said_and_the_window_goes_on(window, opened, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))

    def broken(*_args, **_kwargs):
        raise OSError("the disk is full")

    monkeypatch.setattr(manual, "make_guide", broken)
    monkeypatch.setattr(manual, "cache_dir", lambda: Path("/nonexistent-folder-for-the-test"))
    assert window.help_menu.open_guide() is None
    assert said == [("คู่มือการใช้งาน", "จัดทำคู่มือการใช้งานไม่สำเร็จ: the disk is full")] and opened == []
    assert window.help_menu.guide_action.isEnabled()
