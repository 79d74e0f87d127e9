"""The labelled corpus of the text checks: reading its files, running the checks on it and measuring the result.

Each part (dev, heldout1 … heldout15) is a folder with agencies.json (every agency's scores of two years, official
overall and level) and sentence files (hand.json, generated.json). A sentence names its agency and section ("overall",
an indicator's number, or "measure N" for a measure's analysis under indicator N). A planted mistake is marked
in the text with ⟦ ⟧ around the wrong part, and `code` names the finding expected there; a correct sentence has
no mark and no code. `kind` says what the sentence exercises (a threshold, two years in one sentence…).
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from itadesk.domain.findings import Severity
from itadesk.domain.scoring import AssessmentFigures, AssessmentResult, evaluate
from itadesk.domain.textcheck import TextFinding, TextKind, WrittenText, check_text
from itadesk.services.rules import framework

HERE = Path(__file__).resolve().parent
HELD_OUT = "heldout15"  # the newest held-out part: never tuned on
# each held-out part before it judged one round of rules and was then opened: the next round was developed on it too
DEVELOPED_ON = ("dev", *(f"heldout{n}" for n in range(1, 15)))
PARTS = (*DEVELOPED_ON, HELD_OUT)
# held-out parts written and hashed for rounds to come: nothing is run on them before their round
WAITING: tuple[str, ...] = ()
OPEN, CLOSE = "⟦", "⟧"


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    current: AssessmentResult
    previous: AssessmentResult

    @property
    def year(self) -> int:
        return self.current.figures.fiscal_year


@dataclass(frozen=True)
class Item:
    id: str
    agency: str
    section: str
    text: str
    kind: str
    source: str
    code: str | None = None
    span: tuple[int, int] | None = None
    severity: str | None = None
    agencies: str = ""  # the part whose agencies.json holds the agency, when not the item's own

    @property
    def planted(self) -> bool:
        return self.code is not None

    def written(self) -> WrittenText:
        if self.section == "overall":
            return WrittenText(TextKind.OVERALL, self.text)
        if self.section.startswith("measure"):
            number = int(self.section.split()[1])
            return WrittenText(TextKind.MEASURE, self.text, number, measure_id=1, measure_title="มาตรการ")
        return WrittenText(TextKind.INDICATOR, self.text, int(self.section))


def unmark(text: str) -> tuple[str, tuple[int, int] | None]:
    """The text without its ⟦ ⟧ mark, and the span the mark was around."""
    if OPEN not in text:
        return text, None
    start = text.index(OPEN)
    end = text.index(CLOSE) - 1
    plain = text.replace(OPEN, "", 1).replace(CLOSE, "", 1)
    if OPEN in plain or CLOSE in plain or end <= start:
        raise ValueError(f"one mark, around something, in: {text}")
    return plain, (start, end)


def _result(year: int, data: dict) -> AssessmentResult:
    scores = {int(n): Decimal(v) for n, v in data["scores"].items()}
    overall = Decimal(data["overall"]) if data.get("overall") else None
    return evaluate(AssessmentFigures(year, framework(year), scores, overall, data.get("level")))


@cache
def load_agencies(part: str) -> dict[str, Agency]:
    data = json.loads((HERE / part / "agencies.json").read_text(encoding="utf-8"))
    agencies = {}
    for entry in data["agencies"]:
        year = entry["checked"]
        years = entry["years"]
        agencies[entry["id"]] = Agency(
            entry["id"], entry["name"], _result(year, years[str(year)]), _result(year - 1, years[str(year - 1)])
        )
    return agencies


def load_items(part: str) -> list[Item]:
    items = []
    for path in sorted((HERE / part).glob("*.json")):
        if path.name == "agencies.json":
            continue
        for entry in json.loads(path.read_text(encoding="utf-8"))["items"]:
            text, span = unmark(entry["text"])
            if (span is None) != (entry.get("code") is None):
                raise ValueError(f"{entry['id']}: a planted mistake needs both a mark and a code")
            section = str(entry["section"])
            items.append(
                Item(
                    entry["id"],
                    entry["agency"],
                    section,
                    text,
                    entry.get("kind", ""),
                    path.stem,
                    entry.get("code"),
                    span,
                    entry.get("severity", "error" if span else None),
                    entry.get("agencies", part),
                )
            )
    return items


def check_item(item: Item, agencies: dict[str, Agency] | None = None) -> list[TextFinding]:
    agency = load_agencies(item.agencies)[item.agency] if agencies is None else agencies[item.agency]
    return check_text(item.written(), agency.current, agency.previous, agency.name)


def _overlaps(finding: TextFinding, span: tuple[int, int]) -> bool:
    return finding.start < span[1] and span[0] < finding.end


@dataclass(repr=False)
class Measured:
    """What the checks did on one part: per item, and counted per class of mistake and per kind of sentence.
    Its repr gives totals only, so that a failed assertion does not print the sentences of the held-out part."""

    part: str
    correct: int = 0
    planted: int = 0
    correct_with_error: list[tuple[Item, list[TextFinding]]] = field(default_factory=list)
    correct_with_warning: list[tuple[Item, list[TextFinding]]] = field(default_factory=list)
    missed: list[tuple[Item, list[TextFinding]]] = field(default_factory=list)
    found: Counter = field(default_factory=Counter)  # per code: planted mistakes found with the right code
    found_as_error: Counter = field(default_factory=Counter)
    exact: Counter = field(default_factory=Counter)  # ... and with the very span marked
    planted_per_code: Counter = field(default_factory=Counter)
    reported: Counter = field(default_factory=Counter)  # per code: every finding of that code
    reported_true: Counter = field(default_factory=Counter)  # ... that is a planted mistake of that code
    extra_errors_on_planted: int = 0  # errors on a sentence with a planted mistake, other than the mistake
    false_errors_per_kind: Counter = field(default_factory=Counter)
    correct_per_kind: Counter = field(default_factory=Counter)

    def __repr__(self) -> str:
        return (
            f"Measured({self.part}: {len(self.correct_with_error)} of {self.correct} correct with an error, "
            f"{self.found_total} of {self.planted} mistakes found)"
        )

    @property
    def found_total(self) -> int:
        return sum(self.found.values())

    @property
    def false_error_rate(self) -> float:
        return len(self.correct_with_error) / self.correct if self.correct else 0.0

    @property
    def recall(self) -> float:
        return self.found_total / self.planted if self.planted else 1.0

    def report(self, show_items: bool) -> str:
        lines = [
            f"== {self.part}: {self.correct} correct sentences, {self.planted} planted mistakes",
            f"   correct sentences with an error:  {len(self.correct_with_error)} ({self.false_error_rate:.1%})",
            f"   correct sentences with a warning: {len(self.correct_with_warning)}"
            f" ({len(self.correct_with_warning) / max(self.correct, 1):.1%})",
            f"   planted mistakes found with the right code: {self.found_total} ({self.recall:.1%}),"
            f" as an error {sum(self.found_as_error.values())}, with the exact span {sum(self.exact.values())}",
            f"   other errors on sentences with a planted mistake: {self.extra_errors_on_planted}",
            f"   {'code':<28} {'planted':>7} {'found':>6} {'recall':>7} {'reported':>8} {'precision':>9}",
        ]
        codes = sorted(set(self.planted_per_code) | set(self.reported))
        for code in codes:
            planted, found = self.planted_per_code[code], self.found[code]
            reported, true = self.reported[code], self.reported_true[code]
            recall = f"{found / planted:.0%}" if planted else "-"
            precision = f"{true / reported:.0%}" if reported else "-"
            lines.append(f"   {code:<28} {planted:>7} {found:>6} {recall:>7} {reported:>8} {precision:>9}")
        kinds = [k for k in sorted(self.correct_per_kind) if self.false_errors_per_kind[k]]
        if kinds:
            lines.append("   false errors per kind of correct sentence:")
            lines += [f"     {k}: {self.false_errors_per_kind[k]} of {self.correct_per_kind[k]}" for k in kinds]
        if show_items:
            for title, rows in (
                ("errors on correct sentences", self.correct_with_error),
                ("planted mistakes missed", self.missed),
            ):
                lines.append(f"   -- {title}:")
                for item, findings in rows:
                    lines.append(f"     {item.id} [{item.agency} {item.section}] {item.code or ''} {item.text}")
                    for f in findings:
                        lines.append(f"        {f.severity.value} {f.code} «{f.quote}» {f.message}")
        return "\n".join(lines)


def measure(part: str) -> Measured:
    result = Measured(part)
    for item in load_items(part):
        findings = check_item(item)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        for finding in findings:
            result.reported[finding.code] += 1
        if not item.planted:
            result.correct += 1
            result.correct_per_kind[item.kind] += 1
            if errors:
                result.correct_with_error.append((item, findings))
                result.false_errors_per_kind[item.kind] += 1
            elif findings:
                result.correct_with_warning.append((item, findings))
            continue
        assert item.span is not None and item.code is not None
        result.planted += 1
        result.planted_per_code[item.code] += 1
        hits = [f for f in findings if f.code == item.code and _overlaps(f, item.span)]
        if hits:
            result.found[item.code] += 1
            result.reported_true[item.code] += len(hits)
            if any(f.severity is Severity.ERROR for f in hits):
                result.found_as_error[item.code] += 1
            if any((f.start, f.end) == item.span for f in hits):
                result.exact[item.code] += 1
        else:
            result.missed.append((item, findings))
        result.extra_errors_on_planted += len([f for f in errors if f not in hits])
    return result


def figures_table(part: str) -> str:
    """Every agency's figures, to write sentences against: scores, tools, overall, level, changes."""
    lines = []
    for agency in load_agencies(part).values():
        current, previous = agency.current, agency.previous
        lines.append(f"{agency.id} {agency.name}: {previous.figures.fiscal_year} → {current.figures.fiscal_year}")
        for indicator in current.framework.indicators:
            a = previous.figures.indicator_scores.get(indicator.number)
            b = current.figures.indicator_scores.get(indicator.number)
            lines.append(f"  {indicator.number:>2} {indicator.name_th:<28} {a} → {b}  {_change(a, b)}")
        for tool_now, tool_before in zip(current.tools, previous.tools, strict=True):
            lines.append(
                f"  {tool_now.tool.code} {tool_before.score} → {tool_now.score}"
                f"  {_change(tool_before.score, tool_now.score)}"
            )
        lines.append(
            f"  overall {previous.overall} → {current.overall}  {_change(previous.overall, current.overall)}"
            f"  computed {previous.computed_overall} → {current.computed_overall}"
        )
        lines.append(
            f"  level {previous.level_name} → {current.level_name}"
            f" (rules: {previous.computed_level.name_th if previous.computed_level else None}"
            f" → {current.computed_level.name_th if current.computed_level else None})"
        )
    return "\n".join(lines)


def _change(a: Decimal | None, b: Decimal | None) -> str:
    if a is None or b is None:
        return ""
    difference = b - a
    percent = (difference * 100 / a).quantize(Decimal("0.01")) if a else None
    return f"diff {difference:+.2f} pct {percent}"


def per_part_counts() -> dict[str, dict[str, Counter]]:
    counts: dict[str, dict[str, Counter]] = defaultdict(dict)
    for part in PARTS:
        items = load_items(part)
        counts[part]["correct"] = Counter(i.source for i in items if not i.planted)
        counts[part]["planted"] = Counter(i.code for i in items if i.planted)
    return counts
