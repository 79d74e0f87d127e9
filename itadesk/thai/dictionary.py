"""The word list (resources/dictionary) and the nlpO3 dictionaries that segmentation runs on.

nlpO3 holds a dictionary as a trie with a hash map in every node: the whole list, 62,000 words, takes 0.1 s to load
and 65 MB of memory, more than the rest of an export. Yet newmm only ever asks the dictionary which of its words the
text begins with at a position of the text (nlpO3 1.4's TrieChar.prefix_ref, in order of length), so a text segments
exactly the same with any dictionary that holds every word of the list found inside it (tests/test_thai_dictionary.py
holds one against the other). An export gathers the texts it will segment (``gathering``: the texts are recorded,
and segmenting one raises ``NotReady``), then ``prepare`` loads one dictionary of only the words found inside them,
some 1,300 for the sample's report; a text that was not prepared (checking a text in the window, the Word file) is
segmented with the whole list, loaded the first time it is needed.

The words found inside a text are looked up in the list sorted, each space-separated piece of text once per
process; a word of the list holding a space is looked for in the whole text.
"""

import bisect
import contextlib
import contextvars
import functools
import itertools
import os
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import nlpo3

from itadesk.paths import resources_dir

WHOLE_LIST = "itadesk"
# Past these, the whole list is loaded instead of another dictionary: each nlpO3 dictionary stays loaded (nlpO3 has no
# way to drop one), and a long session's exports are cheaper on one whole list than on many partial ones.
PARTIAL_WORDS_LIMIT = 20_000
PREPARED_TEXTS_LIMIT = 10_000


class NotReady(Exception):
    """The text is being gathered: it is segmented once the gathered texts' dictionary is prepared."""


@dataclass
class _State:
    words: frozenset[str] = frozenset()
    ordered: list[str] = field(default_factory=list)  # the words in code point order, for prefixes
    spaced: tuple[str, ...] = ()  # the words that hold a space: not found piece by piece
    whole_list: bool = False  # WHOLE_LIST is loaded
    partial: str | None = None  # the name of the partial dictionary loaded last
    partial_words: frozenset[str] = frozenset()
    prepared: set[str] = field(default_factory=set)  # texts the partial dictionary segments
    loaded_words: int = 0  # words of all the partial dictionaries loaded


_state = _State()
_lock = threading.RLock()
_gathered: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("itadesk_gathered_texts", default=None)


# A line of the list holding a word with a space inside (not the spaces around it, which do not count).
_SPACED_LINE = re.compile(r"^\s*(\S+(?:[^\S\r\n]+\S+)+)\s*$", re.MULTILINE)


def _dictionary_files() -> list[str]:
    folder = resources_dir() / "dictionary"
    return [str(folder / "words_th.txt"), str(folder / "words_itadesk.txt")]


def word_list() -> frozenset[str]:
    """Every word of the list (read the first time it is asked for)."""
    if not _state.ordered:
        with _lock:
            if not _state.ordered:
                content = ""
                for path in _dictionary_files():
                    with open(path, encoding="utf-8") as handle:
                        content += handle.read() + "\n"
                words = dict.fromkeys(filter(None, map(str.strip, content.split("\n"))))
                _state.spaced = tuple(dict.fromkeys(_SPACED_LINE.findall(content)))
                _state.words = frozenset(words)
                _state.ordered = sorted(words)
    return _state.words


_loaded_names: set[str] = set()  # nlpO3's dictionaries, loaded for the process's life
_partial_numbers = itertools.count(1)


def _load(name: str, words: Iterable[str]) -> None:
    if name in _loaded_names:
        return
    # nlpO3 reads a dictionary from a file only.
    handle, path = tempfile.mkstemp(prefix="itadesk-words-", suffix=".txt")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(words))
        message, ok = nlpo3.load_dict(path, name)
    finally:
        os.unlink(path)
    if not ok:
        raise RuntimeError(message)
    _loaded_names.add(name)


def load_whole_list() -> None:
    """Load the whole list into nlpO3 (once): every text segments with it."""
    if _state.whole_list:
        return
    with _lock:
        if not _state.whole_list:
            word_list()
            _load(WHOLE_LIST, _state.ordered)
            _state.whole_list = True


def dictionary_for(text: str) -> str:
    """The name of a loaded nlpO3 dictionary that segments text as the whole list does. While texts are being
    gathered, one that was not prepared is recorded and NotReady raised."""
    if _state.whole_list:
        return WHOLE_LIST
    partial = _state.partial
    if partial is not None and text in _state.prepared:
        return partial
    gathered = _gathered.get()
    if gathered is not None:
        gathered.add(text)
        raise NotReady(text)
    load_whole_list()
    return WHOLE_LIST


@contextlib.contextmanager
def gathering() -> Iterator[set[str]]:
    """Within it, segmenting a text that was not prepared records it (in the set given) and raises NotReady."""
    texts: set[str] = set()
    token = _gathered.set(texts)
    try:
        yield texts
    finally:
        _gathered.reset(token)


def whole_list_loaded() -> bool:
    """Whether every text is segmented with the whole list now (gathering texts is of no use then)."""
    return _state.whole_list


def prepare(texts: Iterable[str]) -> None:
    """Make a dictionary of the words found inside these texts the one they are segmented with."""
    with _lock:
        if _state.whole_list:
            return
        new = {text for text in texts if text not in _state.prepared}
        if not new:
            return
        if len(_state.prepared) + len(new) > PREPARED_TEXTS_LIMIT:
            load_whole_list()
            return
        needed = words_inside(new)
        if _state.partial is None or not needed <= _state.partial_words:
            words = needed | _state.partial_words
            if _state.loaded_words + len(words) > PARTIAL_WORDS_LIMIT:
                load_whole_list()
                return
            name = f"{WHOLE_LIST}-{next(_partial_numbers)}"
            _load(name, sorted(words))
            _state.partial, _state.partial_words = name, frozenset(words)
            _state.loaded_words += len(words)
        _state.prepared |= new


def words_inside(texts: Iterable[str]) -> set[str]:
    """Every word of the list found inside any of the texts."""
    word_list()
    texts = list(texts)
    found: set[str] = set()
    for text in texts:
        for piece in text.split():
            found |= _words_inside_piece(piece)
    if _state.spaced:
        joined = "\n".join(texts)
        found.update(word for word in _state.spaced if word in joined)
    return found


@functools.lru_cache(maxsize=8192)
def _words_inside_piece(piece: str) -> frozenset[str]:
    # The words that begin what follows a position are the prefixes of it that are words; each is a prefix of the
    # last word of the list sorted before it too (every string sorted between a word and a text it begins starts
    # with it), so only prefixes as long as the two have in common are looked up.
    ordered, words = _state.ordered, _state.words
    found = []
    for start in range(len(piece)):
        rest = piece[start:]
        index = bisect.bisect_right(ordered, rest)
        if not index:
            continue
        before = ordered[index - 1]
        common = 0
        for mine, theirs in zip(rest, before, strict=False):
            if mine != theirs:
                break
            common += 1
        found += (rest[:end] for end in range(1, common + 1) if rest[:end] in words)
    return frozenset(found)
