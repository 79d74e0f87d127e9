"""The report "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" of one agency's year, as a Word file (.docx)."""

import io
from datetime import UTC, datetime
from typing import BinaryIO

from docx import Document as new_document
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from itadesk.domain.summary import ReportData
from itadesk.report.content import text
from itadesk.report.content.cells import report_digits
from itadesk.report.content.layout import OFFICIAL_NUMBERS, PageNumbers
from itadesk.wordfile.chart import chart_png
from itadesk.wordfile.fonts import embed_fonts
from itadesk.wordfile.pages import landscape_section, portrait_first_section, text_width
from itadesk.wordfile.styles import (
    BODY,
    HEADING,
    INDICATOR_HEADING,
    NOTE,
    SUBHEADING,
    SUBTITLE,
    TITLE,
    set_up_styles,
)
from itadesk.wordfile.tables import add_indicator_table, add_plan_table, add_signature_table

GENERATOR = "ITA Desk"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _paragraph(document: Document, content: str, style: str = BODY, space_before: float | None = None) -> Paragraph:
    """A paragraph of plain text (numbers turned into Thai digits; addresses and ITA codes left alone)."""
    paragraph = document.add_paragraph(report_digits(content), style=style)
    if space_before is not None:
        paragraph.paragraph_format.space_before = Pt(space_before)
    return paragraph


def _title_block(document: Document, data: ReportData) -> None:
    block = text.title_block(data)
    _paragraph(document, block.title, TITLE)
    _paragraph(document, block.subtitle, SUBTITLE)
    _paragraph(document, block.agency, SUBTITLE, space_before=8.5)  # the PDF's 0.3 cm
    _paragraph(document, block.place, SUBTITLE)
    _paragraph(document, block.overall, SUBHEADING, space_before=14)  # the PDF's 0.5 cm


def _results_section(document: Document, data: ReportData, width: float) -> None:
    _paragraph(document, text.results_heading(), HEADING)
    add_indicator_table(document, data.summary, width)
    for number, note in enumerate(text.table_notes(data)):
        _paragraph(document, note, NOTE, space_before=6 if number == 0 else None)
    _paragraph(document, text.chart_heading(data), SUBHEADING)
    png, chart_width, _height = chart_png(data.summary, width)
    document.add_picture(io.BytesIO(png), width=Pt(chart_width))
    document.paragraphs[-1].paragraph_format.keep_together = True


def _analysis_section(document: Document, data: ReportData) -> None:
    _paragraph(document, text.analysis_heading(data), HEADING)
    for paragraph in text.overall_paragraphs(data):
        _paragraph(document, paragraph)
    for analysis in text.indicator_analyses(data):
        _paragraph(document, analysis.heading, INDICATOR_HEADING)
        for paragraph in analysis.paragraphs:
            _paragraph(document, paragraph)


def _plan_section(document: Document, data: ReportData) -> float:
    width = text_width(landscape_section(document))
    _paragraph(document, text.plan_heading(data), HEADING)
    plan = data.plan
    if plan is None or not plan.measures:
        _paragraph(document, text.no_plan_text(data))
    else:
        add_plan_table(document, plan, data.summary.current.framework, width)
    return width


def _properties(document: Document, data: ReportData) -> None:
    properties = document.core_properties
    properties.title = properties.subject = text.document_title(data)
    properties.author = properties.last_modified_by = data.summary.agency.name
    properties.comments = GENERATOR
    properties.keywords = "ITA"
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    properties.revision = 1


def _without_template_leftovers(document: Document) -> None:
    """No thumbnail of the template's blank page, no copy of its styles for Word 2010 beside the real ones."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[rel_id]
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            document.part.drop_rel(rel_id)


def build_document(
    data: ReportData, signatures: bool | None = None, page_numbers: PageNumbers = OFFICIAL_NUMBERS
) -> Document:
    """The report as a python-docx Document. signatures: None = when the agency has names, True, False;
    page_numbers: "official" ("- ๒ -" in the header from page 2) or "footer" ("หน้า ๒ / ๑๒" in the footer)."""
    document = new_document()
    _without_template_leftovers(document)
    set_up_styles(document)
    embed_fonts(document)
    _properties(document, data)
    width = text_width(portrait_first_section(document, page_numbers))
    body = document.element.body
    for paragraph in list(body.iterchildren(tag="{*}p")):  # the template's empty first paragraph
        body.remove(paragraph)
    _title_block(document, data)
    _results_section(document, data, width)
    _analysis_section(document, data)
    landscape_width = _plan_section(document, data)
    people = text.signers(data.summary.agency, force=bool(signatures)) if signatures is not False else None
    if people is not None:
        _paragraph(document, "", NOTE).paragraph_format.space_before = Pt(12)
        add_signature_table(document, people, landscape_width)
    return document


def write_word_report(
    data: ReportData, target: BinaryIO, signatures: bool | None = None, page_numbers: PageNumbers = OFFICIAL_NUMBERS
) -> None:
    """Write the .docx to an open binary file."""
    build_document(data, signatures, page_numbers).save(target)
