"""Paragraph styles of the report: Sarabun at the sizes that look like TH Sarabun New 16 pt (see content.layout)."""

from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from itadesk.report.content.layout import (
    BODY_SIZE,
    BODY_SPACE_AFTER,
    FIRST_LINE_INDENT,
    HEADING_SIZE,
    HEADING_SPACE_AFTER,
    HEADING_SPACE_BEFORE,
    NOTE_SIZE,
    TABLE_SIZE,
    TITLE_SIZE,
)
from itadesk.report.thaitext import markup, paragraph_style
from itadesk.thai.digits import to_thai_digits_in_prose


@cache
def style(name: str) -> ParagraphStyle:
    styles = {
        "title": lambda: paragraph_style("title", size=TITLE_SIZE, bold=True, alignment=TA_CENTER),
        "subtitle": lambda: paragraph_style("subtitle", size=BODY_SIZE, bold=True, alignment=TA_CENTER),
        "heading": lambda: paragraph_style("heading", size=HEADING_SIZE, bold=True),
        "subheading": lambda: paragraph_style("subheading", size=BODY_SIZE, bold=True),
        "body": lambda: paragraph_style("body", size=BODY_SIZE, alignment=TA_LEFT),
        "cell": lambda: paragraph_style("cell", size=TABLE_SIZE),
        "cell-bold": lambda: paragraph_style("cell-bold", size=TABLE_SIZE, bold=True),
        "cell-center": lambda: paragraph_style("cell-center", size=TABLE_SIZE, alignment=TA_CENTER),
        "cell-head": lambda: paragraph_style("cell-head", size=TABLE_SIZE, bold=True, alignment=TA_CENTER),
        "cell-number": lambda: paragraph_style("cell-number", size=TABLE_SIZE, alignment=TA_RIGHT),
        "cell-number-bold": lambda: paragraph_style("cell-number-bold", size=TABLE_SIZE, bold=True, alignment=TA_RIGHT),
        "note": lambda: paragraph_style("note", size=NOTE_SIZE),
    }
    made = styles[name]()
    if name == "body":
        made.firstLineIndent = FIRST_LINE_INDENT
        made.spaceAfter = BODY_SPACE_AFTER
    if name in ("heading", "subheading"):
        made.spaceBefore = HEADING_SPACE_BEFORE
        made.spaceAfter = HEADING_SPACE_AFTER
    return made


def para(text: str, style_name: str = "body") -> Paragraph:
    """A paragraph of plain text (numbers turned into Thai digits, web addresses left alone)."""
    return Paragraph(markup(to_thai_digits_in_prose(text)), style(style_name))


def gap_marker(text: str, style_name: str = "cell") -> Paragraph:
    """A visibly marked gap: what the clerk has not written yet."""
    return Paragraph(f"<i>{markup(text)}</i>", style(style_name))
