"""The print preview shows page 1 at once and draws each other page only when it is scrolled to; printing from it
prints every page of the report's PDF."""

from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from itadesk.ui.preview import ReportPreview, print_with_progress
from tests.report_text import page_count


def has_ink(view) -> bool:  # noqa: ANN001 - a PageView
    """Some dark pixels in the page's picture: text was drawn, not only the white paper."""
    image = view.image
    step = max(1, image.width() // 200)
    return any(
        QColor(image.pixel(x, y)).lightness() < 128
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def settled(qtbot, dialog: ReportPreview) -> None:
    """Until every page in view is drawn (the preview draws one page each time the event loop comes round)."""
    qtbot.waitUntil(lambda: all(dialog.page_views[i].image is not None for i in dialog.visible_pages()))


def test_page_one_is_drawn_at_once_and_the_others_when_scrolled_to(qtbot, window):
    dialog = window.print_preview()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ReportPreview)
    count = len(dialog.page_views)
    assert count > 10
    assert dialog.rendered == [0]  # before the event loop has run at all
    assert has_ink(dialog.page_views[0])

    qtbot.waitExposed(dialog)
    settled(qtbot, dialog)
    assert dialog.rendered[0] == 0
    assert set(dialog.rendered) == set(dialog.visible_pages())  # what is in view, and nothing else
    last = count - 1
    middle = count // 2
    assert last not in dialog.rendered and middle not in dialog.rendered

    dialog.go_to_page(last)
    qtbot.waitUntil(lambda: last in dialog.rendered)
    settled(qtbot, dialog)
    assert has_ink(dialog.page_views[last])
    assert middle not in dialog.rendered  # jumped over: never drawn
    assert dialog.page_label.text().strip() == f"หน้า {to_thai(count)} / {to_thai(count)}"

    dialog.go_to_page(middle)
    qtbot.waitUntil(lambda: middle in dialog.rendered)
    dialog.close()


def test_pages_keep_their_shape_and_zoom_draws_them_again(qtbot, window):
    dialog = window.print_preview()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    settled(qtbot, dialog)
    portrait, landscape = dialog.page_views[0], dialog.page_views[-1]
    assert portrait.height() > portrait.width() and landscape.width() > landscape.height()
    width = portrait.width()
    drawn = len(dialog.rendered)
    dialog.zoom(2)
    settled(qtbot, dialog)
    assert portrait.width() > width * 1.9
    assert len(dialog.rendered) > drawn  # drawn again at the new size
    visible = dialog.visible_pages()
    assert all(dialog.page_views[i].image.width() >= dialog.page_views[i].width() for i in visible)
    dialog.close()


def test_printing_prints_every_page_of_the_report(qtbot, window, tmp_path):
    pdf = window._report_bytes()
    report = tmp_path / "report.pdf"
    report.write_bytes(pdf)
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert print_with_progress(window, pdf, printer) == page_count(report)
    assert page_count(printed) == page_count(report)


def to_thai(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
