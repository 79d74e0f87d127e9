"""Each claim a text makes, held against the figures: a finding when they disagree, saying what the data says."""

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from itadesk.domain.comparison import ScoreChange
from itadesk.domain.findings import Severity
from itadesk.domain.textcheck.figures import Subject, YearFigures, matches_written, same_change
from itadesk.domain.textcheck.reading import Claim, change_of
from itadesk.i18n import _

# (severity, code, start, end, message) — the caller adds which text it is
Raw = tuple[Severity, str, int, int, str]


def _n(value: Decimal) -> str:
    return f"{value:.2f}"


def verify(claims: list[Claim], figures: YearFigures, offset: int, line: str) -> list[Raw]:
    found: list[Raw] = []
    checks: dict[str, Callable[[Claim, YearFigures, str], tuple[str, str] | None]] = {
        "score": _score,
        "difference": _difference,
        "percent": _percent,
        "change": _change,
        "level": _level,
        "level change": _level_change,
    }
    for claim in claims:
        if claim.kind not in ("level", "level change") and not figures.has_subject(claim.subject):
            continue  # several indicators at once, or one the rules do not have (the reference check reports it)
        result = checks[claim.kind](claim, figures, line)
        if result is not None and _fits_the_agencys_result(claim, figures, line, checks[claim.kind]):
            continue
        if result is not None:
            code, message = result
            mention = claim.mention
            found.append((Severity.ERROR, code, offset + mention.start, offset + mention.end, message))
    return found


def _fits_the_agencys_result(
    claim: Claim, figures: YearFigures, line: str, check: Callable[[Claim, YearFigures, str], object]
) -> bool:
    """A figure in an indicator's section that the line does not tie to an indicator, and that is the agency's
    overall or a tool's figure: "หน่วยงานได้ ๙๘.๒๗ คะแนน" in a measure's analysis is not about the indicator."""
    if claim.explicit or claim.kind not in ("score", "difference", "percent") or claim.subject.kind != "indicator":
        return False
    others = [Subject("overall")] + [Subject("tool", code=t.code) for t in figures.current.framework.tools]
    return any(check(replace(claim, subject=other), figures, line) is None for other in others)


def _written(claim: Claim, line: str) -> str:
    return line[claim.mention.start : claim.mention.end]


def _score(claim: Claim, figures: YearFigures, line: str) -> tuple[str, str] | None:
    mention, year = claim.mention, claim.year or figures.year
    assert mention.value is not None
    actual = figures.score(claim.subject, year)
    if actual is None or matches_written(actual, mention.value, mention.decimals):
        return None
    subject = figures.describe(claim.subject)
    if year == figures.year:
        code = "score_mismatch"
        message = _("“{written}” reads as the {year} score of {subject}, but the score entered is {actual}.")
    else:
        code = "other_year_score_mismatch"
        message = _("“{written}” is given as the {year} score of {subject}, but that year's score is {actual}.")
    message = message.format(written=_written(claim, line), year=year, subject=subject, actual=_n(actual))
    return code, message + _hint(claim, figures, year)


def _hint(claim: Claim, figures: YearFigures, year: int) -> str:
    mention = claim.mention
    assert mention.value is not None
    for subject, other_year in figures.others_matching(mention.value, mention.decimals, claim.subject, year):
        if subject == claim.subject:
            return " " + _("That is the score of {year}.").format(year=other_year)
        return " " + _("That is the score of {subject}.").format(subject=figures.describe(subject))
    return ""


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


def _difference(claim: Claim, figures: YearFigures, line: str) -> tuple[str, str] | None:
    mention = claim.mention
    assert mention.value is not None
    scores = _scores(figures.change(claim.subject))
    if scores is None or matches_written(abs(scores[2]), mention.value, mention.decimals):
        return None
    message = _(
        "The difference “{written}” does not match {subject}: {previous} in {previous_year} and {current} in "
        "{year} differ by {difference} points."
    ).format(**_values(claim, figures, line, scores))
    return "difference_mismatch", message


def _percent(claim: Claim, figures: YearFigures, line: str) -> tuple[str, str] | None:
    mention = claim.mention
    assert mention.value is not None
    change = figures.change(claim.subject)
    scores, percent = _scores(change), change.percent
    if scores is None or percent is None or matches_written(abs(percent), mention.value, mention.decimals):
        return None
    values = _values(claim, figures, line, scores) | {"percent": _n(abs(percent))}
    if matches_written(abs(scores[2]), mention.value, mention.decimals):
        message = _(
            "“{written}” percent is the difference in points, not a percentage: {subject} went from {previous} to "
            "{current}, {difference} points, which is {percent} percent."
        )
        return "percent_is_points", message.format(**values)
    message = _(
        "“{written}” percent does not match {subject}: from {previous} to {current} is {difference} points, "
        "a change of {percent} percent."
    )
    return "percent_mismatch", message.format(**values)


def _change(claim: Claim, figures: YearFigures, line: str) -> tuple[str, str] | None:
    change = figures.change(claim.subject)
    claimed = change_of(claim)
    if same_change(claimed, change.change):
        return None
    scores = _scores(change)
    assert scores is not None
    message = _(
        "“{written}” does not match {subject}: {previous} in {previous_year} and {current} in {year}, "
        "so the score {actual}."
    ).format(**_values(claim, figures, line, scores), actual=change.change.label)
    return "change_contradicts", message


def _level(claim: Claim, figures: YearFigures, line: str) -> tuple[str, str] | None:
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
    return "level_mismatch", message


def _level_change(claim: Claim, figures: YearFigures, line: str) -> tuple[str, str] | None:
    levels = figures.level_change()
    claimed = change_of(claim)
    if levels is None or same_change(claimed, levels.change):
        return None
    message = _(
        "“{written}” does not match the level: {previous} in {previous_year} and {current} in {year}, "
        "so the level {actual}."
    ).format(
        written=_written(claim, line),
        previous=levels.previous,
        previous_year=figures.year - 1,
        current=levels.current,
        year=figures.year,
        actual=levels.change.label,
    )
    return "level_change_contradicts", message
