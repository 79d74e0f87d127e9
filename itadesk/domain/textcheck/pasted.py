"""Text pasted from another indicator's section: most of its words, in order, are another section's text.

A shared opening ("แสดงให้เห็นถึงการทำงานที่มีประสิทธิภาพในการปฏิบัติงาน…") is common and fine; a finding needs the
larger part of the text to be the other's, counted in runs of several words.
"""

from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from itadesk.domain.findings import Severity
from itadesk.domain.textcheck.texts import TextKind, WrittenText
from itadesk.i18n import _
from itadesk.thai.words import segment

SHARE = 0.6  # part of a text's words that must come from the other text
MIN_WORDS = 25  # shorter texts are left alone: a short factual sentence may well repeat
MIN_RUN = 4  # runs of fewer words in common do not count


@dataclass(frozen=True)
class Pasted:
    text: WrittenText
    source: WrittenText
    start: int
    end: int
    share: float

    def message(self) -> str:
        source = self.source
        if source.fiscal_year is not None:
            where = _("{text} of {year}").format(text=source.label(), year=source.fiscal_year)
        else:
            where = source.label()
        return _(
            "{share} percent of this text is the same as {source}: it may have been pasted from another "
            "indicator's section."
        ).format(share=round(self.share * 100), source=where)

    @property
    def severity(self) -> Severity:
        return Severity.WARNING


def _is_figure(token: str) -> bool:
    """Numbers and punctuation: the same figures in two sections are no sign of pasting."""
    return not any(ch.isalpha() for ch in token)


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    words, spans, offset = [], [], 0
    for token in segment(text):
        if token.strip() and not _is_figure(token):
            words.append(token)
            spans.append((offset, offset + len(token)))
        offset += len(token)
    return tuple(words), tuple(spans)


def find_pasted(texts: list[WrittenText], sources: list[WrittenText]) -> list[Pasted]:
    """For each text of an indicator's or a measure's section, the other section it mostly repeats, if any."""
    found = []
    matchers: dict[int, SequenceMatcher] = {}  # one per source, so that each source's words are indexed once
    for text in texts:
        if text.kind is TextKind.OVERALL or text.indicator is None:
            continue
        words, spans = _words(text.text)
        if len(words) < MIN_WORDS:
            continue
        best: Pasted | None = None
        for source in sources:
            if source.indicator in (None, text.indicator) or source is text:
                continue
            if text.kind is TextKind.INDICATOR and source.kind is TextKind.MEASURE:
                continue  # a measure repeating the analysis it answers is the measure's doing
            source_words, _spans = _words(source.text)
            matcher = matchers.get(id(source))
            if matcher is None:
                matcher = matchers[id(source)] = SequenceMatcher(None, b=source_words, autojunk=False)
            matcher.set_seq1(words)
            at_least = SHARE * len(words) * 2 / (len(words) + len(source_words))
            if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
                continue
            blocks = [b for b in matcher.get_matching_blocks() if b.size >= MIN_RUN]
            share = sum(b.size for b in blocks) / len(words)
            if share >= SHARE and (best is None or share > best.share):
                start, end = spans[blocks[0].a][0], spans[blocks[-1].a + blocks[-1].size - 1][1]
                best = Pasted(text, source, start, end, share)
        if best is not None:
            found.append(best)
    return found
