"""Each claim a text makes, held against the figures: a finding when they disagree, saying what the data says.

A finding is an error only when the words tie the figure to what it is about and to its year and the figure is
wrong; when the reading rests on an assumption (no year named and the figure is another year's, a number read as
a score only because it has decimals, a measure's text that does not say what it is about) it is a warning that
says what was assumed. A reading the words allow in more than one way is accepted when any of them fits.
"""

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from itadesk.domain.comparison import Change, ScoreChange
from itadesk.domain.findings import Severity
from itadesk.domain.textcheck.doubts import doubt, said_of_others, sharing_one_reading
from itadesk.domain.textcheck.figures import OVERALL, Subject, YearFigures, matches_written, same_change
from itadesk.domain.textcheck.phrases import (
    COMPUTED,
    NAME_AFTER_INDICATOR_WORD,
)
from itadesk.domain.textcheck.reading import Claim, change_of
from itadesk.i18n import N_, _

# (severity, code, start, end, message) — the caller adds which text it is
Raw = tuple[Severity, str, int, int, str]
# what a check of one claim gives: None when the figures agree, else (code, message, certain)
Outcome = tuple[str, str, bool] | None

_SCORE_MOVED = {
    Change.UP: N_(
        "“{written}” does not match {subject}: {previous} in {previous_year} and {current} in {year}, "
        "so the score went up."
    ),
    Change.DOWN: N_(
        "“{written}” does not match {subject}: {previous} in {previous_year} and {current} in {year}, "
        "so the score went down."
    ),
    Change.SAME: N_(
        "“{written}” does not match {subject}: {previous} in {previous_year} and {current} in {year}, "
        "the same score in both years."
    ),
}
_LEVEL_MOVED = {
    Change.UP: N_(
        "“{written}” does not match the level: {previous} in {previous_year} and {current} in {year}, "
        "so the level went up."
    ),
    Change.DOWN: N_(
        "“{written}” does not match the level: {previous} in {previous_year} and {current} in {year}, "
        "so the level went down."
    ),
    Change.SAME: N_(
        "“{written}” does not match the level: {previous} in {previous_year} and {current} in {year}, "
        "the same level in both years."
    ),
}


def _n(value: Decimal) -> str:
    return f"{value:.2f}"


def verify(
    claims: list[Claim],
    figures: YearFigures,
    offset: int,
    line: str,
    section: int | None = None,
    measure: bool = False,
    subjects: tuple[Subject, ...] = (),
) -> list[Raw]:
    """The findings on one line's claims; `section` is the indicator whose section the text stands in, `measure`
    says it is a measure's analysis (which need not be about its indicator's figures); `subjects` are the
    tools, indicators and overall score the line names."""
    found: list[Raw] = []
    others = {id(claim) for claim in claims if said_of_others(claim, line, figures)}
    # another agency's figure is not one of the agency's that several figures may be read as
    shared = sharing_one_reading([claim for claim in claims if id(claim) not in others], line, figures)
    for claim in claims:
        if claim.kind not in ("level", "level change") and not figures.has_subject(claim.subject):
            continue  # several indicators at once, or one the rules do not have (the reference check reports it)
        check = CHECKS[claim.kind]
        outcome = check(claim, figures, line)
        if outcome is None or _fits_the_agencys_result(claim, figures, line, check):
            continue
        named = _named_wrongly(claim, figures, line, section, check)
        if named is not None:
            code, start, end, message = named  # the name may be a topic the figure is said of: a warning
            found.append((Severity.WARNING, code, offset + start, offset + end, message))
            continue
        if id(claim) in others or _fits_another_named(claim, figures, line, check, subjects):
            continue
        code, message, certain = outcome
        if certain and measure and not claim.explicit and claim.kind not in ("level", "level change"):
            certain = False
            message += " " + _(
                "The text does not say what the figure is about; it was taken to be about {subject}."
            ).format(subject=figures.describe(claim.subject))
        mention = claim.mention
        why = doubt(claim, line, id(claim) in shared, figures) if certain else None
        if why is not None:
            certain = False
            message += " " + why
        severity = Severity.ERROR if certain else Severity.WARNING
        found.append((severity, code, offset + mention.start, offset + mention.end, message))
    return found


def _fits_the_agencys_result(claim: Claim, figures: YearFigures, line: str, check: Callable[..., Outcome]) -> bool:
    """A figure in an indicator's section that the line does not tie to an indicator, and that is the agency's
    overall or a tool's figure: "หน่วยงานได้ ๙๘.๒๗ คะแนน" in a measure's analysis is not about the indicator."""
    if claim.explicit or claim.kind not in ("score", "difference", "compared", "listed", "percent"):
        return False
    if claim.subject.kind != "indicator":
        return False
    others = [Subject("overall")] + [Subject("tool", code=t.code) for t in figures.current.framework.tools]
    return any(check(replace(claim, subject=other), figures, line) is None for other in others)


def _fits_another_named(
    claim: Claim, figures: YearFigures, line: str, check: Callable[..., Outcome], subjects: tuple[Subject, ...]
) -> bool:
    """A figure that is that of another tool, indicator or the overall score the line names: "ตัวชี้วัดนี้อยู่ใน
    เครื่องมือ EIT ซึ่งปีนี้ได้ ๘๘.๓๖ คะแนน" may say EIT's score; the reading that fits is taken."""
    if claim.kind not in ("score", "difference", "compared", "listed", "percent"):
        return False
    others = [s for s in subjects if s != claim.subject and figures.has_subject(s)]
    return any(check(replace(claim, subject=other), figures, line) is None for other in others)


def _named_wrongly(
    claim: Claim, figures: YearFigures, line: str, section: int | None, check: Callable[..., Outcome]
) -> tuple[str, int, int, str] | None:
    """An indicator named without its number whose figure is the section's indicator's: the name is wrong
    ("ผลการประเมินประสิทธิภาพการสื่อสาร ได้ ๙๗.๕๐ คะแนน" in the section of indicator 9)."""
    named = claim.named
    if named is None or section is None or named.number == section:
        return None
    if NAME_AFTER_INDICATOR_WORD.search(line[: named.start]):
        return None  # "ตัวชี้วัดประสิทธิภาพการสื่อสาร": the reference check reads that name
    if check(replace(claim, subject=Subject("indicator", section)), figures, line) is not None:
        return None
    framework = figures.current.framework
    written = line[named.start : named.end]
    message = _("“{written}” is the name of indicator {other}; this is the section of indicator {number} {name}.")
    message = message.format(
        written=written, other=named.number, number=section, name=framework.indicator(section).name_th
    )
    return "indicator_name_mismatch", named.start, named.end, message


def _written(claim: Claim, line: str) -> str:
    return line[claim.mention.start : claim.mention.end]


def _score(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    mention, year = claim.mention, claim.year or figures.year
    assert mention.value is not None
    actual = figures.score(claim.subject, year)
    if actual is None or matches_written(actual, mention.value, mention.decimals):
        return None
    if any(matches_written(figures.score(claim.subject, y), mention.value, mention.decimals) for y in claim.years):
        return None  # two years named in the clause: the figure is the other one's
    if claim.subject == OVERALL and COMPUTED.search(line):
        if matches_written(figures.computed_overall(year), mention.value, mention.decimals):
            return None  # "คะแนนที่คำนวณตามสูตรถ่วงน้ำหนัก ได้ ๙๒.๓๗": the computed overall, not the official one
    subject = figures.describe(claim.subject)
    same_both = figures.score(claim.subject, figures.year) == figures.score(claim.subject, figures.year - 1)
    if year == figures.year or same_both:
        code = "score_mismatch"
        message = _("“{written}” reads as the {year} score of {subject}, but the score entered is {actual}.")
    else:
        code = "other_year_score_mismatch"
        message = _("“{written}” is given as the {year} score of {subject}, but that year's score is {actual}.")
    message = message.format(written=_written(claim, line), year=year, subject=subject, actual=_n(actual))
    hint, other_year = _hint(claim, figures, year)
    certain = mention.tied and (claim.year_named or other_year is None)
    return code, message + hint + _assumed(claim, figures, year, certain), certain


def _assumed(claim: Claim, figures: YearFigures, year: int, certain: bool) -> str:
    """What an uncertain reading assumed, said after the finding."""
    if certain:
        return ""
    if not claim.mention.tied:
        return " " + _("It was read as a score only because it has decimals; if it is not a score, ignore this.")
    return " " + _("No year is named next to it, so it was read as the score of {year}.").format(year=year)


def _hint(claim: Claim, figures: YearFigures, year: int) -> tuple[str, int | None]:
    mention = claim.mention
    assert mention.value is not None
    for subject, other_year in figures.others_matching(mention.value, mention.decimals, claim.subject, year):
        if subject == claim.subject:
            return " " + _("That is the score of {year}.").format(year=other_year), other_year
        return " " + _("That is the score of {subject}.").format(subject=figures.describe(subject)), None
    return "", None


def _scores(change: ScoreChange) -> tuple[Decimal, Decimal, Decimal] | None:
    if change.previous is None or change.current is None or change.difference is None:
        return None
    return change.previous, change.current, change.difference


def _values(
    claim: Claim, figures: YearFigures, line: str, scores: tuple[Decimal, Decimal, Decimal]
) -> dict[str, object]:
    """What every message about a change names: the words written, the subject, both years and the difference."""
    previous, current, difference = scores
    return {
        "written": _written(claim, line),
        "subject": figures.describe(claim.subject),
        "previous": _n(previous),
        "previous_year": figures.year - 1,
        "current": _n(current),
        "year": figures.year,
        "difference": _n(abs(difference)),
    }


def _difference(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    mention = claim.mention
    assert mention.value is not None
    scores = _scores(figures.change(claim.subject))
    if scores is None or matches_written(abs(scores[2]), mention.value, mention.decimals):
        return None
    message = _(
        "The difference “{written}” does not match {subject}: {previous} in {previous_year} and {current} in "
        "{year} differ by {difference} points."
    ).format(**_values(claim, figures, line, scores))
    return "difference_mismatch", message, True


def _compared(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    """ "เพิ่มขึ้นจากปีที่แล้ว ๐.๗๓ คะแนน": the difference or last year's score; wrong only when it is neither."""
    mention = claim.mention
    assert mention.value is not None
    scores = _scores(figures.change(claim.subject))
    if scores is None:
        return None
    previous, _current, difference = scores
    if matches_written(abs(difference), mention.value, mention.decimals):
        return None
    if matches_written(previous, mention.value, mention.decimals):
        return None
    if abs(mention.value - abs(difference)) <= abs(mention.value - previous):
        return _difference(claim, figures, line)
    return _score(replace(claim, kind="score", year=figures.year - 1), figures, line)


def _listed(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    """A figure listed after a difference ("… ๖.๒๕ คะแนน รองลงมาคือ EIT ๔.๐๘ คะแนน"): the difference or the score;
    when it is neither, a warning that reads it as the difference, as the figure it follows."""
    difference = _difference(claim, figures, line)
    if difference is None or _score(replace(claim, kind="score", year=figures.year), figures, line) is None:
        return None
    code, message, _certain = difference
    return code, message, False


def _percent(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    mention = claim.mention
    assert mention.value is not None
    change = figures.change(claim.subject)
    scores, percent = _scores(change), change.percent
    if scores is None or percent is None or matches_written(abs(percent), mention.value, mention.decimals):
        return None
    values = _values(claim, figures, line, scores) | {"percent": _n(abs(percent))}
    if matches_written(abs(scores[2]), mention.value, mention.decimals):
        message = _(
            "The percentage “{written}” is the difference in points: {subject} went from {previous} to "
            "{current}, {difference} points, which is a change of {percent} percent."
        )
        return "percent_is_points", message.format(**values), True
    message = _(
        "The percentage “{written}” does not match {subject}: from {previous} to {current} is {difference} "
        "points, a change of {percent} percent."
    )
    return "percent_mismatch", message.format(**values), True


def _change(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    change = figures.change(claim.subject)
    claimed = change_of(claim)
    if same_change(claimed, change.change):
        return None
    scores = _scores(change)
    assert scores is not None
    message = _(_SCORE_MOVED[change.change]).format(**_values(claim, figures, line, scores))
    if claim.loose:
        message += " " + _("No score stands next to the word; it was taken to be said of {subject}.").format(
            subject=figures.describe(claim.subject)
        )
    return "change_contradicts", message, not claim.loose


def _level(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    year = claim.year or figures.year
    actual = figures.level(year)
    result = figures.result(year)
    if actual is None or result is None:
        return None
    written = claim.mention.code
    framework = result.framework
    if framework.level_rank(written) == framework.level_rank(actual):
        return None
    message = _("“{written}” is given as the level of {year}, but the level of {year} is {actual}.").format(
        written=written, year=year, actual=actual
    )
    other = figures.level(year - 1 if year == figures.year else figures.year)
    if claim.year_named or other is None or framework.level_rank(written) != framework.level_rank(other):
        return "level_mismatch", message, True
    message += " " + _("No year is named next to it, and it is the level of the other year.")
    return "level_mismatch", message, False


def _level_change(claim: Claim, figures: YearFigures, line: str) -> Outcome:
    levels = figures.level_change()
    claimed = change_of(claim)
    if levels is None or same_change(claimed, levels.change):
        return None
    if claim.either and same_change(claimed, figures.change(Subject("overall")).change):
        return None  # "อยู่ในระดับผ่านดี เพิ่มขึ้นจากปีที่แล้ว": may well be said of the score
    message = _(_LEVEL_MOVED[levels.change]).format(
        written=_written(claim, line),
        previous=levels.previous,
        previous_year=figures.year - 1,
        current=levels.current,
        year=figures.year,
    )
    return "level_change_contradicts", message, True


CHECKS: dict[str, Callable[[Claim, YearFigures, str], Outcome]] = {
    "score": _score,
    "difference": _difference,
    "compared": _compared,
    "listed": _listed,
    "percent": _percent,
    "change": _change,
    "level": _level,
    "level change": _level_change,
}
