"""Tool scores, the overall score and the level of one assessment, computed from the entered figures."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from itadesk.domain.framework import Framework, Indicator, LevelRule, Tool
from itadesk.domain.scores import round_score


@dataclass(frozen=True)
class AssessmentFigures:
    """What a clerk entered for one fiscal year: indicator scores and the official published results."""

    fiscal_year: int
    framework: Framework
    indicator_scores: Mapping[int, Decimal] = field(default_factory=dict)
    official_overall: Decimal | None = None
    official_level: str | None = None
    official_tool_scores: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolResult:
    tool: Tool
    computed: Decimal | None  # mean of the indicators, None while one is missing
    official: Decimal | None

    @property
    def score(self) -> Decimal | None:
        """The official tool score when one was entered, else the computed mean."""
        return self.official if self.official is not None else self.computed


@dataclass(frozen=True)
class AssessmentResult:
    figures: AssessmentFigures
    tools: tuple[ToolResult, ...]
    computed_overall: Decimal | None
    computed_level: LevelRule | None

    @property
    def framework(self) -> Framework:
        return self.figures.framework

    @property
    def overall(self) -> Decimal | None:
        """The official overall score when entered; the program's estimate otherwise."""
        official = self.figures.official_overall
        return official if official is not None else self.computed_overall

    @property
    def level_name(self) -> str | None:
        if self.figures.official_level:
            return self.figures.official_level
        return self.computed_level.name_th if self.computed_level else None

    def tool_scores(self) -> dict[str, Decimal] | None:
        scores = {t.tool.code: t.score for t in self.tools}
        if any(score is None for score in scores.values()):
            return None
        return scores  # type: ignore[return-value]

    def indicator_score(self, indicator: Indicator) -> Decimal | None:
        return self.figures.indicator_scores.get(indicator.number)


def tool_mean(framework: Framework, tool: Tool, scores: Mapping[int, Decimal]) -> Decimal | None:
    values = [scores.get(i.number) for i in framework.indicators_of(tool.code)]
    if any(value is None for value in values):
        return None
    return round_score(sum(values, Decimal(0)) / len(values))  # type: ignore[arg-type]


def weighted_overall(framework: Framework, tool_scores: Mapping[str, Decimal]) -> Decimal:
    return round_score(sum((framework.tool(code).weight * s for code, s in tool_scores.items()), Decimal(0)))


def evaluate(figures: AssessmentFigures) -> AssessmentResult:
    framework = figures.framework
    tools = tuple(
        ToolResult(
            tool=tool,
            computed=tool_mean(framework, tool, figures.indicator_scores),
            official=figures.official_tool_scores.get(tool.code),
        )
        for tool in framework.tools
    )
    scores = {t.tool.code: t.score for t in tools}
    if any(score is None for score in scores.values()):
        return AssessmentResult(figures, tools, None, None)
    overall = weighted_overall(framework, scores)  # type: ignore[arg-type]
    return AssessmentResult(figures, tools, overall, framework.level_for(overall, scores))  # type: ignore[arg-type]
