"""One assessment year against another: per indicator, per tool, overall and level."""

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from itadesk.domain.framework import Indicator, Tool
from itadesk.domain.scores import round_score
from itadesk.domain.scoring import AssessmentResult
from itadesk.i18n import N_, _


class Change(Enum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    UNKNOWN = "unknown"  # one side is missing, or the two years' levels are not comparable

    @property
    def label(self) -> str:
        """เพิ่มขึ้น / ลดลง / เท่าเดิม in the active language."""
        return _(_CHANGE_LABELS[self])

    @property
    def arrow(self) -> str:
        return _CHANGE_ARROWS[self]


_CHANGE_LABELS = {
    Change.UP: N_("increased"),
    Change.DOWN: N_("decreased"),
    Change.SAME: N_("unchanged"),
    Change.UNKNOWN: N_("not comparable"),
}
_CHANGE_ARROWS = {Change.UP: "▲", Change.DOWN: "▼", Change.SAME: "=", Change.UNKNOWN: "–"}


@dataclass(frozen=True)
class ScoreChange:
    previous: Decimal | None
    current: Decimal | None

    @property
    def difference(self) -> Decimal | None:
        if self.previous is None or self.current is None:
            return None
        return self.current - self.previous

    @property
    def percent(self) -> Decimal | None:
        """Change relative to the previous score, in percent (not the point difference)."""
        difference = self.difference
        if difference is None or not self.previous:
            return None
        return round_score(difference * 100 / self.previous)

    @property
    def change(self) -> Change:
        difference = self.difference
        if difference is None:
            return Change.UNKNOWN
        if difference > 0:
            return Change.UP
        if difference < 0:
            return Change.DOWN
        return Change.SAME


@dataclass(frozen=True)
class LevelChange:
    previous: str | None
    current: str | None
    change: Change


@dataclass(frozen=True)
class IndicatorComparison:
    indicator: Indicator
    scores: ScoreChange


@dataclass(frozen=True)
class ToolComparison:
    tool: Tool
    scores: ScoreChange


@dataclass(frozen=True)
class Comparison:
    previous: AssessmentResult
    current: AssessmentResult
    indicators: tuple[IndicatorComparison, ...]
    tools: tuple[ToolComparison, ...]
    overall: ScoreChange
    level: LevelChange


def compare_levels(previous: AssessmentResult, current: AssessmentResult) -> LevelChange:
    """Levels compare by rank within their rules; letter grades and levels do not compare."""
    before, after = previous.level_name, current.level_name
    if before is None or after is None or previous.framework.grading != current.framework.grading:
        return LevelChange(before, after, Change.UNKNOWN)
    rank_before = previous.framework.level_rank(before)
    rank_after = current.framework.level_rank(after)
    if rank_before is None or rank_after is None:
        return LevelChange(before, after, Change.UNKNOWN)
    if rank_after < rank_before:
        return LevelChange(before, after, Change.UP)
    if rank_after > rank_before:
        return LevelChange(before, after, Change.DOWN)
    return LevelChange(before, after, Change.SAME)


def compare(previous: AssessmentResult, current: AssessmentResult) -> Comparison:
    """Indicators match by number and tools by code; names are this year's."""
    indicators = tuple(
        IndicatorComparison(
            indicator,
            ScoreChange(
                previous.figures.indicator_scores.get(indicator.number),
                current.figures.indicator_scores.get(indicator.number),
            ),
        )
        for indicator in current.framework.indicators
    )
    previous_tools = {t.tool.code: t.score for t in previous.tools}
    tools = tuple(ToolComparison(t.tool, ScoreChange(previous_tools.get(t.tool.code), t.score)) for t in current.tools)
    return Comparison(
        previous=previous,
        current=current,
        indicators=indicators,
        tools=tools,
        overall=ScoreChange(previous.overall, current.overall),
        level=compare_levels(previous, current),
    )
