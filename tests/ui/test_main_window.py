from decimal import Decimal

from PySide6.QtPrintSupport import QPrinter

from itadesk.cli import main
from itadesk.services.agencies import list_agencies
from itadesk.services.assessments import load_figures
from itadesk.ui.main_window import MainWindow
from itadesk.ui.printing import print_pdf
from tests.report_text import page_count, pdf_text


def test_an_empty_store_greets_with_two_choices(qtbot, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentIndex() == 0
    window.open_sample()
    assert window.pages.currentIndex() == 1
    assert [a.name for a in list_agencies(store)] == ["องค์การบริหารส่วนตำบลโคกคอน"]
    assert window.year == 2568  # the latest year with results
    window.open_sample()  # again: no second copy
    assert len(list_agencies(store)) == 1


def test_selectors_and_tabs_follow_each_other(window):
    assert window.agency_box.currentText() == "องค์การบริหารส่วนตำบลโคกคอน"
    assert [window.year_box.itemData(i) for i in range(window.year_box.count())] == [2567, 2568]  # what is stored
    window.year_box.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.comparison_tab)
    assert window.comparison_tab.compared_years() == (None, 2567)


def test_undo_from_another_tab_refreshes_what_is_shown(qtbot, window, sample_store):
    agency = window.agency_id
    window.indicator_tab.model.setData(window.indicator_tab.model.index(5, 2), "90")
    assert load_figures(sample_store, agency, 2568).indicator_scores[6] == Decimal("90.00")
    window.tabs.setCurrentWidget(window.comparison_tab)
    assert "๙๐.๐๐" in [
        window.comparison_tab.model.index(r, 2).data() for r in range(window.comparison_tab.model.rowCount())
    ]
    window.undo_stack.undo()
    assert load_figures(sample_store, agency, 2568).indicator_scores[6] == Decimal("96.33")
    shown = [window.comparison_tab.model.index(r, 2).data() for r in range(window.comparison_tab.model.rowCount())]
    assert "๙๖.๓๓" in shown and "๙๐.๐๐" not in shown


def test_export_and_print_give_the_report_of_itadesk_export(window, tmp_path, db_path, capsys):
    from_window = tmp_path / "window.pdf"
    window.export_pdf(str(from_window))
    from_cli = tmp_path / "cli.pdf"
    assert main(["export", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568", "-o", str(from_cli)]) == 0
    assert pdf_text(from_window) == pdf_text(from_cli)

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert print_pdf(window._report_bytes(), printer) == page_count(from_cli)
    assert page_count(printed) == page_count(from_cli)


def test_print_preview_opens_on_the_report(qtbot, window):
    dialog = window.print_preview()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.close()


def test_last_agency_year_and_size_are_remembered(qtbot, sample_store, settings):
    first = MainWindow(sample_store, settings)
    qtbot.addWidget(first)
    first.show()
    first.year_box.setCurrentIndex(first.year_box.findData(2567))
    first.resize(760, 560)  # within the offscreen screen, which restoreGeometry keeps windows inside
    first.close()
    second = MainWindow(sample_store, settings)
    qtbot.addWidget(second)
    assert second.year == 2567
    assert (second.size().width(), second.size().height()) == (760, 560)


def test_back_up_and_restore_from_the_window(qtbot, window, sample_store, tmp_path):
    agency = window.agency_id
    copy = window.back_up(str(tmp_path / "copy.sqlite3"))
    assert copy is not None and copy.exists()
    window.indicator_tab.model.setData(window.indicator_tab.model.index(0, 2), "50")
    assert load_figures(sample_store, agency, 2568).indicator_scores[1] == Decimal("50.00")
    assert window.restore_from_backup(str(copy), confirm=False)
    successor = window._successor
    qtbot.addWidget(successor)
    assert load_figures(successor.store, agency, 2568).indicator_scores[1] == Decimal("100.00")
    assert successor.indicator_tab.model.index(0, 2).data() == "๑๐๐.๐๐"
    successor.store.close()


def test_the_store_opened_last_is_remembered(settings, tmp_path):
    from pathlib import Path

    from itadesk.ui.settings import remember_store, remembered_store

    assert remembered_store(settings) is None
    other = tmp_path / "office.sqlite3"
    remember_store(settings, other)
    assert remembered_store(settings) is None  # gone files are not offered
    other.write_bytes(b"")
    assert remembered_store(settings) == Path(other)
