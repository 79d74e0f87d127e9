"""The window in Thai and in English: no string left in the other language, and the report Thai in both."""

import gettext

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from itadesk import i18n
from itadesk.ui import app
from itadesk.ui.dialogs import NewAgencyDialog
from itadesk.ui.language_menu import LANGUAGE_NAMES, RESTART_NOTICE
from itadesk.ui.main_window import MainWindow
from itadesk.ui.qt_translations import install_qt_translation
from itadesk.ui.settings import LANGUAGE_KEY, saved_language
from tests.report_text import pdf_text, squeeze
from tests.ui.shown_text import data_texts, untranslated


def open_window(qtbot, store, settings) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):  # each tab fills itself when it is first shown
        window.tabs.setCurrentIndex(index)
    return window


def every_standard_button() -> QMessageBox.StandardButton:
    buttons = QMessageBox.StandardButton.NoButton
    for button in QMessageBox.StandardButton:
        if button.name not in {"NoButton", "FirstButton", "LastButton", "Default", "Escape", "FlagMask", "ButtonMask"}:
            buttons |= button
    return buttons


def test_the_window_shows_nothing_in_another_language(language, qtbot, sample_store, settings):
    window = open_window(qtbot, sample_store, settings)
    assert untranslated(window, language, data_texts(str(sample_store.path))) == []


def test_the_greeting_of_an_empty_store_shows_nothing_in_another_language(language, qtbot, store, settings):
    window = open_window(qtbot, store, settings)
    assert window.pages.currentIndex() == 0
    assert untranslated(window, language, data_texts(str(store.path))) == []


def test_the_new_agency_dialog_shows_nothing_in_another_language(language, qtbot, store):
    dialog = NewAgencyDialog(store)
    qtbot.addWidget(dialog)
    assert untranslated(dialog, language, data_texts()) == []


def test_the_print_preview_shows_nothing_in_another_language(language, qtbot, sample_store, settings):
    window = open_window(qtbot, sample_store, settings)
    dialog = window.print_preview()
    qtbot.addWidget(dialog)
    assert untranslated(dialog, language, data_texts()) == []
    if language == "th":  # its toolbar's tips
        tips = {action.toolTip() for action in dialog.findChildren(QAction)}
        assert {"ขยาย", "ย่อ", "หน้าถัดไป", "พอดีความกว้าง", "พิมพ์"} <= tips
    dialog.close()


def test_a_message_box_with_standard_buttons_shows_nothing_in_another_language(language, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, i18n._("Delete measure"), i18n._("Delete"), every_standard_button())
    box.setDetailedText(i18n._("Delete measure"))
    qtbot.addWidget(box)
    assert len(box.buttons()) > 15
    assert untranslated(box, language, data_texts()) == []


def test_the_check_finds_a_string_the_thai_catalog_lacks(qtbot, monkeypatch, sample_store, settings):
    thai = i18n.translations("th")

    class WithoutOne(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return message if message == "Comparison" else thai.gettext(message)

    monkeypatch.setattr(i18n, "_active", WithoutOne())
    window = open_window(qtbot, sample_store, settings)
    problems = untranslated(window, "th", data_texts(str(sample_store.path)))
    assert problems and all("Comparison" in problem for problem in problems)


def test_the_check_finds_qt_strings_left_in_english(qtbot):
    install_qt_translation("en")  # the program in Thai, Qt in its own English
    box = QMessageBox(QMessageBox.Icon.Question, i18n._("Delete measure"), i18n._("Delete"), every_standard_button())
    qtbot.addWidget(box)
    problems = untranslated(box, "th", data_texts())
    assert any("'OK'" in problem for problem in problems) and any("'Cancel'" in problem for problem in problems)


def test_the_check_finds_thai_in_an_english_window(qtbot, store):
    i18n.set_language("en")
    dialog = NewAgencyDialog(store)
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("หน่วยงานใหม่")
    assert untranslated(dialog, "en", data_texts()) == ["NewAgencyDialog() title: 'หน่วยงานใหม่' in «หน่วยงานใหม่»"]


def test_a_window_made_after_choosing_english_is_english(qtbot, sample_store, settings):
    i18n.set_language("en")
    install_qt_translation("en")
    window = open_window(qtbot, sample_store, settings)
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Indicators",
        "Comparison",
        "Analysis",
        "Action plan",
        "Overview",
    ]
    assert window.year_box.currentText() == "2568"  # 0–9 in English; the window's Thai digits are for Thai


def test_the_report_stays_thai_in_an_english_window(qtbot, sample_store, settings, tmp_path):
    thai_pdf, english_pdf = tmp_path / "th.pdf", tmp_path / "en.pdf"
    open_window(qtbot, sample_store, settings).export_pdf(str(thai_pdf))
    i18n.set_language("en")
    install_qt_translation("en")
    open_window(qtbot, sample_store, settings).export_pdf(str(english_pdf))
    text = pdf_text(english_pdf)
    assert text == pdf_text(thai_pdf)
    assert squeeze("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร") in squeeze(text)
    assert "Indicator" not in text and "increased" not in text


def test_the_language_menu_saves_the_choice_for_the_next_start(qtbot, sample_store, settings):
    window = open_window(qtbot, sample_store, settings)
    menu = window.language_menu
    assert [action.text() for action in menu.actions()] == [LANGUAGE_NAMES["th"], LANGUAGE_NAMES["en"]]
    assert menu.chosen() == "th"
    notice = menu.choose("en")
    qtbot.addWidget(notice)
    assert menu.chosen() == "en" and saved_language(settings) == "en"
    assert settings.value(LANGUAGE_KEY) == "en"
    # Said in the language chosen, which the user may only read, and in the one shown now.
    assert notice.text() == i18n.translator("en")(RESTART_NOTICE) + "\n\n" + i18n.translator("th")(RESTART_NOTICE)
    back = menu.choose("th")  # back to the language shown now: the next start changes again, so say so
    qtbot.addWidget(back)
    assert back.text() == i18n.translator("th")(RESTART_NOTICE) and saved_language(settings) == "th"
    assert menu.choose("th") is None  # nothing changes at all


def test_the_saved_language_is_used_unless_the_command_line_says_otherwise(settings):
    assert app.startup_language(None, settings) == "th"  # nothing saved yet
    settings.setValue(LANGUAGE_KEY, "en")
    assert app.startup_language(None, settings) == "en"
    assert app.startup_language("th", settings) == "th"
    settings.setValue(LANGUAGE_KEY, "xx")  # written by hand, or by a later version
    assert app.startup_language(None, settings) == "th"


def test_run_sets_the_saved_language_before_building_the_window(qapp, monkeypatch, db_path, settings):
    settings.setValue(LANGUAGE_KEY, "en")
    built_in = []
    monkeypatch.setattr(app, "user_settings", lambda: settings)
    monkeypatch.setattr(MainWindow, "show", lambda window: built_in.append(window.tabs.tabText(0)))
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    assert app.run(db_path) == 0
    assert built_in == ["Indicators"]
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # and Qt's strings are English too


def test_screenshots_follow_the_language_asked_for(qapp, db_path, tmp_path):
    assert app.run(db_path, tmp_path / "shots", "en") == 0
    assert i18n.current_language() == "en"
    assert (tmp_path / "shots" / "0-greeting.png").exists()
    assert app.run(db_path, tmp_path / "shots-th") == 0  # screenshots ignore the user's own settings: Thai
    assert i18n.current_language() == "th"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "ยกเลิก"
