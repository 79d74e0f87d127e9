"""Thai text measures for fixed-width output (combining marks take no column), and Thai written syllables: where a
word may be cut between two syllables when nothing better is left."""

import re
import unicodedata
from functools import lru_cache

# --- fixed-width output ----------------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: Thai vowel and tone marks above or below take none."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else 1 for ch in text)


def pad(text: str, width: int, align: str = "<") -> str:
    gap = max(0, width - display_width(text))
    return text + " " * gap if align == "<" else " " * gap + text


# --- syllables -------------------------------------------------------------------------------------------------
#
# A written Thai syllable is an initial consonant (or two: a cluster such as ปร, ห or อ leading a low consonant, or a
# consonant read with a short "a" before the one that leads, as in ขนาด and เสมอ), vowel signs before, above, below or
# after it, a tone mark, a final consonant or two (พุทธ, ทุกข), and silent letters (องค์, จันทร์, มิตร, ชาติ). By
# shape alone most words can be read as syllables in several ways (นากลาง: นา|กลาง or นาก|ลาง). syllable_breaks
# offers a cut only where every reading puts a syllable boundary; likely_syllable_breaks, for a word that must be cut
# where there is no such place, cuts between the syllables of its likeliest reading (known words, written vowels).
# Neither cuts inside a syllable of its reading, so never between a consonant and its vowels or marks or before ะ า ำ,
# and the readings make a final consonant part of its syllable (ช่อง|ทาง, not ช่อ|งทาง); a run that cannot be read as
# syllables is not cut.

_C = "[ก-รลว-ฮ]"  # consonants, without ฤ and ฦ, which are vowels here
_T = "[่-๋]"  # tone marks
_I = f"{_C}{_C}?"  # an initial
_P = f"(?:{_C})?"  # a consonant read with a short a before a leading vowel: อเม|ริ|กา, สแลง
_F = f"{_C}{_C}?(?:[ิุ](?!์))?"  # a final, perhaps doubled or with a silent vowel: จักร ยุทธ ชาติ เหตุ
_SILENT = f"(?:{_C}{{1,3}}[ิุ]?์)"  # letters not read, under ์: ค์ ทร์ ดิ์ ษณ์
_BODIES = (
    f"{_I}ั{_T}?(?:ว|{_F})",  # ตัว ทั้ง ปรับ
    f"{_I}[ิีึุู]{_T}?(?:{_F})?",  # ดี คิด ที่ ถิ่น สุด
    f"{_I}ื{_T}?อ?(?:{_F})?",  # มือ ชื่อ พื้น ยืน
    f"{_I}็{_F}|ก็",  # ล็อก, ก็
    f"{_I}{_T}?[าๅ](?:{_F})?",  # การ ท่าน
    f"{_I}{_T}?ำ",  # ทำ น้ำ
    f"{_I}{_T}?ะ",  # ประ จ๊ะ
    f"{_I}{_T}?อ(?:{_F})?",  # ต้อง พอ
    f"{_I}{_T}?ว{_F}",  # ส่วน ควร
    f"{_I}รร(?:{_F})?",  # กรรม ธรรม
    f"(?!รร){_I}{_T}?{_F}",  # คน ต้น กรม: a short o
    f"{_P}เ{_I}(?:{_T}?(?:าะ|า|อะ|อ|ะ)|ี{_T}?ย(?:{_F})?|ื{_T}?อ(?:{_F})?|ิ{_T}?{_F}|็{_F}|{_T}?(?:{_F})?)",
    f"{_P}แ{_I}(?:็{_F}|{_T}?ะ|{_T}?(?:{_F})?)",  # แม่ และ แข็ง
    f"{_P}โ{_I}(?:{_T}?ะ|{_T}?(?:{_F})?)",  # โต๊ะ โดย
    f"{_P}[ใไ]{_I}{_T}?(?:{_F})?",  # ใช้ ไทย
    f"(?:{_C})?[ฤฦ]ๅ?(?:{_F})?",  # ฤดู, อังกฤษ
)
# A silent letter may come before the final in words from English: ฟิล์ม, ฮาร์ด.
_SYLLABLE_PATTERN = f"(?:{'|'.join(_BODIES)})(?:{_SILENT}{_C}?)?[ๆฯ]?"


@lru_cache(maxsize=1)
def _syllable() -> re.Pattern[str]:
    # Compiled when a word must first be cut between syllables (rare): compiling takes longer than starting up.
    return re.compile(_SYLLABLE_PATTERN)


_LONGEST = 16  # letters in the longest written syllable worth trying (เปรี้ยว, ทรัพย์ with room to spare)
_THAI_RUN = re.compile("[ก-ฺเ-๎]+")  # Thai letters, vowels and marks, without digits
_LEADING_VOWELS = "เแโใไ"
# Two consonants that begin a syllable together: clusters, and ห or อ leading a low consonant.
_CLUSTERS = frozenset(
    "กร กล กว ขร ขล ขว คร คล คว ปร ปล พร พล ผล ตร ทร บร บล ดร ฟร ฟล ศร สร จร ซร หง หญ หน หม หย หร หล หว อย".split()
)


def is_syllable(text: str) -> bool:
    """The text has the shape of one written Thai syllable."""
    return bool(_syllable().fullmatch(text))


def _sure_boundaries(run: str) -> list[int] | None:
    """Offsets inside a run of Thai letters where every reading of it as syllables has a boundary; None if it cannot
    be read."""
    n = len(run)
    syllable = _syllable()
    ends: list[list[int]] = [[] for _ in range(n + 1)]  # where a syllable that starts at i may end
    for start in range(n):
        for end in range(start + 1, min(n, start + _LONGEST) + 1):
            if syllable.fullmatch(run, start, end):
                ends[start].append(end)
    before = [0] * (n + 1)  # readings of run[:i]
    before[0] = 1
    for start in range(n):
        if before[start]:
            for end in ends[start]:
                before[end] += before[start]
    if not before[n]:
        return None
    after = [0] * (n + 1)  # readings of run[i:]
    after[n] = 1
    for start in range(n - 1, -1, -1):
        after[start] = sum(after[end] for end in ends[start])
    return [i for i in range(1, n) if before[i] * after[i] == before[n]]


def _ends_a_syllable(piece: str) -> bool:
    """The piece cannot end with a consonant that leads what follows (the ท of ทแยง in เส้นทแยง)."""
    return not (
        _is_consonant(piece[-1]) and (len(piece) < 2 or _is_consonant(piece[-2]) or piece[-2] in _LEADING_VOWELS)
    )


def _is_consonant(char: str) -> bool:
    return "ก" <= char <= "ฮ" and char not in "ฤฦ"


def _run_boundaries(run: str) -> list[int]:
    sure = _sure_boundaries(run)
    if sure is not None:
        return sure
    # No reading of the whole: read the pieces before leading vowels (which begin a syllable) on their own, and cut
    # inside pieces that can be read, and between two such pieces where the first ends a syllable.
    starts = [0] + [i for i in range(1, len(run)) if run[i] in _LEADING_VOWELS and run[i - 1] not in _LEADING_VOWELS]
    pieces = list(zip(starts, [*starts[1:], len(run)], strict=True))
    readings = [_sure_boundaries(run[a:b]) for a, b in pieces]
    result = []
    for index, ((start, _end), reading) in enumerate(zip(pieces, readings, strict=True)):
        if reading is None:
            continue
        if index and readings[index - 1] is not None and _ends_a_syllable(run[pieces[index - 1][0] : start]):
            result.append(start)
        result.extend(start + offset for offset in reading)
    return result


def _finals(head: str) -> str:
    """The consonants that end a syllable (without its leading vowel): after its last vowel sign, tone mark or
    vowel letter อ ว ย, or after its initial when it writes no vowel (คน, กรม)."""
    vowels = [i for i, char in enumerate(head) if i and (not _is_consonant(char) or char in "อวย")]
    if vowels:
        return head[vowels[-1] + 1 :]
    return head[2:] if head[:2] in _CLUSTERS else head[1:]


def _reading_cost(syllable: str, known: frozenset[str]) -> int:
    """How unlikely a syllable is in a reading: 1 each (fewer, longer syllables are likelier: ชาติ, not ชา|ติ); 2
    more if it is not a known word; 1 more if its vowel is not written after its initial (คน, เสมอ), 3 if it is not
    known either (ต้อ|งป|รับ costs 8 against ต้อง|ปรับ's 2); 1 more if it ends in two consonants (ยุทธ; not
    องค์|กรปก|ครอง) or in a short vowel with no final (ตึ|กราม against ตึก|ราม)."""
    leading = syllable[:1] in _LEADING_VOWELS
    head = syllable[1:] if leading else syllable
    after_initial = head[2:] if head[:2] in _CLUSTERS else head[1:]
    if leading:
        written = not after_initial or not _is_consonant(after_initial[0]) or len(_finals(head)) == len(after_initial)
    else:
        first = after_initial[:1]
        vowel = first == "อ" or (bool(first) and not _is_consonant(first) and first not in _LEADING_VOWELS)
        written = head[1:3] == "รร" or vowel
    double_final = len(_finals(head)) >= 2 and not syllable.endswith("์")  # ยุทธ, มิตร: rare
    open_short = syllable[-1] in "ัิึุ็"  # ตึ|กราม against ตึก|ราม
    unwritten = 0 if written else 1 if syllable in known else 3
    return 1 + (0 if syllable in known else 2) + unwritten + int(double_final) + int(open_short)


@lru_cache(maxsize=4096)
def likely_syllable_breaks(text: str, known: frozenset[str] = frozenset()) -> tuple[int, ...]:
    """The syllable boundaries of the likeliest reading of each run of Thai letters, for a word that must be cut
    where syllable_breaks finds no sure boundary (ช่อง|ทาง, which reads ช่อ|งทาง too). The likeliest reading costs
    least (see _reading_cost), then has the fewest syllables, then the longest first ones (หลอก|ล้อ, not หลอ|กล้อ).
    Never a cut inside a syllable of that reading, so never between a letter and its vowels or marks."""
    offsets: list[int] = []
    syllable = _syllable()
    for match in _THAI_RUN.finditer(text):
        run = match.group()
        n = len(run)
        # best[i]: ((cost, syllables, -length of the first), end of the first) of the best reading of run[i:]
        best: list[tuple[tuple[int, int, int], int] | None] = [None] * (n + 1)
        best[n] = ((0, 0, 0), n)
        for start in range(n - 1, -1, -1):
            for end in range(start + 1, min(n, start + _LONGEST) + 1):
                rest = best[end]
                if rest is None or not syllable.fullmatch(run, start, end):
                    continue
                score = (rest[0][0] + _reading_cost(run[start:end], known), rest[0][1] + 1, start - end)
                current = best[start]
                if current is None or score < current[0]:
                    best[start] = (score, end)
        at = 0
        while (step := best[at]) is not None and step[1] < n:
            at = step[1]
            offsets.append(match.start() + at)
    return tuple(offsets)


@lru_cache(maxsize=4096)
def syllable_breaks(text: str) -> tuple[int, ...]:
    """Offsets inside text where a line may break between two whole Thai syllables, inside runs of Thai letters
    (what comes between them is left alone)."""
    offsets: list[int] = []
    for match in _THAI_RUN.finditer(text):
        offsets.extend(match.start() + offset for offset in _run_boundaries(match.group()))
    return tuple(offsets)


def syllables(word: str) -> list[str]:
    """The word cut at syllable_breaks: ''.join() gives it back."""
    cuts = [0, *syllable_breaks(word), len(word)]
    return [word[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


def cluster_breaks(text: str) -> tuple[int, ...]:
    """Offsets where text may be cut when even one syllable is too wide: never between a letter and the vowels and
    marks that go with it, never after a leading vowel, never before ะ า ำ ๅ ๆ ฯ."""
    offsets = []
    for index in range(1, len(text)):
        char, before = text[index], text[index - 1]
        if unicodedata.category(char).startswith("M") or char in "ะาำๅๆฯ" or before in _LEADING_VOWELS:
            continue
        if index + 1 < len(text) and text[index + 1] == "์":
            continue  # a silent letter stays with the syllable before it
        offsets.append(index)
    return tuple(offsets)
