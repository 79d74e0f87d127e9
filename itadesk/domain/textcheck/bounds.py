"""Numbers that are not the agency's results: targets and thresholds ("ตั้งเป้าให้ได้ ๙๙.๕๐", "เกณฑ์ ๘๕.๐๐ คะแนน"),
suppositions ("ถ้า OIT ได้ ๘๕ คะแนน จะอยู่ในระดับผ่านดี"), ranges ("ช่วงคะแนน ๘๕.๐๐ – ๙๔.๙๙") and how far a result is
from one of them ("ต่ำกว่าเกณฑ์ ๘๕ คะแนน อยู่ ๙.๘๖ คะแนน")."""

import re

from itadesk.domain.textcheck.phrases import (
    AFTER_BOUND,
    BEFORE_BOUND,
    BETWEEN_SUBJECTS,
    BREAKS,
    CONCEDE,
    CONDITION,
    CONDITION_ENDS,
    CONDITION_REACH,
    GAP_BEFORE,
    GAP_REACH,
    GAP_RIGHT_AFTER,
    HEDGE,
    HEDGE_REACH,
    INDICATOR_NUMBER_BEFORE,
    NUMBER,
    RANGE_AFTER,
    RANGE_BEFORE,
    RESULT_VERB,
    SHORT_OF,
    TARGET,
)
from itadesk.thai.digits import from_thai_digits

Span = tuple[int, int]


def inside(spans: list[Span], start: int) -> bool:
    return any(a <= start < b for a, b in spans)


def target_spans(line: str) -> list[Span]:
    """From a word of a target or a threshold to the first number after it: that number is not a result
    ("ตั้งเป้าให้ได้ ๙๙.๕๐", "เกณฑ์ระดับผ่าน คือ ๘๕.๐๐") unless a result comes first ("…ซึ่งในปีนี้ได้ ๘๙.๓๐")."""
    spans = []
    for match in TARGET.finditer(line):
        number = NUMBER.search(line, match.end())
        while number is not None and _not_a_figure(line, number):
            number = NUMBER.search(line, number.end())  # "ให้ตัวชี้วัดที่ ๗ ถึง ๙๐ คะแนน", "ในปี ๒๕๖๙ ให้ได้ …"
        if number is None or number.start() - match.end() > 60:
            continue
        between = line[match.end() : number.start()]
        if RESULT_VERB.search(between) or BREAKS.search(between):
            continue
        spans.append((match.start(), number.end(1)))
    return spans + supposition_spans(line)


def _not_a_figure(line: str, number: re.Match[str]) -> bool:
    """An indicator's number or a year: what a target is about, not the target."""
    plain = from_thai_digits(number.group(1))
    if len(plain) == 4 and plain.isdigit() and 2400 <= int(plain) <= 2700:
        return True
    return INDICATOR_NUMBER_BEFORE.search(line, max(0, number.start() - 15), number.start()) is not None


def supposition_spans(line: str) -> list[Span]:
    """A supposition and its consequence, to where a new clause starts: nothing in it is a result."""
    spans = []
    for match in CONDITION.finditer(line):
        end = min(len(line), match.end() + CONDITION_REACH)
        for stop in (BREAKS.search(line, match.end()), CONDITION_ENDS.search(line, match.end())):
            if stop is not None:
                end = min(end, stop.start())
        spans.append((match.start(), end))
    return spans


def between_subjects_spans(line: str) -> list[Span]:
    """The gap between two tools or indicators and how it changed, to where a new clause starts: nothing in it is
    the score of either ("ผลต่างระหว่าง IIT กับ EIT ลดลงจาก ๗.๐๗ คะแนนในปี ๒๕๖๗ เหลือ ๒.๑๘ คะแนน")."""
    spans = []
    for match in BETWEEN_SUBJECTS.finditer(line):
        stop = BREAKS.search(line, match.end())
        spans.append((match.start(), stop.start() if stop else len(line)))
    return spans


def is_bound(line: str, start: int, end: int) -> bool:
    """A threshold or a target ("ไม่ต่ำกว่า ๘๕", "๘๕ คะแนนขึ้นไป"), or one end of a range."""
    before, after = line[max(0, start - 40) : start], line[end : end + 40]
    if BEFORE_BOUND.search(before) is not None or AFTER_BOUND.match(after) is not None:
        return True
    return RANGE_BEFORE.search(before) is not None or RANGE_AFTER.match(after) is not None


def is_gap(line: str, start: int, last_bound_end: int) -> bool:
    """How far from a threshold: "ขาดอีก ๒.๕๐ คะแนน", or named before it in the same clause: "ต่ำกว่าเกณฑ์ ๘๕ คะแนน
    อยู่ ๙.๘๖ คะแนน", "ต่ำกว่าเกณฑ์ (๙๕ คะแนน) ๐.๘๓ คะแนน"."""
    if SHORT_OF.search(line, max(0, start - 20), start):
        return True
    if start - last_bound_end > GAP_REACH:
        return False
    if not (
        GAP_BEFORE.search(line, max(0, start - 12), start) or GAP_RIGHT_AFTER.fullmatch(line, last_bound_end, start)
    ):
        return False
    between = line[last_bound_end:start]
    return RESULT_VERB.search(between) is None and BREAKS.search(between) is None


def hedged(line: str, start: int) -> bool:
    """Whether the clause a word stands in, up to it, is a forecast, a plan, a hope or a supposition."""
    before = line[max(0, start - HEDGE_REACH) : start]
    clauses = list(BREAKS.finditer(before))
    if clauses:
        before = before[clauses[-1].end() :]
    conceded = CONCEDE.search(before)
    return any(
        not (match.group() == "จะ" and conceded is not None and conceded.end() <= match.start())
        for match in HEDGE.finditer(before)
    )  # "แม้ระดับผลการประเมินจะลดลง": although it went down, not a forecast
