"""The report "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" of one agency's year, as a PDF."""

import io
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from itadesk.domain.summary import ReportData
from itadesk.report.chart import score_chart
from itadesk.report.content import text
from itadesk.report.fonts import register_report_fonts
from itadesk.report.indicator_table import indicator_table
from itadesk.report.pages import LANDSCAPE, NumberedCanvas, document, landscape_width, portrait_width
from itadesk.report.plan_table import plan_table
from itadesk.report.signatures import signature_block
from itadesk.report.styles import para


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
    story: list[Flowable] = [
        para(text.results_heading(), "heading"),
        indicator_table(data.summary, portrait_width()),
        Spacer(1, 0.2 * cm),
    ]
    for note in text.table_notes(data):
        story.append(para(note, "note"))
    story.append(
        KeepTogether([para(text.chart_heading(data), "subheading"), score_chart(data.summary, portrait_width())])
    )
    return story


def _analysis_section(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(5 * cm), para(text.analysis_heading(data), "heading")]
    story += [para(paragraph) for paragraph in text.overall_paragraphs(data)]
    for analysis in text.indicator_analyses(data):
        # a heading never ends a page: it needs room for itself and a few lines of its paragraph
        story += [CondPageBreak(3 * cm), para(analysis.heading, "subheading")]
        story += [para(paragraph) for paragraph in analysis.paragraphs]
    return story


def _plan_section(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE), PageBreak(), para(text.plan_heading(data), "heading")]
    plan = data.plan
    if plan is None or not plan.measures:
        story.append(para(text.no_plan_text(data)))
    else:
        story.append(plan_table(plan, data.summary.current.framework, landscape_width()))
    return story


def build_story(data: ReportData, signatures: bool | None = None) -> list[Flowable]:
    story = _title_block(data) + _results_section(data) + _analysis_section(data) + _plan_section(data)
    block = signature_block(data.summary.agency, force=bool(signatures)) if signatures is not False else None
    if block is not None:
        story += [Spacer(1, 0.8 * cm), block]
    return story


def write_report(data: ReportData, target: BinaryIO, signatures: bool | None = None) -> None:
    """Write the PDF to an open binary file. signatures: None = when the agency has names, True, False."""
    register_report_fonts()
    agency = data.summary.agency
    doc = document(target, title=text.document_title(data), author=agency.name)
    doc.build(build_story(data, signatures), canvasmaker=NumberedCanvas)


def render_report(data: ReportData, signatures: bool | None = None) -> bytes:
    buffer = io.BytesIO()
    write_report(data, buffer, signatures)
    return buffer.getvalue()
