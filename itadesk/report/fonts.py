"""Sarabun registered with ReportLab, drawn so that the PDF's text copies and searches as the Thai it was typed as.

With shaping on, ReportLab draws each glyph HarfBuzz chose under the first character the font maps to it, or under a
private-use code when none does (tone marks moved down or aside, ligatures), and the ToUnicode map says the text is
that code: copied text came out as 'ที\\ue000', and ำ (which HarfBuzz always draws as ํ and า) as ํ+า. Here, after
shaping, each glyph gets the text of its HarfBuzz cluster that it stands for (see _glyph_texts); where that differs
from its usual character it is drawn under a code of its own, one per glyph and text, which the ToUnicode map gives
that text, or none.

ReportLab 5.1.0 internals wrapped (pinned in pyproject.toml, checked by tests/test_report_thaitext.py):
``reportlab.pdfbase.ttfonts.shapeFragWord`` (also the name imported by ``reportlab.platypus.paragraph``),
``reportlab.pdfbase.ttfonts.makeToUnicodeCMap`` and ``reportlab.pdfbase.ttfonts.TTFont.addObjects``.
"""

import contextvars
import functools
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont
from reportlab.platypus import paragraph

from itadesk.thai.fonts import font_path

FONT = "Sarabun"
FONT_BOLD = "Sarabun-Bold"
FONT_ITALIC = "Sarabun-Italic"
FONT_BOLD_ITALIC = "Sarabun-BoldItalic"

_STYLES = {FONT: "Regular", FONT_BOLD: "Bold", FONT_ITALIC: "Italic", FONT_BOLD_ITALIC: "BoldItalic"}

_lock = threading.Lock()
_registered = False


def register_report_fonts() -> None:
    """Register the four Sarabun styles and the "Sarabun" family (for <b> and <i>), and install the glyph codes that
    carry their text (the Thai line breaking is itadesk.report.thaitext.prepare_thai_text's)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, style in _STYLES.items():
            pdfmetrics.registerFont(TTFont(name, str(font_path(style))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        if not pdfmetrics.getFont(FONT).shapable:
            # Without HarfBuzz Thai marks pile up on each other: better no report than an unreadable one.
            raise RuntimeError("ReportLab cannot shape text: uharfbuzz (reportlab[shaping]) is not installed")
        _install_text_codes()
        _registered = True


# --- glyph codes that carry their text -------------------------------------------------------------------------

# ReportLab numbers its own private-use codes up from U+E000; ours come from plane 15's private-use area, which
# holds enough for every letter-and-marks combination a document may have.
_FIRST_CODE = 0xF0000
_LAST_CODE = 0xFFFFD


class _FaceCodes:
    """The codes added to one font face: (glyph, text) -> code, and code -> text for the ToUnicode map."""

    def __init__(self) -> None:
        self.by_glyph: dict[tuple[int, str], int] = {}
        self.text: dict[int, str] = {}
        self.next_code = _FIRST_CODE


_face_codes: "weakref.WeakKeyDictionary[Any, _FaceCodes]" = weakref.WeakKeyDictionary()
# The face whose PDF objects ReportLab is writing: makeToUnicodeCMap is only told the subset's name.
_writing_face: contextvars.ContextVar[Any] = contextvars.ContextVar("itadesk_writing_face", default=None)


def _code_for(face: Any, glyph: int, text: str, width: float) -> int:
    codes = _face_codes.get(face)
    if codes is None:
        codes = _face_codes[face] = _FaceCodes()
    code = codes.by_glyph.get((glyph, text))
    if code is None:
        code = codes.next_code
        while code in face.charToGlyph:
            code += 1
        if code > _LAST_CODE:
            raise RuntimeError("no private-use code left for another glyph")
        face.charToGlyph[code] = glyph
        face.charWidths[code] = width
        codes.by_glyph[(glyph, text)] = code
        codes.text[code] = text
        codes.next_code = code + 1
    return code


def _share(text: str, glyphs: int) -> list[str]:
    """Text cut into one piece per glyph, in drawing order: one character for each trailing glyph, the rest to the
    first; when there are more glyphs than characters the leading ones take none."""
    if glyphs <= len(text):
        head = len(text) - glyphs + 1
        return [text[:head], *text[head:]]
    return [""] * (glyphs - len(text)) + list(text)


def _glyph_texts(text: str, clusters: list[int], advances: list[float]) -> list[str] | None:
    """What each glyph of a shaped word stands for, or None if the clusters are not the expected ones.

    Text readers order characters by where they are drawn, and HarfBuzz may draw a mark a little right of where the
    next letter starts (Sarabun Bold: ผู้รับ read back as ผูร้ บั). So only glyphs that advance carry text: a letter
    carries its cluster and the marks after it (ที่), a mark carries nothing; a cluster's spacing glyphs share its
    text (ำ is drawn as ํ then า: า carries ำ).
    """
    runs: list[list[int]] = []  # glyph indices, one list per cluster
    for index, cluster in enumerate(clusters):
        if runs and clusters[runs[-1][0]] == cluster:
            runs[-1].append(index)
        else:
            runs.append([index])
    starts = [clusters[run[0]] for run in runs] + [len(text)]
    if any(not 0 <= a < b <= len(text) for a, b in zip(starts, starts[1:], strict=False)):
        return None
    result = [""] * len(clusters)
    last_spacing = None
    for run, start, end in zip(runs, starts, starts[1:], strict=False):
        spacing = [index for index in run if advances[index]]
        if not spacing and last_spacing is not None:
            result[last_spacing] += text[start:end]
            continue
        carriers = spacing or run
        for index, piece in zip(carriers, _share(text[start:end], len(carriers)), strict=True):
            result[index] = piece
        last_spacing = carriers[-1]
    return result


def _restore_text(word: Sequence[Any], shaped: list[Any]) -> None:
    """Redraw the glyphs of a shaped frag word under codes whose ToUnicode gives back the word's text."""
    # The text HarfBuzz shaped, as ReportLab's shapeFragWord built it: cluster numbers index into it.
    text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    places: list[tuple[int, int]] = []  # (item of shaped, position in its string) of each glyph
    clusters: list[int] = []
    advances: list[float] = []
    for item, (_frag, string) in enumerate(shaped[1:], start=1):
        for position, info in enumerate(getattr(string, "__shapeData__", None) or ()):
            places.append((item, position))
            clusters.append(info.cluster)
            advances.append(info.x_advance)
    texts = _glyph_texts(text, clusters, advances)
    if texts is None:
        return  # not left-to-right character clusters: leave ReportLab's codes alone
    chars = {item: list(shaped[item][1]) for item, _position in places}
    for (item, position), glyph_text in zip(places, texts, strict=True):
        code = ord(chars[item][position])
        if chr(code) != glyph_text:
            face = pdfmetrics.getFont(shaped[item][0].fontName).face
            new = _code_for(face, face.charToGlyph[code], glyph_text, face.getCharWidth(code))
            chars[item][position] = chr(new)
    for item, new_chars in chars.items():
        frag, string = shaped[item]
        shaped[item] = (frag, ShapedStr("".join(new_chars), shapeData=string.__shapeData__))


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode CMap, but with the texts of our codes (several characters, or none)."""
    face = _writing_face.get()
    texts = _face_codes[face].text if face is not None and face in _face_codes else {}
    entries = []
    for index, code in enumerate(subset):
        text = texts.get(code, chr(code))
        entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    blocks = []
    for first in range(0, len(entries), 100):  # a bfchar block holds at most 100 entries
        block = entries[first : first + 100]
        blocks += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


# --- each distinct word shaped once ------------------------------------------------------------------------------
#
# ReportLab shapes every word of a paragraph each time it breaks the paragraph into lines, and a table's paragraphs
# are broken again whenever the table is measured, split or drawn; a report has only a few thousand distinct words.
# What HarfBuzz makes of a word depends only on its text and the font and size of each of its pieces, so the shaped
# word is kept, as a recipe that rebuilds it with the frags of the next word of the same text.

SHAPED_WORDS_KEPT = 8192  # about 1.3 KB each: some 10 MB at most, several reports' words (the sample has 1,100)
_UNCHANGED = object()  # the recipe of a word HarfBuzz leaves as it is (ReportLab returns the word itself)
_shaped_words: dict[tuple[Any, ...], Any] = {}


def _forget_oldest(kept: dict[Any, Any]) -> None:
    try:
        del kept[next(iter(kept))]
    except (StopIteration, KeyError, RuntimeError):
        pass  # another thread changed it meanwhile


def _shaping_key(word: Sequence[Any]) -> tuple[Any, ...] | None:
    """What the shaping of a frag word depends on: its kind, and for each piece the font (the registered font
    itself: the codes of its glyphs are that font's), size and text and which earlier piece has the same frag
    (ReportLab groups the glyphs by frag). None for a word that holds an inline image or anchor, shaped every time."""
    pieces = []
    seen: dict[int, int] = {}
    for index, (frag, text) in enumerate(word[1:]):
        if hasattr(frag, "cbDefn"):
            return None
        font = pdfmetrics.getFont(frag.fontName)
        pieces.append((font, frag.fontSize, text, seen.setdefault(id(frag), index)))
    return (type(word), *pieces)


def _recipe(word: Sequence[Any], shaped: Any) -> Any:
    """The shaped word without the word's own frags: its class, width and (index of the piece, shaped text)s."""
    if shaped is word:
        return _UNCHANGED
    where = {}
    for index, (frag, _text) in enumerate(word[1:]):
        where.setdefault(id(frag), index)
    return type(shaped), shaped[0], tuple((where[id(frag)], string) for frag, string in shaped[1:])


def _rebuilt(word: Sequence[Any], recipe: Any) -> Any:
    if recipe is _UNCHANGED:
        return word
    kind, width, pieces = recipe
    return kind([width, *((word[index + 1][0], string) for index, string in pieces)])


def _shaping_with_text(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
        key = None if args or kwargs or isinstance(word, ttfonts.ShapedFragWord) else _shaping_key(word)
        if key is not None:
            recipe = _shaped_words.get(key)
            if recipe is not None:
                return _rebuilt(word, recipe)
        shaped = original(word, *args, **kwargs)
        if shaped is not word:
            _restore_text(word, shaped)
        if key is not None:
            if len(_shaped_words) >= SHAPED_WORDS_KEPT:
                _forget_oldest(_shaped_words)
            _shaped_words[key] = _recipe(word, shaped)
        return shaped

    shape_frag_word.itadesk_wrapped = original
    return shape_frag_word


def _add_objects_naming_face(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def add_objects(self: TTFont, doc: Any) -> Any:
        token = _writing_face.set(self.face)
        try:
            return original(self, doc)
        finally:
            _writing_face.reset(token)

    add_objects.itadesk_wrapped = original
    return add_objects


def _install_text_codes() -> None:
    if hasattr(ttfonts.shapeFragWord, "itadesk_wrapped"):
        return
    for module, name in ((ttfonts, "shapeFragWord"), (ttfonts, "makeToUnicodeCMap"), (paragraph, "shapeFragWord")):
        if not callable(getattr(module, name, None)):
            raise RuntimeError(f"this ReportLab has no {module.__name__}.{name}: check the Thai text fixes")
    shaping = _shaping_with_text(ttfonts.shapeFragWord)
    # shapeStr looks shapeFragWord up in ttfonts; Paragraph uses the name it imported.
    ttfonts.shapeFragWord = shaping
    paragraph.shapeFragWord = shaping
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    TTFont.addObjects = _add_objects_naming_face(TTFont.addObjects)
