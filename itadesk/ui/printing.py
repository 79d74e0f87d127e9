"""Printing the report: the exported PDF itself, rendered page by page, so paper and file always match."""

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300


def _page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72)
    image = bitmap.to_pil().convert("RGB")
    data = image.tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF on the printer (landscape pages turned to fill the sheet); returns the count."""
    document = pdfium.PdfDocument(pdf)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number in range(len(document)):
            if number:
                printer.newPage()
            image = _page_image(document[number], dpi)
            if image.width() > image.height():
                image = image.transformed(QTransform().rotate(90))
            sheet = QRectF(painter.viewport())
            scale = min(sheet.width() / image.width(), sheet.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(sheet.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
        return len(document)
    finally:
        painter.end()
        document.close()


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    from PySide6.QtGui import QPageSize

    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer
