from docx import Document
from PySide6.QtCore import QSettings

from itadesk.cli import main
from itadesk.ui.main_window import MainWindow
from tests.word_file import document_text


def test_the_file_menu_exports_the_word_file_of_itadesk_export(qtbot, sample_store, tmp_path, db_path, capsys):
    window = MainWindow(sample_store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert texts.index("ส่งออกแฟ้ม Word…") == texts.index("ส่งออก PDF…") + 1
    from_window = tmp_path / "window.docx"
    window.export_docx(str(from_window))
    from_cli = tmp_path / "cli.docx"
    assert main(["export", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568", "-o", str(from_cli)]) == 0
    assert document_text(Document(str(from_window))) == document_text(Document(str(from_cli)))
    assert "บันทึก" in window.statusBar().currentMessage()


def test_a_word_file_that_cannot_be_written_is_a_warning(qtbot, sample_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    window = MainWindow(sample_store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.export_docx(str(tmp_path / "missing" / "report.docx"))
    assert warnings and warnings[0][0] == "ส่งออกแฟ้ม Word" and "บันทึกแฟ้ม" in warnings[0][1]
