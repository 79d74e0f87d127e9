"""The figures a sentence can be about: a subject (indicator, tool, overall) in the year checked or the one before."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from itadesk.domain.comparison import Change, LevelChange, ScoreChange, compare_levels
from itadesk.domain.scoring import AssessmentResult
from itadesk.i18n import _


@dataclass(frozen=True)
class Subject:
    kind: str  # "indicator", "tool", "overall"
    number: int | None = None
    code: str = ""


OVERALL = Subject("overall")


def subject_of_section(indicator: int | None) -> Subject:
    """What a figure in a section is about when the line does not say: the section's indicator, else the overall."""
    return Subject("indicator", indicator) if indicator is not None else OVERALL


@dataclass(frozen=True)
class YearFigures:
    current: AssessmentResult
    previous: AssessmentResult | None
    agency: str = ""  # the agency's name, to tell other agencies named in a text from it

    @property
    def year(self) -> int:
        return self.current.figures.fiscal_year

    def result(self, year: int) -> AssessmentResult | None:
        if year == self.year:
            return self.current
        if self.previous is not None and year == self.previous.figures.fiscal_year:
            return self.previous
        return None

    def score(self, subject: Subject, year: int) -> Decimal | None:
        result = self.result(year)
        if result is None:
            return None
        if subject.kind == "indicator":
            return result.figures.indicator_scores.get(subject.number or 0)
        if subject.kind == "tool":
            return next((t.score for t in result.tools if t.tool.code == subject.code), None)
        return result.overall

    def computed_overall(self, year: int) -> Decimal | None:
        """The overall score the rules compute from the indicators, which may differ from the official one."""
        result = self.result(year)
        return result.computed_overall if result else None

    def change(self, subject: Subject) -> ScoreChange:
        previous_year = self.previous.figures.fiscal_year if self.previous else self.year - 1
        return ScoreChange(self.score(subject, previous_year), self.score(subject, self.year))

    def level(self, year: int) -> str | None:
        result = self.result(year)
        return result.level_name if result else None

    def level_change(self) -> LevelChange | None:
        return compare_levels(self.previous, self.current) if self.previous else None

    def has_subject(self, subject: Subject) -> bool:
        framework = self.current.framework
        if subject.kind == "indicator":
            return any(i.number == subject.number for i in framework.indicators)
        if subject.kind == "tool":
            return any(t.code == subject.code for t in framework.tools)
        return subject.kind == "overall"

    def describe(self, subject: Subject) -> str:
        """ "indicator 7 ประสิทธิภาพการสื่อสาร", "the EIT tool", "the agency's overall result"."""
        if subject.kind == "indicator":
            name = self.current.framework.indicator(subject.number or 0).name_th
            return _("indicator {number} {name}").format(number=subject.number, name=name)
        if subject.kind == "tool":
            return _("the {tool} tool").format(tool=subject.code)
        return _("the agency's overall result")

    def others_matching(self, value: Decimal, decimals: int, subject: Subject, year: int) -> list[tuple[Subject, int]]:
        """Other figures the written value matches: the same subject in the other year, other indicators."""
        matches = []
        for other_year in (self.year, self.year - 1):
            if other_year != year and matches_written(self.score(subject, other_year), value, decimals):
                matches.append((subject, other_year))
        if subject.kind == "indicator":
            for indicator in self.current.framework.indicators:
                other = Subject("indicator", indicator.number)
                if other != subject and matches_written(self.score(other, year), value, decimals):
                    matches.append((other, year))
        elif matches_written(self.score(OVERALL, year), value, decimals) and subject != OVERALL:
            matches.append((OVERALL, year))
        return matches


def rounded(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def matches_written(figure: Decimal | None, value: Decimal, decimals: int) -> bool:
    """A figure matches what was written when it rounds to it at the written precision (๑๐๐ = 100.00)."""
    return figure is not None and rounded(figure, decimals) == value


def same_change(claimed: Change, actual: Change) -> bool:
    return actual is Change.UNKNOWN or claimed is actual
