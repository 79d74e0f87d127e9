"""The report "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" of one agency's year, as a PDF."""

import io
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from itadesk.domain.summary import ReportData
from itadesk.report.chart import score_chart
from itadesk.report.content import text
from itadesk.report.content.cells import report_digits
from itadesk.report.content.layout import OFFICIAL_NUMBERS, PageNumbers
from itadesk.report.indicator_table import indicator_table
from itadesk.report.pages import LANDSCAPE, document, landscape_width, numbered_canvas, portrait_width
from itadesk.report.plan_table import plan_table
from itadesk.report.signatures import signature_block
from itadesk.report.styles import style
from itadesk.report.thaitext import build_gathering_texts, markup, prepare_thai_text

SIGNATURE_SPACE = 0.8 * cm


def para(content: str, style_name: str = "body") -> Paragraph:
    """A paragraph of plain text: Thai digits, but addresses and ITA codes (O1, i12) as written."""
    return Paragraph(markup(report_digits(content)), style(style_name))


def _title_block(data: ReportData) -> list[Flowable]:
    block = text.title_block(data)
    return [
        para(block.title, "title"),
        para(block.subtitle, "subtitle"),
        Spacer(1, 0.3 * cm),
        para(block.agency, "subtitle"),
        para(block.place, "subtitle"),
        Spacer(1, 0.5 * cm),
        para(block.overall, "subheading"),
    ]


def _results_section(data: ReportData) -> list[Flowable]:
    """The results table with its heading and notes, never split across pages; then the chart, also whole."""
    table: list[Flowable] = [
        para(text.results_heading(), "heading"),
        indicator_table(data.summary, portrait_width()),
        Spacer(1, 0.2 * cm),
    ]
    table += [para(note, "note") for note in text.table_notes(data)]
    chart = [para(text.chart_heading(data), "subheading"), score_chart(data.summary, portrait_width())]
    return [KeepTogether(table), KeepTogether(chart)]


def _analysis_section(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(5 * cm), para(text.analysis_heading(data), "heading")]
    story += [para(paragraph) for paragraph in text.overall_paragraphs(data)]
    for analysis in text.indicator_analyses(data):
        # a heading never ends a page: it needs room for itself and a few lines of its paragraph
        story += [CondPageBreak(3 * cm), para(analysis.heading, "subheading")]
        story += [para(paragraph) for paragraph in analysis.paragraphs]
    return story


def _signatures(block: Flowable) -> list[Flowable]:
    """The signature block's own flowables, with the space above it."""
    content = block._content if isinstance(block, KeepTogether) else [block]
    return [Spacer(1, SIGNATURE_SPACE), *content]


def _plan_section(data: ReportData, signatures: Flowable | None) -> list[Flowable]:
    """The plan on landscape pages; the signature block after it, on a page with some of its rows."""
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE), PageBreak(), para(text.plan_heading(data), "heading")]
    plan = data.plan
    if plan is None or not plan.measures:
        story.append(para(text.no_plan_text(data)))
        if signatures is not None:
            story += [Spacer(1, SIGNATURE_SPACE), signatures]
        return story
    trailer = _signatures(signatures) if signatures is not None else None
    story.append(plan_table(plan, data.summary.current.framework, landscape_width(), trailer=trailer))
    return story


def build_story(data: ReportData, signatures: bool | None = None) -> list[Flowable]:
    block = signature_block(data.summary.agency, force=bool(signatures)) if signatures is not False else None
    return _title_block(data) + _results_section(data) + _analysis_section(data) + _plan_section(data, block)


def write_report(
    data: ReportData, target: BinaryIO, signatures: bool | None = None, page_numbers: PageNumbers = OFFICIAL_NUMBERS
) -> None:
    """Write the PDF to an open binary file. signatures: None = when the agency has names, True, False;
    page_numbers: "official" ("- ๒ -" at the top from page 2) or "footer" ("หน้า ๒ / ๑๒" at the foot)."""
    prepare_thai_text()
    agency = data.summary.agency
    doc = document(target, title=text.document_title(data), author=agency.name)
    story = build_gathering_texts(lambda: build_story(data, signatures))
    doc.build(story, canvasmaker=numbered_canvas(page_numbers))


def render_report(
    data: ReportData, signatures: bool | None = None, page_numbers: PageNumbers = OFFICIAL_NUMBERS
) -> bytes:
    buffer = io.BytesIO()
    write_report(data, buffer, signatures, page_numbers)
    return buffer.getvalue()
