"""Where a line names the agency's level: "อยู่ในระดับ ผ่านดี", "ระดับผลการประเมิน: ผ่าน", "ลดลงจากระดับผ่านดีเป็น
ผ่าน", "ระดับผลการประเมินคงเดิม (ผ่าน)", and whether it is the level before ("จากเดิมที่อยู่ในระดับ…") or after
("…เป็นระดับ…"). Levels that are a threshold, a hope or a supposition ("เกณฑ์ระดับผ่าน", "หากต้องการกลับไปอยู่ใน
ระดับผ่านดีเยี่ยม", "ถ้า OIT ได้ ๘๕ คะแนน จะอยู่ในระดับผ่านดี") are not the agency's and are left out."""

import re
from dataclasses import dataclass
from functools import lru_cache

from itadesk.domain.textcheck.bounds import inside, supposition_spans
from itadesk.domain.textcheck.phrases import (
    AGENCY_WORD,
    BREAKS,
    HYPOTHETICAL_LEVEL,
    LEVEL_CHANGE,
    LEVEL_DEFINED_AFTER,
    TARGET,
    YEAR_PREFIX,
)

_NOT_A_LEVEL_AFTER = r"(?!เกณฑ์|การ|ทาง|ช่องทาง)"
_NOT_PASSED_BY = r"(?!มา|ไป|พ้น)"  # "ผ่านมา", "ผ่านพ้น": a verb, not a level that other levels' names begin with
_HELD_NOW = re.compile(rf"\s*(?:ที่\s*(?:{AGENCY_WORD})?\s*ได้(?:รับ)?|(?:ใน|ของ)\s*ปี(?:นี้|\s*[0-9๐-๙]{{4}}))")
_HOPE = re.compile(r"มุ่ง|ยกระดับ|ที่จะ|พยายาม|ต้องการ|เพื่อ")
_FROM_BEFORE = re.compile(r"(?:จาก|(?<!คง)(?<!เท่า)(?<!เหมือน)เดิม)(?:เดิม)?(?:ที่)?(?:เคย)?(?:อยู่|ได้(?:รับ)?)?(?:ใน)?\s*$")


_OF_YEAR = rf"(?:ใน|ของ)?{YEAR_PREFIX}(?:[0-9๐-๙]{{4}}|(?<=ปี)\s*[6-9๖-๙][0-9๐-๙](?![0-9๐-๙]))"
# how a level came to be the year's: "ระดับภาพรวมปี ๒๕๖๙ ตกลงมาเป็น ต้องปรับปรุง"
_MOVED = r"(?:ตก|ลด|ต่ำ|สูง|เลื่อน|ขยับ)(?:ลง|ขึ้น)?(?:มา|ไป)?"


@dataclass(frozen=True)
class NamedLevel:
    start: int
    end: int
    name: str
    relative: str  # "from" (the level before), "to" (the level after) or "" (the year in context)


@lru_cache(maxsize=16)
def _patterns(levels: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    names = "|".join(_alternative(name, levels) for name in sorted(levels, key=len, reverse=True))
    named = re.compile(
        r"(?:(จาก)|(เป็น))?\s*ระดับ(?:ผลการประเมิน|การประเมิน|คะแนน)?(?:ภาพรวม)?"
        rf"(?:\s*(?:ที่ได้(?:รับ)?|ของหน่วยงาน|{_OF_YEAR}|(?:ใน|ของ)?ปี(?:นี้|ที่แล้ว|ก่อน|ที่ผ่านมา))){{0,2}}"
        rf"\s*(?:ยังคง|ยัง|คง|{_MOVED})?\s*(?:อยู่ที่|อยู่ใน|คือ|เป็น|ที่)?\s*[\"'“”‘’(*…\.:=]*\s*({names}){_NOT_A_LEVEL_AFTER}"
    )
    # a level right after a change of level: "ระดับผลการประเมินลดลงจาก ผ่านดี เป็น ผ่าน", "…คงเดิม (ผ่าน)"
    after_change = re.compile(
        rf"(?:\s*\(?\s*{_OF_YEAR}\s*\)?)?\s*(?:ขึ้น|ลง)?\s*(?:มา)?\s*(?:(จาก)|(เป็น)|คือ|ที่)?\s*(?:ระดับ)?\s*"
        rf"[\"'“”‘’(:]*\s*({names}){_NOT_A_LEVEL_AFTER}[\"'“”‘’)]*"
    )
    # two levels named as a change, without the word ระดับ: "ลดลงจากผ่านดีเยี่ยมเป็นผ่านดี"
    from_to = re.compile(
        rf"จาก\s*[\"'“”‘’(]*\s*({names}){_NOT_A_LEVEL_AFTER}[\"'“”‘’)]*\s*(?:ขึ้น|ลง)?\s*(?:มา)?เป็น\s*(?:ระดับ)?\s*[\"'“”‘’(]*\s*"
        rf"({names}){_NOT_A_LEVEL_AFTER}"
    )
    # the next year's level in a list: "ระดับ … ในปี ๒๕๖๘ คือ ผ่าน และในปี ๒๕๖๙ คือ ผ่านดี"
    listed = re.compile(
        rf"\s*(?:\(\s*(?:ปี\s*)?[0-9๐-๙]{{4}}\s*\))?\s*(?:(?:,|และ|ส่วน|/|\|)?\s*{_OF_YEAR}|,|/|\||และ)?"
        rf"\s*(?:อยู่ที่|คือ|เป็น|ได้|อยู่ใน)?\s*(?:ระดับ)?\s*[\"'“”‘’(:]*\s*({names}){_NOT_A_LEVEL_AFTER}"
    )
    # a level right after its year, without the word ระดับ: "ปี 2567 ผ่าน (77.61) ปี 2568 ผ่านดี (87.89)"
    after_year = re.compile(
        rf"(?<!\S){_OF_YEAR}\s*[:=]?\s*(?:[0-9๐-๙]+\.[0-9๐-๙]+\s*(?:คะแนน)?\s*)?\(?\s*({names}){_NOT_A_LEVEL_AFTER}"
        r"(?=\s*(?:\(|\)|/|\||,|→|->|$))"
    )
    # the level held now, that a measure means to raise: "เพื่อยกระดับจากต้องปรับปรุงที่ได้ในปี 2569"
    raised_from = re.compile(rf"ยกระดับ(?:ผลการประเมิน)?\s*จาก\s*(?:ระดับ)?\s*({names}){_NOT_A_LEVEL_AFTER}")
    return named, after_change, from_to, listed, after_year, raised_from


def _alternative(name: str, levels: tuple[str, ...]) -> str:
    """A level's name as a pattern that does not match the start of a longer level's name ("ต้องปรับปรุง" in
    "ต้องปรับปรุงโดยด่วน") nor, for a name others begin with, a verb ("ผ่านมา")."""
    rests = [other[len(name) :] for other in levels if other != name and other.startswith(name)]
    if not rests:
        return re.escape(name)
    return re.escape(name) + "(?!" + "|".join(re.escape(rest) for rest in rests) + ")" + _NOT_PASSED_BY


def _listed_after(
    line: str, position: int, listed: re.Pattern[str], supposed: list[tuple[int, int]], found: dict[int, "NamedLevel"]
) -> None:
    """The levels of other years listed after one: each is the year named just before it."""
    while (match := listed.match(line, position)) is not None and not inside(supposed, match.start(1)):
        found.setdefault(match.start(1), NamedLevel(*match.span(1), match.group(1), ""))
        position = match.end()


def hoped(line: str, start: int) -> bool:
    """A change of level that is a target or a hope, not what happened: "ตั้งเป้าเลื่อนระดับเป็นผ่านดีเยี่ยม",
    "มุ่งยกระดับจากผ่านเป็นผ่านดี"."""
    before = line[max(0, start - 40) : start]
    clauses = list(BREAKS.finditer(before))
    before = before[clauses[-1].end() :] if clauses else before
    return any(pattern.search(before) for pattern in (HYPOTHETICAL_LEVEL, TARGET, _HOPE))


def named_levels(line: str, levels: tuple[str, ...]) -> list[NamedLevel]:
    if not levels:
        return []
    named, after_change, from_to, listed, after_year, raised_from = _patterns(levels)
    supposed = supposition_spans(line)
    found: dict[int, NamedLevel] = {}
    for match in named.finditer(line):
        start, end = match.span(3)
        level_word = line.find("ระดับ", match.start())
        if HYPOTHETICAL_LEVEL.search(line[max(0, level_word - 30) : level_word]) or inside(supposed, start):
            continue  # "เกณฑ์ระดับผ่าน", "หากต้องการเลื่อนขึ้นสู่ระดับผ่าน": not the agency's level
        hope = not match.group(1) and _HOPE.search(line, max(0, level_word - 12), level_word + 1)
        if hope and not _HELD_NOW.match(line, end):
            continue  # "เพื่อยกระดับเป็นผ่านดี" ("เพื่อรักษาระดับผ่านดีเยี่ยมที่ได้รับในปีนี้" is held now)
        if LEVEL_DEFINED_AFTER.match(line, end):
            continue  # "ระดับผ่านดีเยี่ยมกำหนดให้…": what a level requires
        from_before = _FROM_BEFORE.search(line, max(0, level_word - 25), level_word) is not None
        relative = "from" if match.group(1) or from_before else "to" if match.group(2) else ""
        found[start] = NamedLevel(start, end, match.group(3), relative)
        if not relative:
            _listed_after(line, end, listed, supposed, found)
    for change in LEVEL_CHANGE.finditer(line):
        if hoped(line, change.start()):
            continue
        position = change.end()
        for _ in range(2):  # "จาก ผ่านดี เป็น ผ่าน"
            match = after_change.match(line, position)
            if match is None or inside(supposed, match.start(3)):
                break
            relative = "from" if match.group(1) else "to" if match.group(2) else ""
            found.setdefault(match.start(3), NamedLevel(*match.span(3), match.group(3), relative))
            position = match.end()
    for match in after_year.finditer(line):
        if not inside(supposed, match.start(1)):
            found.setdefault(match.start(1), NamedLevel(*match.span(1), match.group(1), ""))
    for match in from_to.finditer(line):
        if not (inside(supposed, match.start()) or hoped(line, match.start())):
            found.setdefault(match.start(1), NamedLevel(*match.span(1), match.group(1), "from"))
            found.setdefault(match.start(2), NamedLevel(*match.span(2), match.group(2), "to"))
    for match in raised_from.finditer(line):
        if _HELD_NOW.match(line, match.end(1)) and not inside(supposed, match.start(1)):
            found.setdefault(match.start(1), NamedLevel(*match.span(1), match.group(1), ""))
    return sorted(found.values(), key=lambda level: level.start)
