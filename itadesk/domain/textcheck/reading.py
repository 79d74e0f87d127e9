"""Reading a line's mentions in order: what each number, change word and level is said of, and for which year.

The subject is the section's indicator (or the overall score) until the line names another; the year is the one
being checked unless a year was named just before ("จากปี พ.ศ. ๒๕๖๗ (๙๕.๕๑)"), just after ("๙๕.๕๑ คะแนนในปี
๒๕๖๗") or the words say which ("จาก ๙๕.๕๑", "เป็น ๙๖.๓๓", "… ตามลำดับ"). A year named applies to the next figure
only, within a short distance, and a new clause ("โดย", "แสดงให้เห็น"…) ends it. Each claim says how firmly its
reading holds: whether its year was named and whether its number is tied to a score by the words around it, and
which other years the words may mean, so that a reading that is only assumed is never reported as certain.
"""

import re
from dataclasses import dataclass, field

from itadesk.domain.comparison import Change
from itadesk.domain.textcheck.bounds import hedged
from itadesk.domain.textcheck.figures import OVERALL, Subject
from itadesk.domain.textcheck.lists import (
    listed_after_difference,
    respective_subjects,
    respective_years,
    subject_of,
    years_in_columns,
)
from itadesk.domain.textcheck.mentions import DIGIT, Kind, Mention, Role
from itadesk.domain.textcheck.phrases import (
    AGENCY_WORD,
    BREAKS,
    COUNTED,
    NAME_START,
    OTHER_QUANTITY,
    PERCENT_AFTER_CHANGE,
    SCORE_WORD,
    TIMES_BEFORE,
    TOOL_AS_SCOPE,
    TOOL_OF_INDICATOR,
    YEAR_PREFIX,
)
from itadesk.thai.digits import from_thai_digits

YEAR_REACH = 60  # characters after a named year within which the next figure is read as that year's
HEADING_REACH = 120  # the same for all figures after a year that heads a line: "ปี ๒๕๖๘ : IIT … / EIT …"
LEVEL_REACH = 80
ANCHOR_REACH = 40  # a change word is said of the nearest score or level before it, within this distance
CUE_REACH = 25  # a change word followed this closely by a score or a level is said of it

_SCORE_CHANGE_AFTER = re.compile(rf"\s*(?:จาก|กับ|เมื่อเทียบ|ปี|เป็น\s*{DIGIT}|เหลือ\s*{DIGIT}|\()")
_DIFFERENCE_AFTER = re.compile(rf"\s*(?:อีก|จำนวน)?\s*{DIGIT}")
_POINTS_BEFORE = re.compile(r"คะแนน\s*\)?\s*(?:ซึ่ง|ที่)?\s*$")
_PERCENT_INTRO = re.compile(r"คิดเป็น\s*(?:ร้อยละ)?\s*$")
_THAN_A_YEAR = re.compile(
    rf"(?:สูง|ต่ำ|ดี|มาก|น้อย)กว่า\s*{YEAR_PREFIX}(?:ที่แล้ว|ก่อน(?:หน้า)?|ที่ผ่านมา|{DIGIT}{{4}})\s*(?:อยู่)?\s*ร้อยละ\s*$"
)
_SIGNED = re.compile(r"ร้อยละ\s*[+\-−]\s*$")
_PERCENT_STATE = re.compile(r"(?:(?<!คิด)เป็น|เหลือ|อยู่ที่|จาก|มี|น้ำหนัก|สัดส่วน)\s*ร้อยละ\s*$")
_PERCENT_OF = re.compile(r"\s*(?:ของ|จาก(?:ทั้งหมด|จำนวน))")
_SCORES_CHANGED = re.compile(r"(?:คะแนน|ผลการประเมิน)(?:ภาพรวม|รวม|เฉลี่ย)?\s*(?:ได้|มี)?\s*$")
_AVERAGE = "คะแนนเฉลี่ย"
_NEGATED = re.compile(r"ไม่(?:มี\S{0,20})?\s*$|ไม่\S{0,3}$")
_LEVEL_THIS_YEAR = re.compile(r"\s*(?:ที่ได้รับ)?\s*(?:ใน|ของ)\s*ปี(?:นี้|ปัจจุบัน)")
_LEVEL_OWN_YEAR = re.compile(
    rf"\s*\)?\s*(?:(?:ที่\s*(?:{AGENCY_WORD})?\s*ได้(?:รับ)?\s*)?(?:ใน|ของ)\s*{YEAR_PREFIX}({DIGIT}{{4}})|\(\s*{YEAR_PREFIX}?(?:พ\.\s*ศ\.)?\s*({DIGIT}{{4}})\s*\))"
)
_NAME_TO_CHANGE = re.compile(rf"\s*[(“\"']?{NAME_START}[\u0e01-\u0e4e]{{2,30}}[)”\"']?\s*(?:มีคะแนน|คะแนน)?\s*")
_OPENS_THE_LINE = re.compile(r"[\s\-•*]*(?:คะแนน(?:ของตัวชี้วัดนี้)?|ผลการประเมิน)?\s*")
_SUBJECT_TO_CHANGE = re.compile(r"\s*(?:มีคะแนน|คะแนน|ได้คะแนน)?\s*(?:ปีนี้|ในปีนี้)?\s*(?:ปรับตัว)?\s*")
_BEFORE_OR_AFTER = re.compile(rf"(?:ก่อน|หลัง)\s*{YEAR_PREFIX}$")
_FIGURE_BEFORE = re.compile(rf"(?<![0-9๐-๙.]){DIGIT}+\.{DIGIT}+\s*(?:คะแนน)?\s*$")
_GAP_BEFORE = re.compile(r"(?:ห่างกัน|ต่างกัน|ช่องว่าง|ผลต่าง)\s*$")
_THAN_BEFORE = re.compile(r"(?:สูง|ต่ำ|มาก|น้อย)กว่า\s*$")
_GAP_WORDS = re.compile(r"\s*(?:อยู่|ถึง|เพียง|ประมาณ|ราว)?\s*")
_APART = re.compile(r"(?:ห่างกัน|ต่างกัน)\s*(?:อยู่|ถึง|เพียง|ประมาณ|ราว)?\s*$")
_SEVERAL_YEARS_AFTER = re.compile(r"\s*(?:สอง|สาม|สี่|[2-9๒-๙])\s*ปี\s*(?:ติดต่อกัน|ซ้อน)")
_YEARS_APART = re.compile(r"\s*(?:→|->|=>|➔|[-–/|,]|กับ|และ|ถึง)\s*(?:ปี\s*)?")
_RIGHT_BEFORE = re.compile(r"\s*[:=]?\s*")
_LIKE_BEFORE = re.compile(r"(?:เท่ากับ|เท่ากันกับ|เช่นเดียวกับ|เหมือน(?:กับ)?)\s*$")
_CONTAINER_BEFORE = re.compile(r"(?:ของ|ใน)\s*(?:แบบสำรวจ|แบบวัด|แบบ|เครื่องมือ)?\s*$")
_INDICATOR_IN_BRACKETS_AFTER = re.compile(rf"\s*\(\s*ตัวชี้วัดที่\s*({DIGIT}{{1,2}})\s*\)")
_HEADING_AFTER = re.compile(r"\s*[:：]")
_AT = re.compile(r"\s*(?:อยู่)?\s*ที่\s*")
_BOTH_YEARS_AFTER = re.compile(r"\s*(?:ทั้ง\s*(?:สอง|2|๒)\s*ปี|กับปี|ทุกปี)")
_BELONG_TO = re.compile(r"(?:ของ|ใน)\s*$")
_OF_THE_SUBJECT = re.compile(r"\s*(?:ซึ่ง|โดย|ที่|มี)?\s*(?:ใน)?\s*$")


@dataclass(frozen=True)
class Claim:
    kind: str  # "score", "difference", "compared", "listed", "percent", "change", "level", "level change"
    mention: Mention
    subject: Subject = OVERALL
    year: int | None = None
    explicit: bool = False  # the line named the subject; otherwise it is the section's
    year_named: bool = True  # the words say which year; otherwise the year checked was assumed
    years: tuple[int, ...] = ()  # other years the words may as well mean (two years named in one clause)
    named: Mention | None = None  # the indicator's name the subject was read from, when named without a number
    year_mention: Mention | None = None  # the year the claim's year was read from
    either: bool = False  # change words: said of the level or of the score, the words do not tell which
    loose: bool = False  # change words: no score next to them, only words of a comparison after them


@dataclass
class _Context:
    subject: Subject
    explicit: bool = False
    named: Mention | None = None
    subject_end: int = -1
    year: int | None = None
    year_mention: Mention | None = None
    year_end: int = -1
    year_used: bool = False
    heading: bool = False  # the year heads what follows: "ปี ๒๕๖๘ : IIT ๘๙.๗๕ / EIT ๘๗.๗๕"
    clause_years: list[int] = field(default_factory=list)


def read_line(line: str, mentions: list[Mention], default: Subject, year: int) -> list[Claim]:
    """The claims one line makes about the figures; `year` is the fiscal year being checked."""
    context = _Context(default)
    paired = respective_years(mentions) | years_in_columns(line, mentions)
    subjects = respective_subjects(mentions)
    claims: list[Claim] = []
    for index, mention in enumerate(mentions):
        if id(mention) in subjects:  # "EIT และ OIT ได้ ๙๐.๒๓ และ ๙๖.๒๕ คะแนน ตามลำดับ"
            _set_subject(context, *subjects[id(mention)])
        if mention.kind is Kind.INDICATOR and mention.group:
            _set_subject(context, Subject("group"), mention)  # "ตัวชี้วัดที่ ๖–๘": no single figure
        elif mention.kind is Kind.INDICATOR and TOOL_AS_SCOPE.search(line, max(0, mention.start - 30), mention.start):
            continue  # "ข้อ i2 ได้ต่ำสุดในตัวชี้วัดนี้คือ 84.10": where the figure ranks, not what it is about
        elif mention.kind is Kind.INDICATOR and _LIKE_BEFORE.search(line, max(0, mention.start - 15), mention.start):
            continue  # "เพิ่มขึ้น 11.25 คะแนนเท่ากับตัวชี้วัดที่ 9": compared with, not what the line is about
        elif mention.kind is Kind.INDICATOR and mention.number is not None:
            if not _items_of(line, mention, context):
                _set_subject(context, Subject("indicator", mention.number), mention)
        elif mention.kind is Kind.INDICATOR and mention.relative == "this" and default.kind == "indicator":
            _set_subject(context, default, mention)  # "ตัวชี้วัดนี้ได้ …": the section's indicator
        elif mention.kind is Kind.TOOL:
            weighed = TIMES_BEFORE.search(line, max(0, mention.start - 5), mention.start) is not None
            if not (_tool_qualifies(line, mention, context) or weighed):
                _set_subject(context, Subject("tool", code=mention.code), mention)
        elif mention.kind is Kind.OVERALL:
            if not _overall_of_the_subject(line, mention, context):
                _set_subject(context, OVERALL, mention)
        elif mention.kind is Kind.YEAR and _BEFORE_OR_AFTER.search(line, max(0, mention.start - 20), mention.start):
            continue  # "ก่อนปี ๒๕๖๗": not that year
        elif mention.kind is Kind.YEAR:
            named = _year_of(mention, year)
            context.year, context.year_mention, context.year_end, context.year_used = named, mention, mention.end, False
            context.heading = _HEADING_AFTER.match(line, mention.end) is not None
            context.clause_years.append(named)
        elif mention.kind is Kind.BREAK:
            context.year, context.year_mention, context.clause_years, context.heading = None, None, [], False
        elif mention.kind is Kind.NUMBER and _gap_between_named(line, mentions, index):
            continue  # "IIT สูงกว่า OIT … จากที่เคยห่างกันถึง ๒๖.๙๓ คะแนน": the gap between the two
        elif mention.kind is Kind.NUMBER:
            claim = _number_claim(line, mentions, index, context, year, paired)
            if claim is not None:
                claims.append(claim)
        elif mention.kind is Kind.CHANGE:
            claim = _change_claim(line, mentions, index, context, year)
            if claim is not None:
                claims.append(claim)
        elif mention.kind is Kind.LEVEL_CHANGE and not hedged(line, mention.start):
            claims.append(Claim("level change", mention))
        elif mention.kind is Kind.LEVEL and _SEVERAL_YEARS_AFTER.match(line, mention.end):
            continue  # "อยู่ระดับผ่านดีเยี่ยมสองปีติดต่อกัน": the level of several years
        elif mention.kind is Kind.LEVEL:
            level_year = _level_year(line, mention, context, year)
            claims.append(Claim("level", mention, year=level_year, year_named=level_year is not None))
    return claims


def _items_of(line: str, mention: Mention, context: _Context) -> bool:
    """ "ข้อ i3 และ i4 ของตัวชี้วัดที่ 1 ได้ …": the indicator the questions just named belong to; the figure stays
    theirs."""
    if context.subject.kind != "group" or mention.start - context.subject_end > 25:
        return False
    return _BELONG_TO.search(line, context.subject_end, mention.start) is not None


def _overall_of_the_subject(line: str, mention: Mention, context: _Context) -> bool:
    """ "EIT ได้คะแนนเฉลี่ย …", "ตัวชี้วัดที่ ๘ ซึ่งภาพรวมได้ …": the whole of the tool or indicator just named;
    "ข้อ i6 ถึง i10 … ได้คะแนนเฉลี่ย …": the mean of the questions just named."""
    if context.subject.kind == "group" and line[mention.start : mention.end] == _AVERAGE:
        return not BREAKS.search(line, context.subject_end, mention.start)
    if not context.explicit or context.subject == OVERALL or mention.start - context.subject_end > 15:
        return False
    words = line[context.subject_end : mention.start]
    return line[mention.start : mention.end] == _AVERAGE or _OF_THE_SUBJECT.fullmatch(words) is not None


def _set_subject(context: _Context, subject: Subject, mention: Mention) -> None:
    context.subject, context.explicit, context.subject_end = subject, True, mention.end
    context.named = mention if mention.by_name else None


def _tool_qualifies(line: str, mention: Mention, context: _Context) -> bool:
    """A tool named of the indicator just named ("การเปิดเผยข้อมูล (OIT)", "ตัวชี้วัดที่ ๑ ในเครื่องมือ IIT") or as the
    group a figure ranks in ("สูงที่สุดในเครื่องมือ IIT"): what the line is about stays the same."""
    before = line[max(0, mention.start - 30) : mention.start]
    if TOOL_AS_SCOPE.search(before):
        return True
    if context.subject.kind == "group" and _CONTAINER_BEFORE.search(before):
        return True  # "ข้อ e5 ของแบบสำรวจ EIT ได้ …": the tool the question belongs to
    if not (context.explicit and mention.start - context.subject_end <= 40):
        return False
    of_indicator = context.subject.kind == "indicator" and TOOL_OF_INDICATOR.search(before) is not None
    return of_indicator or _in_brackets(line, mention)


def _in_brackets(line: str, mention: Mention) -> bool:
    return line[: mention.start].rstrip().endswith("(") and line[mention.end :].lstrip().startswith(")")


def _year_of(mention: Mention, year: int) -> int:
    if mention.year:
        return mention.year
    return {"current": year, "next": year + 1}.get(mention.relative, year - 1)


def _number_claim(
    line: str, mentions: list[Mention], index: int, context: _Context, year: int, paired: dict[int, Mention]
) -> Claim | None:
    mention = mentions[index]
    common = {"subject": context.subject, "explicit": context.explicit, "named": context.named}
    if mention.role is Role.PERCENT:
        return Claim("percent", mention, **common) if _percent_is_a_change(line, mentions, index) else None
    if mention.role is Role.DIFFERENCE:
        return Claim("difference", mention, **common)
    if mention.role is Role.COMPARED:
        return Claim("compared", mention, year=year - 1, **common)
    others = tuple(context.clause_years)
    if mention.year is None and not mention.own_relative and listed_after_difference(line, mentions, index):
        return Claim("listed", mention, **common)
    if mention.year is not None:
        own = next((m for m in mentions[index + 1 :] if m.kind is Kind.YEAR and m.year == mention.year), None)
        return Claim("score", mention, year=mention.year, year_mention=own, **common)
    if mention.own_relative:
        named = year if mention.own_relative == "current" else year - 1
        return Claim("score", mention, year=named, **common)
    if mention.role in (Role.PREVIOUS, Role.CURRENT):
        named_year = year - 1 if mention.role is Role.PREVIOUS else year
        return Claim(
            "score", mention, year=named_year, year_mention=_year_right_before(line, mentions, index), **common
        )
    if id(mention) in paired:
        named_mention = paired[id(mention)]
        return Claim("score", mention, year=_year_of(named_mention, year), year_mention=named_mention, **common)
    named = context.year if not _bracket_closed(line, context, mention.start) else None
    if named is not None and context.heading and mention.start - context.year_end <= HEADING_REACH:
        return Claim(
            "score", mention, year=named, year_mention=context.year_mention, **common
        )  # "ปี ๒๕๖๘ : IIT … / EIT …"
    if named is not None and not context.year_used and mention.start - context.year_end <= YEAR_REACH:
        context.year_used = True
        alternatives = tuple(y for y in others if y != named)
        return Claim("score", mention, year=named, years=alternatives, year_mention=context.year_mention, **common)
    alternatives = tuple(y for y in others if y != year)
    compared = _compared_after(line, mentions, index, year)
    return Claim("score", mention, year=year, year_named=compared, years=alternatives, **common)


def _year_right_before(line: str, mentions: list[Mention], index: int) -> Mention | None:
    """The year written right before a figure: "(ปี 2567 97.50 → ปี 2569 92.50)"."""
    previous = mentions[index - 1] if index else None
    if previous is None or previous.kind is not Kind.YEAR or not previous.year:
        return None
    before = mentions[index - 2] if index > 1 else None
    if before is not None and before.kind is Kind.YEAR and _YEARS_APART.fullmatch(line, before.end, previous.start):
        return None  # "2567 → 2568: 62.81 → 77.58": the last of years listed, not the figure's
    return previous if _RIGHT_BEFORE.fullmatch(line, previous.end, mentions[index].start) else None


def _compared_after(line: str, mentions: list[Mention], index: int, year: int) -> bool:
    """A score followed by its change from the year before ("ได้ ๘๕.๐๓ คะแนน ลดลงจากปีที่แล้ว") is this year's."""
    mention = mentions[index]
    change = next((m for m in mentions[index + 1 :] if m.kind in (Kind.CHANGE, Kind.NUMBER, Kind.BREAK)), None)
    if change is None or change.kind is not Kind.CHANGE or change.start - mention.end > 15:
        return False
    if _of_another_quantity(line, mentions, mentions.index(change)):
        return False
    compared = next((m for m in mentions if m.kind is Kind.YEAR and 0 <= m.start - change.end <= 25), None)
    return compared is not None and compared.compared and _year_of(compared, year) == year - 1


def _percent_is_a_change(line: str, mentions: list[Mention], index: int) -> bool:
    """A percentage is read as the change only next to a comparison of scores: "คิดเป็นร้อยละ" or after a change
    word, in a line that also names a year or a score; "ร้อยละ ๘๐ ของเจ้าหน้าที่", "ความพึงพอใจเพิ่มขึ้นเป็นร้อยละ
    ๘๐" are left alone."""
    mention = mentions[index]
    before = mentions[:index]
    if _PERCENT_STATE.search(line[: mention.start]) or _PERCENT_OF.match(line, mention.end):
        return False
    if OTHER_QUANTITY.search(line, max(0, mention.start - 20), mention.start):
        return False  # "ผู้รับบริการร้อยละ 12 ระบุว่า…": a share of people, not of a score
    counted = list(COUNTED.finditer(line, max(0, mention.start - 60), mention.start))
    if counted and SCORE_WORD.search(line, counted[-1].end(), mention.start) is None:
        return False  # "๔๘ คน จากบุคลากรทั้งหมด ๕๒ คน คิดเป็นร้อยละ ๙๒.๓๑": a share of something counted
    compares = any(m.kind in (Kind.YEAR, Kind.NUMBER) and m.role is not Role.PERCENT for m in mentions)
    introduced = _PERCENT_INTRO.search(line[: mention.start]) is not None
    near = max(0, mention.start - 60)
    introduced = introduced or _SIGNED.search(line, near, mention.start) is not None  # "(ร้อยละ +๖.๒๗)"
    introduced = introduced or _THAN_A_YEAR.search(line, near, mention.start) is not None  # "สูงกว่าปี ๒๕๖๗ ร้อยละ …"
    changes = [m for m in before if m.kind is Kind.CHANGE and mention.start - m.end <= 100]
    if changes and _of_another_quantity(line, mentions, before.index(changes[-1])):
        return False
    if changes and _SCORES_CHANGED.search(line, max(0, changes[-1].start - 20), changes[-1].start):
        compares = True  # "คะแนนเพิ่มขึ้นคิดเป็นร้อยละ …"
    if changes and _named_just_before(line, before, changes[-1]):
        compares = True  # "EIT ลดลงร้อยละ ๕.๔๓", "ตัวชี้วัดที่ ๘ ลดลงร้อยละ ๕.๑๐"
    if changes and _OPENS_THE_LINE.fullmatch(line, 0, changes[-1].start):
        compares = True  # "เพิ่มขึ้นร้อยละ ๑๑.๓๙" alone in an indicator's section: its score
    return compares and (introduced or bool(changes))


def _named_just_before(line: str, mentions: list[Mention], change: Mention) -> bool:
    """A change word right after a tool, an indicator or the overall score, as what it is said of."""
    subjects = [m for m in mentions if m.kind in (Kind.TOOL, Kind.INDICATOR, Kind.OVERALL) and m.end <= change.start]
    if not subjects or subjects[-1].group:
        return False
    between = line[subjects[-1].end : change.start]
    if _SUBJECT_TO_CHANGE.fullmatch(between) is not None:
        return True
    # "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร เพิ่มขึ้น…"
    return subjects[-1].number is not None and _NAME_TO_CHANGE.fullmatch(between) is not None


def _of_another_quantity(line: str, mentions: list[Mention], index: int) -> bool:
    """A change word said of something counted or surveyed, not of the scores: "ความพึงพอใจเพิ่มขึ้น",
    "ผู้รับบริการเฉลี่ย ๓๘.๔ รายต่อวัน เพิ่มขึ้น", "จาก ๑๐ วัน เหลือ ๕ วัน (ลดลงร้อยละ ๕๐)"."""
    mention = mentions[index]
    if PERCENT_AFTER_CHANGE.match(line, mention.end):
        return True  # "เพิ่มขึ้นจากร้อยละ ๖.๐": a percentage of something, not a score
    anchors = [m for m in mentions[:index] if m.kind in (Kind.NUMBER, Kind.INDICATOR, Kind.TOOL, Kind.OVERALL)]
    if anchors and anchors[-1].role is Role.PERCENT and mention.start - anchors[-1].end <= 60:
        return True  # "ผู้ตอบร้อยละ ๒๓.๕ เห็นว่าการให้บริการล่าช้า เพิ่มขึ้น…"
    start = max([m.end for m in anchors if m.role is not Role.PERCENT] + [0, mention.start - 60])
    words = line[start : mention.start]
    last = max((m.end() for pattern in (OTHER_QUANTITY, COUNTED) for m in pattern.finditer(words)), default=None)
    return last is not None and SCORE_WORD.search(words, last) is None


def _change_claim(line: str, mentions: list[Mention], index: int, context: _Context, year: int) -> Claim | None:
    mention = mentions[index]
    if any(m.kind is Kind.LEVEL_CHANGE and m.start <= mention.start < m.end for m in mentions):
        return None  # part of "ระดับ…เพิ่มขึ้น", read as a level change
    following_year = next(
        (m for m in mentions[index + 1 :] if m.kind is Kind.YEAR and m.start - mention.end <= 30), None
    )
    if following_year is not None and _year_of(following_year, year) != year - 1:
        return None  # compared with a year other than the one before: no figures to check against
    if _NEGATED.search(line, max(0, mention.start - 20), mention.start):
        return None  # "ไม่มีตัวชี้วัดใดที่คะแนนลดลง", "ไม่ลดลง"
    bracketed = _INDICATOR_IN_BRACKETS_AFTER.match(line, mention.end)
    if bracketed is not None:  # "หนึ่งตัวลดลง (ตัวชี้วัดที่ 8)": said of the indicator in brackets after it
        number = int(from_thai_digits(bracketed.group(1)))
        return Claim("change", mention, subject=Subject("indicator", number), explicit=True)
    if _GAP_BEFORE.search(line, max(0, mention.start - 12), mention.start):
        return None  # "ปีนี้ห่างกันมากขึ้น": the gap between two grew, not a score
    if _after_a_figure_not_read(line, mentions, index):
        return None  # "ตั้งเป้าให้ได้อย่างน้อย ๘๖.๙๐ คะแนนเท่ากับปี ๒๕๖๘": said of a target, not of the scores
    if _equal_to_each_other(line, mentions, index):
        return None  # "ตัวชี้วัดที่ ๔ และตัวชี้วัดที่ ๙ ได้ ๑๐๐.๐๐ คะแนนเท่ากัน": not a change
    if _of_another_quantity(line, mentions, index) or hedged(line, mention.start):
        return None  # said of something else, or a forecast or a hope: "คาดว่าปีหน้าคะแนนจะเพิ่มขึ้น"
    common = {"subject": context.subject, "explicit": context.explicit, "named": context.named}
    following = mentions[index + 1] if index + 1 < len(mentions) else None
    if following is not None and following.kind is Kind.NUMBER and _DIFFERENCE_AFTER.match(line[mention.end :]):
        return Claim("change", mention, **common)  # "เพิ่มขึ้น ๐.๗๓ คะแนน" (not "เพิ่มขึ้น ๙ ตัวชี้วัด")
    if following is not None and following.role is Role.PERCENT and following.start - mention.end <= 12:
        return Claim("change", mention, **common)  # "เพิ่มขึ้นร้อยละ ๐.๗๕"
    previous = mentions[index - 1] if index else None
    if previous is not None and previous.kind is Kind.LEVEL and mention.start - previous.end <= 3:
        return Claim("level change", mention, either=True)  # "ระดับผ่านดีเยี่ยมคงเดิม"
    cue = _cue_after(line, mentions, index)
    if cue == "level":
        return Claim("level change", mention)  # "ลดลงจากผ่านดีเป็นผ่าน"
    if cue == "score":
        return Claim("change", mention, **common)  # "…ระดับผ่านดี ลดลงจาก ๙๒.๑๐ คะแนน"
    anchor = _nearest_anchor(line, mentions, index)
    if anchor == "level":
        return Claim("level change", mention, either=True)
    if anchor == "score":
        return Claim("change", mention, **common)
    if _SCORE_CHANGE_AFTER.match(line[mention.end :]) is not None:
        return Claim("change", mention, loose=not common["explicit"], **common)  # "…ลดลงจากปีที่แล้ว"
    named = [m for m in mentions[:index] if m.kind in (Kind.TOOL, Kind.INDICATOR, Kind.OVERALL)]
    if named and subject_of(named[-1]) is not None and _named_just_before(line, mentions[:index], mention):
        return Claim("change", mention, **common)  # "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ลดลง โดย…"
    return None


def _after_a_figure_not_read(line: str, mentions: list[Mention], index: int) -> bool:
    """A change word right after a figure that is no result (a target, a threshold, a count)."""
    mention = mentions[index]
    figure = _FIGURE_BEFORE.search(line, max(0, mention.start - 30), mention.start)
    return figure is not None and not any(m.start <= figure.start() < m.end for m in mentions[:index])


def _gap_between_named(line: str, mentions: list[Mention], index: int) -> bool:
    """A figure after "ห่างกัน" or "ต่างกัน" in a line that names two tools or indicators before it, or right after
    "สูงกว่า"/"ต่ำกว่า" another: the gap between them, not a change between the years."""
    mention = mentions[index]
    subjects = [m for m in mentions[:index] if subject_of(m) is not None and not m.group]
    if (
        subjects
        and _THAN_BEFORE.search(line, max(0, subjects[-1].start - 12), subjects[-1].start)
        and _GAP_WORDS.fullmatch(line, subjects[-1].end, mention.start)
    ):
        return True  # "ตัวชี้วัดที่ 8 สูงกว่าตัวชี้วัดที่ 7 อยู่ 0.44 คะแนน"
    if not _APART.search(line, max(0, mention.start - 20), mention.start):
        return False
    named = {subject_of(m) for m in subjects}
    return len(named) > 1


def _equal_to_each_other(line: str, mentions: list[Mention], index: int) -> bool:
    """ "เท่ากัน" after two subjects named in its clause: they have the same score, not the same as last year."""
    mention = mentions[index]
    if line[mention.start : mention.end] != "เท่ากัน" or _BOTH_YEARS_AFTER.match(line, mention.end):
        return False
    subjects: set[Subject] = set()
    for other in reversed(mentions[:index]):
        if other.kind is Kind.BREAK:
            break
        subjects.update(Subject("indicator", number) for number in other.numbers)
        named = subject_of(other) if other.kind in (Kind.INDICATOR, Kind.TOOL) and not other.group else None
        if named is not None:
            subjects.add(named)
    return len(subjects) > 1


def _cue_after(line: str, mentions: list[Mention], index: int) -> str | None:
    """What a change word is followed by, closely, past the year compared with: a score ("ลดลงจาก ๙๒.๑๐") or a
    level ("จากผ่านดีเป็นผ่าน", "สูงขึ้นจากปี ๒๕๖๗ ที่อยู่ในระดับ ผ่าน")."""
    mention = mentions[index]
    reach = CUE_REACH
    for other in mentions[index + 1 :]:
        if other.start - mention.end > reach:
            return None
        if other.kind is Kind.YEAR:
            reach = other.end - mention.end + CUE_REACH
        elif other.kind is Kind.LEVEL:
            return "level"
        elif other.kind is Kind.NUMBER and other.role in (Role.PREVIOUS, Role.CURRENT, Role.DIFFERENCE):
            return "score"
        elif other.kind is Kind.NUMBER and _AT.fullmatch(line, mention.end, other.start):
            return "score"  # "คงที่ ที่ ๑๐๐.๐๐ คะแนน"
        elif other.kind in (Kind.BREAK, Kind.CHANGE, Kind.LEVEL_CHANGE, Kind.NUMBER):
            return None
    return None


def _nearest_anchor(line: str, mentions: list[Mention], index: int) -> str | None:
    """ "level" or "score": what comes closest before a change word, within reach; None if nothing does."""
    mention = mentions[index]
    best: tuple[int, str] | None = None
    for other in mentions[:index]:
        distance = mention.start - other.end
        if distance > ANCHOR_REACH:
            continue
        if other.kind is Kind.LEVEL:
            kind = "level"
        elif other.kind is Kind.NUMBER and other.role is not Role.PERCENT:
            kind = "score"
        else:
            continue
        if best is None or distance <= best[0]:
            best = (distance, kind)
    if _POINTS_BEFORE.search(line[: mention.start]):
        best = (0, "score")  # "… คะแนน ซึ่งเพิ่มขึ้น"
    return best[1] if best else None


def _bracket_closed(line: str, context: _Context, start: int) -> bool:
    """Whether the year in context was named inside brackets that close before `start`: "(ปีก่อน ๖๕.๕๐) ระดับผ่านดี"
    names no year for the level."""
    year = context.year_mention
    if year is None:
        return False
    opened = line.rfind("(", 0, year.start)
    return opened > line.rfind(")", 0, year.start) and ")" in line[year.end : start]


def _level_year(line: str, mention: Mention, context: _Context, year: int) -> int | None:
    """The year a level is named for: its own, "from"/"to", the year named before it; None when none is."""
    own = _LEVEL_OWN_YEAR.match(line, mention.end)
    if own is not None:  # "มาอยู่ที่ระดับผ่านในปี ๒๕๖๙"
        return int(from_thai_digits(own.group(1) or own.group(2)))
    if _LEVEL_THIS_YEAR.match(line, mention.end):  # "จากผ่านในปีนี้"
        return year
    if mention.relative == "from":
        return year - 1
    if mention.relative == "to":
        return year
    if context.year is not None and mention.start - context.year_end <= LEVEL_REACH:
        return None if _bracket_closed(line, context, mention.start) else context.year
    return None


def change_of(claim: Claim) -> Change:
    return claim.mention.change or Change.UNKNOWN
