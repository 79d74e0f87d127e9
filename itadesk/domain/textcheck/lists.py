"""Figures given in a list: each with the year or the subject named in the same order ("ปี ๒๕๖๗ และ ๒๕๖๘ ได้
๖๔.๓๑ และ ๗๗.๘๗ คะแนน ตามลำดับ", "EIT และ OIT ได้ ๙๐.๒๓ และ ๙๖.๒๕ คะแนน ตามลำดับ"), and figures listed after a
difference, which may be differences as well ("… ๖.๒๕ คะแนน รองลงมาคือ EIT ๔.๐๘ คะแนน")."""

import re

from itadesk.domain.textcheck.figures import Subject
from itadesk.domain.textcheck.mentions import Kind, Mention, Role

_LIST_GOES_ON = re.compile(r"รองลงมา|ตามด้วย|และ|,")
_YEAR_SEPARATOR = re.compile(r"\s*[/|]\s*(?:ปี\s*)?")
_FIGURE_SEPARATOR = re.compile(r"\s*(?:คะแนน)?\s*[/|]\s*")
_YEARS_TO_FIGURES = re.compile(r"\s*(?:[:=]|คือ|ได้)?\s*")
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
        if len(years) == 1 and len(numbers) >= 2 and _names_a_list_of_subjects(mentions, years[0], numbers[0]):
            paired.update({id(number): years[0] for number in numbers})  # "ปี ๒๕๖๗ ตัวชี้วัดที่ ๖–๘ ได้ … ตามลำดับ"
            continue
        if len(years) < 2 and numbers:  # "๙๘.๒๕ และ ๙๑.๙๖ ในปี ๒๕๖๗ และ ๒๕๖๘ ตามลำดับ": the years after
            years = [m for m in before if m.kind is Kind.YEAR and m.start > numbers[-1].end]
        if len(years) >= 2 and len(numbers) >= 2:
            for number, named in zip(numbers[-len(years) :], years[-len(numbers) :], strict=False):
                paired[id(number)] = named
    return paired


def years_in_columns(line: str, mentions: list[Mention]) -> dict[int, Mention]:
    """ "ปี 67 / ปี 68 : 88.20 / 91.16": years and then as many figures, each set apart by a slash or a bar, the
    figures in the order of the years."""
    paired: dict[int, Mention] = {}
    index = 0
    while index < len(mentions):
        years = _run(line, mentions, index, Kind.YEAR, _YEAR_SEPARATOR)
        after = index + len(years)
        if len(years) < 2 or after >= len(mentions) or mentions[after].kind is not Kind.NUMBER:
            index += max(len(years), 1)
            continue
        numbers = _run(line, mentions, after, Kind.NUMBER, _FIGURE_SEPARATOR)[: len(years)]
        if len(numbers) == len(years) and _YEARS_TO_FIGURES.fullmatch(line, years[-1].end, numbers[0].start):
            if all(n.role is Role.SCORE and n.year is None for n in numbers):
                paired.update({id(number): year for number, year in zip(numbers, years, strict=True)})
        index = after + len(numbers)
    return paired


def _run(line: str, mentions: list[Mention], index: int, kind: Kind, separator: re.Pattern[str]) -> list[Mention]:
    """The mentions of one kind from `index` on, one after another with only a separator between them."""
    if mentions[index].kind is not kind:
        return []
    run = [mentions[index]]
    for mention in mentions[index + 1 :]:
        if mention.kind is not kind or not separator.fullmatch(line, run[-1].end, mention.start):
            break
        run.append(mention)
    return run


def _names_a_list_of_subjects(mentions: list[Mention], year: Mention, first: Mention) -> bool:
    """Whether subjects listed for figures given in order stand next to the one year named before the figures."""
    near = [m for m in mentions if year.start - 40 <= m.start <= first.start and m is not year]
    return any(m.numbers or (subject_of(m) is not None and not m.group) for m in near)


def respective_subjects(mentions: list[Mention]) -> dict[int, tuple[Subject, Mention]]:
    """ "EIT และ OIT ได้ ๙๐.๒๓ และ ๙๖.๒๕ คะแนน ตามลำดับ", "ตัวชี้วัดที่ ๖, ๗, ๘ ได้ … ตามลำดับ": as many scores as
    the tools or indicators named just before them, each with its own (and the mention that named it)."""
    paired: dict[int, tuple[Subject, Mention]] = {}
    for index, mention in enumerate(mentions):
        if mention.kind is not Kind.RESPECTIVELY:
            continue
        position = index - 1
        numbers: list[Mention] = []
        while position >= 0 and mentions[position].kind is Kind.NUMBER and mentions[position].role is Role.SCORE:
            numbers.insert(0, mentions[position])
            position -= 1
        while position >= 0 and mentions[position].kind is Kind.YEAR:
            position -= 1  # "ตัวชี้วัดที่ ๑–๕ ของปี ๒๕๖๗ ได้แก่ …"
        subjects: list[Mention] = []
        while position >= 0 and subject_of(mentions[position]) is not None and not mentions[position].group:
            subjects.insert(0, mentions[position])
            position -= 1
        if len(numbers) >= 2 and len(subjects) == len(numbers):
            for number, subject in zip(numbers, subjects, strict=True):
                paired[id(number)] = (subject_of(subject) or Subject("group"), subject)
        elif len(numbers) >= 2 and not subjects and position >= 0 and len(mentions[position].numbers) == len(numbers):
            group = mentions[position]  # "ตัวชี้วัดที่ ๑–๕ ได้ … ตามลำดับ"
            for number, indicator in zip(numbers, group.numbers, strict=True):
                paired[id(number)] = (Subject("indicator", indicator), group)
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
