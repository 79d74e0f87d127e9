"""The PDF's bar chart as a PNG picture: drawn by ReportLab on a page of its own, rasterized with pdfium."""

import io

import pypdfium2 as pdfium
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group

from itadesk.domain.summary import YearSummary
from itadesk.report.chart import score_chart
from itadesk.report.fonts import register_report_fonts

DPI = 200
MARGIN = 12  # points around the chart: the value labels stand out left of the drawing's box


def chart_png(summary: YearSummary, width: float) -> tuple[bytes, float, float]:
    """The chart drawn `width` points wide: (PNG bytes, width and height of the picture in points)."""
    register_report_fonts()
    chart = score_chart(summary, width - 2 * MARGIN)
    page = Drawing(chart.width + 2 * MARGIN, chart.height + 2 * MARGIN)
    page.initialFontName = chart.initialFontName
    group = Group(*chart.contents)
    group.translate(MARGIN, MARGIN)
    page.add(group)
    pdf = pdfium.PdfDocument(renderPDF.drawToString(page))
    try:
        image = pdf[0].render(scale=DPI / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True, dpi=(DPI, DPI))
    return out.getvalue(), page.width, page.height
