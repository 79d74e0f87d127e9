"""The Word file's styles: Sarabun for every script and Thai as the language everywhere, sizes as in the PDF.

The sizes are Sarabun's that look like TH Sarabun New 16 pt (body 11 pt, see report.content.layout), and Sarabun is
embedded (wordfile.fonts): the file looks the same, and prints the same pages, on every PC. Naming TH Sarabun New
instead would look right only where it is installed (and break lines and pages elsewhere than the PDF); elsewhere
Word would put another font at 16 pt, half as large again. A clerk who adds text in the report's styles gets the
same size; the size box shows 11, not the 16 of a document set in TH Sarabun New.

Thai is a complex script to Word: a Thai run takes its font from w:rFonts/@w:cs, its size from w:szCs and its
weight from w:bCs, not from the Latin ones; so each is set beside its Latin twin. Theme fonts are taken out of
every style (a theme font wins over a named one).
"""

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.styles.style import ParagraphStyle

from itadesk.report.content import layout
from itadesk.thai.fonts import FAMILY
from itadesk.wordfile import ooxml

LANGUAGE = "th-TH"

# The report's paragraph styles (named as in the PDF) and the Word styles that print them; table cells are "ITA
# Table" with their weight and alignment set on the cell.
TITLE = "Title"
SUBTITLE = "Subtitle"
HEADING = "Heading 1"
INDICATOR_HEADING = "Heading 2"
SUBHEADING = "ITA Subheading"
BODY = "ITA Body"
NOTE = "ITA Note"
TABLE = "ITA Table"
FOOTER = "Footer"
HEADER = "Header"


def run_format(
    properties: BaseOxmlElement, size: float | None = None, bold: bool = False, italic: bool = False
) -> None:
    """Size, bold and italic on a w:rPr, for Latin and complex-script (Thai) text alike."""
    if bold:
        ooxml.child(properties, "w:b", ooxml.RUN_PROPERTIES)
        ooxml.child(properties, "w:bCs", ooxml.RUN_PROPERTIES)
    if italic:
        ooxml.child(properties, "w:i", ooxml.RUN_PROPERTIES)
        ooxml.child(properties, "w:iCs", ooxml.RUN_PROPERTIES)
    if size is not None:
        half_points = str(round(size * 2))
        ooxml.child(properties, "w:sz", ooxml.RUN_PROPERTIES, val=half_points)
        ooxml.child(properties, "w:szCs", ooxml.RUN_PROPERTIES, val=half_points)


def _thai_font(properties: BaseOxmlElement) -> None:
    fonts = ooxml.child(properties, "w:rFonts", ooxml.RUN_PROPERTIES)
    for name in list(fonts.attrib):
        if name.lower().endswith("theme"):
            del fonts.attrib[name]
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), FAMILY)
    language = ooxml.child(properties, "w:lang", ooxml.RUN_PROPERTIES)
    language.set(qn("w:val"), LANGUAGE)
    language.set(qn("w:bidi"), LANGUAGE)


def _fresh(document: Document, name: str) -> ParagraphStyle:
    """The paragraph style `name` with no formatting of its own (the template's colours and borders gone)."""
    try:
        style = document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.quick_style = True
    for tag in ("w:pPr", "w:rPr"):
        for old in style.element.findall(qn(tag)):
            style.element.remove(old)
    return style


def _paragraph_style(
    document: Document,
    name: str,
    size: float,
    bold: bool = False,
    alignment: WD_ALIGN_PARAGRAPH | None = None,
    before: float = 0,
    after: float = 0,
    outline_level: int | None = None,
    keep_with_next: bool = False,
) -> ParagraphStyle:
    style = _fresh(document, name)
    properties = style.element.get_or_add_rPr()
    _thai_font(properties)
    run_format(properties, size=size, bold=bold)
    paragraph = style.paragraph_format
    paragraph.alignment = alignment
    paragraph.space_before = Pt(before)
    paragraph.space_after = Pt(after)
    paragraph.keep_with_next = keep_with_next or None
    # At least the PDF's line height, Sarabun's own single line as Word spaces it (LibreOffice's single is shorter).
    paragraph.line_spacing = Pt(layout.LEADING * size)
    paragraph.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    if outline_level is not None:
        ooxml.child(style.element.get_or_add_pPr(), "w:outlineLvl", ooxml.PARAGRAPH_PROPERTIES, val=str(outline_level))
    return style


def set_up_styles(document: Document) -> None:
    """Sarabun and Thai in the defaults, in Normal and in every style the report uses."""
    styles = document.styles.element
    for fonts in list(styles.iter(qn("w:rFonts"))):
        _thai_font(fonts.getparent())
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _thai_font(run_defaults)
    run_format(run_defaults, size=layout.BODY_SIZE)
    paragraph_defaults = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    ooxml.child(paragraph_defaults, "w:spacing", ooxml.PARAGRAPH_PROPERTIES, after="0", line="240", lineRule="auto")
    heading = {"before": layout.HEADING_SPACE_BEFORE, "after": layout.HEADING_SPACE_AFTER, "keep_with_next": True}
    _paragraph_style(document, "Normal", layout.BODY_SIZE)
    _paragraph_style(document, TITLE, layout.TITLE_SIZE, bold=True, alignment=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(document, SUBTITLE, layout.BODY_SIZE, bold=True, alignment=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(document, HEADING, layout.HEADING_SIZE, bold=True, outline_level=0, **heading)
    _paragraph_style(document, INDICATOR_HEADING, layout.BODY_SIZE, bold=True, outline_level=1, **heading)
    _paragraph_style(document, SUBHEADING, layout.BODY_SIZE, bold=True, **heading)
    body = _paragraph_style(document, BODY, layout.BODY_SIZE, after=layout.BODY_SPACE_AFTER)
    body.paragraph_format.first_line_indent = Pt(layout.FIRST_LINE_INDENT)
    _paragraph_style(document, NOTE, layout.NOTE_SIZE)
    _paragraph_style(document, TABLE, layout.TABLE_SIZE)
    _paragraph_style(document, FOOTER, layout.FOOTER_SIZE, alignment=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(document, HEADER, layout.PAGE_NUMBER_SIZE, alignment=WD_ALIGN_PARAGRAPH.CENTER)
    theme_languages = document.settings.element.find(qn("w:themeFontLang"))
    if theme_languages is not None:
        theme_languages.set(qn("w:bidi"), LANGUAGE)
