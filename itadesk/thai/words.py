"""Thai word segmentation, for breaking lines only between words.

nlpO3 (the newmm dictionary algorithm in Rust: about 3 ms for 50 KB of text, a 1.3 MB wheel with Windows builds)
with PyThaiNLP's CC0 word list and ITA Desk's own words (resources/dictionary). PyThaiNLP itself would add 68 MB,
mostly corpora the program does not use; ICU splits compounds such as เจ้า|หน้าที่, which looks wrong in formal text.
Which nlpO3 dictionary a text is segmented with (the whole list, or only the words an export's texts hold) is
itadesk.thai.dictionary's.
"""

import functools
import re
import unicodedata

import nlpo3

from itadesk.thai import dictionary
from itadesk.thai.text import is_syllable, likely_syllable_breaks, syllable_breaks

_words: frozenset[str] = frozenset()


def _ensure_loaded() -> None:
    """Read the word list (nlpO3's dictionaries are loaded when a text is segmented: see itadesk.thai.dictionary)."""
    global _words
    if not _words:
        _words = dictionary.word_list()


# newmm only counts tokens, so it cannot tell แนวทาง|การ from แนว|ทางการ, or กระบวนการ|ทำงาน from
# กระบวน|การทำงาน (the dictionary holds many การ-nouns). In formal writing these mean the first: a word that
# takes การ (กระบวนการ, ดำเนินการ, โครงการ) keeps it, and a few stems keep the syllable that completes them.
_NOMINAL = "การ"
_REATTACH = (("แนว", "ทาง"), ("ช่อง", "ทาง"), ("ตอบ", "สนอง"), ("ขั้น", "ตอน"), ("พฤติ", "กรรม"))


def _moved_part(previous: str, token: str) -> str:
    """What of token belongs to the end of the word before it ('' if nothing)."""
    for ending, moved in _REATTACH:
        if previous.endswith(ending) and token.startswith(moved):
            return moved
    rest = token[len(_NOMINAL) :]
    if token.startswith(_NOMINAL) and rest in _words and previous + _NOMINAL in _words:
        return _NOMINAL
    return ""


# The other way round, newmm reads ให้การ|ดำเนินงาน (ให้การ: to testify) where formal writing means
# ให้|การดำเนินงาน: after these words การ begins the noun that follows.
_BEFORE_NOMINAL = frozenset("ให้ ใน และ ของ จาก ต่อ เพื่อ โดย ด้วย กับ แก่ ซึ่ง ที่ เป็น มี ได้ จะ ทั้ง หรือ".split())


def _reattach(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    for token in tokens:
        moved = _moved_part(joined[-1], token) if joined else ""
        if moved:
            joined[-1] += moved
            token = token[len(moved) :]
        elif joined and joined[-1].endswith(_NOMINAL) and joined[-1][: -len(_NOMINAL)] in _BEFORE_NOMINAL:
            if token in _words or _NOMINAL + token in _words:
                joined[-1] = joined[-1][: -len(_NOMINAL)]
                token = _NOMINAL + token
        if token:
            joined.append(token)
    return joined


def segment(text: str) -> list[str]:
    """The text cut into tokens (words, spaces, digits, punctuation); ''.join() gives it back. While texts are being
    gathered (itadesk.thai.dictionary.gathering) one not prepared raises dictionary.NotReady."""
    if not text:
        return []
    name = dictionary.dictionary_for(text)
    _ensure_loaded()
    return _reattach(nlpo3.segment(text, name))


def _is_thai_letter(ch: str) -> bool:
    # Thai letters, vowels and marks; not Thai digits (๐–๙), ฯ or ๆ, which stay with what precedes them.
    return "\u0e01" <= ch <= "\u0e4e" and ch not in "ฯๆ"


# --- where a line may break ------------------------------------------------------------------------------------
#
# Between two Thai words (the tokenizer's boundaries), at spaces, and inside a web address after / . - ? & = (the
# character stays at the end of the line). Some spaces do not break: before ๆ, ฯ and closing punctuation, after
# opening punctuation, between พ.ศ. and its year, inside a date (๓๐ มิ.ย. ๒๕๖๙), between ที่ or ข้อ and its number
# (ตัวชี้วัดที่ ๙, which also keeps ตัวชี้วัด with ที่), and after the number that starts a line (๙. การเปิดเผยข้อมูล,
# ๑. จัดทำคู่มือ).

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”‘’()\[\]{}]+")
_URL_TRAILING = ".,;:!?'"  # sentence punctuation after an address is not part of it
URL_BREAK_AFTER = "/.-?&="  # a web address may break after these, which stay at the end of the line
_NUMBER = r"[0-9๐-๙]+(?:[.,][0-9๐-๙]+)*"
_MONTHS = "|".join(
    (
        "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม",
        r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.",
    )
)
_CLOSING = "ๆฯ)]}”’»,.;:!?%"  # never at the start of a line
_OPENING = "([{“‘«"  # never at the end of one


def never_starts_a_line(char: str) -> bool:
    return char in _CLOSING


def never_ends_a_line(char: str) -> bool:
    return char in _OPENING


# Spaces a line does not break at: group 1 of each pattern.
_GLUED_SPACES = tuple(
    re.compile(pattern, re.MULTILINE)
    for pattern in (
        rf"([ \t]+)[{re.escape(_CLOSING)}]",  # before ๆ, ฯ and closing punctuation
        r"""([ \t]+)['"](?=[\s,.;:!?)]|$)""",  # before a closing straight quote
        rf"[{re.escape(_OPENING)}]([ \t]+)",  # after opening punctuation
        r"[พคจร]\.ศ\.([ \t]+)[0-9๐-๙]",  # พ.ศ. ๒๕๖๙
        rf"(?:ที่|ข้อ)([ \t]+)(?:{_NUMBER}|[A-Za-z]{{1,3}}[0-9])",  # ตัวชี้วัดที่ ๙, ข้อ O26
        rf"[0-9๐-๙]([ \t]+)(?:{_MONTHS})",  # ๓๐ มิ.ย.
        rf"(?:{_MONTHS})([ \t]+)[0-9๐-๙]",  # มิ.ย. ๒๕๖๙
        rf"^[ \t]*\(?{_NUMBER}[.)]?([ \t]+)\S",  # ๙. การเปิดเผยข้อมูล at the start of a line
    )
)
_ORDINAL = re.compile(rf"ที่(?=[ \t]+(?:{_NUMBER}|[A-Za-z]{{1,3}}[0-9]))")


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each web address in text, without punctuation that ends the sentence after it."""
    spans = []
    for match in URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TRAILING:
            end -= 1
        spans.append((match.start(), end))
    return spans


def _url_breaks(text: str) -> set[int]:
    offsets = set()
    for start, end in url_spans(text):
        for index in range(start + 1, end - 1):
            if text[index] in URL_BREAK_AFTER and text[index + 1] not in URL_BREAK_AFTER + ":":
                offsets.add(index + 1)
    return offsets


def glued_spaces(text: str) -> set[int]:
    """Indices of the spaces where a line must not break."""
    glued: set[int] = set()
    for pattern in _GLUED_SPACES:
        start = 0
        while match := pattern.search(text, start):
            glued.update(range(*match.span(1)))
            start = match.start(1) + 1  # the next may begin inside this one: ๓๐ มิ.ย. ๒๕๖๙
    return glued


def break_offsets(text: str) -> list[int]:
    """Offsets inside text where a line may break with no space: between two Thai words and inside web addresses
    (spaces are breaks anyway, unless glued_spaces says otherwise)."""
    return list(_break_offsets(text))


# A report breaks the same texts again and again (each cell is measured for the column widths, then laid out, and
# the window exports the same report many times): each text's breaks are found once. The caches hold texts and
# their offsets only, a few MB at most (the sample has 170 texts).
TEXTS_KEPT = 2048


@functools.lru_cache(maxsize=TEXTS_KEPT)
def _break_offsets(text: str) -> tuple[int, ...]:
    ordinals = {match.start() for match in _ORDINAL.finditer(text)}
    urls = url_spans(text)
    offsets = set(_url_breaks(text))
    offset = 0
    previous = ""
    for token in segment(text):
        if previous and token and _is_thai_letter(previous[-1]) and _is_thai_letter(token[0]):
            if offset not in ordinals and not any(start < offset < end for start, end in urls):
                offsets.add(offset)
        offset += len(token)
        previous = token
    return tuple(sorted(offsets))


@functools.lru_cache(maxsize=TEXTS_KEPT)
def insert_breaks(text: str, marker: str, nobreak_space: str | None = None) -> str:
    """The text with `marker` put at every break opportunity of break_offsets, and each glued space replaced by
    `nobreak_space` when one is given."""
    offsets = _break_offsets(text)
    chars = list(glue_spaces(text, nobreak_space) if nobreak_space is not None else text)
    for offset in reversed(offsets):
        chars.insert(offset, marker)
    return "".join(chars)


def glue_spaces(text: str, nobreak_space: str) -> str:
    """The text with each glued space (see glued_spaces) replaced by `nobreak_space`."""
    chars = list(text)
    for index in glued_spaces(text):
        chars[index] = nobreak_space
    return "".join(chars)


def unbreakable_pieces(text: str) -> list[str]:
    """The pieces of text that a line never breaks inside (a word, a number, พ.ศ. with its year …), glued spaces
    kept in them. While texts are being gathered, a text not yet prepared is recorded and cut at spaces only."""
    try:
        return list(_unbreakable_pieces(text))
    except dictionary.NotReady:
        return text.split()


@functools.lru_cache(maxsize=TEXTS_KEPT)
def _unbreakable_pieces(text: str) -> tuple[str, ...]:
    if not text.strip():
        return ()
    marked = insert_breaks(text, "\n", "\u00a0")
    return tuple(piece.replace("\u00a0", " ") for piece in re.split(r"[ \t\n\r]+", marked.strip()))


# --- inside a word too wide for its line ----------------------------------------------------------------------

_AFTER_PUNCTUATION = ",;:/)]}”’"
_BEFORE_PUNCTUATION = "([{“‘"


def _script(char: str) -> str:
    return "thai" if "\u0e01" <= char <= "\u0e5b" else "latin" if char.isascii() and char.isalnum() else ""


def punctuation_breaks(text: str) -> list[int]:
    """Offsets inside a run without spaces where a line may break when the run is too wide: after a comma, slash or
    closing bracket, before an opening one, and between Thai and Latin letters ("Line OA,Facebook,บอร์ด")."""
    offsets = []
    for index in range(1, len(text)):
        before, char = text[index - 1], text[index]
        if char in _AFTER_PUNCTUATION + _CLOSING + ".-" or unicodedata.category(char).startswith("M"):
            continue
        scripts = {_script(before), _script(char)}
        if before in _AFTER_PUNCTUATION or char in _BEFORE_PUNCTUATION or scripts == {"thai", "latin"}:
            offsets.append(index)
    return offsets


_MAX_WORD = 40  # letters in the longest dictionary word tried as a part


@functools.lru_cache(maxsize=4096)
def compound_parts(word: str) -> tuple[str, ...]:
    """A word made of dictionary words cut into them: the fewest parts, of the most even lengths (เจ้า|หน้าที่, not
    เจ้าหน้า|ที่); a word that takes การ keeps it (องค์การ|บริหาร|ส่วน|ตำบล). The word alone when it is not made of
    others, or is too short to be (a word of one or two syllables, such as เสมอ, ชาติ or นากลาง, is cut only between
    its syllables: its dictionary "parts" would often cut a syllable, as เส|มอ)."""
    _ensure_loaded()
    if len(likely_syllable_breaks(word, known_syllables())) < 2:
        return (word,)
    n = len(word)
    # best[i]: ((parts, sum of squared lengths), the parts) of the best split of word[:i]
    best: list[tuple[tuple[int, int], tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = ((0, 0), ())
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            known = best[start]
            if known is None or (start == 0 and end == n) or word[start:end] not in _words:
                continue
            score = (known[0][0] + 1, known[0][1] + (end - start) ** 2)
            current = best[end]
            if current is None or score < current[0]:
                best[end] = (score, (*known[1], word[start:end]))
    result = best[n]
    if result is None:
        return (word,)
    parts = _reattach(list(result[1]))
    return tuple(parts) if len(parts) > 1 else result[1]


@functools.lru_cache(maxsize=1)
def known_syllables() -> frozenset[str]:
    """The dictionary's words of one written syllable (ต้อง, ปรับ, เสมอ, ชาติ …), which likely_syllable_breaks
    prefers to read."""
    _ensure_loaded()
    return frozenset(word for word in _words if is_syllable(word))


def syllable_cuts(text: str) -> list[int]:
    """Where a word with no dictionary parts left may be cut between syllables, if it must: the sure boundaries, or
    else those of its likeliest reading (see itadesk.thai.text)."""
    return list(syllable_breaks(text) or likely_syllable_breaks(text, known_syllables()))


def part_breaks(text: str) -> list[int]:
    """Offsets inside text between the dictionary words that make up each run of Thai letters in it."""
    offsets = []
    for match in _THAI_LETTERS.finditer(text):
        offset = match.start()
        for part in compound_parts(match.group())[:-1]:
            offset += len(part)
            offsets.append(offset)
    return offsets


_THAI_LETTERS = re.compile("[ก-ฮะ-ฺเ-ๅ็-๎]+")  # letters, vowels and marks: not ฯ, ๆ or digits
