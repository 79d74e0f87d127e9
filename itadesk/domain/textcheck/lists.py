"""Figures given in a list: each with the year or the subject named in the same order ("ปี ๒๕๖๗ และ ๒๕๖๘ ได้
๖๔.๓๑ และ ๗๗.๘๗ คะแนน ตามลำดับ", "EIT และ OIT ได้ ๙๐.๒๓ และ ๙๖.๒๕ คะแนน ตามลำดับ"), and figures listed after a
difference, which may be differences as well ("… ๖.๒๕ คะแนน รองลงมาคือ EIT ๔.๐๘ คะแนน")."""

import re

from itadesk.domain.textcheck.figures import Subject
from itadesk.domain.textcheck.mentions import Kind, Mention, Role

_LIST_GOES_ON = re.compile(r"รองลงมา|ตามด้วย|และ|,")
_OWN_VERB = re.compile(r"ได้|อยู่ที่|เป็น|เหลือ|เท่ากับ|=|:")


def respective_years(mentions: list[Mention]) -> dict[int, Mention]:
    """ "ปี ๒๕๖๗ และ ๒๕๖๘ ได้ ๖๔.๓๑ และ ๗๗.๘๗ คะแนน ตามลำดับ": each figure with its year, in order."""
    paired: dict[int, Mention] = {}
    for index, mention in enumerate(mentions):
        if mention.kind is not Kind.RESPECTIVELY:
            continue
        before = mentions[:index]
        numbers = [m for m in before if m.kind is Kind.NUMBER and m.role is Role.SCORE and m.year is None]
        years = [m for m in before if m.kind is Kind.YEAR and (not numbers or m.start < numbers[0].start)]
        if len(years) >= 2 and len(numbers) >= 2:
            for number, named in zip(numbers[-len(years) :], years[-len(numbers) :], strict=False):
                paired[id(number)] = named
    return paired


def respective_subjects(mentions: list[Mention]) -> dict[int, Mention]:
    """ "EIT และ OIT ได้ ๙๐.๒๓ และ ๙๖.๒๕ คะแนน ตามลำดับ": as many scores as the tools or indicators named just
    before them, each with its own."""
    paired: dict[int, Mention] = {}
    for index, mention in enumerate(mentions):
        if mention.kind is not Kind.RESPECTIVELY:
            continue
        position = index - 1
        numbers: list[Mention] = []
        while position >= 0 and mentions[position].kind is Kind.NUMBER and mentions[position].role is Role.SCORE:
            numbers.insert(0, mentions[position])
            position -= 1
        subjects: list[Mention] = []
        while position >= 0 and subject_of(mentions[position]) is not None and not mentions[position].group:
            subjects.insert(0, mentions[position])
            position -= 1
        if len(numbers) >= 2 and len(subjects) == len(numbers):
            paired.update({id(number): subject for number, subject in zip(numbers, subjects, strict=True)})
    return paired


def subject_of(mention: Mention) -> Subject | None:
    if mention.kind is Kind.TOOL:
        return Subject("tool", code=mention.code)
    if mention.kind is Kind.INDICATOR and mention.number is not None:
        return Subject("indicator", mention.number)
    return None


def listed_after_difference(line: str, mentions: list[Mention], index: int) -> bool:
    """ "OIT เพิ่มขึ้นมากที่สุด ๖.๒๕ คะแนน รองลงมาคือ EIT ๔.๐๘ คะแนน": a figure listed after a difference, with no
    word of its own saying what it is, may be read the same way."""
    mention = mentions[index]
    if mention.role is not Role.SCORE:
        return False
    subjects = (Kind.TOOL, Kind.INDICATOR, Kind.OVERALL)
    before = next((i for i in range(index - 1, -1, -1) if mentions[i].kind not in subjects), None)
    if before is None or mentions[before].kind is not Kind.NUMBER:
        return False
    between = line[mentions[before].end : mention.start]
    if _LIST_GOES_ON.search(between) is None or _OWN_VERB.search(between) is not None:
        return False
    return mentions[before].role is Role.DIFFERENCE or listed_after_difference(line, mentions, before)
