"""Reading a line's mentions in order: what each number, change word and level is said of, and for which year.

The subject is the section's indicator (or the overall score) until the line names another; the year is the one
being checked unless a year was named just before ("จากปี พ.ศ. ๒๕๖๗ (๙๕.๕๑)") or the words say which ("จาก ๙๕.๕๑",
"เป็น ๙๖.๓๓"). A year named applies to the next figure only, within a short distance, and a new clause ("โดย",
"แสดงให้เห็น"…) ends it. What cannot be read with confidence is not read at all: no claim, no false alarm.
"""

import re
from dataclasses import dataclass

from itadesk.domain.comparison import Change
from itadesk.domain.textcheck.figures import OVERALL, Subject
from itadesk.domain.textcheck.mentions import DIGIT, Kind, Mention, Role

YEAR_REACH = 60  # characters after a named year within which the next figure is read as that year's
LEVEL_REACH = 80
ANCHOR_REACH = 40  # a change word is said of the nearest score or level before it, within this distance

_SCORE_CHANGE_AFTER = re.compile(rf"\s*(?:อีก\s*)?(?:{DIGIT}|จาก|กับ|เมื่อเทียบ|ปี|เป็น|เหลือ|\()")
_DIFFERENCE_AFTER = re.compile(rf"\s*(?:อีก|จำนวน)?\s*{DIGIT}")
_POINTS_BEFORE = re.compile(r"คะแนน\s*\)?\s*(?:ซึ่ง|ที่)?\s*$")
_PERCENT_INTRO = re.compile(r"คิดเป็น\s*(?:ร้อยละ)?\s*$")


@dataclass(frozen=True)
class Claim:
    kind: str  # "score", "difference", "percent", "change", "level", "level change"
    mention: Mention
    subject: Subject = OVERALL
    year: int | None = None
    explicit: bool = False  # the line named the subject; otherwise it is the section's


@dataclass
class _Context:
    subject: Subject
    explicit: bool = False
    year: int | None = None
    year_end: int = -1
    year_used: bool = False


def read_line(line: str, mentions: list[Mention], default: Subject, year: int) -> list[Claim]:
    """The claims one line makes about the figures; `year` is the fiscal year being checked."""
    context = _Context(default)
    claims: list[Claim] = []
    for index, mention in enumerate(mentions):
        if mention.kind is Kind.INDICATOR and mention.group:
            context.subject, context.explicit = Subject("group"), True  # "ตัวชี้วัดที่ ๖–๘": no single figure
        elif mention.kind is Kind.INDICATOR and mention.number is not None:
            context.subject, context.explicit = Subject("indicator", mention.number), True
        elif mention.kind is Kind.TOOL:
            context.subject, context.explicit = Subject("tool", code=mention.code), True
        elif mention.kind is Kind.OVERALL:
            context.subject, context.explicit = OVERALL, True
        elif mention.kind is Kind.YEAR:
            named = mention.year or (year if mention.relative == "current" else year - 1)
            context.year, context.year_end, context.year_used = named, mention.end, False
        elif mention.kind is Kind.BREAK:
            context.year = None
        elif mention.kind is Kind.NUMBER:
            claim = _number_claim(line, mentions, index, context, year)
            if claim is not None:
                claims.append(claim)
        elif mention.kind is Kind.CHANGE:
            claim = _change_claim(line, mentions, index, context, year)
            if claim is not None:
                claims.append(claim)
        elif mention.kind is Kind.LEVEL_CHANGE:
            claims.append(Claim("level change", mention))
        elif mention.kind is Kind.LEVEL:
            claims.append(Claim("level", mention, year=_level_year(mention, context, year)))
    return claims


def _number_claim(line: str, mentions: list[Mention], index: int, context: _Context, year: int) -> Claim | None:
    mention = mentions[index]
    if mention.role is Role.PERCENT:
        return (
            Claim("percent", mention, context.subject, explicit=context.explicit)
            if _percent_is_a_change(line, mentions, index)
            else None
        )
    if mention.role is Role.DIFFERENCE:
        return Claim("difference", mention, context.subject, explicit=context.explicit)
    if mention.role is Role.PREVIOUS:
        return Claim("score", mention, context.subject, year - 1, context.explicit)
    if mention.role is Role.CURRENT:
        return Claim("score", mention, context.subject, year, context.explicit)
    if mention.year is not None:
        return Claim("score", mention, context.subject, mention.year, context.explicit)
    named = context.year
    if named is not None and not context.year_used and mention.start - context.year_end <= YEAR_REACH:
        context.year_used = True
        return Claim("score", mention, context.subject, named, context.explicit)
    return Claim("score", mention, context.subject, year, context.explicit)


def _percent_is_a_change(line: str, mentions: list[Mention], index: int) -> bool:
    """A percentage is read as the change only next to a comparison of scores: "คิดเป็นร้อยละ" or after a change
    word, in a line that also names a year or a score; "ร้อยละ ๘๐ ของเจ้าหน้าที่" is left alone."""
    mention = mentions[index]
    before = mentions[:index]
    compares = any(m.kind in (Kind.YEAR, Kind.NUMBER) and m.role is not Role.PERCENT for m in before)
    introduced = _PERCENT_INTRO.search(line[: mention.start]) is not None
    after_change = any(m.kind is Kind.CHANGE and mention.start - m.end <= 100 for m in before)
    return compares and (introduced or after_change)


def _change_claim(line: str, mentions: list[Mention], index: int, context: _Context, year: int) -> Claim | None:
    mention = mentions[index]
    if any(m.kind is Kind.LEVEL_CHANGE and m.start <= mention.start < m.end for m in mentions):
        return None  # part of "ระดับ…เพิ่มขึ้น", read as a level change
    following_year = next(
        (m for m in mentions[index + 1 :] if m.kind is Kind.YEAR and m.year and m.start - mention.end <= 30), None
    )
    if following_year is not None and following_year.year != year - 1:
        return None  # compared with a year other than the one before: no figures to check against
    if _DIFFERENCE_AFTER.match(line[mention.end :]):
        return Claim("change", mention, context.subject)  # "เพิ่มขึ้น ๐.๗๓ คะแนน"
    anchor = _nearest_anchor(line, mentions, index)
    if anchor == "level":
        return Claim("level change", mention)
    about_scores = anchor == "score" or _SCORE_CHANGE_AFTER.match(line[mention.end :]) is not None
    return Claim("change", mention, context.subject) if about_scores else None


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


def _level_year(mention: Mention, context: _Context, year: int) -> int:
    if mention.relative == "from":
        return year - 1
    if mention.relative == "to":
        return year
    if context.year is not None and mention.start - context.year_end <= LEVEL_REACH:
        return context.year
    return year


def change_of(claim: Claim) -> Change:
    return claim.mention.change or Change.UNKNOWN
