"""The ITA framework of one assessment year: tools, indicators and the rules that give a level."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Tool:
    code: str
    name_th: str
    name_en: str
    weight: Decimal


@dataclass(frozen=True)
class Indicator:
    number: int
    tool: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class LevelRule:
    """A level is reached when the overall score and, if set, every tool score reach the minimums."""

    name_th: str
    name_en: str
    min_overall: Decimal
    min_each_tool: Decimal | None = None

    def admits(self, overall: Decimal, tool_scores: dict[str, Decimal]) -> bool:
        if overall < self.min_overall:
            return False
        if self.min_each_tool is None:
            return True
        return all(score >= self.min_each_tool for score in tool_scores.values())


@dataclass(frozen=True)
class Framework:
    year: int
    name_th: str
    name_en: str
    grading: str  # "levels" (2567 on) or "grades" (letter grades up to 2566)
    tools: tuple[Tool, ...]
    indicators: tuple[Indicator, ...]
    levels: tuple[LevelRule, ...]  # best first; the first rule that admits a result gives its level
    overall_estimate_tolerance: Decimal
    notes: tuple[str, ...] = ()

    def tool(self, code: str) -> Tool:
        for tool in self.tools:
            if tool.code == code:
                return tool
        raise KeyError(code)

    def indicator(self, number: int) -> Indicator:
        for indicator in self.indicators:
            if indicator.number == number:
                return indicator
        raise KeyError(number)

    def indicators_of(self, tool_code: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.tool == tool_code)

    def level_rank(self, level_name: str) -> int | None:
        """0 for the best level; None when the name is not one of this year's levels."""
        for rank, rule in enumerate(self.levels):
            if level_name in (rule.name_th, rule.name_en):
                return rank
        return None

    def level_for(self, overall: Decimal, tool_scores: dict[str, Decimal]) -> LevelRule:
        for rule in self.levels:
            if rule.admits(overall, tool_scores):
                return rule
        return self.levels[-1]
