"""Thai word segmentation, for breaking lines only between words.

nlpO3 (the newmm dictionary algorithm in Rust: about 3 ms for 50 KB of text, a 1.3 MB wheel with Windows builds)
with PyThaiNLP's CC0 word list and ITA Desk's own words (resources/dictionary). PyThaiNLP itself would add 68 MB,
mostly corpora the program does not use; ICU splits compounds such as เจ้า|หน้าที่, which looks wrong in formal text.
"""

import os
import tempfile
import threading
from collections.abc import Iterator

import nlpo3

from itadesk.paths import resources_dir

_DICT_NAME = "itadesk"
_lock = threading.Lock()
_loaded = False
_words: frozenset[str] = frozenset()


def _dictionary_files() -> list[str]:
    folder = resources_dir() / "dictionary"
    return [str(folder / "words_th.txt"), str(folder / "words_itadesk.txt")]


def _ensure_loaded() -> None:
    global _loaded, _words
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        # nlpO3 reads one file per dictionary: join the two lists in a temporary file.
        words: list[str] = []
        for path in _dictionary_files():
            with open(path, encoding="utf-8") as handle:
                words.extend(line.strip() for line in handle if line.strip())
        handle, combined = tempfile.mkstemp(prefix="itadesk-words-", suffix=".txt")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write("\n".join(dict.fromkeys(words)))
            message, ok = nlpo3.load_dict(combined, _DICT_NAME)
        finally:
            os.unlink(combined)
        if not ok:
            raise RuntimeError(message)
        _words = frozenset(words)
        _loaded = True


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


def _reattach(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    for token in tokens:
        moved = _moved_part(joined[-1], token) if joined else ""
        if moved:
            joined[-1] += moved
            token = token[len(moved) :]
        if token:
            joined.append(token)
    return joined


def segment(text: str) -> list[str]:
    """The text cut into tokens (words, spaces, digits, punctuation); ''.join() gives it back."""
    if not text:
        return []
    _ensure_loaded()
    return _reattach(nlpo3.segment(text, _DICT_NAME))


def _is_thai_letter(ch: str) -> bool:
    # Thai letters, vowels and marks; not Thai digits (๐–๙), ฯ or ๆ, which stay with what precedes them.
    return "\u0e01" <= ch <= "\u0e4e" and ch not in "ฯๆ"


def break_offsets(text: str) -> Iterator[int]:
    """Offsets inside text where a line may break between two Thai words (spaces are breaks anyway)."""
    offset = 0
    previous = ""
    for token in segment(text):
        if previous and token and _is_thai_letter(previous[-1]) and _is_thai_letter(token[0]):
            yield offset
        offset += len(token)
        previous = token


def insert_breaks(text: str, marker: str) -> str:
    """The text with `marker` put at every break opportunity between Thai words."""
    pieces = []
    start = 0
    for offset in break_offsets(text):
        pieces.append(text[start:offset])
        start = offset
    pieces.append(text[start:])
    return marker.join(pieces)
