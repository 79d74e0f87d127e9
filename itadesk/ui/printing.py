"""Printing the report: the exported PDF itself, rendered page by page, so paper and file always match."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter

if TYPE_CHECKING:
    import pypdfium2 as pdfium

MAX_PRINT_DPI = 300


def open_pdf(pdf: bytes) -> "pdfium.PdfDocument":
    """The PDF opened with PDFium (imported here, when a report is first previewed or printed)."""
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf)


def page_image(page: "pdfium.PdfPage", dpi: float) -> QImage:
    """One page as a picture of dpi dots per inch."""
    bitmap = page.render(scale=dpi / 72)
    image = bitmap.to_pil().convert("RGB")
    data = image.tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()


def print_pdf(pdf: bytes, printer: QPrinter, on_page: Callable[[int, int], bool] | None = None) -> int:
    """Paint every page of the PDF on the printer (landscape pages turned to fill the sheet); returns the count of
    pages printed. on_page(number, count) is called before each page (numbered from 1); when it returns False the
    job is abandoned and nothing is printed."""
    document = open_pdf(pdf)
    count = len(document)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        for number in range(count):
            if on_page is not None and not on_page(number + 1, count):
                printer.abort()
                return 0
            if number:
                printer.newPage()
            image = page_image(document[number], dpi)
            if image.width() > image.height():
                image = image.transformed(QTransform().rotate(90))
            sheet = QRectF(painter.viewport())
            scale = min(sheet.width() / image.width(), sheet.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(sheet.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    from PySide6.QtGui import QPageSize

    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer
