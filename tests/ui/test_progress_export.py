"""File → Export progress report…: the as-of dialog, then the file; the same PDF as `itadesk export --kind progress`."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from itadesk import i18n
from itadesk.cli import main
from itadesk.domain.plan import MeasureStatus
from itadesk.services.plans import plan_for, update_measure
from itadesk.ui.main_window import MainWindow
from itadesk.ui.progress_dialog import ProgressReportDialog
from itadesk.ui.qt_translations import install_qt_translation
from tests.report_text import pdf_text
from tests.ui.shown_text import data_texts, untranslated


def menu_action(window, text) -> QAction:
    return next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == text)


@pytest.fixture
def asked(monkeypatch, tmp_path):
    """The dialog answered by typing a date into it and pressing its button; the file dialog answered with a path."""
    record = {"dialogs": [], "files": [], "warnings": []}

    def answer(dialog):
        record["dialogs"].append(dialog)
        if record.get("typed") is None:
            dialog.reject()
            return dialog.result()
        edit = dialog.date_edit
        edit.lineEdit().selectAll()
        edit.lineEdit().insert(record["typed"])
        edit.interpretText()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    def save_file(parent, title, suggested, filters):
        record["files"].append(suggested)
        return str(tmp_path / "from-window.pdf"), filters

    monkeypatch.setattr(ProgressReportDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: record["warnings"].append(args[2]))
    return record


def test_the_window_exports_what_the_command_line_does(window, asked, sample_store, db_path, tmp_path):
    measures = plan_for(sample_store, window.agency_id, 2569).measures
    update_measure(sample_store, replace(measures[0], status=MeasureStatus.DONE, progress=100, evidence="คู่มือ"))
    update_measure(sample_store, replace(measures[1], period_end=date(2026, 1, 31)))
    assert window.year == 2568  # the plan tab shows the plan of 2569
    asked["typed"] = "31 มีนาคม 2569"
    menu_action(window, "ส่งออกรายงานผลการดำเนินการตามมาตรการ…").trigger()
    [dialog] = asked["dialogs"]
    assert dialog.as_of() == date(2026, 3, 31)
    assert asked["files"] and asked["files"][0].endswith("ITA-O26-2569-อบต.โคกคอน.pdf")
    from_window = tmp_path / "from-window.pdf"
    text = pdf_text(from_window)
    assert "ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๙" in text and "เลยกำหนด" in text
    from_cli = tmp_path / "from-cli.pdf"
    argv = ["export", "--db", str(db_path), "--kind", "progress", "--agency", "โคกคอน", "--as-of", "31/3/2569"]
    assert main([*argv, "-o", str(from_cli)]) == 0
    assert pdf_text(from_window) == pdf_text(from_cli)
    assert "from-window.pdf" in window.statusBar().currentMessage()


def test_cancelling_the_dialog_writes_nothing(window, asked, tmp_path):
    window.export_progress()
    assert len(asked["dialogs"]) == 1 and asked["files"] == []
    assert not (tmp_path / "from-window.pdf").exists()


def test_a_year_without_a_plan_says_so_before_asking_anything(window, asked, tmp_path):
    window.year_box.setCurrentIndex(window.year_box.findData(2567))  # its plan would be 2568: there is none
    window.export_progress()
    assert asked["dialogs"] == [] and asked["files"] == []
    [message] = asked["warnings"]
    assert "๒๕๖๘" in message and "๒๕๖๙" in message


def test_the_dialog_starts_at_today_and_shows_the_date_as_printed(qtbot):
    dialog = ProgressReportDialog("องค์การบริหารส่วนตำบลโคกคอน", 2569)
    qtbot.addWidget(dialog)
    assert dialog.as_of() == date.today()
    dialog.date_edit.setDate(date(2026, 3, 31))
    assert dialog.shown.text() == "รายงานจะระบุว่า ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๙"
    assert dialog.note.text() == ""
    dialog.date_edit.setDate(date(2026, 10, 1))
    assert "หลังสิ้นปีงบประมาณ พ.ศ. ๒๕๖๙" in dialog.note.text()
    dialog.date_edit.setDate(date(2025, 9, 30))
    assert "ก่อนเริ่มปีงบประมาณ พ.ศ. ๒๕๖๙" in dialog.note.text()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_dialog_shows_nothing_in_another_language(qtbot, language):
    i18n.set_language(language)
    install_qt_translation(language)
    dialog = ProgressReportDialog("องค์การบริหารส่วนตำบลโคกคอน", 2569, today=date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.text()  # the note too
    assert untranslated(dialog, language, data_texts()) == []
    if language == "en":
        assert dialog.shown.text() == "The report will say: data as of 24 November B.E. 2569"


def test_the_menu_has_the_action_in_english_too(qtbot, sample_store, settings):
    i18n.set_language("en")
    made = MainWindow(sample_store, settings)
    qtbot.addWidget(made)
    assert menu_action(made, "Export progress report…") is not None
