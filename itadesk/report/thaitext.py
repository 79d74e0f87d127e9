"""Thai text for ReportLab: paragraph markup that breaks lines only where a Thai reader allows, shaped styles, shaped
single lines.

Thai puts no spaces between words and ReportLab's Paragraph breaks lines only at whitespace. ``markup`` puts an
invisible marker where a line may break with no space (between words, after / . - ? & = in a web address) and a
no-break space where a space must not break (before ๆ, in "พ.ศ. ๒๕๖๙", "ตัวชี้วัดที่ ๙", "๙. การเปิดเผยข้อมูล": see
itadesk.thai.words). The step that cuts a paragraph into words, ``reportlab.platypus.paragraph._getFragWords``
(ReportLab 5.1.0: every paragraph goes through it once shaping is on, table cells too), is wrapped so that each
marker ends a word with no space after it and is dropped, and each no-break space becomes a plain space inside its
word, so the PDF's text reads as typed. A word still wider than its line is cut, each cut tried only when the one
before leaves a piece too wide: at its no-break spaces, between the dictionary words it is made of (องค์กร|ปกครอง|
ส่วนท้องถิ่น, then ส่วน|ท้องถิ่น …), after a comma or slash and between Thai and Latin letters, between whole
syllables, between letters with their vowels and marks, and last between any two characters but never before a mark.
ReportLab itself never has to cut a word (it would cut anywhere).
``Paragraph.minWidth`` (how tables size columns given no width) is wrapped too: its one-frag shortcut splits at
spaces only, and ``Paragraph.breakLines`` tells the word splitter the narrowest line (it is told the first line only;
a hanging indent makes the others narrower), and keeps the lines it made (see "lines broken once" below). The
wrappers rely on ``paragraph._processed_frags`` and ``paragraph._HSFrag`` as well.

A document's story is built while the texts it segments are gathered and, when some are new, again once a
dictionary of only the words they hold is loaded (``build_gathering_texts``, itadesk.thai.dictionary): an export
never loads the whole word list.
"""

import contextvars
import functools
import threading
import unicodedata
from collections.abc import Callable, Iterable
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
from itadesk.thai import dictionary
from itadesk.thai.text import cluster_breaks
from itadesk.thai.words import (
    URL_BREAK_AFTER,
    glue_spaces,
    insert_breaks,
    never_ends_a_line,
    never_starts_a_line,
    part_breaks,
    punctuation_breaks,
    syllable_cuts,
)

# U+2063 INVISIBLE SEPARATOR: not whitespace to str.split, so ReportLab leaves it inside words for the wrapped word
# splitter to find. U+200B would not do: Sarabun has no glyph for it (ReportLab measures it 0.7 em wide), and
# ReportLab turns it into a space when the text holds a no-break space.
MARKER = "\u2063"


# U+00A0 NO-BREAK SPACE: ReportLab splits words at other whitespace only when the text holds one.
NOBREAK = "\u00a0"


def markup(text: str) -> str:
    """Paragraph markup of plain text: escaped, newlines as <br/>, a break marker between Thai words and in web
    addresses, no-break spaces where a line must not break. While the texts of a document are being gathered
    (see build_gathering_texts), a text not yet prepared is recorded and given no break markers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        return _markup(text)
    except dictionary.NotReady:
        return escape(glue_spaces(text, NOBREAK)).replace("\n", "<br/>")


@functools.lru_cache(maxsize=2048)
def _markup(text: str) -> str:
    return escape(insert_breaks(text, MARKER, NOBREAK)).replace("\n", "<br/>")


def build_gathering_texts(build: Callable[[], Any]) -> Any:
    """What build() makes, with every text it segments prepared first (see itadesk.thai.dictionary): built once
    while its texts are gathered, and again once they are prepared if any was not before. Only a text's breaks
    depend on its segmentation, so a build that gathered no new text is the one returned."""
    if dictionary.whole_list_loaded():
        return build()
    with dictionary.gathering() as texts:
        made = build()
    if not texts:
        return made
    dictionary.prepare(texts)
    return build()


def paragraph_style(
    name: str, size: float = 16, bold: bool = False, leading: float | None = None, alignment: int = TA_LEFT
) -> ParagraphStyle:
    """A shaped Sarabun paragraph style (<b> and <i> work inside)."""
    prepare_thai_text()
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=LEADING * size if leading is None else leading,
        alignment=alignment,
        shaping=1,
    )


def _shaped(text: str, font: str, size: float) -> tuple[str, float]:
    """The line shaped and its width: the same few labels and pieces of words are measured again and again."""
    register_report_fonts()
    return _shaped_with(text, pdfmetrics.getFont(font), size)


@functools.lru_cache(maxsize=4096)
def _shaped_with(text: str, registered: Any, size: float) -> tuple[str, float]:
    # keyed by the registered font itself: the codes of the glyphs drawn are that font's
    font = registered.fontName
    shaped = shapeStr(text, font, size)
    if isinstance(shaped, ShapedStr):
        return shaped, sum(info.x_advance for info in shaped.__shapeData__) * size / 1000
    return shaped, pdfmetrics.stringWidth(shaped, font, size)


def shaped_text(text: str, font: str = FONT, size: float = 16) -> str:
    """One line of text shaped by HarfBuzz (marks and ligatures in place), to draw as it is."""
    return _shaped(text, font, size)[0]


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

Piece = list[tuple[Any, str]]  # (frag, text) pairs of one frag word, without its width


def _string_width(text: str, font: str, size: float) -> float:
    # Private-use characters may get a glyph (and a width) only once shaping has given them one.
    if text and max(text) >= "\ue000":
        return pdfmetrics.stringWidth(text, font, size)
    return _plain_string_width(text, pdfmetrics.getFont(font), size)


@functools.lru_cache(maxsize=16384)
def _plain_string_width(text: str, registered: Any, size: float) -> float:
    return registered.stringWidth(text, size)


def _word_width(pieces: Piece) -> float:
    return sum(_string_width(text, frag.fontName, frag.fontSize) for frag, text in pieces)


def _shaped_width(pieces: Piece) -> float:
    """The width ReportLab gives the word once it has shaped it (marks and kerning moved)."""
    return sum(text_width(text, frag.fontName, frag.fontSize) for frag, text in pieces if text)


def _fits(pieces: Piece, max_width: float) -> bool:
    plain = _word_width(pieces)
    return plain <= 0.97 * max_width or (plain <= 1.1 * max_width and _shaped_width(pieces) <= max_width)


def _as_words(groups: list[Piece], original: list[Any], spaced: frozenset[int] = frozenset()) -> list[list[Any]]:
    """Frag words of the groups: a space after those in spaced and after the last if the original had one."""
    kept = [(n, group) for n, group in enumerate(groups) if group] or [(0, [(original[1][0], "")])]
    words = []
    for position, (n, group) in enumerate(kept):
        last = position == len(kept) - 1
        spaced_after = n in spaced or (last and isinstance(original, paragraph._HSFrag))
        words.append((paragraph._HSFrag if spaced_after else list)([_word_width(group), *group]))
    return words


def _split_at_markers(word: list[Any]) -> list[list[Any]]:
    groups: list[Piece] = [[]]
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


def _unglued(word: list[Any]) -> list[Any]:
    """The word with its no-break spaces as plain spaces (a line still never breaks there), its width measured again."""
    if not any(isinstance(text, str) and NOBREAK in text for _frag, text in word[1:]):
        return word
    pieces = [(frag, text.replace(NOBREAK, " ") if isinstance(text, str) else text) for frag, text in word[1:]]
    return type(word)([_word_width(pieces), *pieces])


def _cut(word: list[Any], cuts: Iterable[int], drop_spaces: bool = False) -> list[list[Any]]:
    """The word cut into frag words before each offset of its text in cuts. drop_spaces: the cuts are at spaces,
    which become the spaces between the words."""
    letters = [(frag, char) for frag, text in word[1:] for char in text]
    cut_set = set(cuts)
    groups: list[Piece] = [[]]
    spaced = set()
    for index, (frag, char) in enumerate(letters):
        if index in cut_set:
            if drop_spaces:
                spaced.add(len(groups) - 1)
                groups.append([])
                continue
            groups.append([])
        group = groups[-1]
        if group and group[-1][0] is frag:
            group[-1] = (frag, group[-1][1] + char)
        else:
            group.append((frag, char))
    return _as_words(groups, word, frozenset(spaced))


def _glued_space_cuts(text: str) -> list[int]:
    """The spaces inside a unit too wide for its line that may become breaks: not before ๆ or closing punctuation,
    not after opening punctuation (พ.ศ. | ๒๕๖๙, ๙. | การเปิดเผย, but never | ๆ)."""
    return [i for i in range(1, len(text) - 1) if text[i] == " " and not never_ends_a_line(text[i - 1])]


def _character_cuts(text: str) -> list[int]:
    return [index for index in range(1, len(text)) if not unicodedata.category(text[index]).startswith("M")]


# Where a word too wide for its line is cut, in turn: (cut offsets of its text, cut at spaces, cut its pieces again
# the same way). A part still too wide is cut into its own parts; a piece with no parts left, between its syllables;
# a single syllable wider than the line (a column a few letters wide), between letters.
_CUTS: tuple[tuple[Callable[[str], Iterable[int]], bool, bool], ...] = (
    (_glued_space_cuts, True, False),
    (part_breaks, False, True),
    (punctuation_breaks, False, False),
    (syllable_cuts, False, False),
    (cluster_breaks, False, False),
    (_character_cuts, False, False),
)


def _may_cut(text: str, index: int, at_space: bool) -> bool:
    """Whatever the level: no line starts with ๆ or closing punctuation, none ends with opening punctuation, and a
    separator of a web address (or of anything) stays at the end of the line."""
    after = index + 1 if at_space else index
    if not at_space and text[index] in URL_BREAK_AFTER:
        return False
    return not (never_starts_a_line(text[after : after + 1]) or never_ends_a_line(text[index - 1]))


def _fit(word: list[Any], max_width: float, level: int = 0) -> list[list[Any]]:
    """The word, or pieces of it that each fit in max_width if that can be done by the cuts from `level` on."""
    pieces = word[1:]
    if level == len(_CUTS) or _fits(pieces, max_width) or any(hasattr(frag, "cbDefn") for frag, _t in pieces):
        return [word]  # (an inline image or anchor is left to ReportLab)
    text = "".join(text for _frag, text in pieces)
    find_cuts, at_spaces, again = _CUTS[level]
    cuts = [i for i in find_cuts(text) if 0 < i < len(text) and _may_cut(text, i, at_spaces)]
    if not cuts:
        return _fit(word, max_width, level + 1)
    result = []
    for piece in _cut(word, cuts, drop_spaces=at_spaces):
        result.extend(_fit(piece, max_width, level if again else level + 1))
    return result


# The narrowest line of the paragraph being broken into lines: ReportLab tells _getFragWords only the first line's
# width, and a paragraph with a hanging indent has narrower lines after it.
_narrowest_line: contextvars.ContextVar[float | None] = contextvars.ContextVar("itadesk_narrowest_line", default=None)


def _breaking_at_markers(original: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
    @functools.wraps(original)
    def get_frag_words(frags: list[Any], maxWidth: float | None = None) -> list[Any]:  # noqa: N803 - ReportLab's
        words = original(frags, maxWidth)
        if paragraph._processed_frags(frags):
            return words  # the words of a paragraph split across frames: already cut here the first time
        width = min(maxWidth, _narrowest_line.get() or maxWidth) if maxWidth else None
        result = []
        for word in words:
            for piece in _split_at_markers(word) if any(MARKER in text for _f, text in word[1:]) else [word]:
                piece = _unglued(piece)
                result.extend(_fit(piece, width) if width and width > 0 else [piece])
        return result

    get_frag_words.itadesk_wrapped = original
    return get_frag_words


# --- lines broken once --------------------------------------------------------------------------------------------
#
# A table breaks its cells' paragraphs into lines again each time it is measured, split or drawn, at the same width,
# and a report (and the next export of it) makes paragraphs of the same text and style again and again. Breaking
# lines depends only on the paragraph's text, style and widths, so the lines stand: on the paragraph while it, its
# style and the width are the same, and for a new paragraph of the same text and style at the same widths. ReportLab
# only reads the lines and the frag words it keeps (Paragraph.frags after breaking) once they are made: splitting a
# paragraph slices them into new ones, drawing reads them.

_BROKEN_STATE = ("_width_max", "_splitLongWordCount", "_hyphenations")
PARAGRAPHS_KEPT = 1024  # distinct (text, style, widths), about 10 KB each: the sample has 180
_broken_texts: dict[tuple[Any, ...], tuple[list[Any], Any, tuple[Any, ...]]] = {}


def _forget_oldest(kept: dict[Any, Any]) -> None:
    try:
        del kept[next(iter(kept))]
    except (StopIteration, KeyError, RuntimeError):
        pass  # another thread changed it meanwhile


def _restore_broken(self: paragraph.Paragraph, key: tuple[Any, ...], frags: list[Any], lines: Any, state: Any) -> Any:
    self.frags = frags
    for name, value in zip(_BROKEN_STATE, state, strict=True):
        setattr(self, name, value)
    self.height = 0
    self._itadesk_lines = (key, frags, lines, state)
    return lines


def _telling_the_narrowest_line(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def break_lines(self: paragraph.Paragraph, width: Any, *args: Any, **kwargs: Any) -> Any:
        given = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        key = (given, self.style, self.bulletText, args, tuple(kwargs.items()))
        kept = getattr(self, "_itadesk_lines", None)
        if kept is not None and kept[0] == key and kept[1] is self.frags:
            return _restore_broken(self, *kept)
        text = getattr(self, "text", None)
        shared = None
        if kept is None and isinstance(text, str) and self.bulletText is None and not args and not kwargs:
            if not paragraph._processed_frags(self.frags):  # made from its text: not a piece of a split one
                shared = (text, self.style, getattr(self, "caseSensitive", 1), given)
                made = _broken_texts.get(shared)
                if made is not None:
                    return _restore_broken(self, key, list(made[0]), made[1], made[2])
        widths = [w for w in given if w and w > 0]
        token = _narrowest_line.set(min(widths) if widths else None)
        try:
            lines = original(self, width, *args, **kwargs)
        finally:
            _narrowest_line.reset(token)
        state = tuple(getattr(self, name, None) for name in _BROKEN_STATE)
        self._itadesk_lines = (key, self.frags, lines, state)
        if shared is not None:
            if len(_broken_texts) >= PARAGRAPHS_KEPT:
                _forget_oldest(_broken_texts)
            _broken_texts[shared] = (list(self.frags), lines, state)
        return lines

    break_lines.itadesk_wrapped = original
    return break_lines


def _min_width_at_markers(original: Callable[[Any], float]) -> Callable[[Any], float]:
    @functools.wraps(original)
    def min_width(self: paragraph.Paragraph) -> float:
        frags = self.frags
        # ReportLab's shortcut for one frag splits at spaces only; the frag-word path sees the markers.
        text = getattr(frags[0], "text", "") if len(frags) == 1 else ""
        if (MARKER in text or NOBREAK in text) and not paragraph._processed_frags(frags):
            return max(word[0] for word in paragraph._getFragWords(frags))
        return original(self)

    min_width.itadesk_wrapped = original
    return min_width


# Paragraph markup is parsed once per text and style too: a new paragraph of the same text gets a copy of the list
# of frags the first one was parsed into (ReportLab only reads them, and breaking lines replaces the list).
_parsed: dict[tuple[Any, ...], tuple[Any, list[Any], Any, Any]] = {}


def _parsing_once(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def setup(self: paragraph.Paragraph, text: Any, style: Any, bullet: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or bullet is not None or not isinstance(text, str):
            original(self, text, style, bullet, frags, cleaner)
            return
        key = (text, style, getattr(self, "caseSensitive", 1), cleaner)
        made = _parsed.get(key)
        if made is None:
            original(self, text, style, bullet, frags, cleaner)
            if len(_parsed) >= PARAGRAPHS_KEPT:
                _forget_oldest(_parsed)
            _parsed[key] = (self.text, list(self.frags), self.style, self.bulletText)
            return
        self.text, parsed, self.style, self.bulletText = made
        self.frags = list(parsed)
        self.debug = 0

    setup.itadesk_wrapped = original
    return setup


_line_breaking_lock = threading.Lock()


def prepare_thai_text() -> None:
    """Register the report fonts and install the Thai line breaking: what every PDF needs before it is laid out."""
    register_report_fonts()
    install_line_breaking()


def install_line_breaking() -> None:
    """Make MARKER a zero-width line break opportunity and NOBREAK a space that does not break in ReportLab
    paragraphs, and cut words too wide for their line only where a Thai reader allows (done by prepare_thai_text)."""
    with _line_breaking_lock:
        _install_line_breaking()


def _install_line_breaking() -> None:
    if hasattr(paragraph._getFragWords, "itadesk_wrapped"):
        return
    for name in ("_getFragWords", "_processed_frags", "_HSFrag"):
        if not hasattr(paragraph, name):
            raise RuntimeError(f"this ReportLab has no paragraph.{name}: check the Thai line breaking")
    paragraph._getFragWords = _breaking_at_markers(paragraph._getFragWords)
    paragraph.Paragraph.breakLines = _telling_the_narrowest_line(paragraph.Paragraph.breakLines)
    paragraph.Paragraph.minWidth = _min_width_at_markers(paragraph.Paragraph.minWidth)
    paragraph.Paragraph._setup = _parsing_once(paragraph.Paragraph._setup)
