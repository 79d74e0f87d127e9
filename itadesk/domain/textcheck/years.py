"""Years that cannot be right: a comparison with a year other than the one before ("เพิ่มขึ้นจากปี ๒๕๖๖" in the
analysis of 2568), and a figure given for a year whose figure it is not ("ปี ๒๕๖๖ (๙๕.๕๑)" where ๙๕.๕๑ is the
score of 2567). The year, not the figure, is what is wrong there."""

import re
from dataclasses import replace

from itadesk.domain.findings import Severity
from itadesk.domain.textcheck.figures import YearFigures, matches_written
from itadesk.domain.textcheck.mentions import Kind, Mention, Role
from itadesk.domain.textcheck.reading import Claim
from itadesk.domain.textcheck.verify import CHECKS, Raw
from itadesk.i18n import _

NEAR = 25  # characters between a year and a figure within which the year is surely the figure's
_YEAR_OF_LEVEL = re.compile(r"\s*\(?\s*(?:ใน)?\s*(?:ปี\s*(?:งบประมาณ)?)?\s*(?:พ\.\s*ศ\.)?\s*")


def check_years(
    line: str, mentions: list[Mention], claims: list[Claim], figures: YearFigures, offset: int
) -> tuple[list[Raw], list[Claim]]:
    """The findings on the years of one line, and the claims left to check (those tied to a wrong year are not
    checked again as scores)."""
    found: list[Raw] = []
    explained: set[int] = set()
    compared = [m for m in mentions if m.kind is Kind.YEAR and m.compared]
    for index, mention in enumerate(mentions):
        if mention.kind is not Kind.YEAR or not mention.year:
            continue
        older = mention.year < figures.year - 1
        if not mention.compared and older and _of_the_level_before(line, mentions, index):
            mention = replace(mention, compared=True)  # "ลดลงจากผ่านดี (ปี ๒๕๖๗) เป็น…": a year compared
        tied = [c for c in claims if c.kind == "score" and c.year_mention is mentions[index]]
        if mention.year > figures.year and mention.compared:  # "เมื่อเทียบกับปี ๒๕๖๙" in the analysis of 2568
            found.append(_compared(line, mention, claims, figures, offset))
            continue
        if mention.year > figures.year:  # a plan's or a target's year, unless a figure of the two years is given it
            raw = _tied_figure(line, mention, tied, figures, offset)
            if raw is not None:
                found.append((Severity.WARNING, *raw[1:]))
                explained |= {id(c) for c in tied}
            continue
        if mention.year in (figures.year - 1, figures.year):
            raw = _given_the_others_figure(line, mention, tied, claims, figures, offset)
            if raw is not None:
                found.append(raw)
                explained |= {id(c) for c in tied}
                continue
        if not _suspect(mention, figures, len(compared) > 1):
            continue
        raw = _tied_figure(line, mention, tied, figures, offset)
        if raw is not None:
            found.append(raw)
            explained |= {id(c) for c in tied}
        elif mention.compared:
            found.append(_compared(line, mention, claims, figures, offset))
            explained |= {id(c) for c in tied}
    return found, [c for c in claims if id(c) not in explained]


def _of_the_level_before(line: str, mentions: list[Mention], index: int) -> bool:
    """A year right after a level, in brackets or with ใน: "จากผ่านดี (ปี ๒๕๖๗)", "ระดับผ่านในปี ๒๕๖๗ ลดลงเป็น…":
    the levels of two years compared."""
    if index == 0:
        return False
    level = mentions[index - 1]
    if level.kind is not Kind.LEVEL:
        return False
    return _YEAR_OF_LEVEL.fullmatch(line, level.end, mentions[index].start) is not None


def _suspect(mention: Mention, figures: YearFigures, pair_compared: bool) -> bool:
    """A year named that the text cannot mean: before the year compared with, or the year checked compared with
    itself (not one of two compared, "ระหว่างปี ๒๕๖๘ กับ ๒๕๖๙"). Later years are a plan's or a target's."""
    year = mention.year or 0
    if year > figures.year or year == figures.year - 1:
        return False
    return year < figures.year - 1 or (mention.compared and not pair_compared)


def _tied_figure(line: str, mention: Mention, tied: list[Claim], figures: YearFigures, offset: int) -> Raw | None:
    for claim in tied:
        value = claim.mention.value
        assert value is not None
        for actual_year in (figures.year - 1, figures.year):
            both_compared = mention.year in (figures.year - 1, figures.year) and actual_year in claim.years
            if actual_year == mention.year or both_compared:
                continue  # "ปี ๒๕๖๗ กับปี ๒๕๖๘ คือ ๙๐.๒๕ กับ ๘๘.๖๐": both years named, the figure may be the other's
            if matches_written(figures.score(claim.subject, actual_year), value, claim.mention.decimals):
                severity = Severity.ERROR if _near(mention, claim) else Severity.WARNING  # far: maybe another's
                return (
                    severity,
                    "year_mismatch",
                    *_span(mention, offset),
                    _message(line, mention, claim, actual_year, figures),
                )
    return None


def _given_the_others_figure(
    line: str, mention: Mention, tied: list[Claim], claims: list[Claim], figures: YearFigures, offset: int
) -> Raw | None:
    """One of the two years given the other's figure while its own figure is given too: "๘๙.๓๕ คะแนนในปี ๒๕๖๘ และ
    ๙๒.๐๕ คะแนนในปีนี้", where ๘๙.๓๕ is the score of 2567 and ๙๒.๐๕ that of 2568. The year is what is wrong."""
    year = mention.year or 0
    other_year = figures.year if year == figures.year - 1 else figures.year - 1
    for claim in tied:
        value, decimals = claim.mention.value, claim.mention.decimals
        own, others = figures.score(claim.subject, year), figures.score(claim.subject, other_year)
        if value is None or own is None or others is None or own == others or not _near(mention, claim):
            continue
        if matches_written(own, value, decimals) or not matches_written(others, value, decimals):
            continue
        # the year written right after its figure ("๘๙.๓๕ คะแนนในปี ๒๕๖๘"), or before it while the other figure's
        # year is told by จาก or เป็น ("ในปี 2568 ได้ 87.60 คะแนน เพิ่มขึ้นจาก 81.75 คะแนน")
        roles = (
            (Role.SCORE, Role.PREVIOUS, Role.CURRENT) if claim.mention.year == year else (Role.PREVIOUS, Role.CURRENT)
        )
        rival = any(
            c is not claim
            and c.kind == "score"
            and c.subject == claim.subject
            and c.mention.role in roles
            and (c.year or figures.year) == year
            and c.mention.value is not None
            and matches_written(own, c.mention.value, c.mention.decimals)
            for c in claims
        )
        if rival:
            return (
                Severity.ERROR,
                "year_mismatch",
                *_span(mention, offset),
                _message(line, mention, claim, other_year, figures),
            )
    return None


def _near(year: Mention, claim: Claim) -> bool:
    return claim.mention.start - year.end <= NEAR or year.start - claim.mention.end in range(0, NEAR)


def _span(mention: Mention, offset: int) -> tuple[int, int]:
    return offset + mention.start, offset + mention.end


def _message(line: str, year: Mention, claim: Claim, actual_year: int, figures: YearFigures) -> str:
    return _(
        "“{written}” is given as the year of {value}, but {value} is the {actual_year} score of {subject}."
    ).format(
        written=line[year.start : year.end],
        value=line[claim.mention.start : claim.mention.end],
        actual_year=actual_year,
        subject=figures.describe(claim.subject),
    )


def _compared(line: str, mention: Mention, claims: list[Claim], figures: YearFigures, offset: int) -> Raw:
    """A comparison with the wrong year: an error when the line's figures are those of the year before, a warning
    when the line gives none."""
    previous = figures.year - 1
    values = {"written": line[mention.start : mention.end], "year": figures.year, "previous_year": previous}
    evidence = [
        c
        for c in claims
        if c.kind in ("difference", "compared", "percent") or (c.kind == "score" and c.year == previous)
    ]
    if any(CHECKS[c.kind](c, figures, line) is None and figures.has_subject(c.subject) for c in evidence):
        message = _(
            "The text compares with {written}, but the figures it gives are those of {previous_year}, the year "
            "before {year}."
        ).format(**values)
        return Severity.ERROR, "year_mismatch", offset + mention.start, offset + mention.end, message
    message = _(
        "The text compares with {written}; the year before {year} is {previous_year}. If {previous_year} was "
        "meant, correct the year."
    ).format(**values)
    return Severity.WARNING, "year_mismatch", offset + mention.start, offset + mention.end, message
