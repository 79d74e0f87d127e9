"""The agencies of an area in one assessment year, summed up: how many reached each level, the mean of every tool
and indicator against the year before, who is below the pass mark or falling, the ranking, and whose O25 or O26
evidence is missing."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from itadesk.domain.comparison import ScoreChange
from itadesk.domain.framework import Framework
from itadesk.domain.overview import OverviewFilter, OverviewRow, SortColumn, sort_rows
from itadesk.domain.scores import round_score
from itadesk.domain.scoring import AssessmentResult


@dataclass(frozen=True)
class LevelCount:
    level: str | None  # None: agencies without a level (no result yet)
    count: int


@dataclass(frozen=True)
class MeanScore:
    """The mean of one figure over the agencies that have it, this year and the year before."""

    code: str  # the tool's code, the indicator's number as text, or "" for the overall score
    name_th: str
    current: Decimal | None
    current_count: int
    previous: Decimal | None
    previous_count: int

    @property
    def change(self) -> ScoreChange:
        return ScoreChange(self.previous, self.current)


@dataclass(frozen=True)
class RankedRow:
    rank: int  # equal scores share a rank, the next rank counts them all (๑, ๒, ๒, ๔)
    row: OverviewRow


@dataclass(frozen=True)
class DistrictSummary:
    fiscal_year: int
    as_of: date
    area: OverviewFilter
    framework: Framework
    rows: tuple[OverviewRow, ...]
    levels: tuple[LevelCount, ...]
    overall: MeanScore
    tools: tuple[MeanScore, ...]
    indicators: tuple[MeanScore, ...]
    concerns: tuple[OverviewRow, ...]  # below the pass mark or lower than the year before, lowest first
    ranking: tuple[RankedRow, ...]
    missing: tuple[OverviewRow, ...]  # O25 parts missing, or no O26 progress reported when it is due

    @property
    def assessed(self) -> int:
        return sum(1 for row in self.rows if row.assessed)


def mean(values: Sequence[Decimal]) -> Decimal | None:
    """Rounded half-up to two decimals, as the NACC rounds; None for no values."""
    if not values:
        return None
    return round_score(sum(values, Decimal(0)) / len(values))


def _mean_score(
    code: str, name_th: str, rows: Sequence[OverviewRow], value: Callable[[AssessmentResult], Decimal | None]
) -> MeanScore:
    now = [v for row in rows if row.current is not None and (v := value(row.current)) is not None]
    before = [v for row in rows if row.previous is not None and (v := value(row.previous)) is not None]
    return MeanScore(code, name_th, mean(now), len(now), mean(before), len(before))


def _tool_score(code: str) -> Callable[[AssessmentResult], Decimal | None]:
    def score(result: AssessmentResult) -> Decimal | None:
        return next((tool.score for tool in result.tools if tool.tool.code == code), None)

    return score


def _indicator_score(number: int) -> Callable[[AssessmentResult], Decimal | None]:
    return lambda result: result.figures.indicator_scores.get(number)


def level_counts(rows: Sequence[OverviewRow], framework: Framework) -> tuple[LevelCount, ...]:
    """Every level of the year's rules, best first (zero included), then a level the rules do not know, then none."""
    counts = [
        LevelCount(rule.name_th, sum(1 for row in rows if row.level == rule.name_th)) for rule in framework.levels
    ]
    known = {rule.name_th for rule in framework.levels}
    others = sorted({row.level for row in rows if row.level and row.level not in known})
    counts += [LevelCount(name, sum(1 for row in rows if row.level == name)) for name in others]
    counts.append(LevelCount(None, sum(1 for row in rows if not row.level)))
    return tuple(counts)


def ranking(rows: Sequence[OverviewRow]) -> tuple[RankedRow, ...]:
    """Agencies with an overall score, highest first; equal scores share a rank (names in order among them)."""
    ranked: list[RankedRow] = []
    for position, row in enumerate(sort_rows([r for r in rows if r.overall is not None], SortColumn.OVERALL, True)):
        same = ranked and ranked[-1].row.overall == row.overall
        ranked.append(RankedRow(ranked[-1].rank if same else position + 1, row))
    return tuple(ranked)


def summarize_district(
    rows: Sequence[OverviewRow],
    framework: Framework,
    fiscal_year: int,
    as_of: date,
    area: OverviewFilter | None = None,
) -> DistrictSummary:
    """framework: the rules of the year, whose levels, tools and indicators the summary lists."""
    rows = tuple(rows)
    concerns = [row for row in rows if row.below_pass or row.falling]
    return DistrictSummary(
        fiscal_year=fiscal_year,
        as_of=as_of,
        area=area or OverviewFilter(),
        framework=framework,
        rows=rows,
        levels=level_counts(rows, framework),
        overall=_mean_score("", "", rows, lambda result: result.overall),
        tools=tuple(_mean_score(t.code, t.name_th, rows, _tool_score(t.code)) for t in framework.tools),
        indicators=tuple(
            _mean_score(str(i.number), i.name_th, rows, _indicator_score(i.number)) for i in framework.indicators
        ),
        concerns=tuple(sort_rows(concerns, SortColumn.OVERALL)),
        ranking=ranking(rows),
        missing=tuple(row for row in sort_rows(rows, SortColumn.AGENCY) if row.o25_missing or row.o26.missing),
    )
