"""The texts a clerk writes for one assessment year, and what a check found in them."""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from itadesk.domain.findings import Finding
from itadesk.domain.plan import PlanMeasure
from itadesk.i18n import _


class TextKind(Enum):
    OVERALL = "overall"  # the overall analysis paragraph
    INDICATOR = "indicator"  # the analysis of one indicator
    MEASURE = "measure"  # the analysis of one improvement measure


@dataclass(frozen=True)
class WrittenText:
    """One free text and the section it stands in."""

    kind: TextKind
    text: str
    indicator: int | None = None  # the section's indicator; None for the overall paragraph
    measure_id: int | None = None
    measure_title: str = ""
    fiscal_year: int | None = None  # the year the text was written for, when not the year being checked

    @property
    def key(self) -> str:
        """A stable name: "overall", "indicator 7", "measure 12"."""
        if self.kind is TextKind.OVERALL:
            return "overall"
        if self.kind is TextKind.INDICATOR:
            return f"indicator {self.indicator}"
        return f"measure {self.measure_id if self.measure_id is not None else self.measure_title}"

    def label(self) -> str:
        """Where the text stands, in the user's language."""
        if self.kind is TextKind.OVERALL:
            return _("the overall analysis")
        if self.kind is TextKind.INDICATOR:
            return _("the analysis of indicator {number}").format(number=self.indicator)
        return _("the analysis of measure “{title}” (indicator {number})").format(
            title=_shorten(self.measure_title), number=self.indicator
        )


def _shorten(title: str, limit: int = 40) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1] + "…"


@dataclass(frozen=True)
class TextFinding(Finding):
    """A finding that points at a span of a written text."""

    text: WrittenText
    start: int
    end: int

    @property
    def quote(self) -> str:
        return self.text.text[self.start : self.end]

    def in_context(self, reach: int = 30) -> str:
        """The span marked »so«, with a few whole words either side on its line; a cut inside a word falls between
        two characters a reader sees whole (never before a Thai vowel or tone mark)."""
        text, start, end = self.text.text, self.start, self.end
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
        head = tail = ""
        left = max(line_start, start - reach)
        if left > line_start:
            space = text.find(" ", left, start)
            left, head = (space + 1 if space != -1 else cluster_start(text, left)), "…"
        right = min(line_end, end + reach)
        if right < line_end:
            space = text.rfind(" ", end, right)
            right, tail = (space if space != -1 else cluster_start(text, right)), "…"
        return f"{head}{text[left:start]}»{text[start:end]}«{text[end:right]}{tail}"

    def position(self) -> tuple[int, int]:
        """(line, column) of the span's start, both from 1."""
        before = self.text.text[: self.start]
        line = before.count("\n") + 1
        return line, self.start - (before.rfind("\n") + 1) + 1


def _joins_before(char: str) -> bool:
    """A character drawn with the one before it: Thai vowels above and below, tone marks, and other marks that
    combine (and the sara am, which leans on the consonant before)."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or char == "\u0e33"


def cluster_start(text: str, index: int) -> int:
    """The start of the cluster `index` falls in: back over marks that belong to the character before."""
    while 0 < index < len(text) and _joins_before(text[index]):
        index -= 1
    return index


def cluster_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to whole clusters, so it neither starts nor ends between a letter and its marks."""
    start = cluster_start(text, start)
    while end < len(text) and _joins_before(text[end]):
        end += 1
    return start, end


def year_texts(
    overall: str, analyses: dict[int, str], measures: Sequence[PlanMeasure] = (), fiscal_year: int | None = None
) -> list[WrittenText]:
    """The texts of one assessment year in the order they are printed: overall, indicators, measures."""
    texts = [WrittenText(TextKind.OVERALL, overall, fiscal_year=fiscal_year)] if overall.strip() else []
    texts += [
        WrittenText(TextKind.INDICATOR, text, number, fiscal_year=fiscal_year)
        for number, text in sorted(analyses.items())
        if text.strip()
    ]
    texts += [
        WrittenText(TextKind.MEASURE, m.analysis, m.indicator, m.id, m.title, fiscal_year=fiscal_year)
        for m in measures
        if m.analysis.strip()
    ]
    return texts
