"""What a line of Thai prose mentions: years, scores, percentages, indicators, tools, levels and change words.

Each mention keeps its span in the line, so a finding can point at it. The patterns follow how ITA reports are
written: "ได้ ๙๖.๓๓ คะแนน เพิ่มขึ้นจากปี พ.ศ. ๒๕๖๗ (๙๕.๕๑)", "คิดเป็นร้อยละ ๐.๗๕", "อยู่ในระดับ ผ่านดี".
"""

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from itadesk.domain.comparison import Change
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


class Role(Enum):
    """How a number reads from the words around it."""

    SCORE = "score"  # a score of the year in context
    PREVIOUS = "previous"  # "จาก ๙๕.๕๑": the score before
    CURRENT = "current"  # "เป็น ๙๖.๓๓": the score after
    DIFFERENCE = "difference"  # "เพิ่มขึ้น ๐.๘๒ คะแนน"
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
    relative: str = ""  # "current"/"previous" for ปีนี้/ปีที่แล้ว; "from"/"to" for levels after จาก/เป็น
    group: bool = False  # several indicators or a tool's question ("ตัวชี้วัดที่ ๖–๘", "EB๑๖"): no single figure


DIGIT = "[0-9๐-๙]"
_NUMBER = re.compile(
    rf"(?<![0-9๐-๙])(?<![0-9๐-๙][.,/:\-])({DIGIT}+(?:\.{DIGIT}+)?)(?![0-9๐-๙]|\.{DIGIT}|/{DIGIT}|:{DIGIT})"
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:go|or|ac|co|in)\.th\S*", re.IGNORECASE)

_UP = "เพิ่มขึ้น|สูงขึ้น|ดีขึ้น|มากขึ้น"
_DOWN = "ลดลง|ต่ำลง|น้อยลง"
_SAME = "เท่าเดิม|เท่ากันกับ|เท่ากับปี|เท่ากัน|คงที่|คงเดิม|ไม่เปลี่ยนแปลง|ไม่มีการเปลี่ยนแปลง|เหมือนเดิม"
_CHANGE = re.compile(rf"({_UP})|({_DOWN})|({_SAME})")
_YEAR_PREFIX = r"(?:ปี\s*(?:งบประมาณ)?\s*(?:พ\.\s*ศ\.)?\s*)"
_RELATIVE_YEAR = re.compile(r"(ปีนี้|ปีปัจจุบัน|ปีล่าสุด)|(ปีที่แล้ว|ปีก่อน(?:หน้า)?|ปีที่ผ่านมา|ปีที่ผ่าน ?มา)")
_BREAKS = re.compile(r"โดย|แสดงให้เห็น|ทั้งนี้|ขณะที่|ส่วน(?:ใน)?ปี|ซึ่งในปี|แต่|อย่างไรก็ตาม|นอกจากนี้|เนื่องจาก")
_OVERALL = re.compile(r"ภาพรวม|คะแนนรวม|คะแนนเฉลี่ย|ผลรวม")
_TOOL = re.compile(r"(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])")
_INDICATOR = re.compile(rf"ตัวชี้วัด(?:ที่)?\s*({DIGIT}{{1,2}})(?![0-9๐-๙]|\.{DIGIT})|ตัวชี้วัด(?!ที่)")
# a question of a tool (i1–i30, e1–e15, o1–o33; EB16, IT3, O26 in earlier years): its score is not an indicator's
_ITEM = re.compile(rf"(?<![A-Za-z])(?:IT|EB|IB|OB|[iIeEoO])\s*{DIGIT}{{1,2}}(?![0-9๐-๙.])")
_GROUP_AFTER = re.compile(rf"\s*(?:[–\-,]|ถึง|และ|หรือ)\s*(?:ตัวชี้วัด(?:ที่)?\s*)?{DIGIT}")
_LEVEL_CHANGE = re.compile(
    rf"ระดับ(?:ผลการประเมิน|การประเมิน)?(?:ของหน่วยงาน)?\s*(?:({_UP})|({_DOWN})|(เท่าเดิม|คงเดิม|คงที่|"
    r"ไม่เปลี่ยนแปลง|เหมือนเดิม))|(?:(เลื่อน|ขยับ)(?:ขึ้น)?(?:ระดับ))|(?:(ระดับเดิม|ระดับเดียวกัน))"
)
_UNITS = (
    "ครั้ง|คน|ราย|วัน|เดือน|ปี|ข้อ|บาท|ชั่วโมง|ชม|นาที|เรื่อง|แห่ง|หมู่|ตัวชี้วัด|ช่องทาง|ฉบับ|โครงการ|กิจกรรม|"
    "ด้าน|ประเด็น|มาตรการ|ลำดับ|หน่วย|หลัง|คู่มือ|ขั้นตอน|ระบบ|รายการ|กอง|สำนัก|ส่วน|ท่าน|เครื่อง|ชุด|แผน"
)
_AFTER_UNIT = re.compile(rf"\s*(?:{_UNITS})")
_AFTER_POINTS = re.compile(r"\s*\)?\s*คะแนน")
_AFTER_PERCENT = re.compile(r"\s*(?:%|เปอร์เซ็นต์|เปอร์เซ็น)")
_BEFORE_PERCENT = re.compile(r"ร้อยละ\s*$")
_BEFORE_POINTS = re.compile(r"คะแนน(?:ที่ได้(?:รับ)?|รวม|เฉลี่ย|ภาพรวม|ประเมิน)?\s*(?:ได้|ได้รับ|เท่ากับ|อยู่ที่|คือ|เป็น|รวม)?\s*$")
_BEFORE_DIFFERENCE = re.compile(
    rf"(?:(?:{_UP}|{_DOWN})\s*(?:จากเดิม|มากที่สุด|สูงสุด|น้อยที่สุด|เป็นจำนวน|อีก|จำนวน|มา|ถึง)?|ต่างกัน|ผลต่าง|ห่างกัน)"
    r"\s*$"
)
_BEFORE_AMOUNT = re.compile(r"(?:จำนวน|อีก|ถึง|เป็นจำนวน)\s*$")
_CHANGE_BEFORE = re.compile(rf"(?:{_UP}|{_DOWN})")
_BEFORE_FROM = re.compile(r"จาก(?:เดิม)?(?:ที่ได้)?\s*$")
_BEFORE_TO = re.compile(r"(?:เป็น|เหลือ|มาอยู่ที่|ขึ้นมาที่)\s*$")
_BEFORE_ORDINAL = re.compile(r"(?:ที่|ข้อ|ลำดับ|หมู่|ฉบับ|มาตรา|ครั้ง)\s*$")
# thresholds and targets, not results: "ตั้งแต่ ๘๕.๐๐ คะแนนขึ้นไป", "ให้ได้ไม่น้อยกว่า ๙๕ คะแนน", "คะแนนเต็ม ๑๐๐"
_BEFORE_BOUND = re.compile(
    r"(?:ตั้งแต่|ไม่น้อยกว่า|ไม่ต่ำกว่า|ไม่เกิน|มากกว่า|น้อยกว่า|ต่ำกว่า|สูงกว่า|เกณฑ์|เกิน|เต็ม|เป้าหมาย|ให้ได้|"
    r"ขั้นต่ำ|อย่างน้อย)\s*(?:คะแนน)?\s*(?:ที่)?\s*$"
)
_AFTER_BOUND = re.compile(r"\s*(?:คะแนน)?\s*(?:ขึ้นไป|ลงมา|เต็ม)")
_OWN_YEAR = re.compile(rf"\s*\)?\s*คะแนน\s*\)?\s*(?:ใน|ของ)?\s*{_YEAR_PREFIX}({DIGIT}{{4}})")
_YEAR_BEFORE_PAREN = re.compile(rf"{DIGIT}{{4}}\s*\)?\s*\(\s*$")


def _decimal(text: str) -> Decimal:
    return Decimal(from_thai_digits(text))


def _is_year(text: str) -> bool:
    plain = from_thai_digits(text)
    return len(plain) == 4 and "." not in plain and 2400 <= int(plain) <= 2700


def _outside(spans: list[tuple[int, int]], start: int) -> bool:
    return not any(a <= start < b for a, b in spans)


def scan(line: str, levels: tuple[str, ...], tool_names: dict[str, str]) -> list[Mention]:
    """Every mention in one line of prose, in order of position."""
    urls = [(m.start(), m.end()) for m in _URL.finditer(line)]
    mentions: list[Mention] = []
    mentions += _numbers(line, urls)
    mentions += _changes(line)
    mentions += _levels(line, levels)
    mentions += _references(line, tool_names)
    for match in _RELATIVE_YEAR.finditer(line):
        relative = "current" if match.group(1) else "previous"
        mentions.append(Mention(Kind.YEAR, match.start(), match.end(), relative=relative))
    mentions += [Mention(Kind.BREAK, m.start(), m.end()) for m in _BREAKS.finditer(line)]
    mentions = [m for m in mentions if _outside(urls, m.start)]
    return sorted(mentions, key=lambda m: (m.start, m.kind is not Kind.LEVEL_CHANGE))


def _numbers(line: str, urls: list[tuple[int, int]]) -> list[Mention]:
    found = []
    for match in _NUMBER.finditer(line):
        start, end = match.span(1)
        if not _outside(urls, start):
            continue
        text = match.group(1)
        if _is_year(text):
            found.append(Mention(Kind.YEAR, start, end, year=int(from_thai_digits(text))))
            continue
        mention = _number(line, start, end, text)
        if mention is not None:
            found.append(mention)
    return found


def _number(line: str, start: int, end: int, text: str) -> Mention | None:
    before, after = line[max(0, start - 40) : start], line[end : end + 40]
    value = _decimal(text)
    decimals = len(text.split(".")[1]) if "." in text else 0
    if _is_list_marker(line, start, after) or _BEFORE_ORDINAL.search(before) or value > 100:
        return None
    if _BEFORE_BOUND.search(before) or _AFTER_BOUND.match(after):
        return None
    if _BEFORE_PERCENT.search(before) or _AFTER_PERCENT.match(after):
        return Mention(Kind.NUMBER, start, end, value=value, decimals=decimals, role=Role.PERCENT)
    if _AFTER_UNIT.match(after) and not _AFTER_POINTS.match(after):
        return None
    in_parens_after_year = bool(_YEAR_BEFORE_PAREN.search(before)) and after.lstrip().startswith((")", "คะแนน"))
    score_like = (
        _AFTER_POINTS.match(after) is not None
        or _BEFORE_POINTS.search(before) is not None
        or in_parens_after_year
        or (decimals in (1, 2) and not before.rstrip().endswith(("(", "ข้อ")))
    )
    if not score_like:
        return None
    own = _OWN_YEAR.match(after)
    year = int(from_thai_digits(own.group(1))) if own else None
    if _BEFORE_DIFFERENCE.search(before) or (_BEFORE_AMOUNT.search(before) and _CHANGE_BEFORE.search(before)):
        role = Role.DIFFERENCE  # "เพิ่มขึ้น ๐.๗๓ คะแนน", "เพิ่มขึ้นจากปี ๒๕๖๗ จำนวน ๐.๗๓ คะแนน"
    elif _BEFORE_FROM.search(before):
        role = Role.PREVIOUS
    elif _BEFORE_TO.search(before):
        role = Role.CURRENT
    else:
        role = Role.SCORE
    return Mention(Kind.NUMBER, start, end, value=value, decimals=decimals, role=role, year=year)


def _is_list_marker(line: str, start: int, after: str) -> bool:
    """ "๑." or "๑)" or "(๑)" opening a line."""
    head = line[:start].strip()
    return head in ("", "(") and after[:1] in (".", ")")


def _changes(line: str) -> list[Mention]:
    found = []
    for match in _CHANGE.finditer(line):
        change = Change.UP if match.group(1) else Change.DOWN if match.group(2) else Change.SAME
        found.append(Mention(Kind.CHANGE, match.start(), match.end(), change=change))
    for match in _LEVEL_CHANGE.finditer(line):
        if match.group(1) or match.group(4):
            change = Change.UP
        elif match.group(2):
            change = Change.DOWN
        else:
            change = Change.SAME
        found.append(Mention(Kind.LEVEL_CHANGE, match.start(), match.end(), change=change))
    return found


def _levels(line: str, levels: tuple[str, ...]) -> list[Mention]:
    if not levels:
        return []
    names = "|".join(re.escape(name) for name in sorted(levels, key=len, reverse=True))
    pattern = re.compile(
        r"(?:(จาก)|(เป็น))?\s*ระดับ(?:ผลการประเมิน|การประเมิน|คะแนน)?\s*(?:อยู่ที่|คือ|เป็น|ที่)?\s*"
        rf"[\"'“”‘’(*…\.]*\s*({names})(?!เกณฑ์|การ|ทาง|ช่องทาง|มา|ไป|พ้น)"
    )
    found = []
    for match in pattern.finditer(line):
        relative = "from" if match.group(1) else "to" if match.group(2) else ""
        start, end = match.span(3)
        found.append(Mention(Kind.LEVEL, start, end, code=match.group(3), relative=relative))
    return found


def _references(line: str, tool_names: dict[str, str]) -> list[Mention]:
    found = []
    for match in _INDICATOR.finditer(line):
        number = int(from_thai_digits(match.group(1))) if match.group(1) else None
        group = number is not None and _GROUP_AFTER.match(line, match.end()) is not None
        found.append(Mention(Kind.INDICATOR, match.start(), match.end(), number=number, group=group))
    for match in _ITEM.finditer(line):
        found.append(Mention(Kind.INDICATOR, match.start(), match.end(), group=True))
    for match in _TOOL.finditer(line):
        found.append(Mention(Kind.TOOL, match.start(), match.end(), code=match.group(1)))
    for code, name in tool_names.items():
        for match in re.finditer(re.escape(name), line):
            found.append(Mention(Kind.TOOL, match.start(), match.end(), code=code))
    found += [Mention(Kind.OVERALL, m.start(), m.end()) for m in _OVERALL.finditer(line)]
    return found
