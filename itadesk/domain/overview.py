"""Every agency of a store in one assessment year, side by side: what a district office sees at a glance.

A row holds an agency's overall score and level (the official ones when entered, else the program's estimate, and
marked as such), the change from the year before, the three tools, its two weakest indicators, which parts of its
O25 evidence are still missing (the year's scores, the official result, the analyses, the plan for the next fiscal
year) and where that plan stands on a day (done, in progress, overdue). The plan is the one written from this year's
results, for the fiscal year after it; its progress is what the O26 item reports.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.comparison import Change, ScoreChange
from itadesk.domain.drafting import level_is_computed, overall_is_computed, tool_is_computed
from itadesk.domain.plan import ImprovementPlan, MeasureStatus
from itadesk.domain.progress import PlanProgress, is_overdue
from itadesk.domain.scoring import AssessmentResult
from itadesk.i18n import N_, _, th

# An overall score under this is not a pass (ต้องปรับปรุง and below, since 2567).
PASS_MARK = Decimal(85)
WEAKEST_COUNT = 2


class O25Part(Enum):
    """What item O25 publishes for a year: its scores, the official result, the analyses, the next year's plan."""

    SCORES = "scores"
    OFFICIAL = "official"
    ANALYSES = "analyses"
    PLAN = "plan"

    @property
    def label(self) -> str:
        return _(_O25_LABELS[self])

    @property
    def report_label(self) -> str:
        return th(_O25_LABELS[self])

    @property
    def short_label(self) -> str:
        """A word or two, for a narrow column."""
        return _(_O25_SHORT[self])


_O25_SHORT = {
    O25Part.SCORES: N_("scores"),
    O25Part.OFFICIAL: N_("announced result"),
    O25Part.ANALYSES: N_("analyses"),
    O25Part.PLAN: N_("plan"),
}
_O25_LABELS = {
    O25Part.SCORES: N_("indicator scores"),
    O25Part.OFFICIAL: N_("official result"),
    O25Part.ANALYSES: N_("indicator analyses"),
    O25Part.PLAN: N_("plan for the next fiscal year"),
}


class O26State(Enum):
    """Where the progress report (item O26) on the plan stands on a day."""

    REPORTED = "reported"  # at least one measure has progress, a status other than not started, or evidence
    NOT_REPORTED = "not_reported"  # the plan's year has begun and nothing is reported yet
    NOT_DUE = "not_due"  # the plan's fiscal year has not begun yet
    NO_PLAN = "no_plan"  # no plan with measures to report on

    @property
    def missing(self) -> bool:
        return self in (O26State.NOT_REPORTED, O26State.NO_PLAN)

    @property
    def label(self) -> str:
        return _(_O26_LABELS[self])

    @property
    def report_label(self) -> str:
        return th(_O26_LABELS[self])


_O26_LABELS = {
    O26State.REPORTED: N_("progress reported"),
    O26State.NOT_REPORTED: N_("no progress reported yet"),
    O26State.NOT_DUE: N_("the plan's year has not begun"),
    O26State.NO_PLAN: N_("no plan to report on"),
}


@dataclass(frozen=True)
class AgencyYear:
    """What the overview needs of one agency: its year and the year before, its analyses and the plan made from them.

    current is None when the agency has no assessment of the year; plan is the plan of the following fiscal year.
    """

    agency: AgencyProfile
    fiscal_year: int
    current: AssessmentResult | None
    previous: AssessmentResult | None = None
    indicator_analyses: Mapping[int, str] = field(default_factory=dict)
    plan: ImprovementPlan | None = None
    label: str = ""  # how lists name it (อบต.โคกคอน; with its district where two share a name); else its name


@dataclass(frozen=True)
class WeakIndicator:
    number: int
    name_th: str
    score: Decimal


@dataclass(frozen=True)
class ToolScore:
    code: str
    score: Decimal | None
    computed: bool  # the mean of its indicators: no official tool score was entered


@dataclass(frozen=True)
class ProgressTally:
    """The plan's measures on a day: how many there are, done, in progress and overdue."""

    plan_year: int
    total: int
    done: int
    in_progress: int
    overdue: int


@dataclass(frozen=True)
class OverviewRow:
    agency: AgencyProfile
    label: str
    fiscal_year: int
    assessed: bool  # the agency has an assessment of this year
    overall: Decimal | None
    overall_computed: bool
    level: str | None
    level_computed: bool
    level_rank: int | None  # 0 for the best level of the year's rules
    change: ScoreChange  # the overall score against the year before
    tools: tuple[ToolScore, ...]
    weakest: tuple[WeakIndicator, ...]
    o25_missing: tuple[O25Part, ...]
    o26: O26State
    progress: ProgressTally | None
    current: AssessmentResult | None = field(default=None, compare=False, repr=False)
    previous: AssessmentResult | None = field(default=None, compare=False, repr=False)

    @property
    def agency_id(self) -> int | None:
        return self.agency.id

    def tool(self, code: str) -> ToolScore | None:
        return next((tool for tool in self.tools if tool.code == code), None)

    @property
    def o25_complete(self) -> bool:
        return not self.o25_missing

    @property
    def below_pass(self) -> bool:
        return self.overall is not None and self.overall < PASS_MARK

    @property
    def falling(self) -> bool:
        return self.change.change is Change.DOWN


# --- one row -----------------------------------------------------------------------------------------------------


def weakest_indicators(result: AssessmentResult, count: int = WEAKEST_COUNT) -> tuple[WeakIndicator, ...]:
    """The lowest scores of the year, lowest first; equal scores in indicator order."""
    scored = [
        WeakIndicator(indicator.number, indicator.name_th, result.figures.indicator_scores[indicator.number])
        for indicator in result.framework.indicators
        if indicator.number in result.figures.indicator_scores
    ]
    return tuple(sorted(scored, key=lambda weak: (weak.score, weak.number))[:count])


def missing_o25_parts(entry: AgencyYear) -> tuple[O25Part, ...]:
    """The parts of the year's O25 evidence that are not in the store yet, in the order the report prints them."""
    missing = []
    current = entry.current
    if current is None or any(i.number not in current.figures.indicator_scores for i in current.framework.indicators):
        missing.append(O25Part.SCORES)
    if current is None or current.figures.official_overall is None or not current.figures.official_level:
        missing.append(O25Part.OFFICIAL)
    numbers = [i.number for i in current.framework.indicators] if current else []
    if not numbers or any(not entry.indicator_analyses.get(number, "").strip() for number in numbers):
        missing.append(O25Part.ANALYSES)
    if entry.plan is None or not entry.plan.measures:
        missing.append(O25Part.PLAN)
    return tuple(missing)


def _reported(plan: ImprovementPlan) -> bool:
    return any(m.status is not MeasureStatus.NOT_STARTED or m.progress > 0 or m.evidence.strip() for m in plan.measures)


def o26_state(plan: ImprovementPlan | None, as_of: date, year_start: date) -> O26State:
    """year_start: the first day of the plan's fiscal year."""
    if plan is None or not plan.measures:
        return O26State.NO_PLAN
    if _reported(plan):
        return O26State.REPORTED
    if as_of < year_start:
        return O26State.NOT_DUE
    return O26State.NOT_REPORTED


def progress_tally(plan: ImprovementPlan, as_of: date) -> ProgressTally:
    progress = PlanProgress(plan, as_of)
    return ProgressTally(
        plan_year=plan.fiscal_year,
        total=progress.total,
        done=progress.count(MeasureStatus.DONE),
        in_progress=progress.count(MeasureStatus.IN_PROGRESS),
        overdue=sum(1 for measure in plan.measures if is_overdue(measure, as_of)),
    )


def overview_row(entry: AgencyYear, as_of: date, plan_year_start: date, tool_codes: Sequence[str]) -> OverviewRow:
    """One agency's row; tool_codes: the year's tools, in order (IIT, EIT, OIT)."""
    current, previous = entry.current, entry.previous
    tools_of = {t.tool.code: t for t in current.tools} if current else {}
    tools = tuple(
        ToolScore(code, tools_of[code].score if code in tools_of else None, tool_is_computed(tools_of.get(code)))
        for code in tool_codes
    )
    level = current.level_name if current else None
    rank = current.framework.level_rank(level) if current and level else None
    return OverviewRow(
        agency=entry.agency,
        label=entry.label or entry.agency.name,
        fiscal_year=entry.fiscal_year,
        assessed=current is not None,
        overall=current.overall if current else None,
        overall_computed=overall_is_computed(current),
        level=level,
        level_computed=bool(level) and level_is_computed(current),
        level_rank=rank,
        change=ScoreChange(previous.overall if previous else None, current.overall if current else None),
        tools=tools,
        weakest=weakest_indicators(current) if current else (),
        o25_missing=missing_o25_parts(entry),
        o26=o26_state(entry.plan, as_of, plan_year_start),
        progress=progress_tally(entry.plan, as_of) if entry.plan is not None else None,
        current=current,
        previous=previous,
    )


# --- choosing and ordering rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OverviewFilter:
    """Rows of one district, province and kind of agency; an empty value lets every row through."""

    district: str = ""
    province: str = ""
    kind: str = ""

    def admits(self, row: OverviewRow) -> bool:
        agency = row.agency
        return all(
            not wanted or _same(wanted, value)
            for wanted, value in (
                (self.district, agency.district),
                (self.province, agency.province),
                (self.kind, agency.kind),
            )
        )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def filter_rows(rows: Iterable[OverviewRow], wanted: OverviewFilter) -> list[OverviewRow]:
    return [row for row in rows if wanted.admits(row)]


def choices(rows: Iterable[OverviewRow]) -> dict[str, list[str]]:
    """The districts, provinces and kinds the rows have, each sorted, for the filters' lists."""
    found: dict[str, set[str]] = {"district": set(), "province": set(), "kind": set()}
    for row in rows:
        for name, values in found.items():
            value = getattr(row.agency, name).strip()
            if value:
                values.add(value)
    return {name: sorted(values, key=thai_sort_key) for name, values in found.items()}


_LEADING_VOWELS = "เแโใไ"


def thai_sort_key(text: str) -> str:
    """Thai dictionary order, near enough: a leading vowel sorts after the consonant it is written before
    (เทศบาล under ท), spaces and case aside."""
    letters = list(" ".join(text.split()).casefold())
    index = 0
    while index < len(letters) - 1:
        if letters[index] in _LEADING_VOWELS:
            letters[index], letters[index + 1] = letters[index + 1], letters[index]
            index += 2
        else:
            index += 1
    return "".join(letters)


class SortColumn(Enum):
    AGENCY = "agency"
    DISTRICT = "district"
    PROVINCE = "province"
    KIND = "kind"
    OVERALL = "overall"
    LEVEL = "level"
    CHANGE = "change"
    TOOL = "tool"  # with the tool's code
    WEAKEST = "weakest"
    O25 = "o25"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"


def _tally(attribute: str) -> Callable[[OverviewRow], object]:
    return lambda row: getattr(row.progress, attribute) if row.progress is not None else None


_KEYS: dict[SortColumn, Callable[[OverviewRow], object]] = {
    SortColumn.AGENCY: lambda row: thai_sort_key(row.label),
    SortColumn.DISTRICT: lambda row: thai_sort_key(row.agency.district) if row.agency.district.strip() else None,
    SortColumn.PROVINCE: lambda row: thai_sort_key(row.agency.province) if row.agency.province.strip() else None,
    SortColumn.KIND: lambda row: thai_sort_key(row.agency.kind) if row.agency.kind.strip() else None,
    SortColumn.OVERALL: lambda row: row.overall,
    # the best level first in ascending order, as a list of results is read
    SortColumn.LEVEL: lambda row: row.level_rank,
    SortColumn.CHANGE: lambda row: row.change.difference,
    SortColumn.WEAKEST: lambda row: row.weakest[0].score if row.weakest else None,
    SortColumn.O25: lambda row: len(row.o25_missing),
    SortColumn.DONE: _tally("done"),
    SortColumn.IN_PROGRESS: _tally("in_progress"),
    SortColumn.OVERDUE: _tally("overdue"),
}


def sort_key(column: SortColumn, tool_code: str = "") -> Callable[[OverviewRow], object]:
    """The value a column sorts by; None for a row without it."""
    if column is SortColumn.TOOL:
        return lambda row: tool.score if (tool := row.tool(tool_code)) is not None else None
    return _KEYS[column]


def sort_rows(
    rows: Iterable[OverviewRow], column: SortColumn, descending: bool = False, tool_code: str = ""
) -> list[OverviewRow]:
    """Rows by a column, ties by the agency's name; rows without a value last whichever the direction."""
    key = sort_key(column, tool_code)
    by_name = sorted(rows, key=lambda row: (thai_sort_key(row.label), row.agency.id or 0))
    having = [row for row in by_name if key(row) is not None]
    lacking = [row for row in by_name if key(row) is None]
    return sorted(having, key=key, reverse=descending) + lacking  # sorted() is stable: names stay in order
