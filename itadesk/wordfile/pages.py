"""Pages of the Word file: A4 portrait with the PDF's margins, the plan in a landscape section, and "หน้า ๓ / ๑๒"
in the footer from Word's PAGE and NUMPAGES fields."""

import re

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from itadesk.report.content import layout
from itadesk.report.content.text import page_label_template
from itadesk.thai.numbers import format_integer
from itadesk.wordfile import ooxml
from itadesk.wordfile.styles import FOOTER

A4 = (Cm(21.0), Cm(29.7))
# Word's format switch for Thai digits. Word reads switches in any case; LibreOffice (7.4) reads "ThaiArabic" as
# Thai letters (ก ข ค) but ignores this spelling and shows 0-9.
THAI_DIGITS = r"\* THAIARABIC"
_FIELDS = {"number": "PAGE", "total": "NUMPAGES"}


def _set_page(section: Section, landscape: bool) -> None:
    width, height = A4
    margins = layout.LANDSCAPE_MARGINS if landscape else layout.PORTRAIT_MARGINS
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.left_margin = Cm(margins["left"])
    section.right_margin = Cm(margins["right"])
    section.top_margin = Cm(margins["top"])
    section.bottom_margin = Cm(margins["bottom"])
    section.header_distance = Cm(1.0)
    # the footer's text sits where the PDF draws its page number (a line of 12 pt Sarabun is about 0.8 cm)
    section.footer_distance = Cm(max(layout.FOOTER_BASELINE - 0.4, 0.3))


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


def _page_footer(section: Section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.style = FOOTER
    for piece in re.split(r"(\{number\}|\{total\})", page_label_template()):
        name = piece.strip("{}")
        if name in _FIELDS:
            _field(paragraph, _FIELDS[name], format_integer(1))
        elif piece:
            paragraph.add_run(piece)


def portrait_first_section(document: Document) -> Section:
    """The document's first section, A4 portrait, with the page number in its footer (which later sections keep)."""
    section = document.sections[0]
    _set_page(section, landscape=False)
    _page_footer(section)
    return section


def landscape_section(document: Document) -> Section:
    """A new section on a new A4 landscape page: the plan."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _set_page(section, landscape=True)
    return section
