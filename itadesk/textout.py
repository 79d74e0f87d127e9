"""Plain-text renderings of a year's summary and findings, for the command line."""

from collections.abc import Sequence
from decimal import Decimal

from itadesk.domain.comparison import Change, ScoreChange
from itadesk.domain.framework import Framework
from itadesk.domain.summary import YearSummary
from itadesk.domain.textcheck import TextFinding
from itadesk.i18n import _, current_language
from itadesk.thai.digits import to_thai_digits, to_thai_digits_in_prose
from itadesk.thai.text import pad

_NAME_WIDTH = 34
_NUMBER_WIDTH = 8


def _score(value: Decimal | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _signed(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f}" if value == 0 else f"{value:+.2f}"


def _level(name: str | None, *frameworks: Framework) -> str:
    """A level as the rules name it in the output's language (Thai as entered when no rule has that name)."""
    if not name:
        return "–"
    if current_language() == "th":
        return name
    for framework in frameworks:
        for rule in framework.levels:
            if name in (rule.name_th, rule.name_en):
                return rule.name_en
    return name


def _change_text(change: Change) -> str:
    return f"{change.arrow} {change.label}"


def _row(label: str, before: str, after: str, difference: str, change: str) -> str:
    return "  ".join(
        [
            pad(label, _NAME_WIDTH),
            pad(before, _NUMBER_WIDTH, ">"),
            pad(after, _NUMBER_WIDTH, ">"),
            pad(difference, _NUMBER_WIDTH, ">"),
            change,
        ]
    ).rstrip()


def _score_row(label: str, scores: ScoreChange) -> str:
    return _row(
        label,
        _score(scores.previous),
        _score(scores.current),
        _signed(scores.difference),
        _change_text(scores.change),
    )


def _heading(summary: YearSummary) -> list[str]:
    agency = summary.agency
    place = " ".join(
        part
        for part in (
            _("District {name}").format(name=agency.district) if agency.district else "",
            _("Province {name}").format(name=agency.province) if agency.province else "",
        )
        if part
    )
    year = summary.current.figures.fiscal_year
    return [
        f"{agency.name} {place}".strip(),
        _("ITA results, fiscal year {year} compared with {previous}").format(year=year, previous=year - 1),
        "",
    ]


def format_summary(summary: YearSummary, thai_digits: bool = True) -> str:
    """The indicator table of a year beside the year before, tool scores, overall, level and changes."""
    current = summary.current
    comparison = summary.comparison
    year = current.figures.fiscal_year
    lines = _heading(summary)
    lines.append(_row(_("Indicator"), str(year - 1), str(year), _("Diff."), _("Change")))
    previous_scores = summary.previous.figures.indicator_scores if summary.previous else {}
    for tool in current.framework.tools:
        weight = _("weight {percent}%").format(percent=f"{tool.weight * 100:.0f}")
        lines.append(f"{tool.code} — {tool.name_th} ({weight})")
        for indicator in current.framework.indicators_of(tool.code):
            scores = ScoreChange(
                previous_scores.get(indicator.number), current.figures.indicator_scores.get(indicator.number)
            )
            lines.append(_score_row(f"  {indicator.number} {indicator.name_th}", scores))
    lines.append("")
    previous_tools = {t.tool.code: t for t in summary.previous.tools} if summary.previous else {}
    for tool in current.tools:
        before = previous_tools.get(tool.tool.code)
        label = _("{tool} score").format(tool=tool.tool.code)
        if tool.official is not None:
            label += " " + _("(official)")
        lines.append(_score_row(label, ScoreChange(before.score if before else None, tool.score)))
    previous_figures = summary.previous.figures if summary.previous else None
    official = ScoreChange(
        previous_figures.official_overall if previous_figures else None, current.figures.official_overall
    )
    computed = ScoreChange(summary.previous.computed_overall if summary.previous else None, current.computed_overall)
    lines.append(_score_row(_("Overall score (official)"), official))
    lines.append(_score_row(_("Overall score (computed)"), computed))
    overall = comparison.overall if comparison else ScoreChange(None, current.overall)
    if overall.percent is not None:
        lines.append(
            "  "
            + _("change in overall score: {points} points, {percent} percent of {previous}").format(
                points=_signed(overall.difference),
                percent=_signed(overall.percent),
                previous=_score(overall.previous),
            )
        )
    level = comparison.level if comparison else None
    previous_rules = (summary.previous.framework,) if summary.previous else ()
    lines.append(
        _row(
            _("Level"),
            _level(level.previous if level else None, *previous_rules, current.framework),
            _level(current.level_name, current.framework),
            "",
            _change_text(level.change) if level else "",
        )
    )
    if current.computed_level and current.computed_level.name_th != current.level_name:
        lines.append(
            "  "
            + _("level by the {year} rules from the scores: {level}").format(
                year=current.framework.year, level=_level(current.computed_level.name_th, current.framework)
            )
        )
    if summary.findings:
        lines.append("")
        counts = {}
        for finding in summary.findings:
            counts[finding.severity.label] = counts.get(finding.severity.label, 0) + 1
        lines.append(
            _("Findings: {counts} (see itadesk check)").format(
                counts=", ".join(f"{label} {count}" for label, count in counts.items())
            )
        )
    text = "\n".join(lines)
    return to_thai_digits(text) if thai_digits else text


def format_findings(summary: YearSummary, thai_digits: bool = True, text_findings: Sequence[TextFinding] = ()) -> str:
    lines = _heading(summary)
    if not summary.findings:
        lines.append(_("No findings: the figures are complete and consistent."))
    for finding in summary.findings:
        lines.append(f"[{finding.severity.label}] {finding.message}")
    lines.append("")
    if not text_findings:
        lines.append(_("The written texts agree with the figures."))
    for finding in text_findings:
        lines += _text_finding(finding)
    text = "\n".join(lines)
    return to_thai_digits_in_prose(text) if thai_digits else text


def _text_finding(finding: TextFinding) -> list[str]:
    """[error] the analysis of indicator 7, line 1, character 57: “๙๖.๗๑” …, then the words around it, marked."""
    line, column = finding.position()
    where = _("{text}, line {line}, character {column}").format(text=finding.text.label(), line=line, column=column)
    return [f"[{finding.severity.label}] {where}: {finding.message}", "    " + _in_context(finding), ""]


def _in_context(finding: TextFinding, reach: int = 30) -> str:
    """The span marked »so«, with a few whole words either side on its line."""
    return finding.in_context(reach)
