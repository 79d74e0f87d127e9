"""References to indicators ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล") held against the section they stand in.

Names are compared loosely (clerks add or drop a word: "การใช้ทรัพย์สินของทางราชการ"), so a name counts as another
indicator's only when it is clearly closer to that one.
"""

import re
from difflib import SequenceMatcher
from functools import lru_cache

from itadesk.domain.findings import Severity
from itadesk.domain.framework import Framework, Indicator
from itadesk.domain.textcheck.mentions import Kind, Mention
from itadesk.domain.textcheck.phrases import COMPARED_WITH_BEFORE, DIGIT, NAME_START, NUMBERS_LISTED
from itadesk.domain.textcheck.verify import Raw
from itadesk.i18n import _
from itadesk.thai.digits import from_thai_digits

SAME_NAME = 0.85  # similarity from which two names are taken as the same
NO_NAME = 0.8  # a name less similar than this to every indicator's is no indicator's name
_STOP = re.compile(r"(?:ผลการ|ได้|คะแนน|มี|ซึ่ง|แสดง|อยู่|พบว่า|จาก|เพิ่มขึ้น|ลดลง|เท่า|และ|ของหน่วยงาน|[(0-9๐-๙])")
_CHUNK = re.compile(r"\S+")
# words that read as an indicator's name ("การ…", "ความ…", "คุณภาพ…", "ประสิทธิภาพ…") and where such a name ends
_NAME_LIKE = re.compile(rf"^(?:ด้าน|เรื่อง)?[(“\"']?({NAME_START}\S*)")
_NAME_END = re.compile(
    r"ได้|มี(?!ส่วน)|คะแนน|ซึ่ง|ผลการ|อยู่ที่|อยู่ใน|จาก|เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง|ดีขึ้น|เท่า|นั้น|ของหน่วยงาน|เป็น|[)”\"',]"
)
REGION = 80  # characters after a reference that may hold the name


@lru_cache(maxsize=4096)
def similarity(a: str, b: str) -> float:
    a, b = "".join(a.split()), "".join(b.split())
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


def check_references(
    line: str, mentions: list[Mention], offset: int, section: int | None, framework: Framework
) -> list[Raw]:
    found: list[Raw] = []
    for mention in mentions:
        if mention.kind is not Kind.INDICATOR or mention.by_name:
            continue
        found += _reference(line, mention, offset, section, framework)
    return found


def _unknown_in_list(
    line: str, mention: Mention, offset: int, framework: Framework, known: dict[int, Indicator]
) -> list[Raw]:
    """The numbers of a list of indicators ("ตัวชี้วัดที่ ๙ และ ๑๑") that are no indicator's."""
    listed = NUMBERS_LISTED.search(line, mention.start)
    if not mention.numbers or listed is None:
        return []
    found: list[Raw] = []
    for number in re.finditer(f"{DIGIT}+", listed.group()):
        value = int(from_thai_digits(number.group()))
        if value not in known:
            start = offset + listed.start() + number.start()
            found.append(_unknown(value, start, start + len(number.group()), framework))
    return found


def _unknown(number: int, start: int, end: int, framework: Framework) -> Raw:
    message = _("There is no indicator {number} in the {year} rules.").format(number=number, year=framework.year)
    return Severity.ERROR, "unknown_indicator", start, end, message


def _reference(line: str, mention: Mention, offset: int, section: int | None, framework: Framework) -> list[Raw]:
    found: list[Raw] = []
    number = mention.number
    known = {i.number: i for i in framework.indicators}
    if number is not None and number not in known:
        return [_unknown(number, offset + mention.start, offset + mention.end, framework)]
    if mention.group:
        # "ตัวชี้วัดที่ ๖–๘", "ตัวชี้วัดที่ ๑, ๒ และ ๓": a list, not this section's name; each number must be an indicator's
        return _unknown_in_list(line, mention, offset, framework, known)
    compared = COMPARED_WITH_BEFORE.search(line, max(0, mention.start - 15), mention.start) is not None
    if number is not None and section is not None and number != section and not compared:
        message = _(
            "This text stands in the section of indicator {section} {section_name}, but names indicator {number} "
            "{name}."
        ).format(section=section, section_name=known[section].name_th, number=number, name=known[number].name_th)
        found.append((Severity.WARNING, "other_indicator", offset + mention.start, offset + mention.end, message))
    expected = known.get(number if number is not None else section or 0)
    if expected is None:
        return found
    chunks = _name_chunks(line, mention.end)
    if not chunks:
        return found
    return found + _name(line, chunks, expected, framework, offset, named_by_number=number is not None)


def _name_chunks(line: str, start: int) -> list[tuple[int, int]]:
    """The words after a reference, up to where the sentence goes on ("ผลการประเมิน…", "ได้ ๙๖.๓๓ …")."""
    chunks = []
    for match in _CHUNK.finditer(line[start : start + REGION]):
        if _STOP.match(match.group(0)) or len(chunks) == 4:
            break
        chunks.append((start + match.start(), start + match.end()))
    return chunks


def _best_prefix(line: str, chunks: list[tuple[int, int]], name: str) -> tuple[int, float]:
    """How many leading chunks read as `name`, and how closely."""
    best = (0, 0.0)
    for count in range(1, len(chunks) + 1):
        text = line[chunks[0][0] : chunks[count - 1][1]]
        score = similarity(text, name)
        if score > best[1]:
            best = (count, score)
    return best


def _name(
    line_text: str,
    chunks: list[tuple[int, int]],
    expected: Indicator,
    framework: Framework,
    offset: int,
    named_by_number: bool,
) -> list[Raw]:
    count, score = _best_prefix(line_text, chunks, expected.name_th)
    others = [i for i in framework.indicators if i.number != expected.number]
    if score >= SAME_NAME:
        return _stray_name(line_text, chunks[count:], expected, others, offset)
    best_other = max(others, key=lambda i: _best_prefix(line_text, chunks, i.name_th)[1], default=None)
    if best_other is None:
        return []
    other_count, other_score = _best_prefix(line_text, chunks, best_other.name_th)
    if other_score < SAME_NAME:
        return _unknown_name(line_text, chunks, expected, framework, offset) if named_by_number else []
    start, end = chunks[0][0], chunks[other_count - 1][1]
    written = line_text[start:end]
    if named_by_number:
        message = _("“{written}” is the name of indicator {other}, not of indicator {number} {name}.")
    else:
        message = _("“{written}” is the name of indicator {other}; this is the section of indicator {number} {name}.")
    message = message.format(written=written, other=best_other.number, number=expected.number, name=expected.name_th)
    return [(Severity.ERROR, "indicator_name_mismatch", offset + start, offset + end, message)]


_YEAR_AFTER_NAME = re.compile(r"\s*(?:ประจำ|ใน|ของ)?\s*ปี")


def _stray_name(
    line: str, rest: list[tuple[int, int]], expected: Indicator, others: list[Indicator], offset: int
) -> list[Raw]:
    """Words left from another indicator's name after the right one: "การแก้ไขปัญหาการทุจริต ใช้ทรัพย์สินของ…"."""
    if not rest or _YEAR_AFTER_NAME.match(line, rest[0][0]):
        return []  # "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ปีงบประมาณ พ.ศ. ๒๕๖๙": the year, not a piece of a name
    for count in range(len(rest), 0, -1):
        start, end = rest[0][0], rest[count - 1][1]
        written = line[start:end]
        if len("".join(written.split())) < 6:
            continue
        for other in others:
            if _tail_similarity(written, other.name_th) >= SAME_NAME:
                message = _(
                    "“{written}” after the name of indicator {number} is part of the name of indicator {other} "
                    "{other_name}."
                ).format(written=written, number=expected.number, other=other.number, other_name=other.name_th)
                return [(Severity.ERROR, "indicator_name_mixed", offset + start, offset + end, message)]
    return []


def _tail_similarity(written: str, name: str) -> float:
    """How closely `written` reads as the end of `name` (at least half of it)."""
    name = "".join(name.split())
    tails = [name[i:] for i in range(len(name) // 2 + 1)]
    return max(similarity(written, tail) for tail in tails)


def _unknown_name(
    line: str, chunks: list[tuple[int, int]], expected: Indicator, framework: Framework, offset: int
) -> list[Raw]:
    """A name after "ตัวชี้วัดที่ N" that is no indicator's at all: "ตัวชี้วัดที่ ๑ การอยู่วิเศษ"."""
    first = line[chunks[0][0] : chunks[0][1]]
    match = _NAME_LIKE.match(first)
    if match is None:
        return []
    written = match.group(1)
    end = _NAME_END.search(written, 3)
    written = written[: end.start()] if end else written
    if len(written) < 6:
        return []
    closest = max(_name_similarity(written, i.name_th) for i in framework.indicators)
    if closest >= NO_NAME:
        return []
    start = chunks[0][0] + match.start(1)
    message = _(
        "“{written}” is not the name of any indicator of the {year} rules; indicator {number} is called {name}."
    )
    message = message.format(written=written, year=framework.year, number=expected.number, name=expected.name_th)
    return [(Severity.ERROR, "indicator_name_unknown", offset + start, offset + start + len(written), message)]


def _name_similarity(written: str, name: str) -> float:
    """How closely `written` reads as `name`, allowing words added after it ("การใช้อำนาจหน้าที่")."""
    name = "".join(name.split())
    return max(similarity(written, name), similarity(written[: len(name)], name))
