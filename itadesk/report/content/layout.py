"""Page and type sizes both builders share: A4 with the margins of Thai official documents, and Sarabun at the size
that looks like the official TH Sarabun New 16 pt.

Thai official documents are set in TH Sarabun New (or TH SarabunPSK) 16 pt, and that look is what a Thai reader
calls "16 pt". Sarabun draws the same letters about 1.5 times larger at the same point size, so every size here is
the official one times the ratio of the height of ก in the two fonts (the height of a letter is what the eye reads
as the size of type): TH Sarabun New 16 pt looks like Sarabun 11 pt. Sarabun's figures are read from its font file;
TH Sarabun New is not bundled, so its figures are the ones measured from its file (both 1000 units per em).
"""

from dataclasses import dataclass
from typing import Literal

# A phrase of ordinary report Thai, for the width of a line of text.
TYPICAL_PHRASE = "การนำผลการประเมินไปสู่การพัฒนาองค์กร"


@dataclass(frozen=True)
class FontMetrics:
    """Figures of a font in ems."""

    letter_height: float  # ก, from the baseline to its top
    phrase_advance: float  # the width of TYPICAL_PHRASE
    line_height: float  # winAscent + winDescent: Word's single line spacing, and room for stacked marks
    ascent: float  # winAscent: from the top of a line to its baseline in Word


TH_SARABUN_NEW = FontMetrics(letter_height=0.400, phrase_advance=11.25, line_height=(844 + 457) / 1000, ascent=0.844)


# The same figures of the bundled Sarabun Regular, read from its glyf, hmtx and OS/2 tables (a test reads them again
# from the file, so they cannot drift from the font the program ships).
SARABUN = FontMetrics(letter_height=0.586, phrase_advance=17.195, line_height=1.853, ascent=1.286)
# Sarabun's size per point of TH Sarabun New: 0.400 / 0.586 = 0.683.
SCALE = TH_SARABUN_NEW.letter_height / SARABUN.letter_height


def sarabun_size(official: float) -> float:
    """The Sarabun size that looks like TH Sarabun New at `official` points, to the half point Word stores."""
    return round(official * SCALE * 2) / 2


# Points: the official sizes (TH Sarabun New) and Sarabun's equivalents, which both builders set.
OFFICIAL_BODY_SIZE = 16
TITLE_SIZE = sarabun_size(20)  # 13.5
HEADING_SIZE = sarabun_size(18)  # 12.5
BODY_SIZE = sarabun_size(OFFICIAL_BODY_SIZE)  # 11
TABLE_SIZE = sarabun_size(14)  # 9.5
NOTE_SIZE = sarabun_size(12)  # 8
PAGE_NUMBER_SIZE = BODY_SIZE  # "- ๒ -"
FOOTER_SIZE = NOTE_SIZE  # "หน้า ๒ / ๑๒"
FIRST_LINE_INDENT = 36  # Thai official paragraphs start indented
BODY_SPACE_AFTER = sarabun_size(6)
HEADING_SPACE_BEFORE = sarabun_size(10)
HEADING_SPACE_AFTER = sarabun_size(4)
# Line height per font size: Sarabun's own single line (1.853 em), as Word spaces it. It holds the stacked marks
# above the ascent, and at 11 pt (20.4 pt a line) it is 2 % under the 20.8 pt Word gives TH Sarabun New 16 pt.
LEADING = SARABUN.line_height

# Centimetres. Thai official documents: 3 cm on the left for binding, 2 cm on the right, 2.5 cm at the top (where the
# page number goes) and 2 cm at the bottom. A landscape page is bound along its top edge (turned a quarter to the
# left on the sheet, as printers turn it: the portrait page's left edge is its top), so it keeps the 3 cm there and
# the portrait page's other margins on the sides they fall on.
PORTRAIT_MARGINS = {"left": 3.0, "right": 2.0, "top": 2.5, "bottom": 2.0}
LANDSCAPE_MARGINS = {"left": 2.0, "right": 2.5, "top": 3.0, "bottom": 2.0}
HEADER_GAP = 1.0  # the official page number's baseline above the top of the text
FOOTER_BASELINE = 1.0  # the footer page number's baseline, from the bottom edge of the page

# Page numbers: "official" is "- ๒ -" at the top centre from page 2 (ระเบียบงานสารบรรณ); "footer" is
# "หน้า ๒ / ๑๒" at the foot of every page.
PageNumbers = Literal["official", "footer"]
OFFICIAL_NUMBERS: PageNumbers = "official"
FOOTER_NUMBERS: PageNumbers = "footer"
PAGE_NUMBER_STYLES: tuple[PageNumbers, ...] = (OFFICIAL_NUMBERS, FOOTER_NUMBERS)


def check_page_numbers(page_numbers: str) -> PageNumbers:
    if page_numbers not in PAGE_NUMBER_STYLES:
        raise ValueError(f"page_numbers must be one of {', '.join(PAGE_NUMBER_STYLES)}, not {page_numbers!r}")
    return page_numbers  # type: ignore[return-value]


# Tables.
HEADER_FILL = "DFE6EE"  # the header row
TOTAL_FILL = "F1F1F1"  # the tool, overall and level rows
GRID_LINE = 0.5  # points
GROUP_LINE = 1.2  # above the first measure of each indicator in the plan
CELL_PADDING = 6  # points left and right of a cell's text (ReportLab's default)
INDICATOR_PADDING = 4  # the same in the indicator table, which is packed tighter
# Every column of the indicator table but the indicator names as wide as its widest word; the names take the rest.
INDICATOR_SHARES: list[float | None] = [None, 1.0, None, None, None, None]
