"""Assessments: reading a year's figures as domain objects, and editing scores with validation."""

from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session, select

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.framework import Framework
from itadesk.domain.scores import ScoreError, parse_score
from itadesk.domain.scoring import AssessmentFigures, evaluate
from itadesk.domain.summary import YearSummary, summarize
from itadesk.i18n import _
from itadesk.services.errors import (
    UNCHECKED,
    AlreadyExistsError,
    InvalidInputError,
    NotFoundError,
    StaleEditError,
)
from itadesk.services.rules import framework
from itadesk.store import Store
from itadesk.store.tables import Agency, Assessment, IndicatorAnalysis, IndicatorScore, OfficialToolScore


def _assessment(session: Session, agency_id: int, fiscal_year: int) -> Assessment | None:
    return session.exec(
        select(Assessment).where(Assessment.agency_id == agency_id, Assessment.fiscal_year == fiscal_year)
    ).first()


def figures_from_row(
    assessment: Assessment,
    indicator_scores: Mapping[int, Decimal],
    tool_scores: Mapping[str, Decimal],
    rules: Framework | None = None,
) -> AssessmentFigures:
    """An assessment's figures from its row (or a row of its columns), its indicator scores and its official tool
    scores.

    rules: the rules of its framework_year, when the caller has them already (they are read otherwise).
    """
    return AssessmentFigures(
        fiscal_year=assessment.fiscal_year,
        framework=rules if rules is not None else framework(assessment.framework_year),
        indicator_scores=indicator_scores,
        official_overall=assessment.official_overall,
        official_level=assessment.official_level,
        official_tool_scores=tool_scores,
    )


def figures_of(session: Session, assessment: Assessment) -> AssessmentFigures:
    scores = session.exec(select(IndicatorScore).where(IndicatorScore.assessment_id == assessment.id))
    tools = session.exec(select(OfficialToolScore).where(OfficialToolScore.assessment_id == assessment.id))
    return figures_from_row(
        assessment, {row.indicator: row.score for row in scores}, {row.tool_code: row.score for row in tools}
    )


def load_figures(store: Store, agency_id: int, fiscal_year: int) -> AssessmentFigures | None:
    with store.read() as session:
        assessment = _assessment(session, agency_id, fiscal_year)
        return figures_of(session, assessment) if assessment else None


def assessment_years(store: Store, agency_id: int) -> list[int]:
    with store.read() as session:
        rows = session.exec(select(Assessment.fiscal_year).where(Assessment.agency_id == agency_id))
        return sorted(rows)


def add_assessment_year(store: Store, agency_id: int, fiscal_year: int) -> None:
    """Start an empty assessment of a year that has rules; refused when the agency has it or there are no rules."""
    with store.transaction() as session:
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(_("There is no agency number {number} in this store.").format(number=agency_id))
        if _assessment(session, agency_id, fiscal_year) is not None:
            raise AlreadyExistsError(
                _("{agency} already has the assessment of {year}.").format(agency=agency.name, year=fiscal_year)
            )
        ensure_assessment(session, agency_id, fiscal_year)


def remove_assessment_year(store: Store, agency_id: int, fiscal_year: int, expected_empty: bool = False) -> None:
    """Delete a year's assessment with its scores, official result and analyses (a plan made from it stays).

    expected_empty: refuse unless the year holds nothing yet (what undoing "add a year" may remove).
    """
    with store.transaction() as session:
        assessment = _assessment(session, agency_id, fiscal_year)
        if assessment is None:
            return
        if expected_empty and _holds_anything(session, assessment):
            raise _stale(_("The assessment of {year}").format(year=fiscal_year), _("not empty"))
        session.delete(assessment)


def delete_assessment_year(store: Store, agency_id: int, fiscal_year: int) -> Path:
    """Delete a year after copying the whole store into its backup folder (of a shared store, the agency as a JSON
    file); returns the copy's path."""
    from itadesk.services.store_backup import copy_before_deleting

    copy = copy_before_deleting(store, agency_id, f"deleting-{fiscal_year}")
    remove_assessment_year(store, agency_id, fiscal_year)
    return copy


def _holds_anything(session: Session, assessment: Assessment) -> bool:
    figures = figures_of(session, assessment)
    texts = session.exec(select(IndicatorAnalysis).where(IndicatorAnalysis.assessment_id == assessment.id)).first()
    return bool(
        figures.indicator_scores
        or figures.official_tool_scores
        or assessment.official_overall is not None
        or assessment.official_level
        or assessment.overall_analysis
        or texts
    )


def ensure_assessment(session: Session, agency_id: int, fiscal_year: int) -> Assessment:
    """The agency's assessment of that year, created under that year's rules if there is none."""
    assessment = _assessment(session, agency_id, fiscal_year)
    if assessment is None:
        framework(fiscal_year)
        assessment = Assessment(agency_id=agency_id, fiscal_year=fiscal_year, framework_year=fiscal_year)
        session.add(assessment)
        session.flush()
    return assessment


def _checked_score(value: object) -> Decimal:
    try:
        return parse_score(value)
    except ScoreError as error:
        raise InvalidInputError(str(error)) from None


def _stale(what: str, now: object) -> StaleEditError:
    shown = "–" if now is None else (f"{now:.2f}" if isinstance(now, Decimal) else str(now))
    return StaleEditError(
        _(
            "{what} was changed elsewhere meanwhile (it is now {now}); nothing was saved. Look again and re-enter it."
        ).format(what=what, now=shown)
    )


def _score_row(session: Session, assessment: Assessment | None, indicator: int) -> IndicatorScore | None:
    if assessment is None or assessment.id is None:
        return None
    return session.exec(
        select(IndicatorScore).where(
            IndicatorScore.assessment_id == assessment.id, IndicatorScore.indicator == indicator
        )
    ).first()


def set_indicator_score(
    store: Store, agency_id: int, fiscal_year: int, indicator: int, value: object, expected: object = UNCHECKED
) -> Decimal:
    """Save one indicator's score (typed text or a number); nothing is saved when it is refused.

    expected: the score the user saw (None for none); when the store holds another, the edit is refused.
    """
    score = _checked_score(value)
    with store.transaction() as session:
        assessment = ensure_assessment(session, agency_id, fiscal_year)
        rules = framework(assessment.framework_year)
        if indicator not in {i.number for i in rules.indicators}:
            raise InvalidInputError(
                _("The {year} rules have no indicator {number}.").format(year=rules.year, number=indicator)
            )
        row = _score_row(session, assessment, indicator)
        if expected is not UNCHECKED and (row.score if row else None) != expected:
            raise _stale(_("The score of indicator {number}").format(number=indicator), row.score if row else None)
        if row is None:
            row = IndicatorScore(assessment_id=assessment.id, indicator=indicator, score=score)
        row.score = score
        assessment.updated_at = datetime.now(UTC)
        session.add_all([row, assessment])
    return score


def set_indicator_scores(
    store: Store,
    agency_id: int,
    fiscal_year: int,
    scores: dict[int, Decimal | None],
    expected: dict[int, Decimal | None] | None = None,
) -> None:
    """Several scores at once (a pasted column, or undoing it): all saved in one transaction, or none.

    None removes a score; expected holds what the user saw for each indicator.
    """
    checked = {number: None if value is None else _checked_score(value) for number, value in scores.items()}
    with store.transaction() as session:
        assessment = ensure_assessment(session, agency_id, fiscal_year)
        numbers = {i.number for i in framework(assessment.framework_year).indicators}
        for number, score in checked.items():
            if number not in numbers:
                raise InvalidInputError(
                    _("The {year} rules have no indicator {number}.").format(year=fiscal_year, number=number)
                )
            row = _score_row(session, assessment, number)
            if expected is not None and (row.score if row else None) != expected.get(number):
                raise _stale(_("The score of indicator {number}").format(number=number), row.score if row else None)
            if score is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(IndicatorScore(assessment_id=assessment.id, indicator=number, score=score))
            else:
                row.score = score
                session.add(row)
        assessment.updated_at = datetime.now(UTC)
        session.add(assessment)


def clear_indicator_score(
    store: Store, agency_id: int, fiscal_year: int, indicator: int, expected: object = UNCHECKED
) -> None:
    """Remove one indicator's score (what undoing its first entry does)."""
    with store.transaction() as session:
        row = _score_row(session, _assessment(session, agency_id, fiscal_year), indicator)
        if expected is not UNCHECKED and (row.score if row else None) != expected:
            raise _stale(_("The score of indicator {number}").format(number=indicator), row.score if row else None)
        if row is not None:
            session.delete(row)


def set_official_result(
    store: Store,
    agency_id: int,
    fiscal_year: int,
    overall: object | None,
    level: str | None,
    expected: object = UNCHECKED,
) -> None:
    """Save the official overall score and level as published (either may be left empty).

    expected: the (overall, level) the user saw; when the store holds others, the edit is refused.
    """
    score = None if overall is None or str(overall).strip() == "" else _checked_score(overall)
    level = (level or "").strip() or None
    with store.transaction() as session:
        assessment = ensure_assessment(session, agency_id, fiscal_year)
        rules = framework(assessment.framework_year)
        if level is not None and rules.level_rank(level) is None:
            raise InvalidInputError(
                _("“{level}” is not a level of the {year} rules; the levels are: {levels}.").format(
                    level=level, year=rules.year, levels=", ".join(r.name_th for r in rules.levels)
                )
            )
        now = (assessment.official_overall, assessment.official_level)
        if expected is not UNCHECKED and now != expected:
            shown = " ".join(f"{v:.2f}" if isinstance(v, Decimal) else (v or "–") for v in now)
            raise _stale(_("The official result"), shown)
        assessment.official_overall = score
        assessment.official_level = level
        assessment.updated_at = datetime.now(UTC)
        session.add(assessment)


def agency_profile(agency: Agency) -> AgencyProfile:
    fields = AgencyProfile.__dataclass_fields__
    return AgencyProfile(**{name: getattr(agency, name) for name in fields})


def year_summary(store: Store, agency_id: int, fiscal_year: int, compared_with: int | None = None) -> YearSummary:
    """A year beside the year before (or beside compared_with, any other year of the agency)."""
    with store.read() as session:
        agency = session.get(Agency, agency_id)
        current = _assessment(session, agency_id, fiscal_year)
        if agency is None or current is None:
            raise NotFoundError(
                _("{agency} has no assessment for {year}.").format(
                    agency=agency.name if agency else agency_id, year=fiscal_year
                )
            )
        previous = _assessment(session, agency_id, fiscal_year - 1 if compared_with is None else compared_with)
        current_result = evaluate(figures_of(session, current))
        previous_result = evaluate(figures_of(session, previous)) if previous else None
    return summarize(agency_profile(agency), current_result, previous_result)


def analyses(store: Store, agency_id: int, fiscal_year: int) -> tuple[str, dict[int, str]]:
    """The clerk's overall analysis and per-indicator analyses of a year."""
    with store.read() as session:
        assessment = _assessment(session, agency_id, fiscal_year)
        if assessment is None:
            return "", {}
        rows = session.exec(select(IndicatorAnalysis).where(IndicatorAnalysis.assessment_id == assessment.id))
        return assessment.overall_analysis, {row.indicator: row.text for row in rows}


def set_analysis(
    store: Store, agency_id: int, fiscal_year: int, indicator: int | None, text: str, expected: object = UNCHECKED
) -> None:
    """Save the clerk's analysis of one indicator (or, with indicator None, the overall analysis).

    expected: the text the user started from; when the store holds another, the edit is refused.
    """
    with store.transaction() as session:
        assessment = ensure_assessment(session, agency_id, fiscal_year)
        if expected is not UNCHECKED:
            current = (
                assessment.overall_analysis
                if indicator is None
                else next(
                    (
                        row.text
                        for row in session.exec(
                            select(IndicatorAnalysis).where(
                                IndicatorAnalysis.assessment_id == assessment.id,
                                IndicatorAnalysis.indicator == indicator,
                            )
                        )
                    ),
                    "",
                )
            )
            if current != expected:
                raise _stale(_("This analysis"), _("another text"))
        if indicator is None:
            assessment.overall_analysis = text
        else:
            row = session.exec(
                select(IndicatorAnalysis).where(
                    IndicatorAnalysis.assessment_id == assessment.id, IndicatorAnalysis.indicator == indicator
                )
            ).first()
            if row is None:
                row = IndicatorAnalysis(assessment_id=assessment.id, indicator=indicator)
            row.text = text
            session.add(row)
        assessment.updated_at = datetime.now(UTC)
        session.add(assessment)
