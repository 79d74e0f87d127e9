"""An agency's file brought into a store that already holds the agency (same name and district), year by year.

A year is a fiscal year: the assessment of that year and the plan of that fiscal year, as far as the file holds
them. A year the store does not hold is added; one the store holds alike is left as it is; one that differs is a
conflict, kept as the store has it or replaced by the file's, as the user decides. Units the file names and the
store lacks are added to the agency's list, and details the store left empty are taken from the file; the store's
other details stay. The store's years that the file does not hold stay as they are.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from sqlmodel import Session, select

from itadesk.domain.agency import AGENCY_FIELDS
from itadesk.i18n import _
from itadesk.services.agency_rows import add_assessment, add_plan, fill_assessment, fill_plan
from itadesk.services.document import AgencyDocument, AssessmentPart, PlanPart
from itadesk.services.errors import ServiceError
from itadesk.services.exporting import document_in
from itadesk.store.tables import Agency, Assessment, Plan, ResponsibleUnit


class YearState(Enum):
    NEW = "new"  # the store holds nothing of what the file has for this year
    SAME = "same"  # the store holds the same
    DIFFERS = "differs"  # a conflict: the store holds something else


class Decision(Enum):
    KEEP = "keep"  # the store's stays
    REPLACE = "replace"  # the file's takes its place


@dataclass(frozen=True)
class YearChange:
    """What the file would do to one year of the agency; `differences` says what differs, in words."""

    year: int
    state: YearState
    differences: tuple[str, ...] = ()


@dataclass(frozen=True)
class MergePreview:
    """What importing a file would change in an agency the store already holds."""

    agency_id: int
    name: str
    years: tuple[YearChange, ...]
    units_added: tuple[str, ...] = ()

    def in_state(self, state: YearState) -> tuple[int, ...]:
        return tuple(change.year for change in self.years if change.state is state)

    @property
    def conflicts(self) -> tuple[int, ...]:
        return self.in_state(YearState.DIFFERS)


@dataclass(frozen=True)
class MergeResult:
    """What came into the store from one agency's document."""

    agency_id: int
    name: str
    created: bool  # a new agency, rather than years brought into one the store held
    added: tuple[int, ...] = ()
    replaced: tuple[int, ...] = ()
    kept: tuple[int, ...] = ()
    unchanged: tuple[int, ...] = ()
    units_added: tuple[str, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.units_added)

    def parts(self, year_text: Callable[[int], str] = str) -> list[str]:
        """What happened, a phrase each: the years added, replaced, kept and the same, then the units added."""
        parts = [
            template.format(years=", ".join(year_text(year) for year in years))
            for template, years in (
                (_("years added: {years}"), self.added),
                (_("years replaced by the file's: {years}"), self.replaced),
                (_("years kept as the store has them: {years}"), self.kept),
                (_("years the same in both: {years}"), self.unchanged),
            )
            if years
        ]
        if self.units_added:
            parts.append(_("units added: {units}").format(units=", ".join(self.units_added)))
        return parts


class YearConflictError(ServiceError):
    """The file holds years that differ from the store's and nobody said whether to keep or replace them; nothing
    of the file was imported. `conflicts` gives the years of each agency."""

    def __init__(self, conflicts: dict[str, tuple[int, ...]]) -> None:
        self.conflicts = conflicts
        parts = [f"{name}: {', '.join(str(year) for year in years)}" for name, years in conflicts.items()]
        super().__init__(
            _(
                "The file holds years that differ from what this store holds ({conflicts}); nothing was imported "
                "from it."
            ).format(conflicts="; ".join(parts))
        )

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({year for years in self.conflicts.values() for year in years}))


def _numbers(numbers: object) -> str:
    return ", ".join(str(number) for number in sorted(numbers))  # type: ignore[call-overload]


def _assessment_differences(store: AssessmentPart, file: AssessmentPart) -> list[str]:
    found = []
    if store.framework != file.framework:
        found.append(_("the rules it is scored under"))
    scores = {n for n in store.scores.keys() | file.scores.keys() if store.scores.get(n) != file.scores.get(n)}
    if scores:
        found.append(_("indicator scores {numbers}").format(numbers=_numbers(scores)))
    if (store.official_overall, store.official_level) != (file.official_overall, file.official_level):
        found.append(_("the official overall score and level"))
    if store.official_tool_scores != file.official_tool_scores:
        found.append(_("the official tool scores"))
    if store.overall_analysis != file.overall_analysis:
        found.append(_("the overall analysis"))
    texts = {n for n in store.analyses.keys() | file.analyses.keys() if store.analyses.get(n) != file.analyses.get(n)}
    if texts:
        found.append(_("the analyses of indicators {numbers}").format(numbers=_numbers(texts)))
    if store.source_note != file.source_note:
        found.append(_("the source note"))
    return found


def _plan_differences(store: PlanPart, file: PlanPart) -> list[str]:
    if len(store.measures) != len(file.measures):
        return [
            _("the plan: {file} measures in the file, {store} in the store").format(
                file=len(file.measures), store=len(store.measures)
            )
        ]
    if store.measures != file.measures:
        changed = sum(1 for a, b in zip(store.measures, file.measures, strict=True) if a != b)
        return [_("the plan: {count} measures differ").format(count=changed)]
    if store.based_on != file.based_on:
        return [_("the plan: the assessment year it answers")]
    return []


def preview_in(session: Session, agency_id: int, document: AgencyDocument) -> MergePreview:
    """What bringing the document into the agency would change, read in an open session."""
    stored = document_in(session, agency_id)
    store_assessments = {part.fiscal_year: part for part in stored.assessments}
    store_plans = {part.fiscal_year: part for part in stored.plans}
    file_assessments = {part.fiscal_year: part for part in document.assessments}
    file_plans = {part.fiscal_year: part for part in document.plans}
    changes = []
    for year in sorted(file_assessments.keys() | file_plans.keys()):
        pairs = [
            (store_assessments.get(year), file_assessments.get(year), _assessment_differences),
            (store_plans.get(year), file_plans.get(year), _plan_differences),
        ]
        differences: list[str] = []
        new = same = 0
        for ours, theirs, compare in pairs:
            if theirs is None:
                continue
            if ours is None:
                new += 1
            elif ours == theirs:
                same += 1
            else:
                differences.extend(compare(ours, theirs) or [_("other details")])
        state = YearState.DIFFERS if differences else YearState.NEW if new else YearState.SAME
        changes.append(YearChange(year, state, tuple(differences)))
    known = set(stored.agency.responsible_units)
    units = tuple(unit for unit in dict.fromkeys(document.agency.responsible_units) if unit not in known)
    return MergePreview(agency_id, stored.agency.name, tuple(changes), units)


def merge_in(session: Session, agency: Agency, document: AgencyDocument, decisions: dict[int, Decision]) -> MergeResult:
    """Bring the document into the agency; every conflicting year must have a decision (YearConflictError)."""
    preview = preview_in(session, agency.id, document)
    undecided = tuple(year for year in preview.conflicts if year not in decisions)
    if undecided:
        raise YearConflictError({preview.name: undecided})
    replaced = tuple(year for year in preview.conflicts if decisions[year] is Decision.REPLACE)
    assessments = {
        row.fiscal_year: row for row in session.exec(select(Assessment).where(Assessment.agency_id == agency.id))
    }
    for part in document.assessments:
        row = assessments.get(part.fiscal_year)
        if row is None:
            assessments[part.fiscal_year] = add_assessment(session, agency.id, part)
        elif part.fiscal_year in replaced:
            fill_assessment(session, row, part)
    ids = {year: row.id for year, row in assessments.items()}
    plans = {row.fiscal_year: row for row in session.exec(select(Plan).where(Plan.agency_id == agency.id))}
    for part in document.plans:
        row = plans.get(part.fiscal_year)
        if row is None:
            add_plan(session, agency.id, part, ids)
        elif part.fiscal_year in replaced:
            fill_plan(session, row, part, ids)
    _add_units(session, agency.id, preview.units_added)
    _fill_empty_details(session, agency, document)
    return MergeResult(
        agency_id=agency.id,
        name=agency.name,
        created=False,
        added=preview.in_state(YearState.NEW),
        replaced=replaced,
        kept=tuple(year for year in preview.conflicts if year not in replaced),
        unchanged=preview.in_state(YearState.SAME),
        units_added=preview.units_added,
    )


def _add_units(session: Session, agency_id: int, units: tuple[str, ...]) -> None:
    positions = [
        row.position for row in session.exec(select(ResponsibleUnit).where(ResponsibleUnit.agency_id == agency_id))
    ]
    start = max(positions, default=-1) + 1
    for offset, name in enumerate(units):
        session.add(ResponsibleUnit(agency_id=agency_id, position=start + offset, name=name))


def _fill_empty_details(session: Session, agency: Agency, document: AgencyDocument) -> None:
    for described in AGENCY_FIELDS:
        theirs = getattr(document.agency, described.name, "")
        if isinstance(theirs, str) and theirs.strip() and not str(getattr(agency, described.name) or "").strip():
            setattr(agency, described.name, theirs)
    session.add(agency)
