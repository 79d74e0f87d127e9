"""Segmenting with a dictionary of only the words a text holds gives the tokens the whole word list gives, and an
export segments with such a dictionary, gathered from its own texts."""

import json
import random
from pathlib import Path

import nlpo3
import pytest

from itadesk.report.thaitext import MARKER, build_gathering_texts, markup
from itadesk.services.sample import sample_document
from itadesk.thai import dictionary, words
from itadesk.thai.words import segment

AS_WRITTEN = Path(__file__).parent / "data" / "khokkhon-2568-as-written.json"


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _strings(item)]
    return []


def _report_texts() -> list[str]:
    texts = _strings(sample_document().model_dump(mode="json")) + _strings(json.loads(AS_WRITTEN.read_text("utf-8")))
    return sorted({text for text in texts if text.strip()})


def _made_up_texts(count: int) -> list[str]:
    """Words of the list run together with pieces of words, spaces, digits and stray letters."""
    ordered = sorted(dictionary.word_list())
    chance = random.Random(2568)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(chance.randint(1, 12)):
            roll = chance.random()
            if roll < 0.65:
                parts.append(chance.choice(ordered))
            elif roll < 0.75:
                parts.append(chance.choice(ordered)[: chance.randint(1, 4)])
            elif roll < 0.85:
                parts.append(chance.choice([" ", "  ", "\n", " ๒๕๖๘ ", "(", ") ", "ITA", "ๆ", "."]))
            else:
                parts.append("".join(chr(chance.randint(0x0E01, 0x0E4E)) for _ in range(chance.randint(1, 4))))
        texts.append("".join(parts))
    return texts


def _words_inside_by_brute_force(text: str) -> set[str]:
    words = dictionary.word_list()
    longest = max(map(len, words))
    return {
        text[start:end]
        for start in range(len(text))
        for end in range(start + 1, min(len(text), start + longest) + 1)
        if text[start:end] in words
    }


def test_the_words_found_inside_a_text_are_every_word_of_the_list_in_it():
    spaced = next(word for word in dictionary.word_list() if " " in word)
    texts = [*_report_texts()[:60], *_made_up_texts(150), f"ก่อน{spaced}หลัง", "https://www.nacc.go.th/ita ๑๒๓"]
    for text in texts:
        assert dictionary.words_inside([text]) == _words_inside_by_brute_force(text), text
    assert spaced in dictionary.words_inside([f"ก่อน{spaced}หลัง"])


def test_a_dictionary_of_the_words_inside_segments_as_the_whole_list():
    texts = [*_report_texts(), *_made_up_texts(600)]
    dictionary.load_whole_list()
    for number, chunk in enumerate((texts[:40], texts)):
        name = f"test-partial-{number}-{random.random()}"
        dictionary._load(name, sorted(dictionary.words_inside(chunk)))
        for text in chunk:
            assert nlpo3.segment(text, name) == nlpo3.segment(text, dictionary.WHOLE_LIST), text
    # the comparison can fail: a dictionary lacking a word the text holds segments it otherwise
    text = "การจัดทำคู่มือการปฏิบัติงาน"
    lacking = f"test-lacking-{random.random()}"
    dictionary._load(lacking, sorted(dictionary.words_inside([text]) - {"คู่มือ"}))
    assert nlpo3.segment(text, lacking) != nlpo3.segment(text, dictionary.WHOLE_LIST)


@pytest.fixture
def fresh_state(monkeypatch):
    """The state of a process that has loaded no dictionary yet (nlpO3's own dictionaries stay loaded)."""
    state = dictionary._State()
    monkeypatch.setattr(dictionary, "_state", state)
    return state


def test_gathered_texts_are_segmented_with_a_dictionary_of_their_words(fresh_state):
    text = "การจัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ในหน่วยงาน"
    with dictionary.gathering() as gathered:
        with pytest.raises(dictionary.NotReady):
            segment(text)
        assert MARKER not in markup(text)  # marked up without breaks while gathered, not kept so
    assert gathered == {text}
    dictionary.prepare(gathered)
    assert fresh_state.partial is not None and not fresh_state.whole_list
    assert fresh_state.partial_words == dictionary.words_inside([text])
    dictionary._load(dictionary.WHOLE_LIST, sorted(dictionary.word_list()))  # in nlpO3, not in this state
    assert segment(text) == words._reattach(nlpo3.segment(text, dictionary.WHOLE_LIST))
    assert len(segment(text)) > 4 and MARKER in markup(text)
    # a text not prepared outside gathering: the whole list
    assert segment("ประชาสัมพันธ์") == ["ประชาสัมพันธ์"] and fresh_state.whole_list


def test_a_build_gathers_its_texts_then_builds_again_only_if_some_were_new(fresh_state):
    texts = ["ผลการประเมินคุณธรรมและความโปร่งใส", "มาตรการส่งเสริมคุณธรรม"]
    builds = []

    def build() -> list[str]:
        builds.append(1)
        return [markup(text) for text in texts]

    made = build_gathering_texts(build)
    assert len(builds) == 2 and all(MARKER in marked for marked in made)
    assert build_gathering_texts(build) == made and len(builds) == 3
    partial = fresh_state.partial
    texts.append("การเปิดเผยข้อมูล")
    build_gathering_texts(build)
    assert len(builds) == 5 and fresh_state.partial != partial
    assert fresh_state.partial_words >= dictionary.words_inside(texts)
    assert not fresh_state.whole_list


def test_past_its_limits_the_whole_list_is_loaded(fresh_state, monkeypatch):
    monkeypatch.setattr(dictionary, "PARTIAL_WORDS_LIMIT", 10)
    dictionary.prepare(["การจัดทำคู่มือการปฏิบัติงานของเจ้าหน้าที่ในหน่วยงาน"])
    assert fresh_state.whole_list and fresh_state.partial is None
