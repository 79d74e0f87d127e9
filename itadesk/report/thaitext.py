"""Thai text for ReportLab: paragraph markup that breaks lines between words, shaped styles, shaped single lines.

Thai puts no spaces between words and ReportLab's Paragraph breaks lines only at whitespace. ``markup`` puts an
invisible marker between words. The step that cuts a paragraph into words, ``reportlab.platypus.paragraph.
_getFragWords`` (ReportLab 5.1.0: every paragraph goes through it once shaping is on, table cells too), is wrapped
so that each marker ends a word with no space after it, a zero-width break, and is dropped, so it is never drawn.
A word still wider than its line is cut at "/" or before "-", else between letters with their marks.
``Paragraph.minWidth`` (how tables size columns given no width) is wrapped too: its one-frag shortcut splits at
spaces only. The wrappers rely on ``paragraph._processed_frags`` and ``paragraph._HSFrag`` as well.
"""

import functools
import unicodedata
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph

from itadesk.report.content.layout import LEADING
from itadesk.report.fonts import FONT, FONT_BOLD, register_report_fonts
from itadesk.thai.words import insert_breaks

# U+2063 INVISIBLE SEPARATOR: not whitespace to str.split, so ReportLab leaves it inside words for the wrapped word
# splitter to find. U+200B would not do: Sarabun has no glyph for it (ReportLab measures it 0.7 em wide), and
# ReportLab turns it into a space when the text holds a no-break space.
MARKER = "\u2063"


# Where a word too wide for its line is cut. First after these, as in "สำนัก/กอง" or a web address,
_CUT_AFTER = "/\u2013\u2014"
# or before these: a line ending in "-" reads as a hyphenated word, and text extraction drops the "-".
_CUT_BEFORE = "-_"
# Then between letters, keeping marks, a following vowel, ๆ and ฯ with the letter before them ("น้า", not "น้|า"),
# and a leading vowel, "-" and "_" with what comes after them.
_LEADING_VOWELS = "เแโใไ"
_FOLLOWING = "ะาำๅๆฯ"


def markup(text: str) -> str:
    """Paragraph markup of plain text: escaped, newlines as <br/>, a break marker between Thai words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return escape(insert_breaks(text, MARKER)).replace("\n", "<br/>")


def paragraph_style(
    name: str, size: float = 16, bold: bool = False, leading: float | None = None, alignment: int = TA_LEFT
) -> ParagraphStyle:
    """A shaped Sarabun paragraph style (<b> and <i> work inside)."""
    register_report_fonts()
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=LEADING * size if leading is None else leading,
        alignment=alignment,
        shaping=1,
    )


def _shaped(text: str, font: str, size: float) -> tuple[str, float]:
    register_report_fonts()
    shaped = shapeStr(text, font, size)
    if isinstance(shaped, ShapedStr):
        return shaped, sum(info.x_advance for info in shaped.__shapeData__) * size / 1000
    return shaped, pdfmetrics.stringWidth(shaped, font, size)


def text_width(text: str, font: str = FONT, size: float = 16) -> float:
    """Width in points of one line of text as draw_text draws it."""
    return _shaped(text, font, size)[1]


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str = FONT, size: float = 16, anchor: str = "start"
) -> None:
    """Draw one shaped line with its baseline at y, starting at, centred on or ending at x."""
    shaped, width = _shaped(text, font, size)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    elif anchor != "start":
        raise ValueError(f"anchor must be start, middle or end, not {anchor!r}")
    canvas.saveState()
    canvas.setFont(font, size)
    canvas.drawString(x, y, shaped)
    canvas.restoreState()


# --- line breaking ---------------------------------------------------------------------------------------------


def _word_width(pieces: list[tuple[Any, str]]) -> float:
    return sum(pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize) for frag, text in pieces)


def _as_words(groups: list[list[tuple[Any, str]]], original: list[Any]) -> list[list[Any]]:
    """Frag words of the groups: no space after any but the last, which is followed by what followed the original."""
    groups = [group for group in groups if group] or [[(original[1][0], "")]]
    last = paragraph._HSFrag if isinstance(original, paragraph._HSFrag) else list
    return [(last if n == len(groups) - 1 else list)([_word_width(g), *g]) for n, g in enumerate(groups)]


def _split_at_markers(word: list[Any]) -> list[list[Any]]:
    groups: list[list[tuple[Any, str]]] = [[]]
    for frag, text in word[1:]:
        if not (isinstance(text, str) and MARKER in text):
            groups[-1].append((frag, text))
            continue
        for n, part in enumerate(text.split(MARKER)):
            if n:
                groups.append([])
            if part:
                groups[-1].append((frag, part))
    return _as_words(groups, word)


def _at_punctuation(text: str, index: int) -> bool:
    # after a slash, but never between the two of "://"
    return (text[index - 1] in _CUT_AFTER and text[index] not in _CUT_AFTER) or text[index] in _CUT_BEFORE


def _between_letters(text: str, index: int) -> bool:
    char, before = text[index], text[index - 1]
    if char in _FOLLOWING or unicodedata.category(char).startswith("M"):
        return False
    return before not in _LEADING_VOWELS and before not in _CUT_BEFORE


def _cut(word: list[Any], can_cut: Callable[[str, int], bool]) -> list[list[Any]]:
    """The word cut into frag words wherever can_cut(text, index) allows a cut before text[index]."""
    letters = [(frag, char) for frag, text in word[1:] for char in text]
    text = "".join(char for _frag, char in letters)
    groups: list[list[tuple[Any, str]]] = [[]]
    for index, (frag, char) in enumerate(letters):
        if index and can_cut(text, index):
            groups.append([])
        group = groups[-1]
        if group and group[-1][0] is frag:
            group[-1] = (frag, group[-1][1] + char)
        else:
            group.append((frag, char))
    return _as_words(groups, word)


def _split_too_long(word: list[Any], max_width: float) -> list[list[Any]]:
    """A word wider than the line, cut into pieces the line breaker can pack: at punctuation, else between letters."""
    if word[0] <= max_width or any(hasattr(frag, "cbDefn") for frag, _text in word[1:]):
        return [word]  # an inline image or anchor is left to ReportLab
    pieces = []
    for piece in _cut(word, _at_punctuation):
        pieces.extend(_cut(piece, _between_letters) if piece[0] > max_width else [piece])
    return pieces


def _breaking_at_markers(original: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
    @functools.wraps(original)
    def get_frag_words(frags: list[Any], maxWidth: float | None = None) -> list[Any]:  # noqa: N803 - ReportLab's
        words = original(frags, maxWidth)
        if paragraph._processed_frags(frags):
            return words  # the words of a paragraph split across frames: already cut here the first time
        result = []
        for word in words:
            for piece in _split_at_markers(word) if any(MARKER in text for _f, text in word[1:]) else [word]:
                result.extend(_split_too_long(piece, maxWidth) if maxWidth else [piece])
        return result

    get_frag_words.itadesk_wrapped = original
    return get_frag_words


def _min_width_at_markers(original: Callable[[Any], float]) -> Callable[[Any], float]:
    @functools.wraps(original)
    def min_width(self: paragraph.Paragraph) -> float:
        frags = self.frags
        # ReportLab's shortcut for one frag splits at spaces only; the frag-word path sees the markers.
        if len(frags) == 1 and MARKER in getattr(frags[0], "text", "") and not paragraph._processed_frags(frags):
            return max(word[0] for word in paragraph._getFragWords(frags))
        return original(self)

    min_width.itadesk_wrapped = original
    return min_width


def install_line_breaking() -> None:
    """Make MARKER a zero-width line break opportunity in ReportLab paragraphs (done by register_report_fonts)."""
    if hasattr(paragraph._getFragWords, "itadesk_wrapped"):
        return
    for name in ("_getFragWords", "_processed_frags", "_HSFrag"):
        if not hasattr(paragraph, name):
            raise RuntimeError(f"this ReportLab has no paragraph.{name}: check the Thai line breaking")
    paragraph._getFragWords = _breaking_at_markers(paragraph._getFragWords)
    paragraph.Paragraph.minWidth = _min_width_at_markers(paragraph.Paragraph.minWidth)
