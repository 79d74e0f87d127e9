"""Pages of the Word file: A4 portrait with the PDF's margins, the plan in a landscape section, and the page numbers
as Word's PAGE (and NUMPAGES) fields: "- ๒ -" centred in the header from page 2 (the first page has a header of its
own, empty), or "หน้า ๓ / ๑๒" in the footer of every page."""

import re

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Length, Pt
from docx.text.paragraph import Paragraph

from itadesk.report.content import layout
from itadesk.report.content.layout import FOOTER_NUMBERS, OFFICIAL_NUMBERS, PageNumbers, check_page_numbers
from itadesk.report.content.text import OFFICIAL_PAGE_LABEL, page_label_template
from itadesk.thai.numbers import format_integer
from itadesk.wordfile import ooxml
from itadesk.wordfile.styles import FOOTER, HEADER

A4 = (Cm(21.0), Cm(29.7))
# Word's format switch for Thai digits. Word reads switches in any case; LibreOffice (7.4) reads "ThaiArabic" as
# Thai letters (ก ข ค) but ignores this spelling and shows 0-9.
THAI_DIGITS = r"\* THAIARABIC"
_FIELDS = {"number": "PAGE", "total": "NUMPAGES"}


def _header_distance(top_margin: float) -> Length:
    """From the top edge to the top of the header's line, so that its baseline is where the PDF draws "- ๒ -"."""
    baseline = Cm(top_margin - layout.HEADER_GAP)
    return Length(baseline - Pt(layout.SARABUN.ascent * layout.PAGE_NUMBER_SIZE))


def _footer_distance() -> Length:
    """From the bottom edge to the bottom of the footer's line, so that its baseline is where the PDF draws it."""
    descent = layout.SARABUN.line_height - layout.SARABUN.ascent
    return Length(Cm(layout.FOOTER_BASELINE) - Pt(descent * layout.FOOTER_SIZE))


def _set_page(section: Section, landscape: bool) -> None:
    width, height = A4
    margins = layout.LANDSCAPE_MARGINS if landscape else layout.PORTRAIT_MARGINS
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.left_margin = Cm(margins["left"])
    section.right_margin = Cm(margins["right"])
    section.top_margin = Cm(margins["top"])
    section.bottom_margin = Cm(margins["bottom"])
    section.header_distance = _header_distance(margins["top"])
    section.footer_distance = _footer_distance()


def text_width(section: Section) -> float:
    """Points between the margins."""
    return (section.page_width - section.left_margin - section.right_margin) / Pt(1)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A field (PAGE, NUMPAGES) with the value Word shows until it updates it."""
    parts = [
        ooxml.element("w:fldChar", fldCharType="begin"),
        ooxml.element("w:instrText"),
        ooxml.element("w:fldChar", fldCharType="separate"),
        ooxml.element("w:t"),
        ooxml.element("w:fldChar", fldCharType="end"),
    ]
    parts[1].set(qn("xml:space"), "preserve")
    parts[1].text = f" {instruction} {THAI_DIGITS} "
    parts[3].text = shown
    for part in parts:
        run = paragraph.add_run()
        run._r.append(part)


def _fill(paragraph: Paragraph, template: str, first_number: int) -> None:
    """The label `template` with a field in place of each {number} and {total}."""
    for piece in re.split(r"(\{number\}|\{total\})", template):
        name = piece.strip("{}")
        if name in _FIELDS:
            _field(paragraph, _FIELDS[name], format_integer(first_number if name == "number" else 1))
        elif piece:
            paragraph.add_run(piece)


def _page_footer(section: Section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.style = FOOTER
    _fill(paragraph, page_label_template(), 1)


def _official_header(section: Section) -> None:
    """ "- PAGE -" in the header of every page but the first, whose header is empty."""
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section.first_page_header.paragraphs[0].style = HEADER
    paragraph = section.header.paragraphs[0]
    paragraph.style = HEADER
    _fill(paragraph, OFFICIAL_PAGE_LABEL, 2)


def portrait_first_section(document: Document, page_numbers: PageNumbers = OFFICIAL_NUMBERS) -> Section:
    """The document's first section, A4 portrait, with the page number in its header or footer (which later
    sections keep)."""
    section = document.sections[0]
    _set_page(section, landscape=False)
    if check_page_numbers(page_numbers) == FOOTER_NUMBERS:
        _page_footer(section)
    else:
        _official_header(section)
    return section


def landscape_section(document: Document) -> Section:
    """A new section on a new A4 landscape page: the plan. Its first page is numbered like any page after the first."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _set_page(section, landscape=True)
    section.different_first_page_header_footer = False
    return section
