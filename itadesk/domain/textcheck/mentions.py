"""What a line of Thai prose mentions: years, scores, percentages, indicators, tools, levels and change words.

Each mention keeps its span in the line, so a finding can point at it. The patterns follow how ITA reports are
written: "ได้ ๙๖.๓๓ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ (๙๕.๕๑)", "คิดเป็นร้อยละ ๐.๗๕", "อยู่ในระดับ ผ่านดี".
Numbers that are not results are left out here: thresholds and targets ("เกณฑ์ ๘๕.๐๐ คะแนน", "ตั้งเป้าให้ได้
๙๙.๕๐"), counts and rates with their unit ("๔๕.๕ คนต่อวัน"), times ("๐๘.๓๐ น."), ratings on a small scale
("๔.๕๒ จากคะแนนเต็ม ๕"), list numbers, dates and web addresses.
"""

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from itadesk.domain.comparison import Change
from itadesk.domain.textcheck.bounds import between_subjects_spans, inside, is_bound, is_gap, target_spans
from itadesk.domain.textcheck.levels import hoped, named_levels
from itadesk.domain.textcheck.phrases import (
    AFTER_NUMBERED_REFERENCE,
    AFTER_PERCENT,
    AFTER_POINTS,
    AFTER_UNIT,
    ARROW_AFTER,
    BEFORE_AMOUNT,
    BEFORE_COMPARED,
    BEFORE_DIFFERENCE,
    BEFORE_FROM,
    BEFORE_ORDINAL,
    BEFORE_PERCENT,
    BEFORE_POINTS,
    BEFORE_TIME,
    BEFORE_TO,
    BREAKS,
    CHANGE,
    CHANGE_BEFORE,
    CHANGE_THEN_AT,
    CLAUSE_ENDS,
    DIGIT,
    GROUP_AFTER,
    INDICATOR,
    ITEM,
    LEVEL_CHANGE,
    NAME_HEAD_AFTER,
    NAME_HEAD_BEFORE,
    NOT_MOVED_BEFORE,
    NUMBER,
    NUMBERS_LISTED,
    OR_AFTER_CHANGE,
    OVERALL,
    OWN_YEAR,
    OWN_YEAR_IN_BRACKETS,
    PERCENT_FRAME,
    RAISED_TO_AFTER,
    RANGE_WORD,
    RELATIVE_YEAR,
    SCALE_AFTER,
    SCORE_VERB_BEFORE,
    SEVERAL_INDICATORS,
    SHORT_YEAR_BEFORE,
    SIGN_BEFORE,
    SUBTRACTED_BEFORE,
    THE_OTHERS,
    TIME_AFTER,
    TIMES_AFTER,
    TIMES_BEFORE,
    TOOL,
    URL,
    YEAR_BEFORE_PAREN,
    YEAR_COMPARED_BEFORE,
    YEAR_IS_BEFORE,
    YEAR_STARTS_CLAUSE,
    YEAR_THEN_WITH,
    YEARS_LISTED_AFTER,
)
from itadesk.thai.digits import from_thai_digits


class Kind(Enum):
    YEAR = "year"
    NUMBER = "number"
    INDICATOR = "indicator"
    TOOL = "tool"
    OVERALL = "overall"
    LEVEL = "level"
    CHANGE = "change"
    LEVEL_CHANGE = "level change"
    BREAK = "break"  # a word that starts a new clause: a year named before it no longer applies
    RESPECTIVELY = "respectively"  # "ตามลำดับ": figures listed in the order of the years named


class Role(Enum):
    """How a number reads from the words around it."""

    SCORE = "score"  # a score of the year in context
    PREVIOUS = "previous"  # "จาก ๙๕.๕๑": the score before
    CURRENT = "current"  # "เป็น ๙๖.๓๓": the score after
    DIFFERENCE = "difference"  # "เพิ่มขึ้น ๐.๘๒ คะแนน"
    COMPARED = "compared"  # "เพิ่มขึ้นจากปีที่แล้ว ๐.๘๒ คะแนน": the difference, or the score before
    PERCENT = "percent"  # "ร้อยละ ๐.๗๕", "๐.๗๕%"


@dataclass(frozen=True)
class Mention:
    kind: Kind
    start: int
    end: int
    value: Decimal | None = None  # numbers
    decimals: int = 0
    year: int | None = None  # years; a number or level followed by its own year
    role: Role | None = None
    code: str = ""  # tools; level names
    number: int | None = None  # indicator references
    change: Change | None = None
    relative: str = ""  # "current"/"previous"/"next" for ปีนี้/ปีที่แล้ว/ปีหน้า; "from"/"to" for levels
    group: bool = False  # several indicators or a tool's question ("ตัวชี้วัดที่ ๖–๘", "EB๑๖"): no single figure
    tied: bool = True  # numbers: tied to a score by the words around it, not only by having decimals
    compared: bool = False  # years: the year compared with ("จากปี ๒๕๖๗", "เมื่อเทียบกับปี ๒๕๖๗")
    by_name: bool = False  # indicators: named by their name, without "ตัวชี้วัดที่ N"
    own_relative: str = ""  # numbers followed by "ในปีนี้"/"ในปีที่แล้ว"
    numbers: tuple[int, ...] = ()  # several indicators named by number: "ตัวชี้วัดที่ ๖, ๗, ๘", "ตัวชี้วัดที่ ๑–๕"


AFTER_REACH = 40  # characters after a number read to tell what it is


def _decimal(text: str) -> Decimal:
    return Decimal(from_thai_digits(text))


def _is_year(text: str) -> bool:
    plain = from_thai_digits(text)
    return len(plain) == 4 and "." not in plain and 2400 <= int(plain) <= 2700


def _outside(spans: list[tuple[int, int]], start: int) -> bool:
    return not any(a <= start < b for a, b in spans)


def scan(
    line: str, levels: tuple[str, ...], tool_names: dict[str, str], indicator_names: dict[int, str] | None = None
) -> list[Mention]:
    """Every mention in one line of prose, in order of position."""
    urls = [(m.start(), m.end()) for m in URL.finditer(line)]
    mentions: list[Mention] = []
    subjects = (*tool_names, *tool_names.values(), *(indicator_names or {}).values(), "ภาพรวม", "คะแนนรวม")
    mentions += _numbers(line, urls, subjects)
    mentions += _changes(line)
    mentions += _levels(line, levels)
    mentions += _references(line, tool_names)
    mentions += _names(line, indicator_names or {})
    for match in RELATIVE_YEAR.finditer(line):
        relative = "current" if match.group(1) else "previous" if match.group(2) else "next"
        compared = YEAR_COMPARED_BEFORE.search(line[: match.start()]) is not None
        mentions.append(Mention(Kind.YEAR, match.start(), match.end(), relative=relative, compared=compared))
    mentions += [Mention(Kind.BREAK, m.start(), m.end()) for m in BREAKS.finditer(line)]
    mentions += [Mention(Kind.RESPECTIVELY, m.start(), m.end()) for m in re.finditer("ตามลำดับ", line)]
    between = between_subjects_spans(line)
    mentions = [m for m in mentions if _outside(urls, m.start) and not _of_a_gap_between(m, between)]
    return sorted(mentions, key=lambda m: (m.start, m.kind is not Kind.LEVEL_CHANGE))


def _of_a_gap_between(mention: Mention, between: list[tuple[int, int]]) -> bool:
    return mention.kind in (Kind.NUMBER, Kind.CHANGE) and inside(between, mention.start)


def _numbers(line: str, urls: list[tuple[int, int]], subjects: tuple[str, ...]) -> list[Mention]:
    found = []
    targets = target_spans(line)
    last_bound_end = -100
    for match in NUMBER.finditer(line):
        start, end = match.span(1)
        if not _outside(urls, start):
            continue
        text = match.group(1)
        if _is_year(text):
            found.append(_year(line, start, end, text))
            continue
        if _is_short_year(line, start, text):  # "ปี 67": 2567
            found.append(replace(_year(line, start, end, text), year=2500 + int(from_thai_digits(text))))
            continue
        if inside(targets, start) or is_bound(line, start, end):
            last_bound_end = end
            continue
        if is_gap(line, start, last_bound_end):
            continue
        mention = _number(line, start, end, text, subjects)
        if mention is not None:
            found.append(mention)
    return found


def _is_short_year(line: str, start: int, text: str) -> bool:
    plain = from_thai_digits(text)
    return (
        len(plain) == 2
        and 60 <= int(plain) <= 99
        and SHORT_YEAR_BEFORE.search(line, max(0, start - 20), start) is not None
    )


def _year(line: str, start: int, end: int, text: str) -> Mention:
    before = line[max(0, start - 40) : start]
    listed = YEAR_THEN_WITH.search(before)
    compared = YEAR_COMPARED_BEFORE.search(before) is not None and (listed is None or bool(listed.group("compares")))
    return Mention(Kind.YEAR, start, end, year=int(from_thai_digits(text)), compared=compared)


def _number(line: str, start: int, end: int, text: str, subjects: tuple[str, ...]) -> Mention | None:
    before, after = line[max(0, start - 40) : start], line[end : end + AFTER_REACH]
    value = _decimal(text)
    decimals = len(text.split(".")[1]) if "." in text else 0
    if _is_list_marker(line, start, after) or _ordinal(before, decimals) or value > 100:
        return None
    if TIME_AFTER.match(after) or BEFORE_TIME.search(before) or SCALE_AFTER.match(after):
        return None
    if TIMES_AFTER.match(after) or TIMES_BEFORE.search(before):
        return None  # "0.4 × 5.00": a weight and what it weighs
    if BEFORE_PERCENT.search(before) or AFTER_PERCENT.match(after) or PERCENT_FRAME.search(before):
        return Mention(Kind.NUMBER, start, end, value=value, decimals=decimals, role=Role.PERCENT)
    if (
        AFTER_UNIT.match(after)
        and not AFTER_POINTS.match(after)
        and not (decimals == 2 and after.lstrip()[:5] == "ระดับ")
    ):
        return None  # "๕ ระดับ" counts levels; "91.24 ระดับผ่านดี" is a score and its level
    in_parens = after.lstrip().startswith((")", "คะแนน")) and before.rstrip().endswith("(")
    in_parens_after_year = in_parens and bool(YEAR_BEFORE_PAREN.search(before))
    in_parens_after_subject = (  # "EIT (๗๕.๘๓)"
        in_parens and (decimals in (1, 2) or value == 100) and line[:start].rstrip()[:-1].rstrip().endswith(subjects)
    )
    tied = (
        AFTER_POINTS.match(after) is not None
        or BEFORE_POINTS.search(before) is not None
        or SCORE_VERB_BEFORE.search(before) is not None
        or in_parens_after_year
        or in_parens_after_subject
    )
    if not tied and not (decimals in (1, 2) and not before.rstrip().endswith(("(", "ข้อ"))):
        return None
    year, own_relative = _own_year(after)
    if BEFORE_DIFFERENCE.search(before) or (BEFORE_AMOUNT.search(before) and CHANGE_BEFORE.search(before)):
        role = Role.DIFFERENCE  # "เพิ่มขึ้น ๐.๗๓ คะแนน", "เพิ่มขึ้นจากปี ๒๕๖๗ จำนวน ๐.๗๓ คะแนน"
    elif OR_AFTER_CHANGE.search(before) and CHANGE_BEFORE.search(line, 0, start):
        role = Role.DIFFERENCE  # "เพิ่มขึ้นจาก ๘๘.๓๓ เป็น ๙๕.๖๘ คะแนน หรือ ๗.๓๕ คะแนน"
    elif SIGN_BEFORE.search(before) or SUBTRACTED_BEFORE.search(before):
        role = Role.DIFFERENCE
    elif BEFORE_COMPARED.search(line, max(0, start - 80), start):
        role = Role.COMPARED  # "เพิ่มขึ้นจากปีที่แล้ว ๐.๗๓ คะแนน"
    elif (BEFORE_FROM.search(before) or ARROW_AFTER.match(after)) and not RAISED_TO_AFTER.match(after):
        role = Role.PREVIOUS
    elif BEFORE_TO.search(before) and not YEAR_IS_BEFORE.search(before):
        role = Role.CURRENT
    else:
        role = Role.SCORE
    return Mention(
        Kind.NUMBER,
        start,
        end,
        value=value,
        decimals=decimals,
        role=role,
        year=year,
        tied=tied,
        own_relative=own_relative,
    )


def _ordinal(before: str, decimals: int) -> bool:
    """ "ที่ ๓", "ข้อ ๒.๑": a place in an order, not a figure (but "คงที่ ที่ ๑๐๐.๐๐ คะแนน" gives a score)."""
    return BEFORE_ORDINAL.search(before) is not None and not (decimals == 2 and CHANGE_THEN_AT.search(before))


def _own_year(after: str) -> tuple[int | None, str]:
    """The year written right after a score ("๙๕.๕๑ คะแนนในปี ๒๕๖๗", "… คะแนนในปีนี้"), unless that year opens
    the next clause ("๙๘.๒๗ คะแนน ปี ๒๕๖๗ ได้ ๙๗.๕๔", "๕๕ คะแนน ปีนี้ได้ ๗๗.๕๐")."""
    own = OWN_YEAR.match(after)
    if own is None:
        bracketed = OWN_YEAR_IN_BRACKETS.match(after)
        if bracketed is None:
            return None, ""
        if bracketed.group("short"):
            return 2500 + int(from_thai_digits(bracketed.group("short"))), ""  # "98.75 (ปี 67)"
        return int(from_thai_digits(bracketed.group("year"))), ""
    if not (own.group("in") or own.group("only_in")) and not _ends_its_clause(after, own.end()):
        return None, ""  # "๗๘.๗๑ คะแนน ปีนี้ขึ้นมาเป็น ๘๙.๙๘": the year opens the next clause
    if own.group("year"):
        if YEARS_LISTED_AFTER.match(after, own.end()):
            return None, ""  # the first of years listed for figures given in order
        return int(from_thai_digits(own.group("year"))), ""
    if own.group("short"):
        return 2500 + int(from_thai_digits(own.group("short"))), ""  # "๙๒.๕๐ ในปี 66"
    return None, "current" if own.group("current") else "previous"


def _ends_its_clause(after: str, position: int) -> bool:
    """Whether the words after a year end the clause it closes: the end of the line, a bracket, a comma, "และ"…"""
    if YEAR_STARTS_CLAUSE.match(after, position):
        return False
    rest = after[position:]
    return (not rest.strip() and len(after) < AFTER_REACH) or CLAUSE_ENDS.match(rest) is not None


def _is_list_marker(line: str, start: int, after: str) -> bool:
    """ "๑." or "๑)" or "(๑)" opening a line, or "๒)" opening an item within it ("… คะแนน ๒) ระดับผ่านดีเยี่ยม")."""
    head = line[:start].strip()
    if head in ("", "(") and after[:1] in (".", ")"):
        return True
    number = NUMBER.match(line, start)
    if number is None or "." in number.group(1) or int(from_thai_digits(number.group(1))) > 20:
        return False
    before = line[:start].removesuffix("(")
    return after[:1] == ")" and after[1:2] in ("", " ") and (before == "" or before[-1] == " ")


def _changes(line: str) -> list[Mention]:
    found = []
    for match in CHANGE.finditer(line):
        change = Change.UP if match.group(1) else Change.DOWN if match.group(2) else Change.SAME
        found.append(Mention(Kind.CHANGE, match.start(), match.end(), change=change))
    for match in LEVEL_CHANGE.finditer(line):
        denied = NOT_MOVED_BEFORE.search(line, max(0, match.start() - 12), match.start()) is not None
        if hoped(line, match.start()) and not denied:
            continue  # "ตั้งเป้าเลื่อนระดับ…": a target, not a change
        if denied:
            change = Change.SAME  # "ยังไม่ได้เลื่อนระดับ": the level stayed
        elif match.group(1) or match.group(4) or match.group(7):
            change = Change.UP
        elif match.group(2) or match.group(6):
            change = Change.DOWN
        else:
            change = Change.SAME
        found.append(Mention(Kind.LEVEL_CHANGE, match.start(), match.end(), change=change))
    return found


def _levels(line: str, levels: tuple[str, ...]) -> list[Mention]:
    return [
        Mention(Kind.LEVEL, level.start, level.end, code=level.name, relative=level.relative)
        for level in named_levels(line, levels)
    ]


def _references(line: str, tool_names: dict[str, str]) -> list[Mention]:
    found = []
    for match in INDICATOR.finditer(line):
        number = int(from_thai_digits(match.group(1))) if match.group(1) else None
        group = number is not None and GROUP_AFTER.match(line, match.end()) is not None
        group = group or match.group(3) is not None  # "ตัวชี้วัดที่ลดลง ได้แก่ …": the indicators that…
        group = group or (number is None and SEVERAL_INDICATORS.match(line, match.end()) is not None)
        relative = "this" if match.group(2) else ""
        numbers = _numbers_listed(line, match.start(1)) if group and number is not None else ()
        found.append(
            Mention(
                Kind.INDICATOR,
                match.start(),
                match.end(),
                number=number,
                group=group,
                relative=relative,
                numbers=numbers,
            )
        )
    for match in ITEM.finditer(line):
        found.append(Mention(Kind.INDICATOR, match.start(), match.end(), group=True))
    for match in TOOL.finditer(line):
        found.append(Mention(Kind.TOOL, match.start(), match.end(), code=match.group(1)))
    for code, name in tool_names.items():
        for match in re.finditer(re.escape(name), line):
            found.append(Mention(Kind.TOOL, match.start(), match.end(), code=code))
    found += [Mention(Kind.OVERALL, m.start(), m.end()) for m in OVERALL.finditer(line)]
    found += [Mention(Kind.INDICATOR, m.start(), m.end(), group=True) for m in THE_OTHERS.finditer(line)]
    return found


def _numbers_listed(line: str, start: int) -> tuple[int, ...]:
    """The indicators' numbers of "๖, ๗ และ ๘" or of a range "๑–๕" (in order), from where the first stands."""
    listed = NUMBERS_LISTED.match(line, start)
    if listed is None:
        return ()
    numbers = [int(from_thai_digits(n)) for n in re.findall(f"{DIGIT}+", listed.group())]
    if len(numbers) == 2 and RANGE_WORD.search(listed.group()):
        return tuple(range(numbers[0], numbers[1] + 1)) if numbers[0] < numbers[1] <= 20 else ()
    return tuple(numbers)


def _names(line: str, indicator_names: dict[int, str]) -> list[Mention]:
    """An indicator named by its name alone as what a figure is about: "การเปิดเผยข้อมูลได้ ๗๖.๒๕ คะแนน",
    "ผลการประเมินประสิทธิภาพการสื่อสาร ได้ …". A name that only names a topic ("ควบคู่กับการเปิดเผยข้อมูล
    บนเว็บไซต์") or follows "ตัวชี้วัดที่ N" (the reference check reads that one) is not a mention."""
    found = []
    for number, name in indicator_names.items():
        for match in re.finditer(re.escape(name), line):
            start, end = match.span()
            before = line[max(0, start - 25) : start]
            if AFTER_NUMBERED_REFERENCE.search(before):
                continue
            if not (NAME_HEAD_BEFORE.search(before) and NAME_HEAD_AFTER.match(line, end)):
                continue
            found.append(Mention(Kind.INDICATOR, start, end, number=number, by_name=True))
    return found


__all__ = ["DIGIT", "Kind", "Mention", "Role", "scan"]
